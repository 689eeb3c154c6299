// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#include "diagram/denseruns.h"

namespace FinAck {

bool DenseRuns::join(Actor actor, int look, double y, int index, bool plain, QList<Run> &ended)
{
    Run &run = m_runs[actor == Actor::Client ? 0 : 1][look];
    if (plain && run.count > 0 && y - run.bottom < kDense) {
        run.bottom = y;
        ++run.count;
        run.last = index;
        return true;
    }
    end(run, ended);
    if (plain)
        run = Run{y, y, 1, index, look};
    return false;
}

QList<DenseRuns::Run> DenseRuns::finish()
{
    QList<Run> ended;
    for (auto &side : m_runs) {
        for (Run &run : side)
            end(run, ended);
    }
    return ended;
}

void DenseRuns::end(Run &run, QList<Run> &ended)
{
    if (run.count > 1)
        ended.append(run);
    run = Run{};
}

} // namespace FinAck
