// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

#include "model/trace.h"
#include "session/processusage.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace FinAck {

// The same scenario run many times in one lab (finack run --repeat N): did the kernel do the same
// thing every time, and did the lab give back what it took? Every run is compared with the first
// by TraceComparison, so "the same" means the same calls, results and errnos, the same segment
// flags in the same directions and the same states, never the same times or sequence numbers.
class RepeatReport
{
    Q_DECLARE_TR_FUNCTIONS(RepeatReport)
public:
    // Runs with the same differences from the first run, reported once.
    struct Drift {
        QList<int> runs;         // 1-based run numbers
        QStringList differences; // TraceComparison's sentences: left is run 1, right is these runs
    };
    // A call that failed with EADDRINUSE where the first run's call of that step did not: a port
    // the lab did not give back in time for the next run.
    struct AddressInUse {
        int run = 0;
        int step = -1;
        QString call;
    };

    // Adds the next run, finished in `elapsedMs`; the first is the reference.
    void addRun(const Trace &trace, qint64 elapsedMs);
    // The run that never finished and why; no run is added after it.
    void setUnfinished(int run, const QString &reason);
    // The lab before its first run, after it, and after the last.
    void setUsage(std::optional<ProcessUsage> before, std::optional<ProcessUsage> afterFirst, std::optional<ProcessUsage> afterLast);

    int runs() const { return int(m_elapsedMs.size()); }
    const QList<Drift> &drifts() const { return m_drifts; }
    int driftingRuns() const;
    const QList<AddressInUse> &addressesInUse() const { return m_addressesInUse; }
    // Descriptors or threads the lab held after the last run and not after the first.
    bool grew() const;
    bool usageKnown() const { return m_afterFirst && m_afterLast; }
    int unfinishedRun() const { return m_unfinishedRun; }
    const QString &unfinishedReason() const { return m_unfinishedReason; }
    const QList<qint64> &elapsedMs() const { return m_elapsedMs; }
    // No drift, no growth, no EADDRINUSE the first run did not have, every run finished.
    bool isClean() const;

    // The summary finack run --repeat prints, a line per finding, in the current language.
    QString text(int requestedRuns) const;

private:
    QString usageLine(const QString &what, int ProcessUsage::*field) const;

    Trace m_first;
    QList<Drift> m_drifts;
    QList<AddressInUse> m_addressesInUse;
    QList<qint64> m_elapsedMs;
    std::optional<ProcessUsage> m_before;
    std::optional<ProcessUsage> m_afterFirst;
    std::optional<ProcessUsage> m_afterLast;
    int m_unfinishedRun = 0;
    QString m_unfinishedReason;
};

} // namespace FinAck
