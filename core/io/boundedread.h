// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

#include <QByteArray>
#include <QIODevice>

#include <optional>

namespace FinAck {

// Reads a device to its end, but never more than `maxBytes`: nullopt when it holds more. A size
// checked up front is not enough: a pipe, /dev/zero or a /proc file reports size 0 and never ends.
std::optional<QByteArray> readAtMost(QIODevice &device, qint64 maxBytes);

} // namespace FinAck
