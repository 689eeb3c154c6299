// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#include "kernel/sideobserver.h"

namespace FinAck {

bool SideObserver::worthRecording(const SideState &side) const
{
    if (!m_recorded)
        return true;
    const bool timerChanged = side.timerMs.has_value() != m_recorded->timerMs.has_value();
    return !side.sameAs(*m_recorded) || timerChanged;
}

QList<SideObserver::Reading> SideObserver::take(const SideState &side, qint64 nowUs)
{
    QList<Reading> out;
    if (m_unconfirmed) {
        if (side.state != TcpState::Closed) {
            m_unconfirmed.reset(); // alive again: the CLOSED was the kernel's moment, not a state
        } else if (nowUs - m_unconfirmed->tUs < m_confirmAfterUs) {
            return out; // too soon to tell
        } else {
            out << *m_unconfirmed;
            m_recorded = m_unconfirmed->side;
            m_unconfirmed.reset();
        }
    }
    if (!worthRecording(side))
        return out;
    const bool wasAlive = m_recorded && m_recorded->state != TcpState::Closed;
    if (wasAlive && side.state == TcpState::Closed) {
        m_unconfirmed = Reading{nowUs, side};
        return out;
    }
    out << Reading{nowUs, side};
    m_recorded = side;
    return out;
}

std::optional<SideObserver::Reading> SideObserver::takeUnconfirmed()
{
    std::optional<Reading> reading = m_unconfirmed;
    m_unconfirmed.reset();
    if (reading)
        m_recorded = reading->side;
    return reading;
}

} // namespace FinAck
