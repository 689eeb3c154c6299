// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#include "editor/scenarioeditorframe.h"

#include <QEvent>
#include <QPainter>

namespace FinAck {

namespace {
constexpr int kWidth = 2;
} // namespace

ScenarioEditorFrame::ScenarioEditorFrame(QWidget *field)
    : QWidget(field->parentWidget())
    , m_field(field)
{
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setFocusPolicy(Qt::NoFocus);
    field->installEventFilter(this);
    // A field that goes (a table's cell widget rebuilt) takes its frame with it.
    connect(field, &QObject::destroyed, this, &QObject::deleteLater);
    follow();
}

bool ScenarioEditorFrame::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::Move:
    case QEvent::Resize:
    case QEvent::Show:
    case QEvent::Hide: follow(); break;
    default: break;
    }
    return QWidget::eventFilter(watched, event);
}

void ScenarioEditorFrame::follow()
{
    if (!m_field || !parentWidget())
        return;
    // On the field's own edge rather than round it: a field in a row of fields with no margins
    // would have a frame round it cut off.
    setGeometry(m_field->geometry());
    setVisible(m_field->isVisibleTo(parentWidget()));
    raise();
}

void ScenarioEditorFrame::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(QColor(0xd3, 0x2f, 0x2f), kWidth));
    painter.setBrush(Qt::NoBrush);
    painter.drawRoundedRect(QRectF(rect()).adjusted(kWidth / 2.0, kWidth / 2.0, -kWidth / 2.0, -kWidth / 2.0), 3, 3);
}

} // namespace FinAck
