// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#include "io/boundedread.h"

namespace FinAck {

std::optional<QByteArray> readAtMost(QIODevice &device, qint64 maxBytes)
{
    // A regular file says how large it is: refused before a single byte is read.
    if (!device.isSequential() && device.size() > maxBytes)
        return std::nullopt;
    QByteArray data;
    constexpr qint64 kChunk = 1 << 20;
    while (true) {
        const qint64 room = maxBytes + 1 - data.size(); // one byte more tells "too much"
        const QByteArray chunk = device.read(std::min(kChunk, room));
        if (chunk.isEmpty()) // the end, or an error, which the parser then sees as a cut-off file
            return data;
        data += chunk;
        if (data.size() > maxBytes)
            return std::nullopt;
    }
}

} // namespace FinAck
