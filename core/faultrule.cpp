#include "faultrule.h"

#include "expectationcheck.h"

namespace FinAck {

namespace {
// nftables counts with "numgen inc mod N"; N only has to exceed any realistic number of matches.
constexpr int kCounterModulus = 1000000000;
constexpr quint8 kAllFlags = TcpFlag::Fin | TcpFlag::Syn | TcpFlag::Rst | TcpFlag::Psh | TcpFlag::Ack;

QString nftFlags(quint8 flags)
{
    return flagsText(flags, QLatin1Char('|')).toLower();
}

QString ordinal(int n)
{
    const int lastTwo = n % 100;
    const char *suffix = (lastTwo >= 11 && lastTwo <= 13) ? "th" : n % 10 == 1 ? "st" : n % 10 == 2 ? "nd" : n % 10 == 3 ? "rd" : "th";
    return QString::number(n) + QLatin1String(suffix);
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
    const QString what = m_fault.flags == 0 ? QStringLiteral("segment") : flagsText(m_fault.flags) + (m_fault.exactFlags ? QStringLiteral(" (only)") : QString());
    if (m_fault.count == 0)
        return QStringLiteral("every %1 from the %2 from its %3 on").arg(what, actorName(m_fault.from), ordinal(m_fault.nth));
    if (m_fault.count == 1)
        return QStringLiteral("the %1's %2 %3").arg(actorName(m_fault.from), ordinal(m_fault.nth), what);
    return QStringLiteral("the %1's %2 to %3 %4").arg(actorName(m_fault.from), ordinal(m_fault.nth), ordinal(m_fault.nth + m_fault.count - 1), what);
}

} // namespace FinAck
