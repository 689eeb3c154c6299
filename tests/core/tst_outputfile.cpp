// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
// Output files: written whole or not at all, and never through another user's link.
#include "io/outputfile.h"
#include "io/tracejson.h"
#include "support/plantedlink.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace FinAck;

namespace {

QByteArray contentOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Only the files the test expects: no temporary file is left behind.
QStringList namesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

class TestOutputFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void createsANewFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new.txt"));
        QString error;
        QVERIFY2(writeOutputFile(path, "hello\n", &error), qPrintable(error));
        QCOMPARE(contentOf(path), QByteArray("hello\n"));
        QCOMPARE(namesIn(dir.path()), QStringList{QStringLiteral("new.txt")});
    }

    void replacesAFileKeepingItsPermissions()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.txt"));
        QVERIFY(writeOutputFile(path, "old", nullptr));
        QVERIFY(::chmod(QFile::encodeName(path).constData(), 0600) == 0);
        QString error;
        QVERIFY2(writeOutputFile(path, "new", &error), qPrintable(error));
        QCOMPARE(contentOf(path), QByteArray("new"));
        struct stat st {
        };
        QVERIFY(::stat(QFile::encodeName(path).constData(), &st) == 0);
        QCOMPARE(st.st_mode & 07777, mode_t(0600));
        QCOMPARE(namesIn(dir.path()), QStringList{QStringLiteral("old.txt")});
    }

    void followsTheUsersOwnLink()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("real")));
        const QString target = dir.filePath(QStringLiteral("real/trace.json"));
        const QString link = dir.filePath(QStringLiteral("trace.json"));
        QVERIFY(QFile::link(target, link));
        QString error;
        QVERIFY2(writeOutputFile(link, "through my link", &error), qPrintable(error));
        QCOMPARE(contentOf(target), QByteArray("through my link"));
        QVERIFY(QFileInfo(link).isSymLink()); // the link stays a link
        QCOMPARE(namesIn(dir.filePath(QStringLiteral("real"))), QStringList{QStringLiteral("trace.json")});
    }

    void refusesAnotherUsersLink()
    {
        PlantedLink planted(QStringLiteral("trace.json"));
        if (!planted.available())
            QSKIP("staging another user's link takes root");
        QString error;
        QVERIFY(!writeOutputFile(planted.link(), "attacker's choice", &error));
        QVERIFY2(error.contains(QLatin1String("symbolic link owned by another user (uid 65534)")), qPrintable(error));
        QVERIFY(planted.untouched());
        QCOMPARE(namesIn(QFileInfo(planted.link()).path()), QStringList{QStringLiteral("trace.json")});
    }

    void aTraceIsNotSavedThroughAnotherUsersLink()
    {
        PlantedLink planted(QStringLiteral("trace.json"));
        if (!planted.available())
            QSKIP("staging another user's link takes root");
        QString error;
        QVERIFY(!saveTrace(Trace(), planted.link(), &error));
        QVERIFY2(error.startsWith(planted.link() + QStringLiteral(": cannot write: it is a symbolic link")), qPrintable(error));
        QVERIFY(planted.untouched());
    }

    // A link planted between open() and commit() is replaced by the rename, never written through.
    void aLinkPlantedWhileWritingIsReplacedNotFollowed()
    {
        QTemporaryDir dir;
        const QString victim = dir.filePath(QStringLiteral("victim.txt"));
        QVERIFY(writeOutputFile(victim, "victim", nullptr));
        const QString path = dir.filePath(QStringLiteral("out.txt"));
        OutputFile file(path);
        QVERIFY2(file.open(), qPrintable(file.errorString()));
        QCOMPARE(file.device().write("mine"), qint64(4));
        QVERIFY(QFile::link(victim, path));
        QVERIFY2(file.commit(), qPrintable(file.errorString()));
        QCOMPARE(contentOf(victim), QByteArray("victim"));
        QVERIFY(!QFileInfo(path).isSymLink());
        QCOMPARE(contentOf(path), QByteArray("mine"));
    }

    void refusesWhatIsNotAFile_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("reason");
        QTest::newRow("a folder") << QDir::tempPath() << "it is a folder";
        QTest::newRow("a device") << "/dev/null"
                                  << "not a regular file";
        QTest::newRow("no such folder") << "/no/such/folder/x.json"
                                        << "No such file";
    }

    void refusesWhatIsNotAFile()
    {
        QFETCH(QString, path);
        QFETCH(QString, reason);
        QString error;
        QVERIFY(!writeOutputFile(path, "x", &error));
        QVERIFY2(error.contains(reason), qPrintable(error));
        QVERIFY(!error.contains(QLatin1Char('\n')));
    }

    void anUncommittedFileLeavesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("never.txt"));
        {
            OutputFile file(path);
            QVERIFY(file.open());
            QVERIFY(file.device().write("half") > 0);
        } // a failed export ends here, before commit()
        QVERIFY(namesIn(dir.path()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOutputFile)
#include "tst_outputfile.moc"
