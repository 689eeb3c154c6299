// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#include "model/labnote.h"

#include <QCoreApplication>

#include <algorithm>

namespace FinAck {

namespace {

// How far back the segments tell what was going on: the settle limit is at most a few seconds,
// and a retransmission or a probe repeats well within a dozen segments.
constexpr int kLookBack = 12;

// The newest segment from `from` before `index`, within the look-back.
const Segment *lastFrom(const Trace &trace, int index, Actor from)
{
    for (int i = index - 1; i >= 0 && i >= index - kLookBack; --i) {
        if (const auto *s = std::get_if<Segment>(&trace.at(i)); s && s->from == from)
            return s;
    }
    return nullptr;
}

} // namespace

QString labNoteForStudents(const Trace &trace, int noteIndex)
{
    const Segment *last = nullptr;
    int lastIndex = -1;
    for (int i = std::min<int>(noteIndex, trace.size()) - 1; i >= 0 && i >= noteIndex - kLookBack; --i) {
        if (const auto *s = std::get_if<Segment>(&trace.at(i))) {
            last = s;
            lastIndex = i;
            break;
        }
    }
    if (!last)
        //: shown instead of the lab's "had not settled" note when no segment explains it
        return QCoreApplication::translate(
            "FinAck::LabNote", "The kernels were still changing the sockets' state when this step's time was up; the run goes on.");
    const QString who = actorDisplayName(last->from);
    const QString peer = actorDisplayName(last->to());
    // A closed window: its owner's last word was "window 0", so the other side has data it may
    // not send, and its persist timer probes now and then (closing-state: 4 KiB unread).
    for (Actor full : {last->from, last->to()}) {
        const Segment *said = lastFrom(trace, lastIndex + 1, full);
        if (said && said->win == 0 && !said->has(TcpFlag::Rst))
            //: %1 the side that has data to send ("client"), %2 the side whose receive buffer is full ("server")
            return QCoreApplication::translate(
                       "FinAck::LabNote",
                       "The %1 is waiting for the %2's zero window to open (the %2's receive buffer is full), probing it now and "
                       "then; the run goes on.")
                .arg(actorDisplayName(peerOf(full)), actorDisplayName(full));
    }
    if (last->dropped && last->has(TcpFlag::Fin))
        //: %1 the side whose FIN a fault dropped ("client")
        return QCoreApplication::translate(
                   "FinAck::LabNote",
                   "The %1's FIN was lost: its kernel waits for the retransmission timer to send it again; the run goes on.")
            .arg(who);
    if (last->dropped)
        return QCoreApplication::translate(
                   "FinAck::LabNote",
                   "The %1's segment was lost: its kernel waits for the retransmission timer to send it again; the run goes on.")
            .arg(who);
    // A retransmission: the same sequence number and flags sent before.
    for (int i = lastIndex - 1; i >= 0 && i >= noteIndex - kLookBack; --i) {
        const auto *s = std::get_if<Segment>(&trace.at(i));
        if (!s || s->from != last->from || s->seq != last->seq || s->flags != last->flags || s->len != last->len)
            continue;
        if (last->has(TcpFlag::Fin))
            //: %1 the side that sends ("client"); its FIN was not acknowledged
            return QCoreApplication::translate("FinAck::LabNote",
                                               "The %1 keeps retransmitting its FIN: no ACK has come back; the run goes on.")
                .arg(who);
        if (last->has(TcpFlag::Syn))
            return QCoreApplication::translate("FinAck::LabNote",
                                               "The %1 keeps retransmitting its SYN: no answer has come back; the run goes on.")
                .arg(who);
        if (last->len > 0)
            return QCoreApplication::translate("FinAck::LabNote",
                                               "The %1 keeps retransmitting data the %2 has not acknowledged; the run goes on.")
                .arg(who, peer);
        break;
    }
    //: %1 the side that sent the last segment ("server")
    return QCoreApplication::translate("FinAck::LabNote",
                                       "The %1 was still sending segments when this step's time was up; the run goes on.")
        .arg(who);
}

bool isUnmarkedLabNote(const QString &text)
{
    return text.startsWith(QLatin1String("The network had not settled "));
}

} // namespace FinAck
