// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
// When a derived state is worth recording: only when polling could not have seen it.
#include "wire/statereconciler.h"

#include <QTest>

using namespace FinAck;

namespace {
constexpr Actor C = Actor::Client;
constexpr Actor S = Actor::Server;
constexpr quint8 A = TcpFlag::Ack;
constexpr quint8 F = TcpFlag::Fin | TcpFlag::Ack;

Segment seg(qint64 t, Actor from, quint8 flags, quint32 seq, quint32 ack)
{
    Segment s;
    s.tUs = t;
    s.from = from;
    s.flags = flags;
    s.seq = seq;
    s.ack = ack;
    return s;
}

StateChange seen(qint64 t, Actor actor, TcpState state)
{
    StateChange s;
    s.tUs = t;
    s.actor = actor;
    s.state = state;
    return s;
}

QStringList names(const QList<StateChange> &states)
{
    QStringList out;
    for (const StateChange &s : states)
        out << actorName(s.actor) + QLatin1Char(' ') + tcpStateName(s.state);
    return out;
}
} // namespace

class TestStateReconciler : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keepsOnlyWhatPollingCouldNotSee()
    {
        // The server closes from CLOSE_WAIT; the client's ACK follows 20 µs later. LAST_ACK was
        // never polled; CLOSED and TIME_WAIT were.
        StateReconciler r(1000);
        r.addObservation(seen(0, C, TcpState::FinWait2));
        r.addObservation(seen(0, S, TcpState::CloseWait));
        r.addSegment(seg(100000, S, F, 1, 2));
        r.addSegment(seg(100020, C, A, 2, 2));
        r.addObservation(seen(100300, C, TcpState::TimeWait));
        r.addObservation(seen(100300, S, TcpState::Closed));
        QCOMPARE(names(r.takeDerived(200000)), QStringList{QStringLiteral("server LAST_ACK")});
    }

    void theKernelOverrulesTheSegments()
    {
        // The client's FIN is queued behind data a zero window holds back: the kernel says
        // FIN_WAIT_1 although no FIN was on the wire. The server's FIN then puts the client in
        // CLOSING (polled for a long time), not in CLOSE_WAIT as the segments alone suggest.
        StateReconciler r(1000);
        r.addObservation(seen(0, C, TcpState::Established));
        r.addObservation(seen(0, S, TcpState::Established));
        r.addObservation(seen(50000, C, TcpState::FinWait1));
        r.addSegment(seg(100000, S, F, 1, 1));
        r.addObservation(seen(100200, S, TcpState::FinWait1));
        r.addObservation(seen(100200, C, TcpState::Closing));
        r.addObservation(seen(300000, C, TcpState::Closing));
        const QStringList derived = names(r.takeDerived(400000));
        QVERIFY2(!derived.contains(QStringLiteral("client CLOSE_WAIT")), qPrintable(derived.join(QLatin1Char(','))));
        QVERIFY(!derived.contains(QStringLiteral("client CLOSING"))); // polled: no need to derive it
    }

    void aContradictedStateIsDropped()
    {
        // Segments alone say the server entered CLOSE_WAIT at 100 ms; the kernel, polled at 150
        // and 250 ms, said ESTABLISHED (the FIN had not been processed yet, say).
        StateReconciler r(1000);
        r.addObservation(seen(0, S, TcpState::Established));
        r.addObservation(seen(0, C, TcpState::Established));
        r.addSegment(seg(100000, C, F, 1, 1));
        r.addObservation(seen(150000, S, TcpState::Established));
        r.addObservation(seen(250000, S, TcpState::Established));
        const QStringList derived = names(r.takeDerived(300000));
        QVERIFY2(!derived.contains(QStringLiteral("server CLOSE_WAIT")), qPrintable(derived.join(QLatin1Char(','))));
        QVERIFY(derived.contains(QStringLiteral("client FIN_WAIT_1")));
    }
};

QTEST_GUILESS_MAIN(TestStateReconciler)
#include "tst_statereconciler.moc"
