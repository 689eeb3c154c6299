// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#include "session/repeatreport.h"

#include "model/tracecompare.h"
#include "model/tracesteps.h"
#include "text/tracecomparisontext.h"

#include <QSet>
#include <algorithm>

namespace FinAck {

namespace {

const QString kAddressInUse = QStringLiteral("EADDRINUSE");

// The calls of a trace that failed with EADDRINUSE, as "step/call" keys.
QSet<QString> addressInUseCalls(const Trace &trace, QList<RepeatReport::AddressInUse> *found = nullptr, int run = 0)
{
    QSet<QString> keys;
    for (const TraceEvent &event : trace.events()) {
        const auto *call = std::get_if<CallRecord>(&event);
        if (!call || call->errnoName != kAddressInUse)
            continue;
        keys.insert(QStringLiteral("%1/%2").arg(call->step).arg(call->call));
        if (found)
            found->append({run, call->step, call->call});
    }
    return keys;
}

QString runList(const QList<int> &runs)
{
    QStringList numbers;
    for (int run : runs)
        numbers << QString::number(run);
    return numbers.join(QStringLiteral(", "));
}

} // namespace

void RepeatReport::addRun(const Trace &trace, qint64 elapsedMs)
{
    m_elapsedMs.append(elapsedMs);
    const int run = runs();
    if (run == 1) {
        m_first = trace;
        return;
    }
    // An EADDRINUSE the scenario meant (timewait-rebind) is in the first run too; a new one is a
    // port an earlier run still held.
    const QSet<QString> expected = addressInUseCalls(m_first);
    QList<AddressInUse> found;
    addressInUseCalls(trace, &found, run);
    for (const AddressInUse &hit : std::as_const(found)) {
        if (!expected.contains(QStringLiteral("%1/%2").arg(hit.step).arg(hit.call)))
            m_addressesInUse.append(hit);
    }

    CompareOptions options;
    options.timerProbes = false; // a slow step on a loaded machine moves them, not the program
    const TraceComparison comparison(m_first, trace, options);
    if (comparison.differences().isEmpty())
        return;
    QStringList differences;
    for (const TraceDifference &difference : comparison.differences())
        differences << TraceComparisonText::difference(difference);
    for (Drift &drift : m_drifts) {
        if (drift.differences == differences) {
            drift.runs.append(run);
            return;
        }
    }
    m_drifts.append({{run}, differences});
}

void RepeatReport::setUnfinished(int run, const QString &reason)
{
    m_unfinishedRun = run;
    m_unfinishedReason = reason;
}

void RepeatReport::setUsage(std::optional<ProcessUsage> before, std::optional<ProcessUsage> afterFirst,
                            std::optional<ProcessUsage> afterLast)
{
    m_before = before;
    m_afterFirst = afterFirst;
    m_afterLast = afterLast;
}

int RepeatReport::driftingRuns() const
{
    int count = 0;
    for (const Drift &drift : m_drifts)
        count += int(drift.runs.size());
    return count;
}

bool RepeatReport::grew() const
{
    // The first run sets up what every run reuses (the actors' threads, the capture); what the
    // last run holds beyond that was taken and not given back.
    return usageKnown() && (m_afterLast->descriptors > m_afterFirst->descriptors || m_afterLast->threads > m_afterFirst->threads);
}

bool RepeatReport::isClean() const
{
    return m_drifts.isEmpty() && m_addressesInUse.isEmpty() && !grew() && m_unfinishedRun == 0;
}

QString RepeatReport::usageLine(const QString &what, int ProcessUsage::*field) const
{
    const auto value = [field](const std::optional<ProcessUsage> &usage) {
        //: a count the lab's /proc entry did not let us read
        return usage ? QString::number((*usage).*field) : tr("unknown");
    };
    //: %1 "Lab descriptors" or "Lab threads"; %2, %3, %4 their counts
    return tr("%1: %2 before the first run, %3 after it, %4 after the last.")
        .arg(what, value(m_before), value(m_afterFirst), value(m_afterLast));
}

QString RepeatReport::text(int requestedRuns) const
{
    QStringList lines;
    lines << tr("Repeated %n time(s) in one lab; every run is compared with run 1.", nullptr, requestedRuns);
    if (m_drifts.isEmpty()) {
        lines << QStringLiteral("  ") + tr("Calls, errnos, states and segment flags: the same in every run.");
    } else {
        //: %1 how many runs, %2 of how many
        lines << QStringLiteral("  ")
                     + tr("%1 of %2 runs differ from run 1 (\"left\" below) in calls, errnos, states or segment flags:")
                           .arg(driftingRuns())
                           .arg(runs());
        for (const Drift &drift : m_drifts) {
            //: %1 the numbers of the runs that differ alike ("17, 45"); left is run 1, right these runs
            lines << QStringLiteral("    ") + tr("runs %1 (\"right\"):").arg(runList(drift.runs));
            for (const QString &difference : drift.differences)
                lines << QStringLiteral("      ") + difference;
        }
    }
    if (m_addressesInUse.isEmpty()) {
        lines << QStringLiteral("  ") + tr("EADDRINUSE: none that run 1 did not have.");
    } else {
        for (const AddressInUse &hit : m_addressesInUse) {
            //: %1 the run's number, %2 the step's number, %3 the call ("bind")
            lines << QStringLiteral("  ")
                         + tr("Run %1, step %2: %3() failed with EADDRINUSE; in run 1 it did not.")
                               .arg(hit.run)
                               .arg(stepNumber(hit.step))
                               .arg(hit.call);
        }
    }
    lines << QStringLiteral("  ") + usageLine(tr("Lab descriptors"), &ProcessUsage::descriptors);
    lines << QStringLiteral("  ") + usageLine(tr("Lab threads"), &ProcessUsage::threads);
    if (!m_elapsedMs.isEmpty()) {
        QList<qint64> sorted = m_elapsedMs;
        std::sort(sorted.begin(), sorted.end());
        const auto slowest = std::max_element(m_elapsedMs.cbegin(), m_elapsedMs.cend());
        //: %1 the median time of a run in ms, %2 the slowest, %3 which run that was
        lines << QStringLiteral("  ")
                     + tr("Time per run: median %1 ms, slowest %2 ms (run %3).")
                           .arg(sorted.at(sorted.size() / 2))
                           .arg(*slowest)
                           .arg(slowest - m_elapsedMs.cbegin() + 1);
    }
    if (m_unfinishedRun > 0) {
        //: %1 the run's number, %2 why (the lab's reason)
        lines << QStringLiteral("  ") + tr("Run %1 did not finish: %2").arg(m_unfinishedRun).arg(m_unfinishedReason);
    }
    if (isClean() && !usageKnown())
        lines << tr("Every run did the same; whether the lab gave back its descriptors and threads is unknown.");
    else if (isClean())
        lines << tr("Every run did the same, and the lab gave back every descriptor and thread.");
    else
        lines << tr("Not every run did the same, or the lab kept what it took: see above.");
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace FinAck
