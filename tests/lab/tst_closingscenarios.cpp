// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
// The closing-state family of built-in scenarios (simultaneous-close, closing-state,
// linger-timeout, dup-refcount, timewait-rebind, shutdown-read, zero-window-timeout), run the way
// finack runs them (through finack-lab), with the specific facts each lesson rests on: which side
// sent what and when, which errno and how long a call blocked. tst_scenariolibrary checks the
// scenarios' own claims; this test checks what the explanations say about them.
#include "io/scenarioloader.h"
#include "session/labclient.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTest>

#include <cerrno>

using namespace FinAck;

namespace {

QString labProgram()
{
    return QStringLiteral(FINACK_LAB_BIN);
}

bool isPureAck(const Segment &s)
{
    return s.flags == TcpFlag::Ack;
}

QList<Segment> segmentsWhere(const QList<Segment> &all, const std::function<bool(const Segment &)> &keep)
{
    QList<Segment> out;
    std::copy_if(all.cbegin(), all.cend(), std::back_inserter(out), keep);
    return out;
}

QList<Segment> from(const QList<Segment> &all, Actor actor, quint8 flags)
{
    return segmentsWhere(all, [&](const Segment &s) { return s.from == actor && (s.flags & flags) == flags; });
}

bool wasObserved(const Trace &trace, Actor actor, TcpState state)
{
    const QList<StateChange> states = trace.states(actor);
    return std::any_of(states.cbegin(), states.cend(),
                       [&](const StateChange &s) { return s.state == state && s.source == StateSource::Observed; });
}

bool passedThrough(const Trace &trace, Actor actor, TcpState state)
{
    const QList<StateChange> states = trace.states(actor);
    return std::any_of(states.cbegin(), states.cend(), [&](const StateChange &s) { return s.state == state; });
}

// The port in a recorded bind() call's text: "bind(8, {AF_INET, 127.0.0.1:42263}, ...)".
QString boundPort(const CallRecord &bind)
{
    const qsizetype at = bind.text.indexOf(QLatin1String("127.0.0.1:"));
    if (at < 0)
        return {};
    const QString rest = bind.text.mid(at + 10);
    return rest.left(rest.indexOf(QLatin1Char('}')));
}

} // namespace

class TestClosingScenarios : public QObject
{
    Q_OBJECT

    LabClient m_lab;
    Scenario m_scenario;

    // Runs a built-in through the lab. Skips when the wire-level facts cannot be checked here:
    // faults need the private network, and every fact below needs captured segments.
    bool run(const QString &id)
    {
        ScenarioLoader loader;
        const auto scenario = loader.loadByIdOrFile(id);
        if (!scenario) {
            qWarning("%s", qPrintable(loader.errorString()));
            return false;
        }
        m_scenario = *scenario;
        QFile file(ScenarioLoader::builtinPath(id));
        if (!file.open(QIODevice::ReadOnly))
            return false;
        m_lab.load(QJsonDocument::fromJson(file.readAll()).object());
        m_lab.run();
        QString error;
        if (!m_lab.waitForFinished(60000, &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        return true;
    }

    bool canCheckTheWire() const { return m_lab.trace().platform().segments == SegmentSource::Captured; }

    // The call an author step made (steps count from 0 after the setup, as in the scenario).
    CallRecord call(int authorStep) const
    {
        const int position = m_scenario.setupStepCount() + authorStep;
        for (Actor a : {Actor::Client, Actor::Server}) {
            for (const CallRecord &c : m_lab.trace().calls(a)) {
                if (c.step == position)
                    return c;
            }
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_lab.setProgram(labProgram());
        QVERIFY2(QFileInfo(labProgram()).isExecutable(), qPrintable(labProgram() + QStringLiteral(": no finack-lab here; build it first")));
        QString error;
        QVERIFY2(m_lab.start(LabClient::Network::Auto, &error), qPrintable(error));
    }

    void init()
    {
        if (!m_lab.isRunning()) {
            QString error;
            QVERIFY2(m_lab.start(LabClient::Network::Auto, &error), qPrintable(error));
        }
    }

    void simultaneousCloseCrossesTheFins()
    {
        if (m_lab.network() != QLatin1String("private"))
            QSKIP(qPrintable(QStringLiteral("needs the private network: ") + m_lab.fallbackReason()));
        QVERIFY(run(QStringLiteral("simultaneous-close")));
        QVERIFY2(m_lab.differences().isEmpty(), qPrintable(m_lab.differences().join(QLatin1Char('\n'))));
        const Trace &trace = m_lab.trace();
        const QList<Segment> all = trace.segments();

        const QList<Segment> clientFins = from(all, Actor::Client, TcpFlag::Fin);
        const QList<Segment> serverFins = from(all, Actor::Server, TcpFlag::Fin);
        QCOMPARE(clientFins.size(), 2);
        QCOMPARE(serverFins.size(), 1);
        QVERIFY(clientFins[0].dropped);
        QVERIFY(!clientFins[1].dropped);
        QCOMPARE(segmentsWhere(all, [](const Segment &s) { return s.dropped; }).size(), 1);

        // The crossing: the server sent its FIN after the client's and before any client FIN had
        // arrived, so it acknowledges nothing of the client's FIN.
        const Segment &serverFin = serverFins[0];
        QVERIFY(serverFin.tUs > clientFins[0].tUs && serverFin.tUs < clientFins[1].tUs);
        QCOMPARE(serverFin.ack, clientFins[0].seq);
        // The repeat comes from the retransmission timer and now carries the ACK of the server's
        // FIN, which is why only the client passes CLOSING.
        QVERIFY2(clientFins[1].tUs - clientFins[0].tUs >= 190000, qPrintable(QString::number(clientFins[1].tUs - clientFins[0].tUs)));
        QCOMPARE(clientFins[1].seq, clientFins[0].seq);
        QCOMPARE(clientFins[1].ack, serverFin.seqEnd());

        QVERIFY(wasObserved(trace, Actor::Client, TcpState::Closing));
        QVERIFY(wasObserved(trace, Actor::Server, TcpState::FinWait2));
        for (Actor actor : {Actor::Client, Actor::Server}) {
            QCOMPARE(trace.states(actor).last().state, TcpState::TimeWait);
            QCOMPARE(trace.states(actor).last().source, StateSource::Observed);
            QVERIFY(!passedThrough(trace, actor, TcpState::CloseWait));
            QVERIFY(!passedThrough(trace, actor, TcpState::LastAck));
        }
    }

    void closingStateHoldsWhileTheServerDoesNotRead()
    {
        QVERIFY(run(QStringLiteral("closing-state")));
        if (!canCheckTheWire())
            QSKIP(qPrintable(QStringLiteral("segments are not captured here: ") + m_lab.trace().platform().captureError));
        QVERIFY2(m_lab.differences().isEmpty(), qPrintable(m_lab.differences().join(QLatin1Char('\n'))));
        const Trace &trace = m_lab.trace();
        const QList<Segment> all = trace.segments();
        const QList<Segment> clientFins = from(all, Actor::Client, TcpFlag::Fin);
        const QList<Segment> serverFins = from(all, Actor::Server, TcpFlag::Fin);
        QCOMPARE(clientFins.size(), 1);
        QCOMPARE(serverFins.size(), 1);
        const Segment clientFin = clientFins.first();
        const Segment serverFin = serverFins.first();

        // The server's zero window holds the client's data, and its FIN behind the data.
        QVERIFY(std::any_of(all.cbegin(), all.cend(),
                            [&](const Segment &s) { return s.from == Actor::Server && s.win == 0 && s.tUs < serverFin.tUs; }));
        const CallRecord clientShutdown = call(9);
        const CallRecord serverRead = call(11);
        QCOMPARE(clientShutdown.call, QStringLiteral("shutdown"));
        QVERIFY(serverFin.tUs < clientFin.tUs);
        QVERIFY(clientFin.tUs >= serverRead.tUs); // the FIN left only once the server read
        QCOMPARE(clientFin.len, 2048u);           // with the data it waited behind

        // FIN_WAIT_1 with nothing on the wire, then CLOSING, both seen by the kernel before the
        // client's FIN was ever sent.
        const QList<StateChange> states = trace.states(Actor::Client);
        const auto finWait1 = std::find_if(states.cbegin(), states.cend(), [](const StateChange &s) {
            return s.state == TcpState::FinWait1 && s.source == StateSource::Observed;
        });
        QVERIFY(finWait1 != states.cend());
        QVERIFY(finWait1->tUs < clientFin.tUs);
        QVERIFY(finWait1->sendQ.value_or(0) > 1);
        const auto closing = std::find_if(states.cbegin(), states.cend(), [](const StateChange &s) {
            return s.state == TcpState::Closing && s.source == StateSource::Observed;
        });
        QVERIFY(closing != states.cend());
        QVERIFY(closing->tUs > serverFin.tUs && closing->tUs < clientFin.tUs);

        // Nothing was lost: the server read all the client's send() accepted.
        QCOMPARE(call(8).ret, 6144);
        QCOMPARE(call(11).ret + call(12).ret, call(8).ret);
        QCOMPARE(call(13).ret, 0);
        QCOMPARE(trace.states(Actor::Client).last().state, TcpState::TimeWait);
        QCOMPARE(trace.states(Actor::Server).last().state, TcpState::TimeWait);
        QVERIFY(from(all, Actor::Client, TcpFlag::Rst).isEmpty() && from(all, Actor::Server, TcpFlag::Rst).isEmpty());
    }

    void lingerTimeoutReturnsZeroAndKeepsTheData()
    {
        QVERIFY(run(QStringLiteral("linger-timeout")));
        if (!canCheckTheWire())
            QSKIP(qPrintable(QStringLiteral("segments are not captured here: ") + m_lab.trace().platform().captureError));
        QVERIFY2(m_lab.differences().isEmpty(), qPrintable(m_lab.differences().join(QLatin1Char('\n'))));
        const QList<Segment> all = m_lab.trace().segments();

        // close() blocked for the linger time, then returned 0: no EWOULDBLOCK.
        const CallRecord close = call(10);
        QCOMPARE(close.call, QStringLiteral("close"));
        QCOMPARE(close.ret, 0);
        QCOMPARE(close.errnoNumber, 0);
        QVERIFY(!close.timedOut);
        QVERIFY2(close.durationUs >= 950000 && close.durationUs < 2500000, qPrintable(QString::number(close.durationUs)));
        const qint64 closeEnd = close.tUs + close.durationUs;

        // Meanwhile: zero-window probes (no data, a sequence number below what the server has
        // acknowledged), answered with window 0, and no FIN on the wire.
        quint32 acked = 0;
        int probes = 0;
        int zeroAnswers = 0;
        for (const Segment &s : all) {
            if (s.from == Actor::Server && s.has(TcpFlag::Ack))
                acked = std::max(acked, s.ack);
            if (s.tUs < close.tUs || s.tUs > closeEnd)
                continue;
            if (s.from == Actor::Client && isPureAck(s) && s.len == 0 && qint32(s.seq - acked) < 0)
                ++probes;
            if (s.from == Actor::Server && s.win == 0 && probes > 0)
                ++zeroAnswers;
        }
        QVERIFY2(probes >= 1, qPrintable(QString::number(probes)));
        QVERIFY(zeroAnswers >= 1);
        const QList<Segment> clientFins = from(all, Actor::Client, TcpFlag::Fin);
        QCOMPARE(clientFins.size(), 1);
        QVERIFY(clientFins.first().tUs > closeEnd);
        QVERIFY(clientFins.first().tUs >= call(11).tUs); // sent by the orphan once the server read

        // The data was not discarded: every byte send() accepted arrived, then end of stream.
        QCOMPARE(call(11).ret + call(12).ret, call(8).ret);
        QCOMPARE(call(13).ret, 0);
        QVERIFY(from(all, Actor::Client, TcpFlag::Rst).isEmpty() && from(all, Actor::Server, TcpFlag::Rst).isEmpty());
        QCOMPARE(m_lab.trace().states(Actor::Client).last().state, TcpState::TimeWait);
    }

    void dupCloseSendsNothingShutdownSendsFin()
    {
        QVERIFY(run(QStringLiteral("dup-refcount")));
        if (!canCheckTheWire())
            QSKIP(qPrintable(QStringLiteral("segments are not captured here: ") + m_lab.trace().platform().captureError));
        QVERIFY2(m_lab.differences().isEmpty(), qPrintable(m_lab.differences().join(QLatin1Char('\n'))));
        const QList<Segment> all = m_lab.trace().segments();

        // close() of the first of two descriptors: nothing from the client until its send on the
        // copy; the FIN comes with the close of the last descriptor.
        const CallRecord firstClose = call(1);
        const CallRecord copySend = call(2);
        const CallRecord lastClose = call(4);
        QCOMPARE(firstClose.call, QStringLiteral("close"));
        QCOMPARE(firstClose.ret, 0);
        QVERIFY(segmentsWhere(all, [&](const Segment &s) {
                    return s.from == Actor::Client && s.tUs >= firstClose.tUs && s.tUs < copySend.tUs;
                }).isEmpty());
        QCOMPARE(copySend.ret, 10);
        QCOMPARE(call(3).data, QByteArray("still here"));
        const QList<Segment> clientFins = from(all, Actor::Client, TcpFlag::Fin);
        QCOMPARE(clientFins.size(), 1);
        QVERIFY(clientFins.first().tUs >= lastClose.tUs);

        // shutdown(SHUT_WR) sends FIN while the second descriptor is still open, and that
        // descriptor sees the same socket: end of stream, and EPIPE on send.
        const CallRecord shutdown = call(7);
        const QList<Segment> serverFins = from(all, Actor::Server, TcpFlag::Fin);
        QCOMPARE(serverFins.size(), 1);
        QVERIFY(serverFins.first().tUs >= shutdown.tUs && serverFins.first().tUs < call(11).tUs);
        QCOMPARE(call(8).ret, 0);
        QCOMPARE(call(9).errnoName, QStringLiteral("EPIPE"));
        QCOMPARE(call(9).errnoNumber, EPIPE);
        // Closing both descriptors afterwards put nothing more on the wire.
        QVERIFY(segmentsWhere(all, [&](const Segment &s) { return s.tUs >= call(10).tUs; }).isEmpty());
        QVERIFY(from(all, Actor::Client, TcpFlag::Rst).isEmpty() && from(all, Actor::Server, TcpFlag::Rst).isEmpty());
        QCOMPARE(m_lab.trace().states(Actor::Client).last().state, TcpState::TimeWait);
    }

    void timeWaitRebindNeedsReuseAddrOnBothSockets()
    {
        QVERIFY(run(QStringLiteral("timewait-rebind")));
        QVERIFY2(m_lab.differences().isEmpty(), qPrintable(m_lab.differences().join(QLatin1Char('\n'))));
        const Trace &trace = m_lab.trace();

        // First run: the old socket without SO_REUSEADDR blocks the port, with or without the
        // option on the new socket.
        for (int step : {5, 7, 21}) {
            const CallRecord bind = call(step);
            QCOMPARE(bind.call, QStringLiteral("bind"));
            QCOMPARE(bind.ret, -1);
            QCOMPARE(bind.errnoName, QStringLiteral("EADDRINUSE"));
            QCOMPARE(bind.errnoNumber, EADDRINUSE);
        }
        QCOMPARE(call(6).ret, 0); // SO_REUSEADDR was set on the new socket before the second try
        QCOMPARE(boundPort(call(5)), boundPort(call(7)));
        QVERIFY(!boundPort(call(5)).isEmpty());
        // Second run: both sockets have SO_REUSEADDR, the same port binds and listens.
        QCOMPARE(boundPort(call(21)), boundPort(call(23)));
        QVERIFY(boundPort(call(21)) != boundPort(call(5)));
        QCOMPARE(call(23).ret, 0);
        QCOMPARE(call(24).ret, 0);
        QCOMPARE(trace.endpoint(Actor::Server), QStringLiteral("127.0.0.1:") + boundPort(call(23)));

        // The port was held by the server's own TIME_WAIT (the server closed first), and it still
        // is after the new listener took the port.
        const QList<StateChange> server = trace.states(Actor::Server);
        QVERIFY(std::any_of(server.cbegin(), server.cend(), [&](const StateChange &s) {
            return s.state == TcpState::TimeWait && s.source == StateSource::Observed && s.tUs < call(5).tUs;
        }));
        QCOMPARE(server.last().state, TcpState::TimeWait);
        QVERIFY(server.last().tUs < call(23).tUs); // no change since: it stayed in TIME_WAIT
        QVERIFY(!passedThrough(trace, Actor::Client, TcpState::TimeWait));
    }

    void shutdownReadDeliversUntilTheWriteSideIsShut()
    {
        QVERIFY(run(QStringLiteral("shutdown-read")));
        if (!canCheckTheWire())
            QSKIP(qPrintable(QStringLiteral("segments are not captured here: ") + m_lab.trace().platform().captureError));
        QVERIFY2(m_lab.differences().isEmpty(), qPrintable(m_lab.differences().join(QLatin1Char('\n'))));
        const Trace &trace = m_lab.trace();
        const QList<Segment> all = trace.segments();

        // shutdown(SHUT_RD) puts nothing on the wire.
        const CallRecord shutRd = call(1);
        const CallRecord lateSend = call(4);
        QCOMPARE(shutRd.ret, 0);
        QVERIFY(segmentsWhere(all, [&](const Segment &s) { return s.tUs >= shutRd.tUs && s.tUs < lateSend.tUs; }).isEmpty());

        // Queued data is returned, then 0 without blocking, then data that came later.
        QCOMPARE(call(2).data, QByteArray("before"));
        QCOMPARE(call(3).ret, 0);
        QVERIFY2(call(3).durationUs < 100000, qPrintable(QString::number(call(3).durationUs)));
        QCOMPARE(call(5).data, QByteArray("after"));
        // The late data was acknowledged like any other.
        const auto afterData = std::find_if(all.cbegin(), all.cend(), [&](const Segment &s) {
            return s.from == Actor::Client && s.len == 5 && s.tUs >= lateSend.tUs;
        });
        QVERIFY(afterData != all.cend());
        QVERIFY(std::any_of(afterData, all.cend(),
                            [&](const Segment &s) { return s.from == Actor::Server && isPureAck(s) && s.ack == afterData->seqEnd(); }));

        // Once the write side is shut too, new data gets an RST from the server, and only then.
        const QList<Segment> resets = segmentsWhere(all, [](const Segment &s) { return s.has(TcpFlag::Rst); });
        QCOMPARE(resets.size(), 1);
        QCOMPARE(resets.first().from, Actor::Server);
        const CallRecord tooLate = call(8);
        QCOMPARE(tooLate.ret, 8);
        QVERIFY(resets.first().tUs >= tooLate.tUs);
        QVERIFY(from(all, Actor::Server, TcpFlag::Fin).first().tUs < tooLate.tUs);
        // The server's own recv reports the reset its kernel sent; the client, in CLOSE_WAIT when
        // it arrived, sees EPIPE.
        QCOMPARE(call(9).errnoName, QStringLiteral("ECONNRESET"));
        QCOMPARE(call(9).errnoNumber, ECONNRESET);
        QCOMPARE(call(10).errnoName, QStringLiteral("EPIPE"));
        QCOMPARE(call(10).errnoNumber, EPIPE);
        QVERIFY(wasObserved(trace, Actor::Client, TcpState::CloseWait));
        QCOMPARE(trace.states(Actor::Server).last().state, TcpState::Closed);
    }

    void zeroWindowTimesOutAlthoughThePeerAnswers()
    {
        QVERIFY(run(QStringLiteral("zero-window-timeout")));
        if (!canCheckTheWire())
            QSKIP(qPrintable(QStringLiteral("segments are not captured here: ") + m_lab.trace().platform().captureError));
        QVERIFY2(m_lab.differences().isEmpty(), qPrintable(m_lab.differences().join(QLatin1Char('\n'))));
        const Trace &trace = m_lab.trace();
        const QList<Segment> all = trace.segments();

        // recv() blocked for at least the user timeout, then ETIMEDOUT.
        const CallRecord recv = call(10);
        QCOMPARE(recv.call, QStringLiteral("recv"));
        QCOMPARE(recv.errnoName, QStringLiteral("ETIMEDOUT"));
        QCOMPARE(recv.errnoNumber, ETIMEDOUT);
        QVERIFY(!recv.timedOut);
        QVERIFY2(recv.durationUs >= 1000000 && recv.durationUs < 3000000, qPrintable(QString::number(recv.durationUs)));
        const qint64 abortUs = recv.tUs + recv.durationUs;

        // The peer was alive: it answered a probe with window 0 while the client waited.
        bool probed = false;
        bool answered = false;
        for (const Segment &s : all) {
            if (s.tUs < recv.tUs || s.tUs > abortUs)
                continue;
            if (s.from == Actor::Client && isPureAck(s) && s.len == 0)
                probed = true;
            if (probed && s.from == Actor::Server && s.win == 0)
                answered = true;
        }
        QVERIFY(probed);
        QVERIFY(answered);

        // The abort itself sent nothing; the server stayed ESTABLISHED until it read and its
        // window update met the client's RST.
        const CallRecord serverRead = call(11);
        QVERIFY(segmentsWhere(all, [&](const Segment &s) {
                    return s.from == Actor::Client && (s.has(TcpFlag::Fin) || s.has(TcpFlag::Rst)) && s.tUs < serverRead.tUs;
                }).isEmpty());
        const QList<StateChange> server = trace.states(Actor::Server);
        const auto beforeRead = std::find_if(server.crbegin(), server.crend(),
                                             [&](const StateChange &s) { return s.tUs < serverRead.tUs; });
        QVERIFY(beforeRead != server.crend());
        QCOMPARE(beforeRead->state, TcpState::Established);
        QCOMPARE(serverRead.ret, 4096);
        const QList<Segment> resets = segmentsWhere(all, [](const Segment &s) { return s.has(TcpFlag::Rst); });
        QCOMPARE(resets.size(), 1);
        QCOMPARE(resets.first().from, Actor::Client);
        QVERIFY(resets.first().tUs >= serverRead.tUs);
        QCOMPARE(call(12).errnoName, QStringLiteral("ECONNRESET"));
        QCOMPARE(call(12).errnoNumber, ECONNRESET);
    }
};

QTEST_GUILESS_MAIN(TestClosingScenarios)
#include "tst_closingscenarios.moc"
