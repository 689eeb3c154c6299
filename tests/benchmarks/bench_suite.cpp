// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
// bench_suite: the wall time of running every built-in scenario once, against the sum of what the
// scenarios wait for on purpose (suitewaits.h: timers they set off, settle limits they use up,
// the engine's 15 ms quiet period after each step). Two ways:
//   - `finack run <id>` for each id of `finack list`, a fresh process and lab each, as a user or a
//     script runs them; also each one's peak memory (wait4: finack or its lab, the larger);
//   - all of them in one lab (LabClient: load, run, finished), as the window runs them; the lab's
//     peak memory (VmHWM) at the end.
//   bench_suite [--network auto|private|host]
#include "benchstats.h"
#include "childprocess.h"
#include "io/scenarioloader.h"
#include "session/labclient.h"
#include "suitewaits.h"
#include "text/language.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>

#include <cstdio>

using namespace FinAck;
using namespace FinAck::Bench;

namespace {

struct Row {
    QString id;
    DeliberateWaits waits;
    double oneLabMs = 0;
    double runMs = 0;
    long runRssKb = 0;
    bool ok = true;
};

QStringList builtinIdsFromCli()
{
    QProcess list;
    list.start(QStringLiteral(FINACK_BIN_DIR "/finack"), {QStringLiteral("list"), QStringLiteral("--lang"), QStringLiteral("en")});
    list.waitForFinished(30000);
    QStringList ids;
    for (const QByteArray &line : list.readAllStandardOutput().split('\n')) {
        const QByteArray id = line.trimmed().split(' ').value(0);
        if (!id.isEmpty())
            ids << QString::fromUtf8(id);
    }
    return ids;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    Language::install(QStringLiteral("en")); // the lab's notes, read by deliberateWaits()
    QString networkName = QStringLiteral("auto");
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--network"))
            networkName = args.at(i + 1);
    }
    const QStringList ids = builtinIdsFromCli();
    if (ids.isEmpty()) {
        std::fprintf(stderr, "bench_suite: finack list gave no scenarios\n");
        return 1;
    }

    // All of them in one lab, as the window runs them.
    LabClient lab;
    lab.setProgram(QStringLiteral(FINACK_BIN_DIR "/finack-lab"));
    QString error;
    if (!lab.start(networkModeFromName(networkName).value_or(LabClient::Network::Auto), &error)) {
        std::fprintf(stderr, "bench_suite: %s\n", qPrintable(error));
        return 1;
    }
    QList<Row> rows;
    ScenarioLoader loader;
    QElapsedTimer whole;
    whole.start();
    for (const QString &id : ids) {
        const auto scenario = loader.loadFile(ScenarioLoader::builtinPath(id));
        if (!scenario)
            return 1;
        QFile file(scenario->sourceFile);
        file.open(QIODevice::ReadOnly);
        Row row;
        row.id = id;
        QElapsedTimer timer;
        timer.start();
        lab.load(QJsonDocument::fromJson(file.readAll()).object());
        lab.run();
        row.ok = lab.waitForFinished(120000, &error);
        row.oneLabMs = timer.nsecsElapsed() / 1e6;
        row.waits = deliberateWaits(*scenario, lab.trace());
        rows << row;
    }
    const double oneLabTotalMs = whole.nsecsElapsed() / 1e6;
    const long labPeakKb = procStatusKb(pid_t(lab.processId()), "VmHWM");
    const QString network = lab.network();
    lab.stop();

    // One `finack run` each, as from a shell.
    double runTotalMs = 0;
    long runPeakKb = 0;
    QString runPeakId;
    for (Row &row : rows) {
        const ChildResult r = runChild(QStringLiteral(FINACK_BIN_DIR "/finack"),
                                       {QStringLiteral("run"), row.id, QStringLiteral("--network"), networkName, QStringLiteral("--lang"),
                                        QStringLiteral("en")});
        row.runMs = r.wallMs;
        row.runRssKb = r.maxRssKb;
        row.ok = row.ok && r.exitCode == 0;
        runTotalMs += r.wallMs;
        if (r.maxRssKb > runPeakKb) {
            runPeakKb = r.maxRssKb;
            runPeakId = row.id;
        }
    }

    std::printf("network: %s\n\n", qPrintable(network));
    std::printf("%-22s %5s %8s %8s %7s %9s %9s %6s %9s %6s %7s\n", "scenario", "steps", "timers", "settle", "quiet", "waits", "one lab",
                "ratio", "run", "ratio", "run RSS");
    DeliberateWaits sum;
    double oneLabSum = 0;
    for (const Row &row : std::as_const(rows)) {
        const DeliberateWaits &w = row.waits;
        sum.timersMs += w.timersMs;
        sum.settleMs += w.settleMs;
        sum.quietMs += w.quietMs;
        sum.quietSteps += w.quietSteps;
        oneLabSum += row.oneLabMs;
        std::printf("%-22s %5d %8.0f %8.0f %7.0f %9.0f %9.0f %6.2f %9.0f %6.2f %5.1f MB%s\n", qPrintable(row.id), w.quietSteps, w.timersMs,
                    w.settleMs, w.quietMs, w.totalMs(), row.oneLabMs, row.oneLabMs / w.totalMs(), row.runMs, row.runMs / w.totalMs(),
                    row.runRssKb / 1024.0, row.ok ? "" : "  FAILED");
    }
    std::printf("%-22s %5d %8.0f %8.0f %7.0f %9.0f %9.0f %6.2f %9.0f %6.2f\n", "total", sum.quietSteps, sum.timersMs, sum.settleMs,
                sum.quietMs, sum.totalMs(), oneLabSum, oneLabSum / sum.totalMs(), runTotalMs, runTotalMs / sum.totalMs());
    std::printf("(ms; waits = timers + settle limits used up + 15 ms quiet per step; one lab: load to finished in one finack-lab;\n"
                " run: `finack run <id>` from spawn to exit, with its own lab; one lab in all, with the loads: %.0f ms)\n\n",
                oneLabTotalMs);
    std::printf("timers:\n");
    for (const Row &row : std::as_const(rows)) {
        if (!row.waits.timers.isEmpty())
            std::printf("  %-22s %s\n", qPrintable(row.id), qPrintable(row.waits.timers));
    }
    std::printf("finack-lab peak RSS (VmHWM) after the suite in one lab: %.1f MB\n", labPeakKb / 1024.0);
    std::printf("finack run peak RSS (ru_maxrss, finack or its lab), largest: %.1f MB (%s)\n", runPeakKb / 1024.0, qPrintable(runPeakId));

    const QString ref = QStringLiteral("deliberate waits %1 s (timers %2 s, settle limits %3 s, quiet periods %4 s)")
                            .arg(sum.totalMs() / 1000, 0, 'f', 2)
                            .arg(sum.timersMs / 1000, 0, 'f', 2)
                            .arg(sum.settleMs / 1000, 0, 'f', 2)
                            .arg(sum.quietMs / 1000, 0, 'f', 2);
    summary(QStringLiteral("whole suite (%1 scenarios), one `finack run` each").arg(rows.size()),
            QStringLiteral("%1 s").arg(runTotalMs / 1000, 0, 'f', 2), ref,
            QStringLiteral("%1x").arg(runTotalMs / sum.totalMs(), 0, 'f', 2));
    summary(QStringLiteral("whole suite, all in one lab"), QStringLiteral("%1 s").arg(oneLabSum / 1000, 0, 'f', 2), ref,
            QStringLiteral("%1x").arg(oneLabSum / sum.totalMs(), 0, 'f', 2));
    summary(QStringLiteral("peak RSS, finack-lab through the whole suite"), QStringLiteral("%1 MB").arg(labPeakKb / 1024.0, 0, 'f', 1),
            QStringLiteral("–"), QStringLiteral("–"));
    summary(QStringLiteral("peak RSS, `finack run` (largest of the suite: %1)").arg(runPeakId),
            QStringLiteral("%1 MB").arg(runPeakKb / 1024.0, 0, 'f', 1), QStringLiteral("–"), QStringLiteral("–"));
    for (const Row &row : std::as_const(rows)) {
        if (!row.ok)
            return 1;
    }
    return 0;
}
