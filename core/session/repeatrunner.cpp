// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#include "session/repeatrunner.h"

#include "session/labclient.h"

#include <QElapsedTimer>

namespace FinAck {

RepeatReport RepeatRunner::run(const QJsonObject &scenario, int times, int budgetMs)
{
    RepeatReport report;
    const auto before = readProcessUsage(m_lab.processId());
    std::optional<ProcessUsage> afterFirst;
    for (int run = 1; run <= times; ++run) {
        QElapsedTimer timer;
        timer.start();
        // reset is what the window's Restart sends: the same scenario, fresh sockets, fresh trace.
        if (run == 1)
            m_lab.load(scenario);
        else
            m_lab.reset();
        m_lab.run();
        QString error;
        if (!m_lab.waitForFinished(budgetMs, &error)) {
            report.setUnfinished(run, error);
            break;
        }
        report.addRun(m_lab.trace(), timer.elapsed());
        if (run == 1)
            afterFirst = readProcessUsage(m_lab.processId());
        if (afterRun && !afterRun(run))
            break;
    }
    report.setUsage(before, afterFirst, readProcessUsage(m_lab.processId()));
    return report;
}

} // namespace FinAck
