// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#include "editor/scenarioeditorpage.h"

#include <QEvent>
#include <QSpinBox>
#include <QStyle>

namespace FinAck {

bool scenarioPathWithin(const QString &path, const QString &prefix)
{
    if (!path.startsWith(prefix))
        return false;
    if (path.size() == prefix.size() || prefix.isEmpty())
        return true;
    const QChar next = path.at(prefix.size());
    return next == u'.' || next == u'[';
}

ScenarioElementPath scenarioElementPath(const QString &path, const QString &arrayPath)
{
    ScenarioElementPath result;
    if (!scenarioPathWithin(path, arrayPath) || path.size() == arrayPath.size() || path.at(arrayPath.size()) != u'[')
        return result;
    const qsizetype close = path.indexOf(u']', arrayPath.size());
    bool ok = false;
    const int index = path.mid(arrayPath.size() + 1, close - arrayPath.size() - 1).toInt(&ok);
    if (close < 0 || !ok)
        return result;
    result.index = index;
    result.rest = path.mid(close + 1);
    if (result.rest.startsWith(u'.'))
        result.rest.remove(0, 1);
    return result;
}

void fitSpecialValueText(QSpinBox *box)
{
    const int text = box->fontMetrics().horizontalAdvance(box->specialValueText() + QStringLiteral("  "));
    const int buttons = box->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, box) + 12;
    box->setMinimumWidth(std::max(box->minimumSizeHint().width(), text + buttons));
}

ScenarioEditorPage::ScenarioEditorPage(QJsonObject *scenario, QWidget *parent)
    : QWidget(parent)
    , m_scenario(scenario)
{
}

void ScenarioEditorPage::setProblem(const QString &path, const QString &message)
{
    m_problemPath = path;
    m_problemMessage = message;
    showProblem();
}

void ScenarioEditorPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace FinAck
