// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#include "panels/explainpanel.h"

#include "model/labnote.h"
#include "model/scenario.h"
#include "model/tracesteps.h"
#include "session/playback.h"
#include "text/scenariotext.h"
#include "text/tracetable.h"

#include <QEvent>
#include <QScrollBar>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace FinAck {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
}

// PlaceholderText carries its softness in alpha, which HTML colour names drop: mix it instead.
QString mutedColor(const QPalette &palette)
{
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    const auto mix = [](int a, int b) { return (a * 55 + b * 45) / 100; };
    return QColor(mix(text.red(), base.red()), mix(text.green(), base.green()), mix(text.blue(), base.blue())).name();
}

// Presentation mode sizes the font in pixels; the zoomed window in points.
QString pt(const QFont &font, double factor)
{
    if (font.pointSizeF() <= 0)
        return QStringLiteral("%1px").arg(font.pixelSize() * factor, 0, 'f', 1);
    return QStringLiteral("%1pt").arg(font.pointSizeF() * factor, 0, 'f', 1);
}

} // namespace

ExplainPanel::ExplainPanel(QWidget *parent)
    : QWidget(parent)
{
    m_text = new QTextBrowser(this);
    m_text->setOpenLinks(false);
    m_text->setFrameShape(QFrame::NoFrame);
    m_text->document()->setDocumentMargin(12);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text);
    retranslate();
}

void ExplainPanel::setPlayback(Playback *playback)
{
    for (const auto &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_playback = playback;
    if (playback) {
        m_connections << connect(playback, &Playback::traceChanged, this, &ExplainPanel::refresh);
        m_connections << connect(playback, &Playback::playheadChanged, this, &ExplainPanel::refresh);
        m_connections << connect(playback, &Playback::finished, this, &ExplainPanel::refresh);
    }
    refresh();
}

void ExplainPanel::setScenario(const Scenario &scenario)
{
    setScenario(scenario.title, scenario.explanation, scenario.takeaway);
}

void ExplainPanel::setScenario(const QString &title, const QString &explanation, const QString &takeaway, const QString &about)
{
    m_about = about;
    m_title = title;
    m_explanation = explanation;
    m_takeaway = takeaway;
    refresh();
}

void ExplainPanel::setStepCount(int count)
{
    m_stepCount = count;
    refresh();
}

void ExplainPanel::setChecks(const QList<ExpectationCheck> &checks)
{
    m_checks = checks;
    refresh();
}

QString ExplainPanel::text() const
{
    return m_text->toPlainText();
}

QString ExplainPanel::stepText() const
{
    if (!m_playback)
        return {};
    const Playback &p = *m_playback;
    QStringList notes;
    for (int i = 0; i < p.position(); ++i) {
        if (const auto *n = std::get_if<Note>(&p.trace().at(i)); n && p.stepOfEvent(i) == p.currentStep())
            notes << (n->lab ? labNoteForStudents(p.trace(), i) : noteText(*n));
    }
    return notes.join(QLatin1Char('\n'));
}

QString ExplainPanel::stepHtml() const
{
    const QFont f = font();
    const QString muted = mutedColor(palette());
    const QString heading = QStringLiteral("<p style='margin-top:0; font-weight:600; color:%1'>%2</p>").arg(muted);
    if (!m_playback || m_playback->position() == 0) {
        const bool empty = !m_playback || m_playback->trace().isEmpty();
        return heading.arg(tr("Not started"))
               + QStringLiteral("<p>%1</p>")
                     .arg(empty ? tr("Nothing has run yet. Step runs the first step on real sockets; Play runs them one after another.")
                                : tr("The record starts here. Step shows its first step."));
    }
    const Playback &p = *m_playback;
    const int total = m_stepCount > 0 ? m_stepCount : int(traceSteps(p.trace()).numbers.size());
    //: the heading of the explanation of the step at the playhead: "Step 5 of 11"
    QString html = heading.arg(p.currentStep() >= 0 ? tr("Step %1 of %2").arg(stepNumber(p.currentStep())).arg(total) : tr("This step"));
    const QString notes = stepText();
    if (!notes.isEmpty())
        html += QStringLiteral("<p style='font-size:%1'>%2</p>").arg(pt(f, 1.35), escaped(notes));
    QString calls;
    for (int i = 0; i < p.position(); ++i) {
        const auto *c = std::get_if<CallRecord>(&p.trace().at(i));
        if (c && p.stepOfEvent(i) == p.currentStep())
            calls += QStringLiteral("<p style='margin:2px 0'><span style='color:%1'>%2</span>&nbsp;&nbsp;<code>%3</code></p>")
                         .arg(muted, actorDisplayName(c->actor), escaped(eventText(*c)));
    }
    html += calls;
    return html;
}

QString ExplainPanel::checksHtml() const
{
    if (!m_playback || !m_playback->isRunFinished() || !m_playback->isAtEnd() || m_checks.isEmpty())
        return {};
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    const QString good = dark ? QStringLiteral("#81c995") : QStringLiteral("#1e7b34");
    const QString bad = dark ? QStringLiteral("#ff8a80") : QStringLiteral("#b3261e");
    const QString muted = mutedColor(palette());
    QString rows;
    int differences = 0;
    for (const ExpectationCheck &check : m_checks) {
        differences += check.held ? 0 : 1;
        QString claim = escaped(check.claim);
        if (!check.held && !check.observed.isEmpty())
            claim += QStringLiteral("<br><span style='color:%1'>%2</span>").arg(bad, escaped(tr("the kernel: %1").arg(check.observed)));
        rows += QStringLiteral("<tr><td style='color:%1; padding-right:8px; font-weight:600'>%2</td><td>%3</td></tr>")
                    .arg(check.held ? good : bad, check.held ? QStringLiteral("\u2714") : QStringLiteral("\u2718"), claim);
    }
    // Two numerus texts, so the English reads right with no translator installed.
    const QString summary = differences == 0 ? tr("The kernel did what the scenario expects.")
                            : differences == 1
                                ? tr("%n claim did not hold: your kernel differs from the scenario's author here.", nullptr, differences)
                                : tr("%n claims did not hold: your kernel differs from the scenario's author here.", nullptr, differences);
    return QStringLiteral(
               "<p style='margin-top:18px; font-weight:600; color:%1'>%2</p><table cellspacing='0' cellpadding='2'>%3</table><p>%4</p>")
        .arg(muted, tr("What the scenario expects on this platform"), rows, escaped(summary));
}

void ExplainPanel::refresh()
{
    const QFont f = font();
    const QString muted = mutedColor(palette());
    QString html;
    // Scenario texts come in English and are translated here, at display time.
    if (!m_title.isEmpty())
        html +=
            QStringLiteral("<p style='margin-top:0; font-size:%1; font-weight:600'>%2</p>").arg(pt(f, 1.3), escaped(scenarioText(m_title)));
    html += stepHtml();
    html += checksHtml();
    if (!m_explanation.isEmpty()) {
        html += QStringLiteral("<p style='margin-top:18px; font-weight:600; color:%1'>%2</p><p>%3</p>")
                    .arg(muted, m_about.isEmpty() ? tr("About this scenario") : m_about, escaped(scenarioText(m_explanation)));
    }
    if (!m_takeaway.isEmpty()) {
        html += QStringLiteral("<table width='100%' cellpadding='10' cellspacing='0' style='margin-top:12px; background-color:%1'><tr><td>"
                               "<span style='font-weight:600'>%2</span> %3</td></tr></table>")
                    .arg(palette().color(QPalette::AlternateBase).name(), escaped(tr("Takeaway:")), escaped(scenarioText(m_takeaway)));
    }
    if (html == m_html)
        return;
    m_html = html;
    // Keep the reader's place when a later part changes.
    const int scroll = m_text->verticalScrollBar()->value();
    m_text->setHtml(html);
    m_text->verticalScrollBar()->setValue(scroll);
}

void ExplainPanel::retranslate()
{
    m_text->setAccessibleName(tr("Explanation"));
    setAccessibleName(tr("Explanation"));
    m_html.clear();
    refresh();
}

void ExplainPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationFontChange) {
        m_html.clear();
        refresh();
    } else if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
}

} // namespace FinAck
