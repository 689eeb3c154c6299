// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

#include "model/actor.h"
#include "model/scenario.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

#include <functional>

namespace FinAck {

// What the scenario editor reads from and does to the scenario's JSON, apart from any widget.

// A number as a form shows it: a bool as 0/1, anything that is no number as `absent` (the field
// keeps its wrong value until edited, and the loader names it).
int jsonInt(const QJsonValue &value, int absent);

// The name the loader gives a step's "fd" or "as" when the file leaves it out ("" for dup's as,
// which is required).
QString defaultDescriptor(const QJsonObject &step, const QString &key);

// A new step as the palette adds it: the arguments its call cannot do without, filled in.
QJsonObject defaultStepJson(Actor actor, CallKind call);

// The step's call as source-like text for lists: recv(1024), setsockopt(SO_LINGER, {1, 30}).
QString stepCallText(const QJsonObject &step);

// The descriptors `actor` has made before step `index` (the connected setup's, then those of
// socket, accept and dup), as the loader counts them.
QStringList descriptorsBefore(const QJsonObject &scenario, int index, Actor actor);

// Keeps faults and expected calls on the steps they are about when steps move: `map` gives a
// step's new index, -1 when it is gone (its expected calls go with it; a fault from its start
// then starts with the step that took its place).
void renumberSteps(QJsonObject &scenario, const std::function<int(int)> &map);

} // namespace FinAck
