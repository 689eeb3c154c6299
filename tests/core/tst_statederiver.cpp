// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
// The RFC 9293 state machine FinAck uses for states too short-lived to poll. These are sequences
// of segments as Linux sends them on loopback (seen in FinAck's captures), fed in order.
#include "model/statederiver.h"

#include <QTest>

using namespace FinAck;

namespace {
Segment seg(Actor from, quint8 flags, quint32 seq, quint32 ack, quint32 len = 0)
{
    static qint64 t = 0;
    Segment s;
    s.tUs = ++t;
    s.from = from;
    s.flags = flags;
    s.seq = seq;
    s.ack = ack;
    s.len = len;
    return s;
}
constexpr Actor C = Actor::Client;
constexpr Actor S = Actor::Server;
constexpr quint8 A = TcpFlag::Ack;
constexpr quint8 F = TcpFlag::Fin | TcpFlag::Ack;

QStringList run(const QList<Segment> &segments, Actor actor)
{
    StateDeriver d;
    QStringList states;
    for (const Segment &s : segments) {
        for (const auto &t : d.feed(s)) {
            if (t.actor == actor)
                states << tcpStateName(t.state);
        }
    }
    return states;
}

QList<Segment> handshake()
{
    return {seg(C, TcpFlag::Syn, 0, 0), seg(S, TcpFlag::Syn | A, 0, 1), seg(C, A, 1, 1)};
}
} // namespace

class TestStateDeriver : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sequences_data()
    {
        QTest::addColumn<QList<Segment>>("segments");
        QTest::addColumn<QStringList>("client");
        QTest::addColumn<QStringList>("server");

        QTest::newRow("handshake") << handshake() << QStringList{QStringLiteral("SYN_SENT"), QStringLiteral("ESTABLISHED")}
                                   << QStringList{QStringLiteral("SYN_RECV"), QStringLiteral("ESTABLISHED")};
        QTest::newRow("client closes first, delayed ACK")
            << (handshake() << seg(C, F, 1, 1) << seg(S, A, 1, 2) << seg(S, F, 1, 2) << seg(C, A, 2, 2))
            << QStringList{QStringLiteral("SYN_SENT"), QStringLiteral("ESTABLISHED"), QStringLiteral("FIN_WAIT_1"),
                           QStringLiteral("FIN_WAIT_2"), QStringLiteral("TIME_WAIT")}
            << QStringList{QStringLiteral("SYN_RECV"), QStringLiteral("ESTABLISHED"), QStringLiteral("CLOSE_WAIT"),
                           QStringLiteral("LAST_ACK"), QStringLiteral("CLOSED")};
        QTest::newRow("FIN and ACK in one segment")
            << (handshake() << seg(C, F, 1, 1) << seg(S, F, 1, 2) << seg(C, A, 2, 2))
            << QStringList{QStringLiteral("SYN_SENT"), QStringLiteral("ESTABLISHED"), QStringLiteral("FIN_WAIT_1"),
                           QStringLiteral("FIN_WAIT_2"), QStringLiteral("TIME_WAIT")}
            << QStringList{QStringLiteral("SYN_RECV"), QStringLiteral("ESTABLISHED"), QStringLiteral("CLOSE_WAIT"),
                           QStringLiteral("LAST_ACK"), QStringLiteral("CLOSED")};
        QTest::newRow("data then RST") << (handshake()
                                           << seg(C, TcpFlag::Psh | A, 1, 1, 5) << seg(S, A, 1, 6) << seg(S, TcpFlag::Rst | A, 1, 6))
                                       << QStringList{QStringLiteral("SYN_SENT"), QStringLiteral("ESTABLISHED"), QStringLiteral("CLOSED")}
                                       << QStringList{QStringLiteral("SYN_RECV"), QStringLiteral("ESTABLISHED"), QStringLiteral("CLOSED")};
        QTest::newRow("an old ACK does not acknowledge the FIN")
            << (handshake() << seg(C, TcpFlag::Psh | A, 1, 1, 5) << seg(C, F, 6, 1) << seg(S, A, 1, 6))
            << QStringList{QStringLiteral("SYN_SENT"), QStringLiteral("ESTABLISHED"), QStringLiteral("FIN_WAIT_1")}
            << QStringList{QStringLiteral("SYN_RECV"), QStringLiteral("ESTABLISHED"), QStringLiteral("CLOSE_WAIT")};
        Segment lostFin = seg(S, F, 1, 2);
        lostFin.dropped = true;
        QTest::newRow("a dropped FIN changes only its sender") << (handshake() << seg(C, F, 1, 1) << seg(S, A, 1, 2) << lostFin)
                                                               << QStringList{QStringLiteral("SYN_SENT"), QStringLiteral("ESTABLISHED"),
                                                                              QStringLiteral("FIN_WAIT_1"), QStringLiteral("FIN_WAIT_2")}
                                                               << QStringList{QStringLiteral("SYN_RECV"), QStringLiteral("ESTABLISHED"),
                                                                              QStringLiteral("CLOSE_WAIT"), QStringLiteral("LAST_ACK")};
    }

    void sequences()
    {
        QFETCH(QList<Segment>, segments);
        QFETCH(QStringList, client);
        QFETCH(QStringList, server);
        QCOMPARE(run(segments, Actor::Client), client);
        QCOMPARE(run(segments, Actor::Server), server);
    }
};

QTEST_GUILESS_MAIN(TestStateDeriver)
#include "tst_statederiver.moc"
