// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

#include "model/actor.h"

#include <QList>

namespace FinAck {

// True time packs thousands of loopback segments into a few pixels. Marks of one look that follow
// each other closer than kDense pixels make a run, drawn as its first mark, a tinted block and its
// last mark: the same picture at a bounded cost. This keeps the runs of one paint; the scene draws.
class DenseRuns
{
public:
    static constexpr double kDense = 3; // pixels between marks of one look below which they merge
    // Looks: 0 to 9 a segment's (segmentKind() * 2 + dropped); kCallLook a side's calls, which
    // merge their markers and draw no block.
    static constexpr int kCallLook = 10;

    struct Run {
        double top = 0;
        double bottom = 0;
        int count = 0;
        int last = -1; // the event drawn at the run's end
        int look = 0;
    };

    // Whether the mark of `index` at `y` joins its look's run (and is not drawn now). A plain mark
    // (neither selected, hovered nor faded) may join or start a run; any other is drawn as itself.
    // The run it ends, if that merged more than one mark, is added to `ended`.
    bool join(Actor actor, int look, double y, int index, bool plain, QList<Run> &ended);
    // At the end of a paint: the runs still open that merged more than one mark.
    QList<Run> finish();

private:
    void end(Run &run, QList<Run> &ended);
    Run m_runs[2][kCallLook + 1];
};

} // namespace FinAck
