// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

#include <QPointer>
#include <QWidget>

namespace FinAck {

// The red frame round a field the loader complains about, drawn over the field by a sibling
// widget that follows it. A style sheet would draw one too, but it turns a spin box's or combo
// box's arrows into the style sheet's own plain ones; this leaves the field as the style draws it.
class ScenarioEditorFrame : public QWidget
{
    Q_OBJECT
public:
    explicit ScenarioEditorFrame(QWidget *field);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void follow();

    QPointer<QWidget> m_field;
};

} // namespace FinAck
