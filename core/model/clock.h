// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

#include <QtGlobal>

namespace FinAck {

// Wall-clock microseconds (CLOCK_REALTIME). libpcap stamps packets with this clock, so calls,
// probes and captured segments all share one time base and can be merged on one timeline.
qint64 nowUs();

} // namespace FinAck
