// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

#include "kernel/stateprobe.h"

#include <QList>
#include <optional>

namespace FinAck {

// Decides which of one side's polled readings are state events worth recording.
//
// A reading that differs from the last recorded one is an event, with one exception: a side that
// was alive and now reads CLOSED is held back until a poll at least confirmAfterUs later still
// reads CLOSED. The kernel can show a connection end CLOSED for a moment when it is not: an
// orphaned end that goes to FIN_WAIT_2 or TIME_WAIT is replaced by a timewait entry, and a lookup
// racing that replacement finds nothing, or finds the old socket already marked CLOSE. SockDiag
// asks again at once, but on a loaded virtual machine the replacing CPU can stall for longer than
// that (tst_stress in the asan suite saw FIN_WAIT_1 -> CLOSED -> FIN_WAIT_2 once in 200 runs).
// CLOSED is final for a connection end, so a later reading that is alive again proves the
// CLOSED was such a moment, and it is dropped. A confirmed CLOSED keeps the time it was first
// seen.
class SideObserver
{
public:
    struct Reading {
        qint64 tUs = 0;
        SideState side;
    };

    explicit SideObserver(qint64 confirmAfterUs = 5000)
        : m_confirmAfterUs(confirmAfterUs)
    {
    }

    // Takes one poll's reading; returns what to record now, oldest first: nothing, the reading,
    // or a confirmed CLOSED followed by the confirming reading when that differs from it.
    QList<Reading> take(const SideState &side, qint64 nowUs);
    // A CLOSED reading waits for its confirmation: the side is not settled yet.
    bool awaitingConfirmation() const { return m_unconfirmed.has_value(); }
    // When no later poll will come: the unconfirmed CLOSED as it was seen, if any.
    std::optional<Reading> takeUnconfirmed();

private:
    bool worthRecording(const SideState &side) const;

    qint64 m_confirmAfterUs;
    std::optional<SideState> m_recorded; // the last reading recorded
    std::optional<Reading> m_unconfirmed;
};

} // namespace FinAck
