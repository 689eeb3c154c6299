// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#include "io/tracejson.h"
#include "model/trace.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

// Designated initializers name only the fields a test is about; the rest keep their defaults
// on purpose, which is what this warning complains about.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

using namespace FinAck;

namespace FinAck {
// QCOMPARE prints the traces as their JSON when they differ.
char *toString(const Trace &trace)
{
    return qstrdup(toJson(trace).constData());
}
} // namespace FinAck

namespace {

constexpr qint64 kOrigin = 1718000000000000;
constexpr qint64 kI64Max = std::numeric_limits<qint64>::max();

QString dataPath(const QString &relative)
{
    return QStringLiteral(FINACK_TEST_DATA "/") + relative;
}

Note note(qint64 t, const QString &text)
{
    return Note{t, -1, text};
}

QStringList noteTexts(const Trace &trace)
{
    QStringList texts;
    for (const Note &n : trace.notes())
        texts.append(n.text);
    return texts;
}

Trace sampleTrace()
{
    Trace t;
    t.setScenarioId(QStringLiteral("orderly-close"));
    t.setScenarioTitle(QStringLiteral("Le client ferme d'abord — 客户端先关闭"));
    t.setPlatform({QStringLiteral("Linux"), QStringLiteral("6.1.0-18-amd64"), QStringLiteral("host"), SegmentSource::Inferred,
                   QStringLiteral("lo: permission denied\n(CAP_NET_RAW)")});
    t.setEndpoint(Actor::Client, QStringLiteral("127.0.0.1:41234"));
    t.setEndpoint(Actor::Server, QStringLiteral("127.0.0.1:40001"));
    t.setOriginUs(kOrigin);
    return t;
}

} // namespace

Q_DECLARE_METATYPE(FinAck::TraceEvent)

class TstTrace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void appendKeepsTimeOrder_data();
    void appendKeepsTimeOrder();
    void appendStoresTimesRelativeToOrigin();
    void helpersSelectByKindAndActor();
    void eventRoundTrip_data();
    void eventRoundTrip();
    void traceRoundTripThroughFile();
    void labTimeLeavesOutThePauses();
    void versionAndClientApiFollowTheContent();
    void fileHasOneEventPerLine();
    void goldenFileIsStable();
    void loadsGoodFiles_data();
    void loadsGoodFiles();
    void forwardCompatibleFileIgnoresUnknownFields();
    void labNotesOfOlderTraces_data();
    void labNotesOfOlderTraces();
    void rejectsBadFiles_data();
    void rejectsBadFiles();
    void rejectsMissingFile();
    void saveReportsUnwritablePath();
    void truncatedFilesNeverCrash();
};

void TstTrace::appendKeepsTimeOrder_data()
{
    QTest::addColumn<QList<qint64>>("times");
    QTest::addColumn<QStringList>("expected"); // texts of the notes, named after their arrival

    QTest::newRow("in order") << QList<qint64>{10, 20, 30} << QStringList{QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2")};
    QTest::newRow("one late") << QList<qint64>{10, 30, 20} << QStringList{QStringLiteral("0"), QStringLiteral("2"), QStringLiteral("1")};
    QTest::newRow("late to front") << QList<qint64>{30, 20, 10}
                                   << QStringList{QStringLiteral("2"), QStringLiteral("1"), QStringLiteral("0")};
    QTest::newRow("equal times keep arrival order")
        << QList<qint64>{10, 10, 10} << QStringList{QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2")};
    QTest::newRow("late one goes after its equals")
        << QList<qint64>{10, 20, 20, 10, 20}
        << QStringList{QStringLiteral("0"), QStringLiteral("3"), QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("4")};
    QTest::newRow("late one before a later group")
        << QList<qint64>{5, 30, 30, 20} << QStringList{QStringLiteral("0"), QStringLiteral("3"), QStringLiteral("1"), QStringLiteral("2")};
}

void TstTrace::appendKeepsTimeOrder()
{
    QFETCH(QList<qint64>, times);
    QFETCH(QStringList, expected);

    Trace trace;
    trace.setOriginUs(kOrigin);
    for (int i = 0; i < times.size(); ++i)
        trace.append(note(kOrigin + times[i], QString::number(i)));

    QCOMPARE(noteTexts(trace), expected);
    for (int i = 1; i < trace.size(); ++i)
        QVERIFY(eventTime(trace.at(i - 1)) <= eventTime(trace.at(i)));
}

void TstTrace::appendStoresTimesRelativeToOrigin()
{
    Trace trace;
    trace.setOriginUs(kOrigin);
    trace.append(CallRecord{.tUs = kOrigin + 1500, .call = QStringLiteral("close"), .durationUs = 40});
    trace.append(note(kOrigin - 7, QStringLiteral("wall clock stepped back"))); // before the origin: pinned to 0
    trace.appendRelative(note(700, QStringLiteral("already relative")));
    trace.appendRelative(note(-3, QStringLiteral("relative, before the start"))); // also pinned to 0, after its equal

    QCOMPARE(noteTexts(trace), (QStringList{QStringLiteral("wall clock stepped back"), QStringLiteral("relative, before the start"),
                                            QStringLiteral("already relative")}));
    QCOMPARE(eventTime(trace.at(0)), 0);
    QCOMPARE(eventTime(trace.at(1)), 0);
    QCOMPARE(eventTime(trace.at(2)), 700);
    QCOMPARE(eventTime(trace.at(3)), 1500);
    QCOMPARE(trace.durationUs(), 1540); // the call's end, not its start
}

void TstTrace::helpersSelectByKindAndActor()
{
    Trace trace;
    trace.append(CallRecord{.tUs = 1, .actor = Actor::Client, .call = QStringLiteral("connect")});
    trace.append(CallRecord{.tUs = 2, .actor = Actor::Server, .call = QStringLiteral("accept")});
    trace.append(Segment{.tUs = 3, .from = Actor::Client, .flags = TcpFlag::Syn});
    trace.append(StateChange{.tUs = 4, .actor = Actor::Server, .state = TcpState::SynRecv});
    trace.append(StateChange{.tUs = 5, .actor = Actor::Client, .state = TcpState::Established});
    trace.append(Segment{.tUs = 6, .from = Actor::Server, .flags = TcpFlag::Syn | TcpFlag::Ack});
    trace.append(note(7, QStringLiteral("n")));

    QCOMPARE(trace.calls(Actor::Client).size(), 1);
    QCOMPARE(trace.calls(Actor::Client).first().call, QStringLiteral("connect"));
    QCOMPARE(trace.calls(Actor::Server).first().call, QStringLiteral("accept"));
    QCOMPARE(trace.segments().size(), 2);
    QCOMPARE(trace.segments().at(1).from, Actor::Server);
    QCOMPARE(trace.states(Actor::Server).size(), 1);
    QCOMPARE(trace.states(Actor::Server).first().state, TcpState::SynRecv);
    QCOMPARE(trace.states(Actor::Client).first().state, TcpState::Established);
    QCOMPARE(trace.notes().size(), 1);
}

void TstTrace::eventRoundTrip_data()
{
    QTest::addColumn<TraceEvent>("event");
    QTest::addColumn<QByteArray>("expectedJson"); // the contract: field names and encodings

    QTest::newRow("call, no step")
        << TraceEvent(CallRecord{.tUs = 12,
                                 .actor = Actor::Client,
                                 .call = QStringLiteral("connect"),
                                 .text = QStringLiteral("connect(3, ...)"),
                                 .ret = 0,
                                 .durationUs = 85})
        << QByteArray(
               R"j({"t_us": 12, "kind": "call", "actor": "client", "call": "connect", "text": "connect(3, ...)", "ret": 0, "duration_us": 85})j");
    QTest::newRow("call with step, server")
        << TraceEvent(CallRecord{.tUs = 0, .actor = Actor::Server, .step = 3, .call = QStringLiteral("accept"), .ret = 4})
        << QByteArray(
               R"j({"t_us": 0, "kind": "call", "actor": "server", "step": 3, "call": "accept", "text": "", "ret": 4, "duration_us": 0})j");
    QTest::newRow("call failed with errno")
        << TraceEvent(CallRecord{.tUs = 5,
                                 .actor = Actor::Server,
                                 .step = 0,
                                 .call = QStringLiteral("recv"),
                                 .text = QStringLiteral("recv(4, buf, 10, 0)"),
                                 .ret = -1,
                                 .errnoNumber = 104,
                                 .errnoName = QStringLiteral("ECONNRESET"),
                                 .errnoMessage = QStringLiteral("Connection reset by peer"),
                                 .durationUs = 7})
        << QByteArray(
               R"j({"t_us": 5, "kind": "call", "actor": "server", "step": 0, "call": "recv", "text": "recv(4, buf, 10, 0)", "ret": -1, "duration_us": 7, "errno": 104, "errno_name": "ECONNRESET", "errno_message": "Connection reset by peer"})j");
    QTest::newRow("call timed out")
        << TraceEvent(CallRecord{.tUs = 9,
                                 .call = QStringLiteral("recv"),
                                 .text = QStringLiteral("x"),
                                 .ret = -1,
                                 .errnoNumber = 11,
                                 .errnoName = QStringLiteral("EAGAIN"),
                                 .errnoMessage = QStringLiteral("Resource temporarily unavailable"),
                                 .durationUs = 2000000,
                                 .timedOut = true})
        << QByteArray(
               R"j({"t_us": 9, "kind": "call", "actor": "client", "call": "recv", "text": "x", "ret": -1, "duration_us": 2000000, "errno": 11, "errno_name": "EAGAIN", "errno_message": "Resource temporarily unavailable", "timed_out": true})j");
    QTest::newRow("call with received bytes")
        << TraceEvent(CallRecord{.tUs = 3,
                                 .call = QStringLiteral("recv"),
                                 .text = QStringLiteral("recv(5, buf, 64, 0)"),
                                 .ret = 8,
                                 .durationUs = 4,
                                 .data = QByteArray("HELLO\n\x00\xff", 8)})
        << QByteArray(
               R"j({"t_us": 3, "kind": "call", "actor": "client", "call": "recv", "text": "recv(5, buf, 64, 0)", "ret": 8, "duration_us": 4, "data": "HELLO\n\u0000ÿ"})j");
    QTest::newRow("call extreme integers")
        << TraceEvent(CallRecord{.tUs = kI64Max,
                                 .step = std::numeric_limits<int>::max(),
                                 .call = QStringLiteral("send"),
                                 .ret = std::numeric_limits<qint64>::min(),
                                 .durationUs = kI64Max})
        << QByteArray(
               R"j({"t_us": 9223372036854775807, "kind": "call", "actor": "client", "step": 2147483647, "call": "send", "text": "", "ret": -9223372036854775808, "duration_us": 9223372036854775807})j");
    QTest::newRow("call text needing escapes")
        << TraceEvent(
               CallRecord{.tUs = 1, .call = QStringLiteral("send"), .text = QStringLiteral("send(3, \"a\\nb\"\t\u00e9\U0001F600, 3, 0)")})
        << QByteArray(R"j({"t_us": 1, "kind": "call", "actor": "client", "call": "send", "text": "send(3, \"a\\nb\"\t)j"
                      "\xc3\xa9\xf0\x9f\x98\x80"
                      R"j(, 3, 0)", "ret": 0, "duration_us": 0})j");

    QTest::newRow("qt call failed, bool, with qt_error")
        << TraceEvent(CallRecord{.tUs = 4,
                                 .step = 8,
                                 .call = QStringLiteral("recv"),
                                 .text = QStringLiteral("socket.waitForReadyRead(5000)"),
                                 .ret = 0,
                                 .durationUs = 20,
                                 .api = QStringLiteral("qt"),
                                 .returnType = ReturnType::Bool,
                                 .qtError = QStringLiteral("QAbstractSocket::RemoteHostClosedError"),
                                 .qtErrorString = QStringLiteral("The remote host closed the connection")})
        << QByteArray(
               R"j({"t_us": 4, "kind": "call", "actor": "client", "step": 8, "call": "recv", "text": "socket.waitForReadyRead(5000)", "ret": 0, "duration_us": 20, "api": "qt", "ret_type": "bool", "qt_error": "QAbstractSocket::RemoteHostClosedError", "qt_error_string": "The remote host closed the connection"})j");
    QTest::newRow("qt call returning void")
        << TraceEvent(CallRecord{.tUs = 6,
                                 .call = QStringLiteral("close"),
                                 .text = QStringLiteral("socket.close()"),
                                 .durationUs = 7,
                                 .api = QStringLiteral("qt"),
                                 .returnType = ReturnType::Void})
        << QByteArray(
               R"j({"t_us": 6, "kind": "call", "actor": "client", "call": "close", "text": "socket.close()", "ret": 0, "duration_us": 7, "api": "qt", "ret_type": "void"})j");
    QTest::newRow("qt call with received bytes")
        << TraceEvent(CallRecord{.tUs = 7,
                                 .call = QStringLiteral("recv"),
                                 .text = QStringLiteral("socket.read(buf, 1024)"),
                                 .ret = 2,
                                 .durationUs = 3,
                                 .data = "hi",
                                 .api = QStringLiteral("qt")})
        << QByteArray(
               R"j({"t_us": 7, "kind": "call", "actor": "client", "call": "recv", "text": "socket.read(buf, 1024)", "ret": 2, "duration_us": 3, "data": "hi", "api": "qt"})j");
    QTest::newRow("signal from the event loop")
        << TraceEvent(SignalRecord{.tUs = 11,
                                   .step = 7,
                                   .object = QStringLiteral("socket"),
                                   .signal = QStringLiteral("errorOccurred"),
                                   .arguments = {QStringLiteral("QAbstractSocket::RemoteHostClosedError")}})
        << QByteArray(
               R"j({"t_us": 11, "kind": "signal", "actor": "client", "step": 7, "object": "socket", "signal": "errorOccurred", "arguments": ["QAbstractSocket::RemoteHostClosedError"]})j");
    QTest::newRow("signal inside a call, no arguments, no step")
        << TraceEvent(SignalRecord{
               .tUs = 12, .object = QStringLiteral("socket2"), .signal = QStringLiteral("disconnected"), .during = QStringLiteral("close")})
        << QByteArray(
               R"j({"t_us": 12, "kind": "signal", "actor": "client", "object": "socket2", "signal": "disconnected", "arguments": [], "during": "close"})j");

    QTest::newRow("segment SYN")
        << TraceEvent(Segment{.tUs = 40, .flags = TcpFlag::Syn, .win = 65495})
        << QByteArray(
               R"j({"t_us": 40, "kind": "segment", "from": "client", "to": "server", "flags": ["SYN"], "seq": 0, "ack": 0, "len": 0, "win": 65495, "source": "captured"})j");
    QTest::newRow("segment all flags in canonical order")
        << TraceEvent(Segment{.tUs = 1, .from = Actor::Server, .flags = 0x1f, .seq = 1, .ack = 2, .len = 3, .win = 4})
        << QByteArray(
               R"j({"t_us": 1, "kind": "segment", "from": "server", "to": "client", "flags": ["SYN","ACK","FIN","RST","PSH"], "seq": 1, "ack": 2, "len": 3, "win": 4, "source": "captured"})j");
    QTest::newRow("segment no flags, inferred, dropped, max numbers")
        << TraceEvent(Segment{.tUs = 2,
                              .flags = 0,
                              .seq = 0xffffffff,
                              .ack = 0xffffffff,
                              .len = 0xffffffff,
                              .win = 0xffffffff,
                              .source = SegmentSource::Inferred,
                              .dropped = true})
        << QByteArray(
               R"j({"t_us": 2, "kind": "segment", "from": "client", "to": "server", "flags": [], "seq": 4294967295, "ack": 4294967295, "len": 4294967295, "win": 4294967295, "source": "inferred", "dropped": true})j");

    for (int s = int(TcpState::Closed); s <= int(TcpState::TimeWait); ++s) {
        const QByteArray name = tcpStateName(TcpState(s)).toLatin1();
        QTest::addRow("state %s", name.constData())
            << TraceEvent(StateChange{.tUs = 30, .actor = Actor::Server, .state = TcpState(s)})
            << QByteArray(R"j({"t_us": 30, "kind": "state", "actor": "server", "state": ")j" + name + R"j(", "source": "observed"})j");
    }
    QTest::newRow("state derived with timer and queues")
        << TraceEvent(StateChange{
               .tUs = 3, .state = TcpState::TimeWait, .source = StateSource::Derived, .timerMs = 59999, .recvQ = 5, .sendQ = kI64Max})
        << QByteArray(
               R"j({"t_us": 3, "kind": "state", "actor": "client", "state": "TIME_WAIT", "source": "derived", "timer_ms": 59999, "recv_q": 5, "send_q": 9223372036854775807})j");
    QTest::newRow("state zero queues are not absent queues")
        << TraceEvent(StateChange{.tUs = 3, .state = TcpState::Established, .recvQ = 0, .sendQ = 0})
        << QByteArray(
               R"j({"t_us": 3, "kind": "state", "actor": "client", "state": "ESTABLISHED", "source": "observed", "recv_q": 0, "send_q": 0})j");

    QTest::newRow("note carrying a pause") << TraceEvent(Note{.tUs = 5000000, .step = 3, .text = QStringLiteral("n"), .pausedUs = 4000000})
                                           << QByteArray(
                                                  R"j({"t_us": 5000000, "kind": "note", "step": 3, "text": "n", "paused_us": 4000000})j");
    QTest::newRow("segment carrying a pause")
        << TraceEvent(Segment{.tUs = 7, .from = Actor::Server, .flags = TcpFlag::Ack, .pausedUs = 7})
        << QByteArray(
               R"j({"t_us": 7, "kind": "segment", "from": "server", "to": "client", "flags": ["ACK"], "seq": 0, "ack": 0, "len": 0, "win": 0, "source": "captured", "paused_us": 7})j");
    QTest::newRow("lab note")
        << TraceEvent(Note{
               .tUs = 9, .step = 10, .text = QStringLiteral("The network had not settled 500 ms after step 10; going on."), .lab = true})
        << QByteArray(
               R"j({"t_us": 9, "kind": "note", "step": 10, "text": "The network had not settled 500 ms after step 10; going on.", "lab": true})j");
    QTest::newRow("note without step") << TraceEvent(note(0, QStringLiteral("hello")))
                                       << QByteArray(R"j({"t_us": 0, "kind": "note", "text": "hello"})j");
    QTest::newRow("note with step, multi-line text")
        << TraceEvent(Note{.tUs = 8, .step = 2, .text = QStringLiteral("line one\nline two")})
        << QByteArray(R"j({"t_us": 8, "kind": "note", "step": 2, "text": "line one\nline two"})j");
}

void TstTrace::eventRoundTrip()
{
    QFETCH(TraceEvent, event);
    QFETCH(QByteArray, expectedJson);

    QCOMPARE(eventToJsonLine(event), expectedJson);
    QCOMPARE(eventToJson(event), QJsonDocument::fromJson(expectedJson).object());

    QString error;
    const std::optional<TraceEvent> back = eventFromJson(eventToJson(event), QStringLiteral("e"), &error);
    QVERIFY2(back, qPrintable(error));
    QVERIFY(*back == event);

    Trace trace = sampleTrace();
    trace.appendRelative(event);
    const std::optional<Trace> loaded = traceFromJson(toJson(trace), QStringLiteral("mem.json"), &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(*loaded, trace);
}

void TstTrace::traceRoundTripThroughFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (Trace trace : {Trace(), sampleTrace()}) {
        trace.append(CallRecord{.tUs = kOrigin + 10, .actor = Actor::Server, .step = 1, .call = QStringLiteral("close"), .ret = 0});
        trace.append(Segment{.tUs = kOrigin + 12, .from = Actor::Server, .flags = TcpFlag::Fin | TcpFlag::Ack});
        trace.append(StateChange{.tUs = kOrigin + 12, .actor = Actor::Server, .state = TcpState::FinWait1, .source = StateSource::Derived});
        trace.append(note(kOrigin + 11, QStringLiteral("out of order on purpose")));
        const QString path = dir.filePath(QStringLiteral("trace.json"));
        QString error;
        QVERIFY2(saveTrace(trace, path, &error), qPrintable(error));
        const std::optional<Trace> loaded = loadTrace(path, &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(*loaded, trace);
    }
}

void TstTrace::labTimeLeavesOutThePauses()
{
    // A run stepped by hand: step 1 at 10 ms, a wait of 52.6 s for Step, step 2's note carries it.
    Trace trace = sampleTrace();
    trace.appendRelative(note(10000, QStringLiteral("step 1")));
    trace.appendRelative(Segment{.tUs = 10020, .from = Actor::Client, .flags = TcpFlag::Fin | TcpFlag::Ack});
    trace.appendRelative(Note{.tUs = 52635000, .step = 2, .text = QStringLiteral("step 2"), .pausedUs = 52600000});
    trace.appendRelative(CallRecord{.tUs = 52635100, .actor = Actor::Server, .step = 2, .call = QStringLiteral("recv"), .ret = 0});
    QCOMPARE(trace.labTimeUs(10020), 10020);
    QCOMPARE(trace.labTimeUs(52635000), 35000);
    QCOMPARE(trace.labTimeUs(52635100), 35100);
    QCOMPARE(trace.labTimeline().pauses().size(), 1);

    // The file keeps the wall-clock times; the pause comes back with its event.
    const QByteArray json = toJson(trace);
    QVERIFY(json.contains(R"j("t_us": 52635100)j"));
    QString error;
    const std::optional<Trace> loaded = traceFromJson(json, QStringLiteral("mem.json"), &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(*loaded, trace);
    QCOMPARE(loaded->labTimeUs(52635100), 35100);

    // Files without pauses (every file before them) read as the wall clock.
    const std::optional<Trace> old = loadTrace(dataPath(QStringLiteral("traces/orderly-close.json")), &error);
    QVERIFY2(old, qPrintable(error));
    QVERIFY(old->labTimeline().isEmpty());
    QCOMPARE(old->labTimeUs(750502), 750502);
}

void TstTrace::versionAndClientApiFollowTheContent()
{
    // Version 1 unless there are signals, so FinAcks that read version 1 only keep reading every
    // trace of the POSIX client; client_api is written only when it is not the default.
    Trace trace = sampleTrace();
    trace.appendRelative(note(1, QStringLiteral("n")));
    QVERIFY(toJson(trace).contains(R"j("version": 1,)j"));
    QVERIFY(!toJson(trace).contains("client_api"));

    TracePlatform platform = trace.platform();
    platform.clientApi = QStringLiteral("qt");
    trace.setPlatform(platform);
    QVERIFY(toJson(trace).contains(R"j("client_api": "qt")j"));
    QVERIFY(toJson(trace).contains(R"j("version": 1,)j"));
    trace.appendRelative(SignalRecord{.tUs = 2, .object = QStringLiteral("socket"), .signal = QStringLiteral("readyRead")});
    QVERIFY(toJson(trace).contains(R"j("version": 2,)j"));

    QString error;
    const std::optional<Trace> loaded = traceFromJson(toJson(trace), QStringLiteral("mem.json"), &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(*loaded, trace);
    QCOMPARE(loaded->platform().clientApi, QStringLiteral("qt"));
    QCOMPARE(loaded->signalRecords(Actor::Client).size(), 1);
}

void TstTrace::fileHasOneEventPerLine()
{
    Trace trace = sampleTrace();
    for (int i = 0; i < 5; ++i)
        trace.appendRelative(note(i, QStringLiteral("note\n%1").arg(i)));
    const QList<QByteArray> lines = toJson(trace).split('\n');
    int eventLines = 0;
    for (const QByteArray &line : lines)
        eventLines += line.trimmed().startsWith(R"j({"t_us": )j") ? 1 : 0;
    QCOMPARE(eventLines, 5);
    QVERIFY(lines.first() == "{");
    QVERIFY(lines.at(1).contains(R"j("format": "finack-trace")j"));
    QVERIFY(lines.at(2).contains(R"j("version": 1)j"));
}

void TstTrace::goldenFileIsStable()
{
    // Written by hand in the writer's layout: if this changes, the contract changed with it.
    QFile file(dataPath(QStringLiteral("traces/orderly-close.json")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QString error;
    const std::optional<Trace> trace = traceFromJson(bytes, file.fileName(), &error);
    QVERIFY2(trace, qPrintable(error));
    QCOMPARE(toJson(*trace), bytes);
}

void TstTrace::loadsGoodFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("events");
    QTest::addColumn<SegmentSource>("segments");

    QTest::newRow("orderly close, captured") << "orderly-close.json" << 22 << SegmentSource::Captured;
    QTest::newRow("reset, inferred, errno and timeout") << "reset-inferred.json" << 8 << SegmentSource::Inferred;
    QTest::newRow("forward compatible") << "forward-compatible.json" << 4 << SegmentSource::Captured;
    QTest::newRow("qt client, signals, version 2") << "qt-client-reset.json" << 41 << SegmentSource::Captured;
}

void TstTrace::loadsGoodFiles()
{
    QFETCH(QString, file);
    QFETCH(int, events);
    QFETCH(SegmentSource, segments);

    QString error;
    const std::optional<Trace> trace = loadTrace(dataPath(QStringLiteral("traces/") + file), &error);
    QVERIFY2(trace, qPrintable(error));
    QCOMPARE(trace->size(), events);
    QCOMPARE(trace->platform().segments, segments);
    QVERIFY(!trace->scenarioId().isEmpty());
    const std::optional<Trace> again = traceFromJson(toJson(*trace), file, &error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(*again, *trace);
}

void TstTrace::forwardCompatibleFileIgnoresUnknownFields()
{
    QString error;
    const std::optional<Trace> trace = loadTrace(dataPath(QStringLiteral("traces/forward-compatible.json")), &error);
    QVERIFY2(trace, qPrintable(error));
    QCOMPARE(trace->platform().network, QStringLiteral("private"));
    QCOMPARE(trace->endpoint(Actor::Client), QStringLiteral("127.0.0.1:52000"));
    QCOMPARE(trace->originUs(), 0);
    const Segment s = trace->segments().first();
    QCOMPARE(s.flags, quint8(TcpFlag::Fin | TcpFlag::Ack | TcpFlag::Psh)); // any order on input
    QCOMPARE(s.from, Actor::Server);
    QCOMPARE(s.seq, 0xffffffffu);
    QCOMPARE(trace->states(Actor::Client).first().state, TcpState::Closing);
    QCOMPARE(trace->calls(Actor::Client).first().step, -1);
}

// "lab" came after the lab's settle note: a note without it is the lab's when it has its words.
void TstTrace::labNotesOfOlderTraces_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("lab");
    QTest::newRow("the settle note of an older trace")
        << QByteArray(R"j({"t_us": 1, "kind": "note", "step": 6, "text": "The network had not settled 20 ms after step 6; going on."})j")
        << true;
    QTest::newRow("a scenario's note") << QByteArray(R"j({"t_us": 1, "kind": "note", "step": 2, "text": "The client closes first."})j")
                                       << false;
    QTest::newRow("marked") << QByteArray(R"j({"t_us": 1, "kind": "note", "text": "anything", "lab": true})j") << true;
    QTest::newRow("marked as not the lab's") << QByteArray(
        R"j({"t_us": 1, "kind": "note", "text": "The network had not settled 1 ms after step 1; going on.", "lab": false})j")
                                             << false;
}

void TstTrace::labNotesOfOlderTraces()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, lab);
    QString error;
    const std::optional<TraceEvent> event = eventFromJson(QJsonDocument::fromJson(json).object(), QStringLiteral("e"), &error);
    QVERIFY2(event, qPrintable(error));
    QCOMPARE(std::get<Note>(*event).lab, lab);
}

void TstTrace::rejectsBadFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("where"); // JSON path, or line and column
    QTest::addColumn<QString>("what");  // the part that says what was expected

    const auto row = [](const char *name, const char *where, const char *what) {
        QTest::newRow(name) << QStringLiteral("trace-%1.json").arg(QLatin1String(name)) << where << what;
    };
    row("empty", "", "the file is empty");
    // Qt reports the position just after the character it choked on. Column 98, not 99: the
    // "é" earlier on the line is one character though two bytes.
    row("parse-error", "line 4, column 17", "JSON parse error: missing name separator");
    row("utf8-parse-error", "line 1, column 98", "JSON parse error: illegal value");
    row("trailing-garbage", "line 7, column 1", "JSON parse error: garbage at the end of the document");
    // Deeper than Qt's own limit of 1024 levels; the text check stops it at 32, where it says.
    row("deep-nesting", "events[0][0][0][0]...[0][0][0]", ": nesting deeper than 32 levels at byte 82 (line 1), expected at most 32");
    row("top-level-array", "", "expected a JSON object at the top level");
    row("wrong-format", "format", R"j(expected "finack-trace", got "pcap-ng")j");
    row("missing-format", "format", R"j(missing required field, expected "finack-trace")j");
    row("newer-version", "version", "expected 2, got 3: the file is from a newer FinAck");
    row("version-zero", "version", "expected an integer >= 1, got 0");
    row("version-string", "version", R"j(expected an integer >= 1, got "1")j");
    row("missing-scenario", "scenario", "missing required field, expected a string");
    row("title-not-string", "title", "expected a string, got an array");
    row("missing-platform", "platform", "missing required field, expected an object");
    row("platform-unknown-segments", "platform.segments", R"j(expected one of captured, inferred, got "sniffed")j");
    row("platform-missing-kernel", "platform.kernel", "missing required field, expected a string");
    row("missing-server-endpoint", "endpoints.server", "missing required field, expected a string");
    row("events-not-array", "events", "expected an array of events, got an object");
    row("event-not-object", "events[1]", "expected an event object, got 42");
    row("unknown-kind", "events[1].kind", R"j(expected one of call, segment, state, note, signal, got "syscall")j");
    row("signal-in-version-1", "events[1].kind",
        R"j(expected one of call, segment, state, note in a version 1 file, got "signal" (signals need format version 2))j");
    row("signal-argument-not-string", "events[1].arguments[0]", "expected a string, got 5");
    row("call-unknown-ret-type", "events[1].ret_type", R"j(expected one of integer, bool, void, got "QVariant")j");
    row("call-qt-error-without-string", "events[1].qt_error_string", "missing required field, expected a string");
    row("missing-time", "events[2].t_us", "missing required field, expected an integer >= 0");
    row("negative-time", "events[0].t_us", "expected an integer >= 0, got -5");
    row("fractional-time", "events[1].t_us", "expected an integer >= 0, got 10.5");
    row("time-out-of-range", "events[3].t_us", "expected an integer >= 0, got 1e+19");
    row("time-out-of-order", "events[3].t_us", "expected an integer >= 20 (events are in time order), got 15");
    row("unknown-actor", "events[1].actor", R"j(expected one of client, server, got "router")j");
    row("call-missing-ret", "events[1].ret", "missing required field, expected an integer");
    row("call-ret-string", "events[1].ret", R"j(expected an integer, got "0")j");
    row("call-negative-duration", "events[1].duration_us", "expected an integer >= 0, got -21");
    row("call-step-out-of-range", "events[1].step", "expected an integer from 0 to 2147483647, got 2147483648");
    row("call-errno-zero", "events[1].errno", "expected an integer from 1 to 2147483647, got 0");
    row("call-errno-without-name", "events[1].errno_name", "missing required field, expected a string");
    row("call-timed-out-string", "events[1].timed_out", R"j(expected true or false, got "yes")j");
    row("call-data-not-bytes", "events[1].data", "expected at most 256 characters from U+0000 to U+00FF (one per byte)");
    row("unknown-flag", "events[2].flags[1]", R"j(expected one of SYN, ACK, FIN, RST, PSH, got "XYZ")j");
    row("duplicate-flag", "events[2].flags[2]", R"j(expected each flag at most once, got "FIN" again)j");
    row("flags-not-array", "events[2].flags", R"j(expected an array of flag names, got "ACK|FIN")j");
    row("segment-to-itself", "events[2].to", R"j(expected "server" (the peer of "client"), got "client")j");
    row("segment-seq-out-of-range", "events[2].seq", "expected an integer from 0 to 4294967295, got 4294967296");
    row("segment-negative-len", "events[2].len", "expected an integer from 0 to 4294967295, got -1");
    row("segment-unknown-source", "events[2].source", R"j(expected one of captured, inferred, got "guessed")j");
    row("segment-dropped-number", "events[2].dropped", "expected true or false, got 1");
    row("unknown-state", "events[3].state",
        R"j(expected one of CLOSED, LISTEN, SYN_SENT, SYN_RECV, ESTABLISHED, FIN_WAIT_1, FIN_WAIT_2, CLOSE_WAIT, CLOSING, LAST_ACK, TIME_WAIT, got "FIN_WAIT_3")j");
    row("state-lowercase", "events[3].state", R"j(got "fin_wait_2")j");
    row("state-unknown-source", "events[3].source", R"j(expected one of observed, derived, got "guessed")j");
    row("state-negative-timer", "events[3].timer_ms", "expected an integer >= 0, got -1");
    row("state-send-q-null", "events[3].send_q", "expected an integer >= 0, got null");
    row("note-missing-text", "events[0].text", "missing required field, expected a string");
    row("paused-before-start", "events[2].paused_us",
        "expected an integer from 0 to 20 (a pause ends at t_us and began at t_us = 0 or later), got 25");
    row("paused-string", "events[3].paused_us", R"j(expected an integer >= 0, got "12 s")j");
    // What Qt takes or words vaguely (JsonTextCheck): the byte offset, and the JSON path.
    row("utf8-invalid", "events[0].text", ": invalid UTF-8 at byte 477 (line 21) (0xFF), expected UTF-8 text");
    row("utf8-overlong-key", "platform", ": invalid UTF-8 at byte 168 (line 8) (0xC0 0x80)");
    row("latin1", "title", ": invalid UTF-8 at byte 105 (line 5) (0xF4)");
    row("lone-surrogate-escape", "events[0].text", R"j(: an unpaired UTF-16 surrogate \uDC00 at byte 477 (line 21))j");
    row("control-character", "events[0].text", ": a control character U+0009 in a string at byte 480 (line 21)");
    row("invalid-escape", "events[1].text", ": an invalid escape at byte 664 (line 29)");
    row("utf16", "", "a UTF-16 byte order mark at byte 0 (line 1), expected UTF-8 text (save the file as UTF-8)");
    row("utf32", "", "a UTF-32 byte order mark at byte 0 (line 1)");
    row("nul-byte", "scenario", ": a control character U+0000 in a string at byte 70 (line 4)");
    row("nul-padding", "", "a NUL byte at byte 1320 (line 59)");
    row("duplicate-key", "events[0].t_us",
        ": duplicate key at byte 469 (line 20), the first at byte 394; expected each key once per object");
    row("duplicate-platform", "platform", ": duplicate key at byte 261 (line 12), the first at byte 119");
    row("nan", "events[2].seq", ": NaN at byte 957 (line 42) is not a JSON number, expected a finite number");
    row("infinity", "events[2].win", ": Infinity at byte 1023 (line 45) is not a JSON number");
    row("number-overflow", "events[2].ack", ": the number 1e999 at byte 979 (line 43) is too large");
    row("lenient-number", "events[1].t_us", ": invalid JSON at byte 522 (line 24)");
    row("nesting-40", "events[0].extra[0][0]...[0][0][0]", ": nesting deeper than 32 levels at byte 507 (line 20)");
    // Numbers and sizes the format does not allow.
    row("origin-negative", "origin_us", "expected an integer >= 0, got -1");
    row("duration-1e300", "events[1].duration_us", "expected an integer >= 0, got 1e+300");
    row("step-1e300", "events[1].step", "expected an integer from 0 to 2147483647, got 1e+300");
    row("seq-negative", "events[2].seq", "expected an integer from 0 to 4294967295, got -1");
    row("data-too-long", "events[1].data", "expected at most 256 characters from U+0000 to U+00FF (one per byte)");
    row("events-null", "events", "expected an array of events, got null");
}

void TstTrace::rejectsBadFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, where);
    QFETCH(QString, what);

    const QString path = dataPath(QStringLiteral("bad/") + file);
    QVERIFY2(QFile::exists(path), qPrintable(path));
    QString error;
    const std::optional<Trace> trace = loadTrace(path, &error);
    QVERIFY(!trace);
    const QString prefix = where.isEmpty() ? path + QStringLiteral(": ") : path + QStringLiteral(": ") + where;
    QVERIFY2(error.startsWith(prefix), qPrintable(error));
    QVERIFY2(error.contains(what), qPrintable(error));
    QVERIFY2(!error.contains(u'\n'), qPrintable(error));
}

void TstTrace::rejectsMissingFile()
{
    const QString path = dataPath(QStringLiteral("bad/no-such-trace.json"));
    QString error;
    QVERIFY(!loadTrace(path, &error));
    // The rest is strerror(), translated on a non-English system.
    QVERIFY2(error.startsWith(path + QStringLiteral(": cannot read: ")), qPrintable(error));
}

void TstTrace::saveReportsUnwritablePath()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing-dir/trace.json"));
    QString error;
    QVERIFY(!saveTrace(sampleTrace(), path, &error));
    QVERIFY2(error.startsWith(path + QStringLiteral(": cannot write: ")), qPrintable(error));
    QVERIFY(!QFile::exists(path));
}

void TstTrace::truncatedFilesNeverCrash()
{
    // A cheap stand-in for the fuzzer: every prefix of a good file, and every byte corrupted.
    QFile file(dataPath(QStringLiteral("traces/reset-inferred.json")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray good = file.readAll();
    int accepted = 0;
    for (qsizetype n = 0; n < good.size(); ++n) {
        QString error;
        QByteArray corrupt = good;
        corrupt[n] = "x0\"{[-]}, "[n % 10];
        for (const QByteArray &input : {good.left(n), corrupt}) {
            if (traceFromJson(input, QStringLiteral("fuzz.json"), &error)) {
                ++accepted;
                continue;
            }
            QVERIFY2(error.startsWith(QStringLiteral("fuzz.json: ")) && !error.contains(u'\n'), qPrintable(error));
        }
    }
    QVERIFY(accepted > 0); // corrupting whitespace or text keeps a valid file
    QVERIFY(accepted < good.size());
}

QTEST_GUILESS_MAIN(TstTrace)
#include "tst_trace.moc"
