// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#include "exportdialog.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace FinAck {

namespace {

const QString kFormatKey = QStringLiteral("export/format");
const QString kRangeKey = QStringLiteral("export/stepRange");
const QString kFirstKey = QStringLiteral("export/firstStep");
const QString kLastKey = QStringLiteral("export/lastStep");
const QString kScaleKey = QStringLiteral("export/pngScale");
const QString kDarkKey = QStringLiteral("export/dark");

// What each format is for, so the choice is made knowing it.
QString formatNote(TraceExport::Format format)
{
    using F = TraceExport::Format;
    switch (format) {
    case F::Png:
        return ExportDialog::tr(
            "A picture for slides: title, diagram, legend and where the run was recorded. Scale 2 stays sharp on a projector.");
    case F::Svg: return ExportDialog::tr("A vector drawing with its labels as real text; a browser or Inkscape opens it.");
    case F::Pdf: return ExportDialog::tr("Vector pages as wide as the diagram, for handouts.");
    case F::Pcap:
        return ExportDialog::tr("The captured segments, for Wireshark and tshark. A run whose segments were inferred has none to write.");
    case F::Json: return ExportDialog::tr("The trace itself: FinAck opens it again and replays it with no sockets.");
    case F::Mermaid: return ExportDialog::tr("A Mermaid sequenceDiagram, for Markdown notes and wikis.");
    case F::PlantUml: return ExportDialog::tr("A PlantUML sequence diagram, for the wikis and tools that render it.");
    }
    return {};
}

} // namespace

ExportDialog::ExportDialog(std::optional<StepRange> steps, QWidget *parent)
    : QDialog(parent)
    , m_steps(steps)
{
    m_format = new QComboBox(this);
    for (TraceExport::Format f : TraceExport::formats())
        m_format->addItem(QString(), int(f));
    m_formatNote = new QLabel(this);
    m_formatNote->setWordWrap(true);
    m_formatNote->setForegroundRole(QPalette::PlaceholderText);

    m_whole = new QRadioButton(this);
    m_range = new QRadioButton(this);
    auto *group = new QButtonGroup(this);
    group->addButton(m_whole);
    group->addButton(m_range);
    m_first = new QSpinBox(this);
    m_last = new QSpinBox(this);
    // The numbers the diagram's step gutter shows for this trace, so "3 to 6" means the same rows.
    const StepRange span = m_steps.value_or(StepRange{});
    for (QSpinBox *box : {m_first, m_last})
        box->setRange(span.first, span.last);
    m_first->setValue(span.first);
    m_last->setValue(span.last);
    m_ofSteps = new QLabel(this);
    m_to = new QLabel(this);
    auto *rangeRow = new QHBoxLayout;
    rangeRow->addWidget(m_range);
    rangeRow->addWidget(m_first);
    rangeRow->addWidget(m_to);
    rangeRow->addWidget(m_last);
    rangeRow->addWidget(m_ofSteps);
    rangeRow->addStretch(1);
    auto *stepsBox = new QVBoxLayout;
    stepsBox->addWidget(m_whole);
    stepsBox->addLayout(rangeRow);

    m_scale = new QDoubleSpinBox(this);
    m_scale->setRange(0.5, 8.0);
    m_scale->setSingleStep(0.5);
    m_scale->setDecimals(1);
    m_scale->setSuffix(QStringLiteral(" ×"));
    m_scale->setValue(2.0);
    m_theme = new QComboBox(this);
    m_theme->addItem(QString(), false);
    m_theme->addItem(QString(), true);

    // Labels of our own, so that a language change can name them again.
    const auto buddyLabel = [this](QWidget *field) {
        auto *label = new QLabel(this);
        label->setBuddy(field);
        return label;
    };
    m_formatLabel = buddyLabel(m_format);
    m_stepsLabel = new QLabel(this);
    m_scaleLabel = buddyLabel(m_scale);
    m_themeLabel = buddyLabel(m_theme);
    auto *form = new QFormLayout;
    form->addRow(m_formatLabel, m_format);
    form->addRow(QString(), m_formatNote);
    form->addRow(m_stepsLabel, stepsBox);
    form->addRow(m_scaleLabel, m_scale);
    form->addRow(m_themeLabel, m_theme);

    // Not the standard Ok button renamed: the box names its standard buttons again on a language
    // change, after the dialog has, and would turn "Export…" back into "OK".
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_exportButton = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_exportButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);
    retranslate();

    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::updateEnabled);
    connect(m_range, &QRadioButton::toggled, this, &ExportDialog::updateEnabled);
    // The range stays a range: moving one end past the other takes the other along.
    connect(m_first, &QSpinBox::valueChanged, this, [this](int v) { m_last->setValue(std::max(v, m_last->value())); });
    connect(m_last, &QSpinBox::valueChanged, this, [this](int v) { m_first->setValue(std::min(v, m_first->value())); });
    connect(this, &QDialog::accepted, this, &ExportDialog::saveSettings);

    m_whole->setChecked(true);
    restoreSettings();
    updateEnabled();
    setMinimumWidth(520);
}

void ExportDialog::retranslate()
{
    setWindowTitle(tr("Export"));
    m_format->setAccessibleName(tr("Format"));
    for (int i = 0; i < m_format->count(); ++i) {
        const auto f = TraceExport::Format(m_format->itemData(i).toInt());
        m_format->setItemText(i, QStringLiteral("%1 (.%2)").arg(TraceExport::description(f), TraceExport::suffix(f)));
    }
    m_whole->setText(tr("The whole run"));
    m_range->setText(tr("Steps"));
    m_first->setAccessibleName(tr("First step"));
    m_last->setAccessibleName(tr("Last step"));
    //: between the first and the last step of a range: "Steps [2] to [5] of 7 steps"
    m_to->setText(tr("to"));
    if (!m_steps)
        m_ofSteps->setText(tr("(this record has no steps)"));
    else if (m_steps->first != 1)
        //: a part of a run saved on its own keeps its step numbers: "Steps [4] to [6] (this record has steps 3–6)"
        m_ofSteps->setText(tr("(this record has steps %1–%2)").arg(m_steps->first).arg(m_steps->last));
    else if (m_steps->last == 1)
        m_ofSteps->setText(tr("of %n step", nullptr, m_steps->last));
    else
        m_ofSteps->setText(tr("of %n steps", nullptr, m_steps->last));
    m_scale->setAccessibleName(tr("PNG scale"));
    m_theme->setAccessibleName(tr("Theme"));
    m_theme->setItemText(0, tr("Light"));
    m_theme->setItemText(1, tr("Dark"));
    m_formatLabel->setText(tr("&Format:"));
    m_stepsLabel->setText(tr("Steps:"));
    m_scaleLabel->setText(tr("PNG &scale:"));
    m_themeLabel->setText(tr("&Theme:"));
    m_exportButton->setText(tr("Export…"));
    updateEnabled();
}

void ExportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

TraceExport::Format ExportDialog::format() const
{
    return TraceExport::Format(m_format->currentData().toInt());
}

void ExportDialog::setFormat(TraceExport::Format format)
{
    m_format->setCurrentIndex(std::max(0, m_format->findData(int(format))));
}

PictureOptions ExportDialog::options() const
{
    PictureOptions options;
    if (m_steps && m_range->isChecked())
        options.steps = StepRange{m_first->value(), m_last->value()};
    options.scale = m_scale->value();
    options.dark = m_theme->currentData().toBool();
    return options;
}

void ExportDialog::setSteps(std::optional<StepRange> steps)
{
    if (!steps || !m_steps) {
        m_whole->setChecked(true);
        return;
    }
    m_range->setChecked(true);
    m_last->setValue(std::clamp(steps->last, m_steps->first, m_steps->last)); // before first: last follows first up
    m_first->setValue(std::clamp(steps->first, m_steps->first, m_steps->last));
}

void ExportDialog::setScale(double scale)
{
    m_scale->setValue(scale);
}

void ExportDialog::setDark(bool dark)
{
    m_theme->setCurrentIndex(dark ? 1 : 0);
}

void ExportDialog::saveSettings() const
{
    QSettings settings;
    settings.setValue(kFormatKey, TraceExport::suffix(format()));
    if (m_steps) { // a record without steps says nothing about the next one's
        settings.setValue(kRangeKey, m_range->isChecked());
        settings.setValue(kFirstKey, m_first->value());
        settings.setValue(kLastKey, m_last->value());
    }
    settings.setValue(kScaleKey, m_scale->value());
    settings.setValue(kDarkKey, m_theme->currentData().toBool());
}

void ExportDialog::restoreSettings()
{
    QSettings settings;
    const auto format = TraceExport::formatForPath(QLatin1String("x.") + settings.value(kFormatKey).toString());
    setFormat(format.value_or(TraceExport::Format::Png));
    if (settings.value(kRangeKey, false).toBool())
        setSteps(StepRange{settings.value(kFirstKey, 1).toInt(), settings.value(kLastKey, m_steps ? m_steps->last : 1).toInt()});
    setScale(settings.value(kScaleKey, 2.0).toDouble());
    setDark(settings.value(kDarkKey, false).toBool());
}

void ExportDialog::updateEnabled()
{
    const TraceExport::Format f = format();
    m_formatNote->setText(formatNote(f));
    m_range->setEnabled(m_steps.has_value());
    m_first->setEnabled(m_steps && m_range->isChecked());
    m_last->setEnabled(m_steps && m_range->isChecked());
    m_scale->setEnabled(f == TraceExport::Format::Png);
    m_theme->setEnabled(TraceExport::isPicture(f));
}

} // namespace FinAck
