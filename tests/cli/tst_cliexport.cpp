// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
// finack export as a user types it: every format from a scenario run, a trace and a capture, each
// file checked for what it claims to be; and every kind of bad input ends in exit 2 and one line.
#include "io/pcap/pcapreader.h"
#include "io/tracejson.h"
#include "model/tracesteps.h"
#include "support/runfinack.h"

#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace FinAck;

namespace {

using Result = FinackResult;

Result finack(const QStringList &args)
{
    return runFinack(args);
}

QByteArray head(const QString &path, int bytes)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.read(bytes) : QByteArray();
}

const QString kOrderlyClose = QStringLiteral(FINACK_TEST_DATA "/traces/orderly-close.json");

} // namespace

class TestCliExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void writesEveryFormatFromATrace_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<QByteArray>("magic");
        QTest::newRow("png") << "png" << QByteArray("\x89PNG\r\n\x1a\n");
        QTest::newRow("svg") << "svg" << QByteArray("<?xml");
        QTest::newRow("pdf") << "pdf" << QByteArray("%PDF-");
        QTest::newRow("pcap") << "pcap" << QByteArray("\xd4\xc3\xb2\xa1", 4);
        QTest::newRow("json") << "json" << QByteArray("{");
        QTest::newRow("mermaid") << "mmd" << QByteArray("sequenceDiagram");
        QTest::newRow("plantuml") << "puml" << QByteArray("@startuml");
    }
    void writesEveryFormatFromATrace()
    {
        QFETCH(QString, suffix);
        QFETCH(QByteArray, magic);
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("close.") + suffix);
        const Result r = finack({QStringLiteral("export"), kOrderlyClose, QStringLiteral("-o"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.err.isEmpty());
        const QByteArray start = head(out, magic.size() + 64);
        // The pcap's byte order is the writer's; JSON and diagram text may start with a comment line.
        if (suffix == QLatin1String("pcap"))
            QVERIFY(start.startsWith(magic) || start.startsWith(QByteArray("\xa1\xb2\xc3\xd4", 4)));
        else
            QVERIFY2(start.contains(magic), start.constData());
    }

    void savedTraceIsTheSameTrace()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("copy.json"));
        QCOMPARE(finack({QStringLiteral("export"), kOrderlyClose, QStringLiteral("-o"), out}).exitCode, 0);
        QCOMPARE(loadTrace(out), loadTrace(kOrderlyClose));
    }

    // --steps takes the numbers of the diagram's step gutter, also in a part saved on its own:
    // steps 4-5 of a run, then step 5 of that part, is the run's step 5.
    void stepsAreTheGutterNumbers()
    {
        QTemporaryDir dir;
        const QString part = dir.filePath(QStringLiteral("part.json"));
        const QString five = dir.filePath(QStringLiteral("five.json"));
        Result r = finack(
            {QStringLiteral("export"), kOrderlyClose, QStringLiteral("-o"), part, QStringLiteral("--steps"), QStringLiteral("4-5")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(stepSpan(*loadTrace(part)), std::optional<StepRange>(StepRange{4, 5}));
        r = finack({QStringLiteral("export"), part, QStringLiteral("-o"), five, QStringLiteral("--steps"), QStringLiteral("5")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(stepSpan(*loadTrace(five)), std::optional<StepRange>(StepRange{5, 5}));
    }

    void runsAScenarioFirst()
    {
        QTemporaryDir dir;
        const QString svg = dir.filePath(QStringLiteral("close.svg"));
        const Result r = finack({QStringLiteral("export"), QStringLiteral("graceful-client-first"), QStringLiteral("-o"), svg,
                                 QStringLiteral("--theme"), QStringLiteral("dark"), QStringLiteral("--steps"), QStringLiteral("2-")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QByteArray content = head(svg, 64 * 1024 * 1024);
        QVERIFY(content.contains("FIN ACK"));
        QVERIFY(content.contains("graceful-client-first"));
    }

    // The pcap of a real run opens in tshark with the same segments the trace has.
    void runsPcapOpensInTshark()
    {
        const QString tshark = QStandardPaths::findExecutable(QStringLiteral("tshark"));
        if (tshark.isEmpty())
            QSKIP("tshark (installed by test.sh) is not installed");
        QTemporaryDir dir;
        const QString pcap = dir.filePath(QStringLiteral("run.pcap"));
        const QString json = dir.filePath(QStringLiteral("run.json"));
        Result r = finack({QStringLiteral("run"), QStringLiteral("unread-data-rst"), QStringLiteral("--trace"), json});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const auto trace = loadTrace(json);
        QVERIFY(trace);
        if (trace->platform().segments != SegmentSource::Captured)
            QSKIP("this user may not capture here, so the run's segments are inferred and there is no pcap to write");
        r = finack({QStringLiteral("export"), json, QStringLiteral("-o"), pcap});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QProcess p;
        p.start(tshark, {QStringLiteral("-r"), pcap, QStringLiteral("-T"), QStringLiteral("fields"), QStringLiteral("-e"),
                         QStringLiteral("tcp.flags.reset")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        const QStringList lines = QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), trace->segments().size());
        int resets = 0;
        for (const Segment &s : trace->segments())
            resets += s.has(TcpFlag::Rst);
        QVERIFY(resets > 0);
        QCOMPARE(lines.count(QStringLiteral("1")) + lines.count(QStringLiteral("True")), resets);
    }

    void readsACaptureRecordedWithTcpdump_data()
    {
        QTest::addColumn<QString>("capture");
        QTest::addColumn<QStringList>("extra");
        QTest::newRow("pcap") << "graceful-close.pcap" << QStringList();
        QTest::newRow("pcapng") << "graceful-close.pcapng" << QStringList();
        QTest::newRow("second of two streams") << "two-streams.pcap" << QStringList{QStringLiteral("--stream"), QStringLiteral("2")};
    }
    void readsACaptureRecordedWithTcpdump()
    {
        QFETCH(QString, capture);
        QFETCH(QStringList, extra);
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("capture.mmd"));
        const Result r = finack(
            QStringList{QStringLiteral("export"), QStringLiteral(FINACK_TEST_DATA "/pcap/") + capture, QStringLiteral("-o"), out} + extra);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString text = QString::fromUtf8(head(out, 1024 * 1024));
        QVERIFY(text.contains(QLatin1String("FIN")));
        QVERIFY(text.contains(QLatin1String("TIME_WAIT")) || text.contains(QLatin1String("CLOSED")));
    }

    void badInputExitsTwoWithOneLine_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("reason");
        const QString trace = kOrderlyClose;
        QTest::newRow("no output") << QStringList{QStringLiteral("export"), trace} << "expected -o <file>";
        QTest::newRow("no input") << QStringList{QStringLiteral("export"), QStringLiteral("-o"), QStringLiteral("x.svg")}
                                  << "expected one input";
        QTest::newRow("unknown suffix") << QStringList{QStringLiteral("export"), trace, QStringLiteral("-o"), QStringLiteral("x.bmp")}
                                        << "x.bmp: cannot tell the format";
        QTest::newRow("steps backwards") << QStringList{QStringLiteral("export"),  trace,
                                                        QStringLiteral("-o"),      QStringLiteral("x.svg"),
                                                        QStringLiteral("--steps"), QStringLiteral("5-2")}
                                         << "--steps";
        QTest::newRow("steps beyond the run") << QStringList{QStringLiteral("export"),  trace,
                                                             QStringLiteral("-o"),      QStringLiteral("/tmp/finack-x.svg"),
                                                             QStringLiteral("--steps"), QStringLiteral("40-41")}
                                              << "so step 40 has no events";
        QTest::newRow("bad theme") << QStringList{QStringLiteral("export"),  trace,
                                                  QStringLiteral("-o"),      QStringLiteral("x.svg"),
                                                  QStringLiteral("--theme"), QStringLiteral("blue")}
                                   << "--theme: expected light or dark";
        QTest::newRow("bad scale") << QStringList{QStringLiteral("export"),  trace,
                                                  QStringLiteral("-o"),      QStringLiteral("x.png"),
                                                  QStringLiteral("--scale"), QStringLiteral("100")}
                                   << "--scale: expected a number";
        QTest::newRow("bad spacing") << QStringList{QStringLiteral("export"),    trace,
                                                    QStringLiteral("-o"),        QStringLiteral("x.png"),
                                                    QStringLiteral("--spacing"), QStringLiteral("odd")}
                                     << "--spacing";
        QTest::newRow("stream of a trace") << QStringList{QStringLiteral("export"),   trace,
                                                          QStringLiteral("-o"),       QStringLiteral("x.svg"),
                                                          QStringLiteral("--stream"), QStringLiteral("1")}
                                           << "--stream: only a capture";
        QTest::newRow("unknown scenario id") << QStringList{QStringLiteral("export"), QStringLiteral("no-such-id"), QStringLiteral("-o"),
                                                            QStringLiteral("x.svg")}
                                             << "no-such-id: no built-in scenario";
        QTest::newRow("malformed trace") << QStringList{QStringLiteral("export"),
                                                        QStringLiteral(FINACK_TEST_DATA "/bad/trace-unknown-flag.json"),
                                                        QStringLiteral("-o"), QStringLiteral("x.svg")}
                                         << "trace-unknown-flag.json";
        QTest::newRow("not json at all") << QStringList{QStringLiteral("export"),
                                                        QStringLiteral(FINACK_TEST_DATA "/bad/trace-parse-error.json"),
                                                        QStringLiteral("-o"), QStringLiteral("x.svg")}
                                         << "trace-parse-error.json";
        QTest::newRow("corrupt pcap") << QStringList{QStringLiteral("export"), QStringLiteral(FINACK_TEST_DATA "/bad/pcap-truncated.pcap"),
                                                     QStringLiteral("-o"), QStringLiteral("x.svg")}
                                      << "pcap-truncated.pcap";
        QTest::newRow("garbage pcap") << QStringList{QStringLiteral("export"), QStringLiteral(FINACK_TEST_DATA "/bad/pcap-garbage.pcap"),
                                                     QStringLiteral("-o"), QStringLiteral("x.svg")}
                                      << "pcap-garbage.pcap";
        QTest::newRow("capture without tcp") << QStringList{QStringLiteral("export"),
                                                            QStringLiteral(FINACK_TEST_DATA "/bad/pcap-no-tcp.pcap"), QStringLiteral("-o"),
                                                            QStringLiteral("x.svg")}
                                             << "pcap-no-tcp.pcap";
        QTest::newRow("which stream") << QStringList{QStringLiteral("export"), QStringLiteral(FINACK_TEST_DATA "/pcap/two-streams.pcap"),
                                                     QStringLiteral("-o"), QStringLiteral("x.svg")}
                                      << "choose one with --stream N";
        QTest::newRow("stream out of range") << QStringList{QStringLiteral("export"),
                                                            QStringLiteral(FINACK_TEST_DATA "/pcap/two-streams.pcap"),
                                                            QStringLiteral("-o"),
                                                            QStringLiteral("x.svg"),
                                                            QStringLiteral("--stream"),
                                                            QStringLiteral("3")}
                                             << "--stream:";
        QTest::newRow("inferred trace as pcap")
            << QStringList{QStringLiteral("export"), QStringLiteral(FINACK_TEST_DATA "/traces/reset-inferred.json"), QStringLiteral("-o"),
                           QStringLiteral("/tmp/finack-x.pcap")}
            << "inferred";
        QTest::newRow("unwritable output") << QStringList{QStringLiteral("export"), trace, QStringLiteral("-o"),
                                                          QStringLiteral("/nonexistent/dir/x.svg")}
                                           << "x.svg";
    }
    void badInputExitsTwoWithOneLine()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, reason);
        const Result r = finack(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith(QLatin1String("finack: ")) && r.err.contains(reason), qPrintable(r.err));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    }
};

QTEST_GUILESS_MAIN(TestCliExport)
#include "tst_cliexport.moc"
