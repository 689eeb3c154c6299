// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
// Which polled readings of one side become state events; a CLOSED waits for a later poll.
#include "kernel/sideobserver.h"

#include <QTest>

using namespace FinAck;

namespace {
constexpr qint64 kConfirmUs = 5000;

SideState side(TcpState state, qint64 recvQ = 0)
{
    SideState s;
    s.state = state;
    s.inTable = state != TcpState::Closed;
    s.recvQ = recvQ;
    return s;
}

// "t:STATE" for each reading, to compare in one line.
QStringList names(const QList<SideObserver::Reading> &readings)
{
    QStringList out;
    for (const SideObserver::Reading &r : readings)
        out << QStringLiteral("%1:%2").arg(r.tUs).arg(tcpStateName(r.side.state));
    return out;
}
} // namespace

class TestSideObserver : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void recordsChangesOnly()
    {
        SideObserver o(kConfirmUs);
        QCOMPARE(names(o.take(side(TcpState::Closed), 0)), QStringList{QStringLiteral("0:CLOSED")});
        QVERIFY(o.take(side(TcpState::Closed), 2000).isEmpty());
        QCOMPARE(names(o.take(side(TcpState::SynSent), 4000)), QStringList{QStringLiteral("4000:SYN_SENT")});
        QCOMPARE(names(o.take(side(TcpState::Established), 6000)), QStringList{QStringLiteral("6000:ESTABLISHED")});
        QVERIFY(o.take(side(TcpState::Established), 8000).isEmpty());
        QCOMPARE(names(o.take(side(TcpState::Established, 5), 10000)), QStringList{QStringLiteral("10000:ESTABLISHED")});
        QVERIFY(!o.awaitingConfirmation());
    }

    void timerAppearingIsAnEvent()
    {
        SideObserver o(kConfirmUs);
        o.take(side(TcpState::TimeWait), 0);
        SideState withTimer = side(TcpState::TimeWait);
        withTimer.timerMs = 60000;
        QCOMPARE(o.take(withTimer, 2000).size(), 1);
        withTimer.timerMs = 59990; // the countdown alone is not an event
        QVERIFY(o.take(withTimer, 4000).isEmpty());
    }

    // The stress test's drift: an orphaned FIN_WAIT_1 read as gone for a moment while the
    // kernel replaced it by its FIN_WAIT_2 timewait entry.
    void closedThenAliveAgainIsDropped()
    {
        SideObserver o(kConfirmUs);
        o.take(side(TcpState::FinWait1), 0);
        QVERIFY(o.take(side(TcpState::Closed), 1000).isEmpty());
        QVERIFY(o.awaitingConfirmation());
        QCOMPARE(names(o.take(side(TcpState::FinWait2), 3000)), QStringList{QStringLiteral("3000:FIN_WAIT_2")});
        QVERIFY(!o.awaitingConfirmation());
    }

    void closedIsConfirmedByALaterPollWithItsFirstTime()
    {
        SideObserver o(kConfirmUs);
        o.take(side(TcpState::LastAck), 0);
        QVERIFY(o.take(side(TcpState::Closed), 1000).isEmpty());
        QVERIFY(o.take(side(TcpState::Closed), 3000).isEmpty()); // 2 ms later: too soon to tell
        QVERIFY(o.awaitingConfirmation());
        QCOMPARE(names(o.take(side(TcpState::Closed), 6000)), QStringList{QStringLiteral("1000:CLOSED")});
        QVERIFY(!o.awaitingConfirmation());
        QVERIFY(o.take(side(TcpState::Closed), 8000).isEmpty());
    }

    void confirmingReadingThatDiffersFollows()
    {
        // An RST: the open descriptor reads CLOSE, and the data it still holds drains after.
        SideObserver o(kConfirmUs);
        o.take(side(TcpState::Established, 3), 0);
        o.take(side(TcpState::Closed, 3), 1000);
        QCOMPARE(names(o.take(side(TcpState::Closed, 0), 7000)),
                 (QStringList{QStringLiteral("1000:CLOSED"), QStringLiteral("7000:CLOSED")}));
    }

    void unconfirmedIsGivenUpWhenNoPollFollows()
    {
        SideObserver o(kConfirmUs);
        QVERIFY(!o.takeUnconfirmed());
        o.take(side(TcpState::CloseWait), 0);
        o.take(side(TcpState::Closed), 1000);
        const auto unconfirmed = o.takeUnconfirmed();
        QVERIFY(unconfirmed);
        QCOMPARE(unconfirmed->tUs, 1000);
        QVERIFY(!o.awaitingConfirmation());
        QVERIFY(o.take(side(TcpState::Closed), 9000).isEmpty()); // already recorded
    }
};

QTEST_GUILESS_MAIN(TestSideObserver)
#include "tst_sideobserver.moc"
