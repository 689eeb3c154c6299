// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#include "windowlaunch.h"

#include "childprocess.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QPixmap>
#include <QScreen>
#include <QSet>

#include <csignal>
#include <fcntl.h>
#include <unistd.h>

namespace FinAck::Bench {

namespace {

// The frame counts as painted when this row of the screen differs from the empty screen over
// this many pixels, in at least three colours (a window mapped but not yet painted shows one).
constexpr int kChangedPixels = 300;

QStringList filesUnder(const QString &path)
{
    QStringList files;
    QDirIterator it(path, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    return files;
}

QStringList mappedLibraries()
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    maps.open(QIODevice::ReadOnly);
    QSet<QString> libraries;
    for (const QByteArray &line : maps.readAll().split('\n')) {
        const int slash = line.indexOf('/');
        if (slash > 0 && line.contains(".so"))
            libraries.insert(QString::fromLocal8Bit(line.mid(slash)));
    }
    return libraries.values();
}

} // namespace

WindowLaunch::WindowLaunch(const QString &folder)
    : m_folder(folder)
{
}

QStringList WindowLaunch::environment() const
{
    return {QStringLiteral("XDG_CONFIG_HOME=%1/config").arg(m_folder), QStringLiteral("XDG_CACHE_HOME=%1/cache").arg(m_folder)};
}

void WindowLaunch::freshFolders() const
{
    // A first start: no remembered language, layout or scenario.
    for (const char *name : {"config", "cache"}) {
        QDir(m_folder + QLatin1Char('/') + QLatin1String(name)).removeRecursively();
        QDir().mkpath(m_folder + QLatin1Char('/') + QLatin1String(name));
    }
}

void WindowLaunch::dropFromPageCache() const
{
    QStringList files = mappedLibraries();
    files << QCoreApplication::applicationFilePath() << QStringLiteral(FINACK_BIN_DIR "/finack")
          << QStringLiteral(FINACK_BIN_DIR "/finack-lab");
    files << filesUnder(QStringLiteral("/usr/lib/x86_64-linux-gnu/qt6/plugins")) << filesUnder(QStringLiteral("/usr/share/fonts"))
          << filesUnder(QStringLiteral("/usr/share/qt6/translations"));
    for (const QString &file : std::as_const(files)) {
        const int fd = ::open(QFile::encodeName(file).constData(), O_RDONLY | O_CLOEXEC);
        if (fd < 0)
            continue;
        ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
        ::close(fd);
    }
}

bool WindowLaunch::launchInside(LaunchTimes &times)
{
    freshFolders();
    const QString output = m_folder + QStringLiteral("/child.txt");
    QStringList env = environment();
    const qint64 start = monotonicNs();
    env << QStringLiteral("BENCH_T0_NS=%1").arg(start);
    const ChildResult r = waitChild(spawn(QCoreApplication::applicationFilePath(), {QStringLiteral("--child")}, env, output), start);
    QFile file(output);
    file.open(QIODevice::ReadOnly);
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (!line.startsWith("frame "))
            continue;
        QMap<QByteArray, double> values;
        for (const QByteArray &word : line.mid(6).split(' ')) {
            const QList<QByteArray> kv = word.split('=');
            values.insert(kv.value(0), kv.value(1).toDouble());
        }
        times.main << values.value("main");
        times.app << values.value("app");
        times.window << values.value("window");
        times.painted << values.value("painted");
        times.flushed << values.value("flushed");
        return r.exitCode == 0;
    }
    return false;
}

bool WindowLaunch::launchOutside(LaunchTimes &times)
{
    freshFolders();
    QScreen *screen = QGuiApplication::primaryScreen();
    const QRect row(0, screen->geometry().height() / 2 - 40, screen->geometry().width(), 1);
    const QImage empty = screen->grabWindow(0, row.x(), row.y(), row.width(), 1).toImage();
    const qint64 start = monotonicNs();
    const pid_t pid = spawn(QStringLiteral(FINACK_BIN_DIR "/finack"), {}, environment());
    bool painted = false;
    while (!painted && monotonicNs() - start < 30'000'000'000) {
        // Every 2 ms: closer polling would take the CPU (two cores) from the program it watches.
        ::usleep(2000);
        const QImage now = screen->grabWindow(0, row.x(), row.y(), row.width(), 1).toImage();
        int changed = 0;
        QSet<QRgb> colours;
        for (int x = 0; x < now.width() && x < empty.width(); ++x) {
            const QRgb c = now.pixel(x, 0);
            colours.insert(c);
            changed += c != empty.pixel(x, 0);
        }
        painted = changed >= kChangedPixels && colours.size() >= 3;
    }
    const double ms = (monotonicNs() - start) / 1e6;
    // To see what counted as the first frame: BENCH_WINDOW_SNAPSHOT=frame.png
    if (const QString snapshot = qEnvironmentVariable("BENCH_WINDOW_SNAPSHOT"); painted && !snapshot.isEmpty())
        screen->grabWindow(0).save(snapshot);
    ::kill(pid, SIGTERM);
    waitChild(pid, start);
    if (painted)
        times.flushed << ms;
    // Until the window is gone from the screen, the next launch would find it there.
    while (screen->grabWindow(0, row.x(), row.y(), row.width(), 1).toImage() != empty && monotonicNs() - start < 60'000'000'000) {}
    return painted;
}

LaunchSeries WindowLaunch::series(Kind kind, int warmLaunches)
{
    LaunchSeries s;
    const auto launch = [&](LaunchTimes &t) { return kind == Inside ? launchInside(t) : launchOutside(t); };
    for (int i = 0; i < 3; ++i) {
        dropFromPageCache();
        launch(s.cold);
    }
    LaunchTimes ignored;
    launch(ignored); // warms the cache again
    for (int i = 0; i < warmLaunches; ++i)
        launch(s.warm);
    return s;
}

} // namespace FinAck::Bench
