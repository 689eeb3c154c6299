// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
// bench_window: start to first frame of the window, and peak memory of the programs with a
// 10,000-segment trace (docs/performance.md). Uses whatever Qt platform it is given:
//   QT_QPA_PLATFORM=offscreen bench_window [--launches N]    no display needed
//   xvfb-run -a -s "-screen 0 1920x1080x24" bench_window       X11: also the real finack from outside
// Start to first frame, three ways:
//   - inside: `bench_window --child` builds the window exactly as app/main.cpp does and reports,
//     against the spawn time its parent passes in (one CLOCK_MONOTONIC for all processes), when
//     main() ran, the QApplication and the MainWindow (which starts finack-lab) were made, and
//     when the diagram's viewport had painted its first frame;
//   - outside (X11 only): the real build/bin/finack, spawned, until a row of the screen across its
//     window shows painted content (grabbed from the X server);
//   each warm (median of N) and cold-ish (the programs' files dropped from the page cache first).
#include "benchstats.h"
#include "bulktransfer.h"
#include "childprocess.h"
#include "diagram/sequenceview.h"
#include "firstpaint.h"
#include "io/tracejson.h"
#include "mainwindow.h"
#include "text/language.h"
#include "windowlaunch.h"

#include <QApplication>
#include <QFileInfo>
#include <QScreen>
#include <QSettings>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <csignal>
#include <cstdio>
#include <sys/wait.h>

using namespace FinAck;
using namespace FinAck::Bench;

namespace {

constexpr int kSegments = 10000;

// The child: app/main.cpp's window path, timed.
int child(int argc, char *argv[])
{
    const qint64 mainNs = monotonicNs();
    const qint64 t0 = qEnvironmentVariable("BENCH_T0_NS").toLongLong();
    const auto sinceSpawn = [t0](qint64 ns) { return (ns - t0) / 1e6; };
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("finack"));
    QApplication::setOrganizationName(QStringLiteral("FinAck"));
    const QString remembered = QSettings().value(QStringLiteral("language")).toString();
    Language::install(remembered.isEmpty() ? Language::systemDefault() : remembered);
    const qint64 appNs = monotonicNs();
    MainWindow window(LabClient::Network::Auto);
    const qint64 windowNs = monotonicNs();
    auto *viewport = window.findChild<SequenceView *>()->viewport();
    FirstPaint first(viewport);
    window.show();
    QObject::connect(&first, &FirstPaint::painted, &app, [&] {
        // The backing store is flushed on the way out of this paint; the next turn of the loop is
        // after it.
        QTimer::singleShot(0, &app, [&] {
            std::printf("frame main=%.1f app=%.1f window=%.1f painted=%.1f flushed=%.1f\n", sinceSpawn(mainNs), sinceSpawn(appNs),
                        sinceSpawn(windowNs), sinceSpawn(first.paintedNs()), sinceSpawn(monotonicNs()));
            std::fflush(stdout);
            app.quit();
        });
    });
    QTimer::singleShot(30000, &app, &QApplication::quit);
    return app.exec();
}

QString medianText(const QList<double> &values)
{
    return values.isEmpty() ? QStringLiteral("–") : ms(median(values), 0);
}

// Peak memory of a window left running until its memory stops growing.
long windowPeakKb(const QStringList &arguments, const QStringList &environment)
{
    const pid_t pid = spawn(QStringLiteral(FINACK_BIN_DIR "/finack"), arguments, environment);
    long last = -1;
    int unchanged = 0;
    for (int i = 0; i < 300 && unchanged < 20; ++i) { // 100 ms apart: 2 s without growth, 30 s at most
        QThread::msleep(100);
        const long now = procStatusKb(pid, "VmHWM");
        unchanged = now == last ? unchanged + 1 : 0;
        last = now;
    }
    ::kill(pid, SIGTERM);
    waitChild(pid, 0);
    return last;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc > 1 && qstrcmp(argv[1], "--child") == 0)
        return child(argc, argv);
    QApplication app(argc, argv);
    int launches = 10;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--launches"))
            launches = std::max(1, args.at(i + 1).toInt());
    }
    const QString platform = QGuiApplication::platformName();
    QTemporaryDir dir;
    const QString trace = dir.filePath(QStringLiteral("bulk-10000.json"));
    QString error;
    if (!saveTrace(bulkTransfer(kSegments), trace, &error)) {
        std::fprintf(stderr, "bench_window: %s\n", qPrintable(error));
        return 1;
    }
    WindowLaunch launcher(dir.path());
    std::printf("platform: %s; %d warm launches, 3 cold-ish\n", qPrintable(platform), launches);

    // Inside: the window as app/main.cpp builds it.
    const LaunchSeries inside = launcher.series(WindowLaunch::Inside, launches);
    std::printf("\ninside (ms from spawn, median):   main()  QApplication  MainWindow  painted  flushed\n");
    for (const auto &[name, s] : {std::pair{"warm", inside.warm}, std::pair{"cold-ish", inside.cold}}) {
        std::printf("  %-30s %7.1f %13.1f %11.1f %8.1f %8.1f   (p95 %.1f, n %lld)\n", name, median(s.main), median(s.app), median(s.window),
                    median(s.painted), median(s.flushed), percentile(s.flushed, 0.95), qlonglong(s.flushed.size()));
    }
    summary(QStringLiteral("start to first frame, window built as app/main.cpp does (%1), warm / cold-ish").arg(platform),
            QStringLiteral("%1 / %2").arg(medianText(inside.warm.flushed), medianText(inside.cold.flushed)),
            QStringLiteral("main() reached after %1 / %2").arg(medianText(inside.warm.main), medianText(inside.cold.main)),
            QStringLiteral("–"));

    // Outside: the real program, seen on the X server.
    if (platform == QLatin1String("xcb")) {
        const LaunchSeries outside = launcher.series(WindowLaunch::Outside, launches);
        std::printf(
            "\noutside, the real finack, spawn to painted on screen: warm median %.0f ms (p95 %.0f, n %lld), cold-ish median %.0f ms (n %lld)\n",
            median(outside.warm.flushed), percentile(outside.warm.flushed, 0.95), qlonglong(outside.warm.flushed.size()),
            median(outside.cold.flushed), qlonglong(outside.cold.flushed.size()));
        summary(QStringLiteral("start to first frame, real `finack` on Xvfb seen from outside, warm / cold-ish"),
                QStringLiteral("%1 / %2").arg(medianText(outside.warm.flushed), medianText(outside.cold.flushed)), QStringLiteral("–"),
                QStringLiteral("–"));
    }

    // Peak memory: the window empty and with the trace, and the exports.
    const QStringList env = launcher.environment();
    const long emptyKb = windowPeakKb({}, env);
    const long traceKb = windowPeakKb({trace}, env);
    std::printf("\npeak RSS (VmHWM) of the window: %.1f MB empty, %.1f MB showing the %d-segment trace\n", emptyKb / 1024.0,
                traceKb / 1024.0, kSegments);
    summary(QStringLiteral("peak RSS, window showing a 10,000-segment trace (%1)").arg(platform),
            QStringLiteral("%1 MB").arg(traceKb / 1024.0, 0, 'f', 1),
            QStringLiteral("window with nothing open %1 MB").arg(emptyKb / 1024.0, 0, 'f', 1),
            QStringLiteral("%1x").arg(double(traceKb) / emptyKb, 0, 'f', 2));
    // `finack export` needs no display and takes the offscreen platform itself: measured once, in
    // the offscreen run.
    if (platform != QLatin1String("offscreen"))
        return 0;
    for (const char *suffix : {"svg", "pdf", "png"}) {
        const QString out = dir.filePath(QStringLiteral("bulk.") + QLatin1String(suffix));
        const ChildResult r = runChild(QStringLiteral(FINACK_BIN_DIR "/finack"),
                                       {QStringLiteral("export"), trace, QStringLiteral("-o"), out}, env);
        std::printf("finack export %s: %.0f ms, peak RSS %.1f MB, exit %d, %.1f MB written\n", suffix, r.wallMs, r.maxRssKb / 1024.0,
                    r.exitCode, QFileInfo(out).size() / 1e6);
        summary(QStringLiteral("`finack export` 10,000 segments to %1: time, peak RSS").arg(QString::fromLatin1(suffix).toUpper()),
                QStringLiteral("%1, %2 MB").arg(ms(r.wallMs, 0)).arg(r.maxRssKb / 1024.0, 0, 'f', 1), QStringLiteral("–"),
                QStringLiteral("–"));
    }
    return 0;
}
