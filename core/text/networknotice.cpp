// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#include "text/networknotice.h"

#include <QFile>

namespace FinAck {

namespace {

// The first line of a /proc/sys file, or empty when there is none (another kernel, or patch).
QByteArray setting(const QString &procSys, const char *name)
{
    QFile file(procSys + QLatin1Char('/') + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readLine(64).trimmed();
}

} // namespace

QString NetworkNotice::restriction(const QString &procSys)
{
    // Ubuntu 23.10 and later: AppArmor lets only programs whose profile says "userns," have one.
    if (setting(procSys, "kernel/apparmor_restrict_unprivileged_userns") == "1")
        //: %1 is a file path. Keep the sysctl name, the command and "userns" as they are
        return tr("kernel.apparmor_restrict_unprivileged_userns is 1: AppArmor (Ubuntu 23.10 and later) gives user namespaces only "
                  "to programs whose profile allows them. FinAck's Debian package installs and loads such a profile for "
                  "/usr/bin/finack-lab; for a finack-lab installed another way, put a copy of %1 naming its path in /etc/apparmor.d "
                  "and load it with: sudo apparmor_parser -r /etc/apparmor.d/finack-lab")
            .arg(QStringLiteral("/usr/share/finack/apparmor/finack-lab"));
    // Debian's own switch (its kernels before Debian 11 kept it at 0).
    if (setting(procSys, "kernel/unprivileged_userns_clone") == "0")
        //: keep the sysctl names and the command as they are
        return tr("kernel.unprivileged_userns_clone is 0: the kernel gives user namespaces only to root. An administrator may allow "
                  "them with: sudo sysctl kernel.unprivileged_userns_clone=1");
    if (setting(procSys, "user/max_user_namespaces") == "0")
        //: keep the sysctl names and the command as they are
        return tr("user.max_user_namespaces is 0: no user namespaces may be made. An administrator may allow them with: sudo sysctl "
                  "user.max_user_namespaces=10000");
    return {};
}

QString NetworkNotice::text(const QString &network, const QString &fallbackReason, const QString &procSys)
{
    if (network == QLatin1String("private"))
        return {};
    //: why the lab is not in its private network namespace: the user chose it
    QString why = tr("--network host was asked for");
    if (!fallbackReason.isEmpty()) {
        why = fallbackReason;
        const QString setting = restriction(procSys);
        if (!setting.isEmpty())
            //: %1 what the kernel refused ("the kernel refused a private network namespace (unshare: …)"), %2 the setting that made it refuse, and how to change it
            why = tr("%1; %2").arg(why, setting);
    }
    //: %1 why ("--network host was asked for"; may end with a command to type, so nothing follows it). Faults, capture and raw options are what a private namespace allows
    return tr("The lab runs on this computer's own network, not in a private network namespace, so scenarios that drop segments "
              "(faults) are refused, segments are captured only with root or CAP_NET_RAW (inferred from the calls otherwise), and "
              "raw socket options are limited to those FinAck knows. Why: %1")
        .arg(why);
}

} // namespace FinAck
