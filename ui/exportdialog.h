// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

#include "traceexport.h"

#include <QDialog>

class QButtonGroup;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace FinAck {

// File ▸ Export: which format (every one TraceExport writes), the whole run or steps A–B (a
// slide), the PNG's scale and the pictures' theme. The choices are remembered for the next
// export; where the file goes is asked afterwards, with the format's suffix already set.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    // `steps`: the trace's first and last step number (stepSpan(), the numbers of the diagram's
    // gutter); nullopt (a capture, a trace without steps) leaves only "the whole run".
    explicit ExportDialog(std::optional<StepRange> steps, QWidget *parent = nullptr);

    TraceExport::Format format() const;
    void setFormat(TraceExport::Format format);
    // Steps, scale and theme as chosen; the caller adds the spacing the diagram is shown with.
    PictureOptions options() const;
    void setSteps(std::optional<StepRange> steps);
    void setScale(double scale);
    void setDark(bool dark);

    // Saved when the dialog is accepted, read when the next one opens.
    void saveSettings() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void restoreSettings();
    void updateEnabled();

    std::optional<StepRange> m_steps;
    QComboBox *m_format = nullptr;
    QLabel *m_formatNote = nullptr;
    QRadioButton *m_whole = nullptr;
    QRadioButton *m_range = nullptr;
    QSpinBox *m_first = nullptr;
    QSpinBox *m_last = nullptr;
    QLabel *m_ofSteps = nullptr;
    QLabel *m_to = nullptr;
    QDoubleSpinBox *m_scale = nullptr;
    QComboBox *m_theme = nullptr;
    QLabel *m_formatLabel = nullptr;
    QLabel *m_stepsLabel = nullptr;
    QLabel *m_scaleLabel = nullptr;
    QLabel *m_themeLabel = nullptr;
    QPushButton *m_exportButton = nullptr;
};

} // namespace FinAck
