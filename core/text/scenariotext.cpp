// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#include "text/scenariotext.h"

#include <QCoreApplication>

namespace FinAck {

QString scenarioText(const QString &source)
{
    if (source.isEmpty())
        return source;
    const QByteArray utf8 = source.toUtf8();
    return QCoreApplication::translate(kScenarioContext, utf8.constData());
}

QStringList translatableTexts(const Scenario &scenario)
{
    QStringList texts{scenario.title, scenario.summary, scenario.explanation};
    for (const ScenarioStep &step : scenario.steps) {
        if (!step.setup)
            texts << step.note;
    }
    for (const ScenarioFault &fault : scenario.faults)
        texts << fault.note;
    texts << scenario.takeaway;
    texts.removeAll(QString());
    return texts;
}

} // namespace FinAck
