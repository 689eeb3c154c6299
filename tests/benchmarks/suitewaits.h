// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

// What a built-in scenario waits for on purpose, the reference bench_suite holds the suite's wall
// time against (docs/performance.md, "Whole suite").
#include "model/scenario.h"
#include "model/trace.h"

#include <QString>

namespace FinAck::Bench {

struct DeliberateWaits {
    double timersMs = 0; // kernel timers the scenario sets off and waits out, nominal values
    QString timers;      // which, in words
    double settleMs = 0; // settle_ms limits the run used up (the lab's "had not settled" notes)
    int quietSteps = 0;  // steps, each ending with the engine's quiet period
    double quietMs = 0;  // quietSteps x 15 ms
    double totalMs() const { return timersMs + settleMs + quietMs; }
};

// `trace` is a run of `scenario` (for the settle limits that ran out).
DeliberateWaits deliberateWaits(const Scenario &scenario, const Trace &trace);

} // namespace FinAck::Bench
