// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
// Every file in tests/data/bad/ is refused by its loader with one line that starts with the file
// and says where (a JSON path, a line and column, or a byte offset), and the command line exits 2
// with that same line. A new kind of bad input is tested by adding a file there; files too large
// for the repository are made here.
#include "io/filekind.h"
#include "io/pcap/pcapreader.h"
#include "io/scenarioloader.h"
#include "io/tracejson.h"
#include "support/runfinack.h"
#include "text/language.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace FinAck;

namespace {

enum class Loader { Scenario, Trace, Capture };

std::optional<Loader> loaderFor(const QString &fileName)
{
    if (fileName.startsWith(QLatin1String("scenario-")))
        return Loader::Scenario;
    if (fileName.startsWith(QLatin1String("trace-")))
        return Loader::Trace;
    if (fileName.startsWith(QLatin1String("pcap-")))
        return Loader::Capture;
    return std::nullopt;
}

// The loader's reason, or an empty string when it took the file.
QString loaderError(Loader loader, const QString &path)
{
    QString error;
    switch (loader) {
    case Loader::Scenario: {
        ScenarioLoader scenarios;
        return scenarios.loadFile(path) ? QString() : scenarios.errorString();
    }
    case Loader::Trace: return loadTrace(path, &error) ? QString() : error;
    case Loader::Capture: {
        PcapReader reader;
        return reader.open(path, &error) ? QString() : error;
    }
    }
    return {};
}

// No line break of any kind, and nothing else a terminal would act on.
bool isOneLine(const QString &text)
{
    return std::none_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.category() == QChar::Other_Control || c.category() == QChar::Separator_Line || c.category() == QChar::Separator_Paragraph;
    });
}

// What comes after "file: " names where the problem is: a JSON path ("steps[1].call: ",
// "expect[\"li\\nux\"]: "), Qt's "line 4, column 17: ", a byte offset, or the file as a whole.
bool namesLocation(const QString &reason)
{
    // No raw strings in this file: moc (6.4) loses track of the class after some of them.
    const QString name = QStringLiteral("[A-Za-z_]\\w*");
    const QString index = QStringLiteral("\\[\\d+\\]");
    const QString quoted = QStringLiteral("\\[\"(\\\\.|[^\"\\\\])*\"\\]");
    static const QRegularExpression path(QStringLiteral("^(%1|%2|%3)(\\.%1|%2|%3|\\.\\.\\.)*: ").arg(name, index, quoted));
    static const QRegularExpression lineColumn(QStringLiteral("^line \\d+, column \\d+: "));
    static const QRegularExpression byte(QStringLiteral("\\bbyte \\d+ \\(line \\d+\\)"));
    static const QStringList wholeFile{QStringLiteral("the file is empty"), QStringLiteral("at the top level"),
                                       QStringLiteral("expected a scenario of at most"),
                                       QStringLiteral("expected a FinAck trace of at most")};
    return path.match(reason).hasMatch() || lineColumn.match(reason).hasMatch() || byte.match(reason).hasMatch()
           || std::any_of(wholeFile.cbegin(), wholeFile.cend(), [&](const QString &w) { return reason.contains(w); });
}

using Result = FinackResult;

Result finack(const QStringList &args)
{
    return runFinack(args + QStringList{QStringLiteral("--lang"), QStringLiteral("en")});
}

} // namespace

class TestBadFiles : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // The same texts as the command line, which is given --lang en: plural forms included.
        QString error;
        QVERIFY2(Language::install(QStringLiteral("en"), &error), qPrintable(error));
        QVERIFY(m_dir.isValid());
    }

    void loaderRejectsWithOneLine_data() { badFiles(); }
    void loaderRejectsWithOneLine()
    {
        QFETCH(QString, path);
        const QString name = QFileInfo(path).fileName();
        const auto loader = loaderFor(name);
        QVERIFY2(loader, "tests/data/bad holds scenario-*, trace-* and pcap-* files only");
        checkReason(*loader, path);
    }

    void commandLineExitsTwoWithTheSameLine_data() { badFiles(); }
    void commandLineExitsTwoWithTheSameLine()
    {
        QFETCH(QString, path);
        checkCommandLine(*loaderFor(QFileInfo(path).fileName()), path);
    }

    // What the repository cannot hold: files of gigabytes, endless devices, millions of values.
    void generated_data()
    {
        QTest::addColumn<int>("loader");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("reason");
        const auto file = [this](const QString &name, const QByteArray &head, qint64 size) {
            QFile f(m_dir.filePath(name));
            if (!f.open(QIODevice::WriteOnly) || f.write(head) != head.size() || !f.resize(std::max(size, qint64(head.size()))))
                qFatal("cannot write %s", qPrintable(f.fileName()));
            return f.fileName();
        };
        const QByteArray scenarioHead = "{\"format\": \"finack-scenario\", \"version\": 1, \"id\": \"x\", \"title\": \"t\", \"steps\": [";
        const QByteArray traceHead = "{\"format\": \"finack-trace\", \"version\": 1, \"scenario\": \"x\", \"events\": [";
        // Sparse: two gigabytes of zeros after the head take no disk space.
        const qint64 twoGiB = qint64(2) << 30;
        QTest::newRow("scenario of 2 GiB") << int(Loader::Scenario) << file(QStringLiteral("scenario-2gb.json"), scenarioHead, twoGiB)
                                           << "scenario-2gb.json: 2147483648 bytes, expected a scenario of at most 16 MiB";
        QTest::newRow("trace of 2 GiB") << int(Loader::Trace) << file(QStringLiteral("trace-2gb.json"), traceHead, twoGiB)
                                        << "trace-2gb.json: file too large, expected a FinAck trace of at most 32 MiB";
        QByteArray steps = scenarioHead;
        steps.reserve(30'000'100);
        for (int i = 0; i < 10'000'000; ++i)
            steps += "{},";
        steps += "{}]}";
        QTest::newRow("scenario of ten million steps") << int(Loader::Scenario) << file(QStringLiteral("scenario-10m-steps.json"), steps, 0)
                                                       << "bytes, expected a scenario of at most 16 MiB";
        const QByteArray longNote = scenarioHead + "{\"actor\": \"client\", \"call\": \"close\", \"note\": \"" + QByteArray(2 << 20, 'x')
                                    + "\"}]}";
        QTest::newRow("scenario string of 2 MiB") << int(Loader::Scenario) << file(QStringLiteral("scenario-long-string.json"), longNote, 0)
                                                  << "scenario-long-string.json: steps[0].note: a string longer than 1048576 bytes at byte";
        const QByteArray longTrace = traceHead + "{\"t_us\": 0, \"kind\": \"note\", \"text\": \"" + QByteArray(2 << 20, 'x') + "\"}]}";
        QTest::newRow("trace string of 2 MiB") << int(Loader::Trace) << file(QStringLiteral("trace-long-string.json"), longTrace, 0)
                                               << "events[0].text: a string longer than 1048576 bytes at byte";
        QByteArray values =
            "{\"format\": \"finack-scenario\", \"version\": 1, \"id\": \"x\", \"title\": \"t\", \"steps\": [{\"actor\": \"client\", \"call\": \"close\", \"x\": [";
        for (int i = 0; i < 300'000; ++i)
            values += "0,";
        values += "0]}]}";
        QTest::newRow("scenario of 300,000 values") << int(Loader::Scenario) << file(QStringLiteral("scenario-many-values.json"), values, 0)
                                                    << "steps[0].x[249990]: more than 250000 values by byte";
        // Records of zero bytes after a pcap header: the file is mostly holes, the packets many.
        QByteArray pcapHeader(24, '\0');
        qToLittleEndian<quint32>(0xa1b2c3d4, pcapHeader.data());
        qToLittleEndian<quint16>(2, pcapHeader.data() + 4);
        qToLittleEndian<quint16>(4, pcapHeader.data() + 6);
        qToLittleEndian<quint32>(262144, pcapHeader.data() + 16);
        qToLittleEndian<quint32>(1, pcapHeader.data() + 20); // Ethernet
        QTest::newRow("pcap of 12 million empty packets")
            << int(Loader::Capture) << file(QStringLiteral("pcap-12m-packets.pcap"), pcapHeader, 200'000'000)
            << ": more than 10000000 packets, expected a capture of at most 10000000";
        QTest::newRow("/dev/zero as a scenario") << int(Loader::Scenario) << QStringLiteral("/dev/zero")
                                                 << "zero: more than 16777216 bytes, expected a scenario of at most 16 MiB";
        QTest::newRow("/dev/zero as a trace") << int(Loader::Trace) << QStringLiteral("/dev/zero")
                                              << "/dev/zero: file too large, expected a FinAck trace of at most 32 MiB";
    }

    void generated()
    {
        QFETCH(int, loader);
        QFETCH(QString, path);
        QFETCH(QString, reason);
        const QString error = checkReason(Loader(loader), path);
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(error.contains(reason), qPrintable(error));
        if (path != QLatin1String("/dev/zero") || loader == int(Loader::Scenario))
            checkCommandLine(Loader(loader), path);
    }

    // Millions of values in memory, without a file: the limit holds before Qt builds them.
    void tooManyValuesInMemory()
    {
        QByteArray json = "{\"format\": \"finack-trace\", \"version\": 1, \"scenario\": \"x\", \"events\": [";
        json.reserve(10'000'000);
        for (int i = 0; i < 4'900'000; ++i)
            json += "0,";
        json += "0]}";
        QString error;
        QVERIFY(!traceFromJson(json, QStringLiteral("t.json"), &error));
        QVERIFY2(error.startsWith(QLatin1String("t.json: events[4799995]: more than 4800000 values by byte")), qPrintable(error));
        // Larger than a file may be: refused by its size, before a value is counted.
        json = "{\"format\": \"finack-trace\", \"events\": [" + QByteArray("0,").repeated(17 << 20) + "0]}";
        QVERIFY(!traceFromJson(json, QStringLiteral("t.json"), &error));
        QVERIFY2(error.startsWith(QLatin1String("t.json: 35651625 bytes, expected a FinAck trace of at most 32 MiB")), qPrintable(error));
    }

private:
    void badFiles()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(QStringLiteral(FINACK_TEST_DATA "/bad"));
        const QStringList names = dir.entryList(QDir::Files, QDir::Name);
        QVERIFY(names.size() > 100);
        for (const QString &name : names)
            QTest::newRow(qPrintable(name)) << dir.filePath(name);
    }

    // The loader's reason, after the checks every reason passes (QTest::currentTestFailed() says
    // whether it did).
    QString checkReason(Loader loader, const QString &path)
    {
        const QString name = QFileInfo(path).fileName();
        const QString error = loaderError(loader, path);
        checkReasonText(loader, path, name, error);
        return error;
    }

    void checkReasonText(Loader loader, const QString &path, const QString &name, const QString &error)
    {
        QVERIFY2(!error.isEmpty(), "the loader took the file");
        QVERIFY2(isOneLine(error), qPrintable(error));
        QString rest;
        if (error.startsWith(path + QStringLiteral(": ")))
            rest = error.mid(path.size() + 2);
        else if (error.startsWith(name + QStringLiteral(": ")))
            rest = error.mid(name.size() + 2);
        QVERIFY2(!rest.isEmpty(), qPrintable(QStringLiteral("does not start with the file: ") + error));
        if (loader != Loader::Capture)
            QVERIFY2(namesLocation(rest), qPrintable(QStringLiteral("no JSON path, line or byte: ") + error));
    }

    // `finack run` for a scenario, `finack export` for a trace or capture: exit 2 and one line.
    void checkCommandLine(Loader loader, const QString &path)
    {
        const QString reason = loaderError(loader, path);
        const QString out = m_dir.filePath(QStringLiteral("out.svg"));
        QFile::remove(out);
        const Result r = loader == Loader::Scenario ? finack({QStringLiteral("run"), path})
                                                    : finack({QStringLiteral("export"), path, QStringLiteral("-o"), out});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.endsWith(u'\n') && r.err.count(u'\n') == 1 && isOneLine(r.err.chopped(1)), qPrintable(r.err));
        // A file that says neither what it is nor, by "events" or "steps", what it looks like
        // cannot be given to its loader: the command says that, about this file.
        const bool told = loader != Loader::Trace || fileKind(path) == FileKind::Trace;
        if (told)
            QCOMPARE(r.err, QStringLiteral("finack: ") + reason + u'\n');
        else
            QVERIFY2(r.err.startsWith(QStringLiteral("finack: ") + path + QStringLiteral(": not a FinAck scenario or trace")),
                     qPrintable(r.err));
        QVERIFY(!QFile::exists(out));
    }

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestBadFiles)
#include "tst_badfiles.moc"
