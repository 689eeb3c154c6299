// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#include "compare/comparewindow.h"

#include "compare/comparescroll.h"
#include "compare/compareview.h"
#include "fileopener.h"
#include "text/scenariotext.h"
#include "text/tracecomparisontext.h"

#include <QCheckBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QScreen>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTextDocumentFragment>
#include <QToolButton>
#include <QVBoxLayout>

namespace FinAck {

CompareWindow::CompareWindow(QWidget *parent)
    : QWidget(parent, Qt::Window)
{
    auto *panes = new QSplitter(Qt::Horizontal);
    for (CompareSide side : {CompareSide::Left, CompareSide::Right}) {
        const int i = index(side);
        auto *pane = new QWidget;
        auto *column = new QVBoxLayout(pane);
        column->setContentsMargins(0, 0, 0, 0);
        auto *top = new QHBoxLayout;
        m_headers[i] = new QLabel;
        m_headers[i]->setTextFormat(Qt::RichText);
        m_headers[i]->setWordWrap(true);
        m_headers[i]->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_open[i] = new QToolButton;
        connect(m_open[i], &QToolButton::clicked, this, [this, side] { chooseFile(side); });
        top->addWidget(m_headers[i], 1);
        top->addWidget(m_open[i], 0, Qt::AlignTop);
        column->addLayout(top);
        m_views[i] = new CompareView;
        connect(m_views[i], &SequenceView::eventClicked, this, [this, side](int event) { onEventClicked(side, event); });
        column->addWidget(m_views[i], 1);
        panes->addWidget(pane);
    }
    m_link = new StepScrollLink(m_views[0], m_views[1], this);

    m_list = new QListWidget;
    m_list->setWordWrap(true);
    m_list->setUniformItemSizes(false);
    connect(m_list, &QListWidget::currentRowChanged, this, &CompareWindow::showDifference);

    m_split = new QSplitter(Qt::Vertical);
    m_split->addWidget(panes);
    m_split->addWidget(m_list);
    m_split->setStretchFactor(0, 4);
    m_split->setStretchFactor(1, 1);

    m_summary = new QLabel;
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_hint = new QLabel;
    m_hint->setTextFormat(Qt::RichText);
    m_notes = new QCheckBox;
    connect(m_notes, &QCheckBox::toggled, this, &CompareWindow::setCompareNotes);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_hint);
    bar->addSpacing(12);
    bar->addWidget(m_notes);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_split, 1);
    // Two diagrams side by side want the width of a screen.
    const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1600, 1000);
    resize(available.size() * 0.92);
    retranslate();
}

bool CompareWindow::setTraces(const Trace &left, const QString &leftName, const Trace &right, const QString &rightName)
{
    if (left.isEmpty() || right.isEmpty())
        return false;
    m_traces[0] = left;
    m_traces[1] = right;
    m_names[0] = leftName;
    m_names[1] = rightName;
    m_haveTraces = true;
    // Both start at the top; the link would align them by the old traces' steps meanwhile.
    m_link->setEnabled(false);
    for (CompareSide side : {CompareSide::Left, CompareSide::Right})
        view(side)->showTrace(trace(side));
    m_link->setEnabled(true);
    compare();
    return true;
}

std::optional<OpenedFile> CompareWindow::read(const QString &path, QString *error)
{
    auto opened = FileOpener::open(path, -1, error, [this](const QString &file, const QList<TcpStreamInfo> &streams) {
        return FileOpener::askForStream(this, file, streams);
    });
    if (opened && opened->kind == OpenedFile::Kind::Scenario) {
        if (error)
            *error = tr("%1: a scenario, not a recorded run: run it, save its trace, and compare the trace file").arg(path);
        return std::nullopt;
    }
    if (opened && opened->trace.isEmpty()) {
        if (error)
            *error = tr("%1: the trace holds no event to compare").arg(path);
        return std::nullopt;
    }
    return opened;
}

QString CompareWindow::nameOf(const OpenedFile &file)
{
    QString name = QFileInfo(file.path).fileName();
    if (file.kind == OpenedFile::Kind::Capture && file.streamCount > 1) {
        //: a capture file's name and the connection shown: %1 the file, %2 the stream's number, %3 how many it holds
        return tr("%1, stream %2 of %3").arg(name).arg(file.stream + 1).arg(file.streamCount);
    }
    return name;
}

bool CompareWindow::openFiles(const QString &leftPath, const QString &rightPath, QString *error)
{
    const auto left = read(leftPath, error);
    if (!left)
        return false;
    const auto right = read(rightPath, error);
    if (!right)
        return false;
    return setTraces(left->trace, nameOf(*left), right->trace, nameOf(*right));
}

bool CompareWindow::openFile(CompareSide side, const QString &path, QString *error)
{
    const auto opened = read(path, error);
    if (!opened)
        return false;
    if (!m_haveTraces) {
        // The other side is still empty: show this one alone until it comes.
        m_traces[index(side)] = opened->trace;
        m_names[index(side)] = nameOf(*opened);
        view(side)->showTrace(opened->trace);
        m_haveTraces = !m_traces[0].isEmpty() && !m_traces[1].isEmpty();
        compare();
        return true;
    }
    const bool left = side == CompareSide::Left;
    return setTraces(left ? opened->trace : m_traces[0], left ? nameOf(*opened) : m_names[0], left ? m_traces[1] : opened->trace,
                     left ? m_names[1] : nameOf(*opened));
}

void CompareWindow::setCompareNotes(bool compare)
{
    if (compare == m_options.notes)
        return;
    m_options.notes = compare;
    const QSignalBlocker blocker(m_notes);
    m_notes->setChecked(compare);
    this->compare();
}

void CompareWindow::compare()
{
    m_comparison = m_haveTraces ? TraceComparison(m_traces[0], m_traces[1], m_options) : TraceComparison();
    m_link->setSteps(m_comparison.steps());
    for (CompareSide side : {CompareSide::Left, CompareSide::Right}) {
        view(side)->setMarkedEvents(m_comparison.differingEvents(side));
        view(side)->selectEvent(-1);
    }
    fillList();
    retranslate();
}

void CompareWindow::fillList()
{
    const QSignalBlocker blocker(m_list);
    const int current = m_list->currentRow();
    m_list->clear();
    const QList<TraceDifference> &differences = m_comparison.differences();
    const QColor muted = palette().color(QPalette::PlaceholderText);
    for (int k = 0; k < differences.size(); ++k) {
        const QString text = TraceComparisonText::difference(differences.at(k));
        auto *item = new QListWidgetItem(text, m_list);
        item->setToolTip(text);
        item->setData(Qt::UserRole, k);
        if (differences.at(k).kind == TraceDifference::Kind::Platform)
            item->setForeground(muted); // how it was recorded, not what happened
    }
    if (current >= 0 && current < m_list->count())
        m_list->setCurrentRow(current);
}

void CompareWindow::showDifference(int index)
{
    if (index < 0 || index >= m_comparison.differences().size())
        return;
    const TraceDifference &d = m_comparison.differences().at(index);
    if (m_list->currentRow() != index) {
        const QSignalBlocker blocker(m_list);
        m_list->setCurrentRow(index);
    }
    // Both views move to the difference by themselves: the link would move each after the other.
    m_link->setEnabled(false);
    for (CompareSide side : {CompareSide::Left, CompareSide::Right}) {
        CompareView *v = view(side);
        const QList<int> &events = d.events(side);
        v->selectEvent(events.isEmpty() ? -1 : events.first());
        if (d.row < 0)
            continue;
        // At the same height in both, so the two rows read across.
        const double y = events.isEmpty() ? m_link->span(side, d.row).first : v->layout().eventY(events.first());
        v->verticalScrollBar()->setValue(int(y - v->viewport()->height() * 0.3));
    }
    m_link->setEnabled(true);
}

void CompareWindow::onEventClicked(CompareSide side, int event)
{
    const QList<int> found = m_comparison.differencesAt(side, event);
    const QSignalBlocker blocker(m_list);
    if (found.isEmpty()) {
        m_list->setCurrentRow(-1);
        return;
    }
    m_list->setCurrentRow(found.first());
    // The clicked view stays put; the other comes to the same step, its side of the difference selected.
    const CompareSide other = side == CompareSide::Left ? CompareSide::Right : CompareSide::Left;
    const QList<int> &events = m_comparison.differences().at(found.first()).events(other);
    m_link->setEnabled(false);
    view(other)->selectEvent(events.isEmpty() ? -1 : events.first());
    m_link->setEnabled(true);
    m_link->follow(side);
}

void CompareWindow::chooseFile(CompareSide side)
{
    const QString title = side == CompareSide::Left ? tr("Open the left trace") : tr("Open the right trace");
    const QString path = QFileDialog::getOpenFileName(this, title, QString(), FileOpener::fileFilters());
    if (path.isEmpty())
        return;
    QString error;
    if (!openFile(side, path, &error) && !error.isEmpty())
        QMessageBox::warning(this, tr("Compare traces"), error);
}

QString CompareWindow::summaryText() const
{
    return m_summary->text();
}

QString CompareWindow::headerText(CompareSide side) const
{
    return QTextDocumentFragment::fromHtml(m_headers[index(side)]->text()).toPlainText();
}

void CompareWindow::retranslate()
{
    if (m_haveTraces) {
        //: the compare window's title: %1 and %2 the two traces' file names
        setWindowTitle(tr("Compare %1 and %2").arg(m_names[0], m_names[1]));
        m_summary->setText(TraceComparisonText::summary(m_comparison));
    } else {
        setWindowTitle(tr("Compare traces"));
        m_summary->setText(tr("Open two traces to compare them step by step."));
    }
    const QString muted = palette().color(QPalette::PlaceholderText).name();
    for (CompareSide side : {CompareSide::Left, CompareSide::Right}) {
        const int i = index(side);
        const Trace &t = trace(side);
        m_open[i]->setText(tr("Open…"));
        m_open[i]->setToolTip(side == CompareSide::Left ? tr("Open another trace or capture on the left")
                                                        : tr("Open another trace or capture on the right"));
        if (m_names[i].isEmpty()) {
            m_headers[i]->setText(QStringLiteral("<i>%1</i>").arg(tr("no trace").toHtmlEscaped()));
            continue;
        }
        const QString title = scenarioText(t.scenarioTitle().isEmpty() ? t.scenarioId() : t.scenarioTitle());
        m_headers[i]->setText(QStringLiteral("<b>%1</b> — %2<br/><span style=\"color:%3\">%4</span>")
                                  .arg(m_names[i].toHtmlEscaped(), title.toHtmlEscaped(), muted,
                                       TraceComparisonText::platform(t.platform()).toHtmlEscaped()));
    }
    //: beside the amber swatch that marks the rows of the diagrams that differ
    const QString marked = tr("differs");
    m_hint->setText(QStringLiteral("<span style=\"background-color:#e6aa14\">&nbsp;&nbsp;&nbsp;</span> %1").arg(marked.toHtmlEscaped()));
    m_hint->setToolTip(tr("Rows marked in amber differ between the two runs. Click a difference in the list to show it in both."));
    m_notes->setText(tr("Notes count"));
    m_notes->setToolTip(tr("Count differently worded step notes as differences too"));
    if (m_list->count() == m_comparison.differences().size()) {
        for (int k = 0; k < m_list->count(); ++k) {
            const QString text = TraceComparisonText::difference(m_comparison.differences().at(k));
            m_list->item(k)->setText(text);
            m_list->item(k)->setToolTip(text);
        }
    }
}

void CompareWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace FinAck
