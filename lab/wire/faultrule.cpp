// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#include "wire/faultrule.h"

#include "model/expectationcheck.h"

namespace FinAck {

namespace {
// nftables counts with "numgen inc mod N"; N only has to exceed any realistic number of matches.
constexpr int kCounterModulus = 1000000000;
constexpr quint8 kAllFlags = TcpFlag::Fin | TcpFlag::Syn | TcpFlag::Rst | TcpFlag::Psh | TcpFlag::Ack;

QString nftFlags(quint8 flags)
{
    return flagsText(flags, QLatin1Char('|')).toLower();
}
} // namespace

FaultRule::FaultRule(const ScenarioFault &fault, quint16 fromPort)
    : m_fault(fault)
    , m_fromPort(fromPort)
{
}

QString FaultRule::nftRule() const
{
    QString rule = QStringLiteral("ip saddr 127.0.0.1 ip daddr 127.0.0.1 tcp sport %1").arg(m_fromPort);
    if (m_fault.flags != 0) {
        if (m_fault.exactFlags)
            rule += QStringLiteral(" tcp flags & (%1) == %2").arg(nftFlags(kAllFlags), nftFlags(m_fault.flags));
        else
            rule += QStringLiteral(" tcp flags & (%1) == %1").arg(nftFlags(m_fault.flags));
    }
    const int first = m_fault.nth - 1;
    const int last = m_fault.count == 0 ? kCounterModulus - 1 : first + m_fault.count - 1;
    rule += QStringLiteral(" numgen inc mod %1 %2-%3 counter drop").arg(kCounterModulus).arg(first).arg(last);
    return rule;
}

bool FaultRule::matches(const Segment &s) const
{
    if (s.from != m_fault.from)
        return false;
    const quint8 flags = s.flags & kAllFlags;
    if (m_fault.flags == 0)
        return true;
    return m_fault.exactFlags ? flags == m_fault.flags : (flags & m_fault.flags) == m_fault.flags;
}

bool FaultRule::consume(const Segment &s)
{
    if (!matches(s))
        return false;
    const int index = m_matched++;
    const int first = m_fault.nth - 1;
    return index >= first && (m_fault.count == 0 || index < first + m_fault.count);
}

QString FaultRule::description() const
{
    // English ordinals differ by the number's end; each form is its own text, so that a language
    // with one form ("第 %1 个") translates them all alike.
    const auto ordinal = [](int n) {
        const int lastTwo = n % 100;
        switch (lastTwo >= 11 && lastTwo <= 13 ? 0 : n % 10) {
        //: an ordinal number for 1st, 21st, 101st…: "the server's 1st FIN"
        case 1: return tr("%1st").arg(n);
        //: an ordinal number for 2nd, 22nd…: "the server's 2nd FIN"
        case 2: return tr("%1nd").arg(n);
        //: an ordinal number for 3rd, 23rd…: "the server's 3rd FIN"
        case 3: return tr("%1rd").arg(n);
        //: an ordinal number for 4th to 20th, 24th, 111th…: "the server's 4th FIN"
        default: return tr("%1th").arg(n);
        }
    };
    //: what a fault drops when it names no flags: any segment
    QString what = tr("segment");
    if (m_fault.flags != 0) {
        //: %1 is a flag set ("FIN|ACK"): only segments with exactly these flags
        what = m_fault.exactFlags ? tr("%1 (only)").arg(flagsText(m_fault.flags)) : flagsText(m_fault.flags);
    }
    const QString actor = actorDisplayName(m_fault.from);
    if (m_fault.count == 0)
        //: %1 segments ("FIN", "segment"), %2 "client" or "server", %3 an ordinal ("2nd"): every FIN from the server from its 2nd on
        return tr("every %1 from the %2 from its %3 on").arg(what, actor, ordinal(m_fault.nth));
    if (m_fault.count == 1)
        //: %1 "client" or "server", %2 an ordinal ("1st"), %3 the segment ("FIN"): the server's 1st FIN
        return tr("the %1's %2 %3").arg(actor, ordinal(m_fault.nth), what);
    //: %1 "client" or "server", %2 and %3 ordinals, %4 the segments: the server's 1st to 3rd FIN
    return tr("the %1's %2 to %3 %4").arg(actor, ordinal(m_fault.nth), ordinal(m_fault.nth + m_fault.count - 1), what);
}

} // namespace FinAck
