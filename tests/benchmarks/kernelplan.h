// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

// The plan bench_settle hands to bench_kernel: a scenario's steps as plain words, each with the
// states FinAck's trace recorded when the step had settled (bench_kernel.cpp reads it).
#include "model/scenario.h"

#include <QByteArray>
#include <QString>

namespace FinAck::Bench {

// "step <index> <c|s> <call> key=value ... expect=<CLIENT>,<SERVER>\n"
QByteArray kernelPlanLine(int index, const ScenarioStep &step, const QString &clientState, const QString &serverState);

} // namespace FinAck::Bench
