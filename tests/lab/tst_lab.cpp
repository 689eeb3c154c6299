// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
// finack-lab as finack uses it: a separate process, in its own network namespace where the kernel
// allows it, driven over its line protocol. Runs the lab as an ordinary user even when the test
// runs as root, since that is where the private namespace matters.
#include "io/scenarioloader.h"
#include "io/tracejson.h"
#include "model/expectationcheck.h"
#include "session/calltablemodel.h"
#include "session/labclient.h"
#include "support/builtinjson.h"

#include "model/clock.h"
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <csignal>
#include <unistd.h>

using namespace FinAck;

namespace {

// As root, run the lab as "nobody" through setpriv; as anyone else, as ourselves.
QStringList ordinaryUserLauncher()
{
    if (::geteuid() != 0)
        return {};
    return {QStringLiteral("setpriv"), QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups"),
            QStringLiteral("--")};
}

int count(const QList<Segment> &segments, Actor from, quint8 flags, bool exact = false, bool dropped = false)
{
    return int(std::count_if(segments.cbegin(), segments.cend(), [&](const Segment &s) {
        const bool flagsMatch = exact ? s.flags == flags : (s.flags & flags) == flags;
        return s.from == from && flagsMatch && (!dropped || s.dropped);
    }));
}

} // namespace

class TestLab : public QObject
{
    Q_OBJECT

    // Starts a lab as an ordinary user in a private network, or skips with the kernel's reason.
    bool startPrivate(LabClient &lab)
    {
        lab.setProgram(QStringLiteral(FINACK_LAB_BIN));
        lab.setLauncher(ordinaryUserLauncher());
        QString error;
        if (!lab.start(LabClient::Network::Auto, &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        return true;
    }

    void run(LabClient &lab, const QString &id, int timeoutMs = 30000)
    {
        lab.load(scenarioJson(id));
        lab.run();
        QString error;
        QVERIFY2(lab.waitForFinished(timeoutMs, &error), qPrintable(error));
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (::geteuid() == 0 && QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty())
            QSKIP("setpriv (util-linux) is needed to run the lab as an ordinary user");
    }

    void ordinaryUserCapturesEverySegment_data()
    {
        QTest::addColumn<QString>("id");
        for (const char *id : {"graceful-client-first", "graceful-server-first", "half-close", "unread-data-rst"})
            QTest::newRow(id) << QString::fromLatin1(id);
    }

    void ordinaryUserCapturesEverySegment()
    {
        QFETCH(QString, id);
        LabClient lab;
        QVERIFY(startPrivate(lab));
        if (lab.network() != QLatin1String("private"))
            QSKIP(qPrintable(QStringLiteral("no private network namespace here: ") + lab.fallbackReason()));
        run(lab, id);
        const Trace &trace = lab.trace();
        QCOMPARE(trace.scenarioId(), id);
        QCOMPARE(trace.platform().network, QStringLiteral("private"));
        QCOMPARE(trace.platform().segments, SegmentSource::Captured);
        QVERIFY(trace.segments().size() >= 5);
        for (const Segment &s : trace.segments())
            QCOMPARE(s.source, SegmentSource::Captured);
        QVERIFY2(lab.differences().isEmpty(), qPrintable(lab.differences().join(QLatin1Char('\n'))));
    }

    void lostFinalAck()
    {
        LabClient lab;
        QVERIFY(startPrivate(lab));
        if (lab.network() != QLatin1String("private"))
            QSKIP(qPrintable(lab.fallbackReason()));
        run(lab, QStringLiteral("lost-final-ack"));
        const QList<Segment> segments = lab.trace().segments();
        // The server's FIN went out at least twice, the client's final ACK was lost once and sent
        // again from TIME_WAIT.
        QVERIFY(count(segments, Actor::Server, TcpFlag::Fin) >= 2);
        QCOMPARE(count(segments, Actor::Client, TcpFlag::Ack, true, true), 1);
        const auto secondFin = std::find_if(segments.crbegin(), segments.crend(),
                                            [](const Segment &s) { return s.from == Actor::Server && s.has(TcpFlag::Fin); });
        const auto answer = std::find_if(secondFin.base(), segments.cend(),
                                         [](const Segment &s) { return s.from == Actor::Client && s.flags == TcpFlag::Ack; });
        QVERIFY(answer != segments.cend());
        QVERIFY(!answer->dropped);
        QCOMPARE(lab.trace().states(Actor::Client).last().state, TcpState::TimeWait);
        QVERIFY(lab.differences().isEmpty());
    }

    void lostFinBacksOff()
    {
        LabClient lab;
        QVERIFY(startPrivate(lab));
        if (lab.network() != QLatin1String("private"))
            QSKIP(qPrintable(lab.fallbackReason()));
        run(lab, QStringLiteral("lost-fin"));
        QList<qint64> fins;
        for (const Segment &s : lab.trace().segments()) {
            if (s.from == Actor::Client && s.has(TcpFlag::Fin))
                fins << s.tUs;
        }
        QCOMPARE(fins.size(), 4);
        QCOMPARE(count(lab.trace().segments(), Actor::Client, TcpFlag::Fin, false, true), 3);
        // Retransmission waits at least Linux's minimum RTO, and the last wait is clearly longer
        // than the first (back-off).
        QVERIFY2(fins[1] - fins[0] >= 190000, qPrintable(QString::number(fins[1] - fins[0])));
        QVERIFY2(fins[3] - fins[2] > (fins[1] - fins[0]) * 3 / 2, qPrintable(QString::number(fins[3] - fins[2])));
        QVERIFY(lab.differences().isEmpty());
    }

    void peerVanishedTimesOut()
    {
        LabClient lab;
        QVERIFY(startPrivate(lab));
        if (lab.network() != QLatin1String("private"))
            QSKIP(qPrintable(lab.fallbackReason()));
        run(lab, QStringLiteral("peer-vanished"));
        const QList<CallRecord> calls = lab.trace().calls(Actor::Client);
        const auto recv = std::find_if(calls.cbegin(), calls.cend(), [](const CallRecord &c) { return c.call == QLatin1String("recv"); });
        QVERIFY(recv != calls.cend());
        QCOMPARE(recv->errnoName, QStringLiteral("ETIMEDOUT"));
        QVERIFY(recv->tUs < 30000000);
        QVERIFY(count(lab.trace().segments(), Actor::Client, TcpFlag::Psh) >= 3); // retransmissions
        QVERIFY(lab.differences().isEmpty());
    }

    void faultsNeedThePrivateNetwork()
    {
        LabClient lab;
        lab.setProgram(QStringLiteral(FINACK_LAB_BIN));
        QString error;
        QVERIFY2(lab.start(LabClient::Network::Host, &error), qPrintable(error));
        QCOMPARE(lab.network(), QStringLiteral("host"));
        lab.load(scenarioJson(QStringLiteral("lost-fin")));
        lab.run();
        QVERIFY(!lab.waitForFinished(10000, &error));
        QVERIFY2(error.contains(QLatin1String("cannot be done here")), qPrintable(error));
        QVERIFY(lab.trace().calls(Actor::Client).isEmpty()); // refused whole, nothing ran
        QVERIFY(lab.isRunning());
        // And the host's firewall has no table of ours, even when this test runs as root.
        const QString nft = QStandardPaths::findExecutable(QStringLiteral("nft"), {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")});
        if (::geteuid() == 0 && !nft.isEmpty()) {
            QProcess list;
            list.start(nft, {QStringLiteral("list"), QStringLiteral("tables")});
            QVERIFY(list.waitForFinished(10000));
            QVERIFY(!list.readAllStandardOutput().contains("finack"));
        }
    }

    void hostCaptureMatchesTcpdump()
    {
        // FinAck's capture on the host's loopback against tcpdump's of the same run: the same
        // segments, flags and directions, in the same order.
        if (::geteuid() != 0)
            QSKIP("capturing on the host's loopback needs root (or CAP_NET_RAW)");
        const QString tcpdumpPath = QStandardPaths::findExecutable(QStringLiteral("tcpdump"),
                                                                   {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")});
        if (tcpdumpPath.isEmpty())
            QSKIP("tcpdump is not installed (test.sh installs it)");
        QProcess tcpdump;
        tcpdump.start(tcpdumpPath, {QStringLiteral("-i"), QStringLiteral("lo"), QStringLiteral("-n"), QStringLiteral("-l"),
                                    QStringLiteral("-S"), QStringLiteral("tcp")});
        QVERIFY(tcpdump.waitForStarted());
        QByteArray said;
        QTRY_VERIFY_WITH_TIMEOUT((said += tcpdump.readAllStandardError()).contains("listening on"), 10000);

        LabClient lab;
        lab.setProgram(QStringLiteral(FINACK_LAB_BIN));
        QString error;
        QVERIFY2(lab.start(LabClient::Network::Host, &error), qPrintable(error));
        run(lab, QStringLiteral("graceful-client-first"));
        const Trace &trace = lab.trace();
        QCOMPARE(trace.platform().segments, SegmentSource::Captured);
        const QString clientPort = trace.endpoint(Actor::Client).section(QLatin1Char(':'), 1);
        const QString serverPort = trace.endpoint(Actor::Server).section(QLatin1Char(':'), 1);
        QStringList ours;
        for (const Segment &s : trace.segments())
            ours << actorName(s.from) + QLatin1Char(' ') + flagsText(s.flags);
        QVERIFY(ours.size() >= 9); // handshake, data and its ACK, two FINs and their ACKs

        // tcpdump sees every test's loopback traffic (the suite runs in parallel): wait until it
        // printed this run's segments, told apart by the two ports, then stop it.
        static const QRegularExpression line(QStringLiteral("127\\.0\\.0\\.1\\.(\\d+) > 127\\.0\\.0\\.1\\.(\\d+): Flags \\[([^\\]]+)\\]"));
        QByteArray output;
        QStringList theirs;
        const auto ourSegmentsPrinted = [&] {
            output += tcpdump.readAllStandardOutput();
            theirs.clear();
            for (const QString &text : QString::fromLatin1(output).split(QLatin1Char('\n'))) {
                const auto m = line.match(text);
                if (!m.hasMatch() || QSet<QString>{m.captured(1), m.captured(2)} != QSet<QString>{clientPort, serverPort})
                    continue;
                const QString f = m.captured(3);
                quint8 flags = 0;
                flags |= f.contains(QLatin1Char('S')) ? TcpFlag::Syn : 0;
                flags |= f.contains(QLatin1Char('.')) ? TcpFlag::Ack : 0;
                flags |= f.contains(QLatin1Char('F')) ? TcpFlag::Fin : 0;
                flags |= f.contains(QLatin1Char('R')) ? TcpFlag::Rst : 0;
                flags |= f.contains(QLatin1Char('P')) ? TcpFlag::Psh : 0;
                theirs << (m.captured(1) == clientPort ? QStringLiteral("client ") : QStringLiteral("server ")) + flagsText(flags);
            }
            return theirs.size() >= ours.size();
        };
        QTRY_VERIFY_WITH_TIMEOUT(ourSegmentsPrinted(), 10000);
        tcpdump.terminate();
        QVERIFY(tcpdump.waitForFinished(5000));
        ourSegmentsPrinted();
        QCOMPARE(ours, theirs);
    }

    // A student reads for a while after loading before pressing Step: that wait is not part of the
    // run, so the first call's time is close to 0 and t = 0 moved forward by about the wait.
    void idleBeforeTheFirstStepIsNotRecorded()
    {
        LabClient lab;
        QVERIFY(startPrivate(lab));
        QSignalSpy header(&lab, &LabClient::headerChanged);
        lab.load(scenarioJson(QStringLiteral("graceful-client-first")));
        QTRY_VERIFY(!header.isEmpty() && !lab.trace().isEmpty());
        const qint64 loadedOrigin = lab.trace().originUs();
        const qint64 waitFrom = nowUs();
        // The reading student: an idle wall-clock interval, the thing under test, not a sync.
        QTRY_VERIFY_WITH_TIMEOUT(nowUs() - waitFrom > 400'000, 5000);
        lab.run();
        QString error;
        QVERIFY2(lab.waitForFinished(30000, &error), qPrintable(error));
        const QList<CallRecord> calls = lab.trace().calls(Actor::Server);
        QVERIFY(!calls.isEmpty());
        QVERIFY2(calls.first().tUs < 200'000, qPrintable(QString::number(calls.first().tUs)));
        QVERIFY2(lab.trace().originUs() - loadedOrigin >= 350'000, qPrintable(QString::number(lab.trace().originUs() - loadedOrigin)));
        // The initial states stay first, at the start.
        QVERIFY(std::holds_alternative<StateChange>(lab.trace().at(0)));
        QVERIFY(eventTime(lab.trace().at(0)) < 1000);
    }

    // In the window the lab runs a step each time the user presses Step. The student's waits stay
    // in the trace's wall-clock times, and the call table leaves them out: a run stepped slowly
    // reads like the same run back to back (`finack run`).
    void waitsForStepAreLeftOutOfLabTime_data()
    {
        QTest::addColumn<int>("pauseMs");
        QTest::newRow("1.5 s before and after the server's first recv") << 1500;
    }

    void waitsForStepAreLeftOutOfLabTime()
    {
        QFETCH(int, pauseMs);
        const QString id = QStringLiteral("graceful-client-first");
        const auto firstRecv = [](const Trace &trace) {
            const QList<CallRecord> calls = trace.calls(Actor::Server);
            const auto it = std::find_if(calls.cbegin(), calls.cend(), [](const CallRecord &c) { return c.call == QLatin1String("recv"); });
            return it == calls.cend() ? CallRecord{} : *it;
        };

        LabClient quick;
        QVERIFY(startPrivate(quick));
        run(quick, id);
        const CallRecord quickRecv = firstRecv(quick.trace());
        QCOMPARE(quickRecv.call, QStringLiteral("recv"));
        qint64 quickPausedUs = 0;
        for (const LabTimeline::Pause &p : quick.trace().labTimeline().pauses())
            quickPausedUs += p.lengthUs();
        QVERIFY2(quickPausedUs < 100'000, qPrintable(QString::number(quickPausedUs))); // nobody waited

        LabClient stepped;
        QVERIFY(startPrivate(stepped));
        QSignalSpy stepFinished(&stepped, &LabClient::stepFinished);
        stepped.load(scenarioJson(id));
        for (int step = 0; stepFinished.isEmpty() || !stepFinished.constLast().at(1).toBool(); ++step) {
            QVERIFY(step < 100);
            if (step == quickRecv.step || step == quickRecv.step + 1) {
                // The student looking at the diagram: the wait under test, not a sync.
                const qint64 from = nowUs();
                QTRY_VERIFY_WITH_TIMEOUT(nowUs() - from >= qint64(pauseMs) * 1000, pauseMs + 5000);
            }
            stepped.step();
            QTRY_VERIFY_WITH_TIMEOUT(stepFinished.size() > step, 30000);
        }
        QTRY_VERIFY_WITH_TIMEOUT(stepped.isFinished(), 30000);

        const Trace &trace = stepped.trace();
        const CallRecord recv = firstRecv(trace);
        QCOMPARE(recv.step, quickRecv.step);
        // The two waits, each about as long as the student waited.
        int longWaits = 0;
        for (const LabTimeline::Pause &p : trace.labTimeline().pauses()) {
            if (p.lengthUs() >= qint64(pauseMs) * 1000) {
                QVERIFY2(p.lengthUs() < qint64(pauseMs) * 1000 + 1'000'000, qPrintable(QString::number(p.lengthUs())));
                ++longWaits;
            }
        }
        QCOMPARE(longWaits, 2);
        // Wall clock: the recv came after the first wait. Lab time: as soon as back to back.
        QVERIFY2(recv.tUs >= qint64(pauseMs) * 1000, qPrintable(QString::number(recv.tUs)));
        const qint64 labUs = trace.labTimeUs(recv.tUs);
        qInfo("first recv: back to back %.3f ms; stepped %.3f ms wall clock, %.3f ms lab time", quickRecv.tUs / 1000.0, recv.tUs / 1000.0,
              labUs / 1000.0);
        QVERIFY2(labUs < quickRecv.tUs * 3 + 100'000, qPrintable(QString::number(labUs)));
        const qint64 wholeRun = trace.labTimeUs(trace.durationUs());
        QVERIFY2(wholeRun < quick.trace().durationUs() * 3 + 200'000, qPrintable(QString::number(wholeRun)));

        // The server's call table shows lab time.
        CallTableModel table(Actor::Server);
        table.update(trace, trace.size());
        bool found = false;
        for (int row = 0; row < table.rowCount(); ++row) {
            if (table.eventIndex(row) >= 0 && trace.at(table.eventIndex(row)) == TraceEvent(recv)) {
                QCOMPARE(table.data(table.index(row, CallTableModel::TimeColumn)).toString(), QString::number(labUs / 1000.0, 'f', 3));
                found = true;
                break;
            }
        }
        QVERIFY(found);

        // The saved trace keeps the wall clock: origin plus t_us is when it happened.
        QString error;
        const std::optional<Trace> saved = traceFromJson(toJson(trace), QStringLiteral("stepped.json"), &error);
        QVERIFY2(saved, qPrintable(error));
        QCOMPARE(*saved, trace);
        QCOMPARE(firstRecv(*saved).tUs, recv.tUs);
        const qint64 lastWallUs = saved->originUs() + eventTime(saved->events().constLast());
        QVERIFY2(qAbs(nowUs() - lastWallUs) < 5'000'000, qPrintable(QString::number(nowUs() - lastWallUs)));
        QCOMPARE(saved->labTimeUs(recv.tUs), labUs);
    }

    void labKilledMidRun()
    {
        LabClient lab;
        QVERIFY(startPrivate(lab));
        QSignalSpy failed(&lab, &LabClient::labFailed);
        lab.load(scenarioJson(QStringLiteral("peer-vanished")));
        lab.run();
        QTRY_VERIFY_WITH_TIMEOUT(lab.trace().calls(Actor::Client).size() >= 3, 10000);
        QVERIFY(::kill(pid_t(lab.processId()), SIGKILL) == 0);
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
        QVERIFY(failed.first().first().toString().contains(QLatin1String("finack-lab")));
        QVERIFY(!lab.isRunning());

        // A new lab runs the next scenario as if nothing happened.
        QVERIFY(startPrivate(lab));
        run(lab, QStringLiteral("graceful-client-first"));
        QVERIFY(lab.differences().isEmpty());
    }

    void badCommandsAreAnsweredNotFatal()
    {
        LabClient lab;
        QVERIFY(startPrivate(lab));
        QSignalSpy errors(&lab, &LabClient::labError);
        lab.step(); // nothing loaded yet
        QTRY_COMPARE(errors.size(), 1);
        QVERIFY(errors.first().first().toString().contains(QLatin1String("no scenario loaded")));
        lab.load(QJsonObject{{QStringLiteral("format"), QStringLiteral("finack-scenario")}});
        QTRY_COMPARE(errors.size(), 2);
        QVERIFY(errors.last().first().toString().contains(QLatin1String("version")));
        QVERIFY(lab.isRunning());
        run(lab, QStringLiteral("half-close"));
    }
};

QTEST_GUILESS_MAIN(TestLab)
#include "tst_lab.moc"
