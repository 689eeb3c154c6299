// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

// Launches of the window for bench_window: warm (after one launch not counted) and cold-ish (the
// programs' files, Qt's plugins and the fonts dropped from the page cache first, with
// posix_fadvise(POSIX_FADV_DONTNEED); what a running process maps, such as the Qt libraries
// bench_window itself uses, stays cached), each in a fresh configuration folder.
#include <QList>
#include <QString>
#include <QStringList>

namespace FinAck::Bench {

// Milliseconds from spawn, one entry per launch. For the outside kind only `flushed` is known:
// when the frame was seen on the X server.
struct LaunchTimes {
    QList<double> main, app, window, painted, flushed;
};

struct LaunchSeries {
    LaunchTimes warm;
    LaunchTimes cold;
};

class WindowLaunch
{
public:
    enum Kind { Inside, Outside };

    // Configuration and cache folders are made under `folder`.
    explicit WindowLaunch(const QString &folder);

    LaunchSeries series(Kind kind, int warmLaunches);
    // What every launched window gets: its own XDG_CONFIG_HOME and XDG_CACHE_HOME.
    QStringList environment() const;

private:
    bool launchInside(LaunchTimes &times);
    bool launchOutside(LaunchTimes &times);
    void dropFromPageCache() const;
    void freshFolders() const;

    QString m_folder;
};

} // namespace FinAck::Bench
