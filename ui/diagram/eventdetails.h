// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

#include "model/traceevent.h"

#include <QString>

namespace FinAck {

// The full texts of one event, field by field, as the diagram's tooltip shows them: field names
// and values as in the trace file (docs/trace-format.md), so what the tooltip says can be found
// in a saved trace. The texts keep the translation context "FinAck::SequenceView" they were
// written under.
QString eventDetailsHtml(const TraceEvent &event);

} // namespace FinAck
