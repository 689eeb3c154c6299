// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
// What a student reads when the lab runs on the host network: the reason, what it limits, and
// the kernel setting behind a refusal with the distribution's way to allow it. The settings are
// read from a folder laid out as /proc/sys, so each distribution's case is checked on any kernel.
#include "text/networknotice.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace FinAck;

namespace {

bool writeSetting(const QTemporaryDir &root, const QString &name, const QByteArray &value)
{
    const QString path = root.filePath(name);
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(value + '\n') == value.size() + 1;
}

const QString kRefused = QStringLiteral("the kernel refused a private network namespace (unshare: Operation not permitted)");

} // namespace

class TestNetworkNotice : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void privateNetworkNeedsNoNotice() { QVERIFY(NetworkNotice::text(QStringLiteral("private"), QString()).isEmpty()); }

    void askedForHost()
    {
        const QString text = NetworkNotice::text(QStringLiteral("host"), QString());
        QVERIFY(text.startsWith(QLatin1String("The lab runs on this computer's own network, not in a private network namespace")));
        QVERIFY(text.contains(QLatin1String("(faults) are refused")));
        QVERIFY(text.contains(QLatin1String("captured only with root or CAP_NET_RAW")));
        QVERIFY(text.endsWith(QLatin1String("Why: --network host was asked for")));
    }

    void settingBehindARefusal_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QString>("named"); // empty: no setting is blamed
        QTest::newRow("Ubuntu 24.04: AppArmor restricts")
            << "kernel/apparmor_restrict_unprivileged_userns" << QByteArray("1")
            << "; kernel.apparmor_restrict_unprivileged_userns is 1: AppArmor (Ubuntu 23.10 and later) gives user namespaces only to "
               "programs whose profile allows them. FinAck's Debian package installs and loads such a profile for /usr/bin/finack-lab";
        QTest::newRow("AppArmor allows") << "kernel/apparmor_restrict_unprivileged_userns" << QByteArray("0") << QString();
        QTest::newRow("Debian 10: unprivileged_userns_clone")
            << "kernel/unprivileged_userns_clone" << QByteArray("0")
            << "; kernel.unprivileged_userns_clone is 0: the kernel gives user namespaces only to root. An administrator may allow "
               "them with: sudo sysctl kernel.unprivileged_userns_clone=1";
        QTest::newRow("max_user_namespaces") << "user/max_user_namespaces" << QByteArray("0")
                                             << "; user.max_user_namespaces is 0: no user namespaces may be made.";
        QTest::newRow("nothing set") << QString() << QByteArray() << QString();
    }

    void settingBehindARefusal()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, value);
        QFETCH(QString, named);
        QTemporaryDir procSys;
        if (!file.isEmpty())
            QVERIFY(writeSetting(procSys, file, value));
        const QString text = NetworkNotice::text(QStringLiteral("host"), kRefused, procSys.path());
        QVERIFY2(text.contains(QStringLiteral("Why: ") + kRefused), qPrintable(text));
        if (named.isEmpty()) {
            QVERIFY2(text.endsWith(kRefused), qPrintable(text));
            QVERIFY(NetworkNotice::restriction(procSys.path()).isEmpty());
        } else {
            QVERIFY2(text.contains(kRefused + named), qPrintable(text));
        }
        if (file.startsWith(QLatin1String("kernel/apparmor")) && !named.isEmpty())
            QVERIFY(
                text.endsWith(QLatin1String("sudo apparmor_parser -r /etc/apparmor.d/finack-lab"))); // the command ends it, to be copied
    }
};

QTEST_GUILESS_MAIN(TestNetworkNotice)
#include "tst_networknotice.moc"
