// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#include "text/cstringliteral.h"

#include <algorithm>

namespace FinAck {

QString cStringLiteral(const QByteArray &data, int maxShown)
{
    QString out = QStringLiteral("\"");
    const qsizetype shown = std::min<qsizetype>(data.size(), maxShown);
    for (qsizetype i = 0; i < shown; ++i) {
        const auto c = static_cast<unsigned char>(data[i]);
        switch (c) {
        case '\n': out += QStringLiteral("\\n"); break;
        case '\r': out += QStringLiteral("\\r"); break;
        case '\t': out += QStringLiteral("\\t"); break;
        case '"': out += QStringLiteral("\\\""); break;
        case '\\': out += QStringLiteral("\\\\"); break;
        default:
            if (c >= 0x20 && c < 0x7f)
                out += QLatin1Char(char(c));
            else
                out += QStringLiteral("\\x%1").arg(c, 2, 16, QLatin1Char('0'));
        }
    }
    out += QLatin1Char('"');
    if (data.size() > shown)
        out += QStringLiteral("... (%1 bytes)").arg(data.size());
    return out;
}

} // namespace FinAck
