// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
// RelativeNumbers, which capture files and the lab's live capture share: which base each side's
// numbers count from, and that counting goes on across the 2^32 wrap.
#include "io/pcap/relativenumbers.h"

#include <QTest>

using namespace FinAck;

namespace {

RawSegment raw(quint8 flags, quint32 seq, quint32 ack, quint32 len = 0)
{
    RawSegment r;
    r.flags = flags;
    r.seq = seq;
    r.ack = ack;
    r.len = len;
    return r;
}

} // namespace

class TestRelativeNumbers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void handshakeCountsFromEachSyn()
    {
        using namespace TcpFlag;
        RelativeNumbers numbers;
        const Segment syn = numbers.map(raw(Syn, 1000, 0), Actor::Client);
        QCOMPARE(syn.seq, 0u);
        QCOMPARE(syn.ack, 0u); // no ACK flag: no number
        const Segment synAck = numbers.map(raw(Syn | Ack, 5000, 1001), Actor::Server);
        QCOMPARE(synAck.seq, 0u);
        QCOMPARE(synAck.ack, 1u);
        const Segment data = numbers.map(raw(Psh | Ack, 1001, 5001, 6), Actor::Client);
        QCOMPARE(data.seq, 1u);
        QCOMPARE(data.ack, 1u);
        QCOMPARE(data.len, 6u);
        const Segment fin = numbers.map(raw(Fin | Ack, 5001, 1007), Actor::Server);
        QCOMPARE(fin.seq, 1u);
        QCOMPARE(fin.ack, 7u);
    }

    // A capture that starts mid-connection: each side counts as if its SYN came just before.
    void missedSynCountsFromJustBefore()
    {
        using namespace TcpFlag;
        RelativeNumbers numbers;
        const Segment first = numbers.map(raw(Ack, 2000, 7000), Actor::Client);
        QCOMPARE(first.seq, 1u);
        QCOMPARE(first.ack, 1u);
        // The server's base came from the client's ACK, not from its own first segment.
        const Segment answer = numbers.map(raw(Psh | Ack, 7000, 2000, 3), Actor::Server);
        QCOMPARE(answer.seq, 1u);
        QCOMPARE(answer.ack, 1u);
    }

    void countsAcrossTheWrap()
    {
        using namespace TcpFlag;
        RelativeNumbers numbers;
        QCOMPARE(numbers.map(raw(Syn, 0xfffffff0u, 0), Actor::Client).seq, 0u);
        QCOMPARE(numbers.map(raw(Syn | Ack, 0xfffffffeu, 0xfffffff1u), Actor::Server).ack, 1u);
        const Segment wrapped = numbers.map(raw(Psh | Ack, 0x00000010u, 0x00000004u, 100), Actor::Client);
        QCOMPARE(wrapped.seq, 0x20u);
        QCOMPARE(wrapped.ack, 6u);
    }

    void resetStartsANewConnection()
    {
        using namespace TcpFlag;
        RelativeNumbers numbers;
        numbers.map(raw(Syn, 1000, 0), Actor::Client);
        QCOMPARE(numbers.map(raw(Ack, 1500, 0), Actor::Client).seq, 500u);
        numbers.reset();
        QCOMPARE(numbers.map(raw(Syn, 90000, 0), Actor::Client).seq, 0u);
    }

    void keepsTheRestOfTheSegment()
    {
        RawSegment r = raw(TcpFlag::Ack | TcpFlag::Psh | 0x40 /* ECE */ | 0x80 /* CWR */, 10, 20, 4);
        r.tUs = 123456;
        r.win = 512;
        RelativeNumbers numbers;
        const Segment s = numbers.map(r, Actor::Server);
        QCOMPARE(s.from, Actor::Server);
        QCOMPARE(s.flags, quint8(TcpFlag::Ack | TcpFlag::Psh)); // what a trace knows of
        QCOMPARE(s.tUs, qint64(123456));
        QCOMPARE(s.len, 4u);
        QCOMPARE(s.win, 512u);
        QCOMPARE(s.source, SegmentSource::Captured);
    }
};

QTEST_GUILESS_MAIN(TestRelativeNumbers)
#include "tst_relativenumbers.moc"
