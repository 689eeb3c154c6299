// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#include "editor/scenarioeditormarks.h"

#include "editor/scenarioeditorframe.h"
#include "editor/scenarioeditorpage.h"

#include <QLabel>
#include <QVariant>

namespace FinAck {

namespace {
// The field's own tooltip, kept while the problem's message stands in for it.
constexpr char kOwnToolTip[] = "finackOwnToolTip";
constexpr char kMarked[] = "finackMarked";
constexpr char kFrame[] = "finackProblemFrame";
} // namespace

QWidget *ScenarioEditorMarks::mark(const QString &path, const QString &message, const QWidget *within)
{
    clear();
    QWidget *best = nullptr;
    qsizetype bestLength = -1;
    for (const Field &field : std::as_const(m_fields)) {
        if (!field.widget || !scenarioPathWithin(path, field.key) || field.key.size() <= bestLength)
            continue;
        if (within && !field.widget->isVisibleTo(within))
            continue;
        best = field.widget;
        bestLength = field.key.size();
    }
    if (best)
        markWidget(best, message);
    m_marked = best;
    if (m_label) {
        m_label->setText(message);
        m_label->setVisible(!message.isEmpty());
    }
    return best;
}

void ScenarioEditorMarks::clear()
{
    if (m_marked)
        unmarkWidget(m_marked);
    m_marked = nullptr;
    if (m_label) {
        m_label->clear();
        m_label->hide();
    }
}

void ScenarioEditorMarks::markWidget(QWidget *field, const QString &message)
{
    if (!field)
        return;
    if (!isMarked(field)) {
        field->setProperty(kOwnToolTip, field->toolTip());
        field->setProperty(kFrame, QVariant::fromValue<QObject *>(new ScenarioEditorFrame(field)));
    }
    field->setProperty(kMarked, true);
    field->setToolTip(message);
    field->setAccessibleDescription(message);
}

void ScenarioEditorMarks::unmarkWidget(QWidget *field)
{
    if (!field || !isMarked(field))
        return;
    field->setProperty(kMarked, false);
    delete field->property(kFrame).value<QObject *>();
    field->setProperty(kFrame, QVariant());
    field->setToolTip(field->property(kOwnToolTip).toString());
    field->setAccessibleDescription(QString());
}

bool ScenarioEditorMarks::isMarked(const QWidget *field)
{
    return field && field->property(kMarked).toBool();
}

} // namespace FinAck
