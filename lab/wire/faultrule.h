// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

#include "model/scenario.h"
#include "model/traceevent.h"

#include <QCoreApplication>

namespace FinAck {

// One installed fault: the nftables rule that drops the segments, and the same decision made in
// user space over the captured segments, so the trace can mark exactly those `dropped`. Both
// count matches the same way (nftables' "numgen inc" advances once per segment that matched the
// rule so far), so they agree segment by segment, retransmissions included.
class FaultRule
{
    Q_DECLARE_TR_FUNCTIONS(FaultRule)

public:
    // `fromPort` is the sending side's port on 127.0.0.1.
    FaultRule(const ScenarioFault &fault, quint16 fromPort);

    // The rule for "add rule inet finack input ...".
    QString nftRule() const;
    // Whether this segment (in capture order) is one the rule drops; counts it when it matches.
    bool consume(const Segment &segment);
    // "the server's 1st FIN", for notes.
    QString description() const;

private:
    bool matches(const Segment &segment) const;

    ScenarioFault m_fault;
    quint16 m_fromPort = 0;
    int m_matched = 0;
};

} // namespace FinAck
