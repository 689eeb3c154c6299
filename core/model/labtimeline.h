// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

#include <QList>
#include <QtGlobal>

namespace FinAck {

// A run's wall clock with the waits for the next step command taken out: "lab time". In the
// window the lab runs one step each time the user presses Step (or play asks for the next), so
// the wall clock also measures how long the student looked at the diagram; lab time is what a
// back-to-back run (`finack run`) would have measured. The trace keeps wall-clock times (TIME_WAIT
// and other kernel timers really run through a pause); what shows times to a person maps them here.
//
// A pause is an interval [start, end) of the trace's relative times. Overlapping pauses count
// once, and a time inside a pause is at the pause's start in lab time, so lab time never runs
// backwards whatever a file says.
class LabTimeline
{
public:
    struct Pause {
        qint64 startUs = 0;
        qint64 endUs = 0;
        qint64 lengthUs() const { return endUs - startUs; }
        bool operator==(const Pause &) const = default;
    };

    // The pause that ends at `endUs` and lasted `lengthUs` (clipped at 0). Ignored when empty.
    void add(qint64 endUs, qint64 lengthUs);
    void clear();

    bool isEmpty() const { return m_pauses.isEmpty(); }
    // Merged: disjoint, in time order.
    const QList<Pause> &pauses() const { return m_pauses; }

    // `tUs` minus every pause before it.
    qint64 labTimeUs(qint64 tUs) const;
    // The other way: the wall time a lab time stands for; at a pause, its end, where the run went on.
    qint64 wallTimeUs(qint64 labUs) const;
    // How many pauses have ended at or before `tUs` (a break mark above it for each).
    int pausesEndedBy(qint64 tUs) const;

    bool operator==(const LabTimeline &) const = default;

private:
    void rebuild(QList<Pause> pauses);

    QList<Pause> m_pauses;
    QList<qint64> m_before; // per pause: the total length of the pauses before it
};

} // namespace FinAck
