// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
// The Qt client: the built-in scenarios run through finack-lab --client qt, where the client is a
// real QTcpSocket in a thread with its own event loop and the server stays POSIX. Asserts what
// Qt 6 on Linux really reports: which calls, which signals, in which order, and whether a signal
// came from inside a call or from the event loop when the segment arrived.
#include "io/scenarioloader.h"
#include "session/labclient.h"
#include "support/builtinjson.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace FinAck;

namespace {

// "stateChanged(QAbstractSocket::ClosingState)", optionally with "@close" or "@loop" for where
// it was emitted.
QStringList signalTexts(const Trace &trace, bool withPlace = false)
{
    QStringList out;
    for (const SignalRecord &s : trace.signalRecords(Actor::Client))
        out << s.text() + (withPlace ? QLatin1Char('@') + (s.during.isEmpty() ? QStringLiteral("loop") : s.during) : QString());
    return out;
}

const SignalRecord *firstSignal(const QList<SignalRecord> &all, const QString &text)
{
    const auto it = std::find_if(all.cbegin(), all.cend(), [&](const SignalRecord &s) { return s.text() == text; });
    return it == all.cend() ? nullptr : &*it;
}

CallRecord callOfStep(const Trace &trace, const Scenario &scenario, int authorStep)
{
    const int position = scenario.setupStepCount() + authorStep;
    for (const CallRecord &c : trace.calls(scenario.steps.at(position).actor)) {
        if (c.step == position)
            return c;
    }
    return {};
}

// Segments inferred without capture rest on the program's calls, and Qt's own close is not one
// (docs/scenario-format.md): claims about the wire need captured segments.
bool captured(const Trace &trace)
{
    return trace.platform().segments == SegmentSource::Captured;
}

QList<Segment> segmentsFrom(const Trace &trace, Actor from, quint8 flags)
{
    QList<Segment> out;
    for (const Segment &s : trace.segments()) {
        if (s.from == from && (s.flags & flags) == flags)
            out << s;
    }
    return out;
}

} // namespace

class TestQtClient : public QObject
{
    Q_OBJECT

    // Runs a built-in scenario with the Qt client; the trace, and the scenario for step numbers.
    bool runQt(const QString &id, LabClient &lab, Scenario *scenario)
    {
        ScenarioLoader loader;
        const auto loaded = loader.loadByIdOrFile(id);
        if (!loaded)
            return false;
        *scenario = *loaded;
        lab.setProgram(QStringLiteral(FINACK_LAB_BIN));
        lab.setClientApi(ClientApi::Qt);
        QString error;
        if (!lab.start(LabClient::Network::Auto, &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        lab.load(scenarioJson(id));
        lab.run();
        if (!lab.waitForFinished(60000, &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        return true;
    }

    void verifyQtRun(const LabClient &lab)
    {
        const Trace &trace = lab.trace();
        QCOMPARE(trace.platform().clientApi, QStringLiteral("qt"));
        // Every call of the client is Qt code, every call of the server POSIX.
        for (const CallRecord &c : trace.calls(Actor::Client))
            QVERIFY2(c.api == QLatin1String("qt") || c.text.startsWith(QLatin1String("::")), qPrintable(c.text));
        for (const CallRecord &c : trace.calls(Actor::Server))
            QVERIFY2(c.api.isEmpty() && !c.text.contains(QLatin1String("socket.")), qPrintable(c.text));
        // The scenario's expectation is about a POSIX client: not checked, and the trace says so.
        QVERIFY(lab.checks().isEmpty());
        const QList<Note> notes = trace.notes();
        QVERIFY(std::any_of(notes.cbegin(), notes.cend(), [](const Note &n) { return n.text.contains(QLatin1String("not checked")); }));
    }

private Q_SLOTS:
    void gracefulClientFirst()
    {
        LabClient lab;
        Scenario scenario;
        QVERIFY(runQt(QStringLiteral("graceful-client-first"), lab, &scenario));
        verifyQtRun(lab);
        const Trace &trace = lab.trace();

        const QList<CallRecord> calls = trace.calls(Actor::Client);
        const auto setupConnect = std::find_if(calls.cbegin(), calls.cend(),
                                               [](const CallRecord &c) { return c.call == QLatin1String("connect"); });
        QVERIFY(setupConnect != calls.cend());
        const CallRecord connect = *setupConnect;
        QVERIFY2(connect.text.contains(QLatin1String("socket.connectToHost(QHostAddress::LocalHost, ")), qPrintable(connect.text));
        QCOMPARE(connect.returnType, ReturnType::Bool);
        QCOMPARE(connect.ret, 1);
        const CallRecord close = callOfStep(trace, scenario, 2);
        QCOMPARE(close.text, QStringLiteral("socket.close()"));
        QCOMPARE(close.returnType, ReturnType::Void);

        // close() walks the state machine synchronously: Closing, Unconnected, then disconnected(),
        // all emitted inside close(). The peer's FIN later changes nothing for Qt: it is gone.
        QCOMPARE(signalTexts(trace, true),
                 (QStringList{QStringLiteral("stateChanged(QAbstractSocket::HostLookupState)@connectToHost"),
                              QStringLiteral("stateChanged(QAbstractSocket::ConnectingState)@connectToHost"),
                              QStringLiteral("stateChanged(QAbstractSocket::ConnectedState)@waitForConnected"),
                              QStringLiteral("connected()@waitForConnected"), QStringLiteral("bytesWritten(5)@waitForBytesWritten"),
                              QStringLiteral("stateChanged(QAbstractSocket::ClosingState)@close"),
                              QStringLiteral("stateChanged(QAbstractSocket::UnconnectedState)@close"),
                              QStringLiteral("readChannelFinished()@close"), QStringLiteral("disconnected()@close")}));
        const QList<SignalRecord> all = trace.signalRecords(Actor::Client);
        const SignalRecord *closing = firstSignal(all, QStringLiteral("stateChanged(QAbstractSocket::ClosingState)"));
        QVERIFY(closing->tUs >= close.tUs && closing->tUs <= close.tUs + close.durationUs);

        // The kernel's side is the POSIX story: the client's FIN first, TIME_WAIT for the client.
        QCOMPARE(trace.states(Actor::Client).last().state, TcpState::TimeWait);
        if (!captured(trace))
            QSKIP("segments are not captured here (no private network namespace, no CAP_NET_RAW)");
        const QList<Segment> clientFins = segmentsFrom(trace, Actor::Client, TcpFlag::Fin);
        const QList<Segment> serverFins = segmentsFrom(trace, Actor::Server, TcpFlag::Fin);
        QCOMPARE(clientFins.size(), 1);
        QCOMPARE(serverFins.size(), 1);
        QVERIFY(clientFins.first().tUs >= close.tUs && clientFins.first().tUs < serverFins.first().tUs);
    }

    void unreadDataRst()
    {
        LabClient lab;
        Scenario scenario;
        QVERIFY(runQt(QStringLiteral("unread-data-rst"), lab, &scenario));
        verifyQtRun(lab);
        const Trace &trace = lab.trace();

        // The server's close() resets the connection while the client's thread sits in its event
        // loop: Qt reads, gets ECONNRESET, and reports it at once as RemoteHostClosedError (Qt has
        // no "reset" error), then drops the socket: Closing, Unconnected, disconnected(), all
        // from the event loop, before the program's next call.
        const CallRecord serverClose = callOfStep(trace, scenario, 1);
        const CallRecord recv = callOfStep(trace, scenario, 2);
        QStringList afterRst;
        for (const SignalRecord &s : trace.signalRecords(Actor::Client)) {
            if (s.tUs >= serverClose.tUs) {
                QVERIFY2(s.during.isEmpty() && s.tUs < recv.tUs, qPrintable(s.text()));
                afterRst << s.text();
            }
        }
        QCOMPARE(afterRst, (QStringList{QStringLiteral("errorOccurred(QAbstractSocket::RemoteHostClosedError)"),
                                        QStringLiteral("stateChanged(QAbstractSocket::ClosingState)"),
                                        QStringLiteral("stateChanged(QAbstractSocket::UnconnectedState)"),
                                        QStringLiteral("readChannelFinished()"), QStringLiteral("disconnected()")}));

        // The program's next read finds a socket that is already unconnected: waitForReadyRead()
        // returns false at once, and socket.error() still says RemoteHostClosedError.
        QCOMPARE(recv.text, QStringLiteral("socket.waitForReadyRead(5000)"));
        QCOMPARE(recv.returnType, ReturnType::Bool);
        QCOMPARE(recv.ret, 0);
        QCOMPARE(recv.qtError, QStringLiteral("QAbstractSocket::RemoteHostClosedError"));
        QVERIFY(recv.durationUs < 1000000);
        QCOMPARE(recv.errnoNumber, 0);
        QCOMPARE(trace.states(Actor::Client).last().state, TcpState::Closed);

        if (!captured(trace))
            QSKIP("segments are not captured here (no private network namespace, no CAP_NET_RAW)");
        // One RST, before the signals; nothing of the client's goes on the wire after it.
        const QList<Segment> rsts = segmentsFrom(trace, Actor::Server, TcpFlag::Rst);
        QCOMPARE(rsts.size(), 1);
        const QList<SignalRecord> signalRecords = trace.signalRecords(Actor::Client); // outlives the pointer into it
        const SignalRecord *error = firstSignal(signalRecords, QStringLiteral("errorOccurred(QAbstractSocket::RemoteHostClosedError)"));
        QVERIFY(error);
        QVERIFY(error->tUs >= rsts.first().tUs);
        for (const Segment &s : segmentsFrom(trace, Actor::Client, 0))
            QVERIFY(s.tUs < rsts.first().tUs);
    }

    void writeAfterPeerClose()
    {
        LabClient lab;
        Scenario scenario;
        QVERIFY(runQt(QStringLiteral("write-after-peer-close"), lab, &scenario));
        verifyQtRun(lab);
        const Trace &trace = lab.trace();
        const QList<SignalRecord> all = trace.signalRecords(Actor::Client);

        // The answer arrives: readyRead() from the event loop, as soon as the server sent it.
        const CallRecord answer = callOfStep(trace, scenario, 3);
        const SignalRecord *readyRead = firstSignal(all, QStringLiteral("readyRead()"));
        QVERIFY(readyRead && readyRead->during.isEmpty() && readyRead->tUs >= answer.tUs);

        // The server's FIN: Qt reads end of stream and closes the socket by itself, from the event
        // loop, without a call of the program.
        const CallRecord serverClose = callOfStep(trace, scenario, 4);
        const CallRecord firstRead = callOfStep(trace, scenario, 5);
        QStringList afterFin;
        for (const SignalRecord &s : all) {
            if (s.tUs >= serverClose.tUs && s.tUs < firstRead.tUs) {
                QVERIFY2(s.during.isEmpty(), qPrintable(s.text()));
                afterFin << s.text();
            }
        }
        QCOMPARE(afterFin, (QStringList{QStringLiteral("errorOccurred(QAbstractSocket::RemoteHostClosedError)"),
                                        QStringLiteral("stateChanged(QAbstractSocket::ClosingState)"),
                                        QStringLiteral("stateChanged(QAbstractSocket::UnconnectedState)"),
                                        QStringLiteral("readChannelFinished()"), QStringLiteral("disconnected()")}));

        // What the event loop read is still there after the disconnect; writing is not.
        QVERIFY2(firstRead.text.contains(QLatin1String("already buffered")), qPrintable(firstRead.text));
        QCOMPARE(firstRead.ret, 13);
        QCOMPARE(firstRead.data, QByteArray("hello, client"));
        for (int step : {6, 8}) {
            const CallRecord write = callOfStep(trace, scenario, step);
            QVERIFY2(write.text.startsWith(QLatin1String("socket.write(")), qPrintable(write.text));
            QCOMPARE(write.ret, -1);
            QCOMPARE(write.qtError, QStringLiteral("QAbstractSocket::UnknownSocketError"));
            QCOMPARE(write.qtErrorString, QStringLiteral("Socket is not connected"));
        }
        const CallRecord secondRead = callOfStep(trace, scenario, 7);
        QCOMPARE(secondRead.returnType, ReturnType::Bool);
        QCOMPARE(secondRead.ret, 0);
        QCOMPARE(trace.states(Actor::Client).last().state, TcpState::Closed);
        QCOMPARE(trace.states(Actor::Server).last().state, TcpState::TimeWait);

        // On the wire: the client's FIN follows the server's at once, before the program reads;
        // the late writes never leave the process, so there is no RST.
        if (!captured(trace))
            QSKIP("segments are not captured here (no private network namespace, no CAP_NET_RAW)");
        const QList<Segment> serverFins = segmentsFrom(trace, Actor::Server, TcpFlag::Fin);
        const QList<Segment> clientFins = segmentsFrom(trace, Actor::Client, TcpFlag::Fin);
        QCOMPARE(serverFins.size(), 1);
        QCOMPARE(clientFins.size(), 1);
        QVERIFY(clientFins.first().tUs > serverFins.first().tUs && clientFins.first().tUs < firstRead.tUs);
        QVERIFY(readyRead->tUs >= segmentsFrom(trace, Actor::Server, TcpFlag::Psh).first().tUs);
        QVERIFY(segmentsFrom(trace, Actor::Server, TcpFlag::Rst).isEmpty());
        QCOMPARE(segmentsFrom(trace, Actor::Client, TcpFlag::Psh).size(), 1); // the request only
    }

    void connectRefused()
    {
        LabClient lab;
        Scenario scenario;
        QVERIFY(runQt(QStringLiteral("connect-refused"), lab, &scenario));
        verifyQtRun(lab);
        const Trace &trace = lab.trace();

        const CallRecord connect = callOfStep(trace, scenario, 3);
        QVERIFY2(connect.text.endsWith(QLatin1String("socket.waitForConnected(5000)")), qPrintable(connect.text));
        QCOMPARE(connect.returnType, ReturnType::Bool);
        QCOMPARE(connect.ret, 0);
        QCOMPARE(connect.qtError, QStringLiteral("QAbstractSocket::ConnectionRefusedError"));
        QCOMPARE(connect.qtErrorString, QStringLiteral("Connection refused"));
        QVERIFY(connect.durationUs < 1000000); // answered, not timed out

        // The refusal is reported inside waitForConnected(): Unconnected, then errorOccurred().
        // Never connected, so never disconnected().
        QCOMPARE(signalTexts(trace, true),
                 (QStringList{QStringLiteral("stateChanged(QAbstractSocket::HostLookupState)@connectToHost"),
                              QStringLiteral("stateChanged(QAbstractSocket::ConnectingState)@connectToHost"),
                              QStringLiteral("stateChanged(QAbstractSocket::UnconnectedState)@waitForConnected"),
                              QStringLiteral("errorOccurred(QAbstractSocket::ConnectionRefusedError)@waitForConnected")}));
        // Every SYN Qt sent was answered by RST|ACK.
        if (!captured(trace))
            QSKIP("segments are not captured here (no private network namespace, no CAP_NET_RAW)");
        const QList<Segment> syns = segmentsFrom(trace, Actor::Client, TcpFlag::Syn);
        QVERIFY(!syns.isEmpty());
        QCOMPARE(segmentsFrom(trace, Actor::Server, TcpFlag::Rst | TcpFlag::Ack).size(), syns.size());
    }

    void qtWarningsBecomeNotes()
    {
        // A second connectToHost() on a connected socket: Qt prints a warning on the console and
        // emits errorOccurred(OperationError), while waitForConnected() still says true. The
        // warning is part of what the program sees, so it is in the trace, at its time.
        QFile file(QStringLiteral(FINACK_TEST_DATA "/scenarios/connect-twice.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        LabClient lab;
        lab.setProgram(QStringLiteral(FINACK_LAB_BIN));
        lab.setClientApi(ClientApi::Qt);
        QString error;
        QVERIFY2(lab.start(LabClient::Network::Auto, &error), qPrintable(error));
        lab.load(QJsonDocument::fromJson(file.readAll()).object());
        lab.run();
        QVERIFY2(lab.waitForFinished(30000, &error), qPrintable(error));
        const Trace &trace = lab.trace();
        const QList<Note> notes = trace.notes();
        const auto warning = std::find_if(notes.cbegin(), notes.cend(), [](const Note &n) {
            return n.text.startsWith(
                QLatin1String("Qt printed in the client's thread: QAbstractSocket::connectToHost() called when already"));
        });
        QVERIFY(warning != notes.cend());
        const QList<SignalRecord> signalRecords = trace.signalRecords(Actor::Client); // outlives the pointer into it
        const SignalRecord *operationError = firstSignal(signalRecords, QStringLiteral("errorOccurred(QAbstractSocket::OperationError)"));
        QVERIFY(operationError);
        QCOMPARE(operationError->during, QStringLiteral("connectToHost"));
        QVERIFY(warning->tUs <= operationError->tUs);
        QCOMPARE(trace.calls(Actor::Client).at(2).ret, 1);
    }

    void stepsWithoutQtCounterpartAreRefused()
    {
        LabClient lab;
        lab.setProgram(QStringLiteral(FINACK_LAB_BIN));
        lab.setClientApi(ClientApi::Qt);
        QString error;
        QVERIFY2(lab.start(LabClient::Network::Auto, &error), qPrintable(error));
        lab.load(scenarioJson(QStringLiteral("dup-refcount")));
        lab.run();
        QVERIFY(!lab.waitForFinished(10000, &error));
        QVERIFY2(error.contains(QLatin1String("cannot run with the Qt client")) && error.contains(QLatin1String("dup()")),
                 qPrintable(error));
        QVERIFY(lab.trace().calls(Actor::Client).isEmpty());
        QVERIFY(lab.isRunning());
    }

    void posixClientIsTheDefault()
    {
        LabClient lab;
        QCOMPARE(lab.clientApi(), ClientApi::Posix);
        lab.setProgram(QStringLiteral(FINACK_LAB_BIN));
        QString error;
        QVERIFY2(lab.start(LabClient::Network::Auto, &error), qPrintable(error));
        lab.load(scenarioJson(QStringLiteral("connect-refused")));
        lab.run();
        QVERIFY2(lab.waitForFinished(30000, &error), qPrintable(error));
        QCOMPARE(lab.trace().platform().clientApi, QStringLiteral("posix"));
        QVERIFY(lab.trace().signalRecords(Actor::Client).isEmpty());
        QVERIFY(!lab.checks().isEmpty());
        QVERIFY(lab.differences().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestQtClient)
#include "tst_qtclient.moc"
