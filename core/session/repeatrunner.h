// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

#include "session/repeatreport.h"

#include <QJsonObject>
#include <functional>

namespace FinAck {

class LabClient;

// Runs one scenario many times in one started lab, each run to its end, and reports whether the
// runs did the same and whether the lab kept descriptors or threads (finack run --repeat N and the
// stress test). For callers without an event loop, like LabClient::waitForFinished.
class RepeatRunner
{
public:
    explicit RepeatRunner(LabClient &lab)
        : m_lab(lab)
    {
    }

    // Called after each finished run (1-based) while lab.trace() still holds that run; false stops
    // the repetition there (the report then has the runs so far).
    std::function<bool(int run)> afterRun;

    // Loads `scenario`, runs it, then resets and runs it again, `times` runs in all, each given
    // `budgetMs` to finish. Stops at the first run that does not finish.
    RepeatReport run(const QJsonObject &scenario, int times, int budgetMs);

private:
    LabClient &m_lab;
};

} // namespace FinAck
