// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#include "text/textwidth.h"

#include <algorithm>

namespace FinAck {

namespace {

// The wide blocks of the Basic Multilingual Plane that Chinese text uses (Unicode's
// EastAsianWidth W and F); the rarer ideographs outside it count as one, a harmless error.
bool isWide(char16_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF) || (c >= 0x3400 && c <= 0x4DBF)
           || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF)
           || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6);
}

int cellsOf(QChar ch)
{
    if (ch.isLowSurrogate())
        return 0; // counted with its high surrogate
    return isWide(ch.unicode()) ? 2 : 1;
}

} // namespace

int textCells(const QString &text)
{
    int cells = 0;
    for (const QChar ch : text)
        cells += cellsOf(ch);
    return cells;
}

QString leftCells(const QString &text, int cells)
{
    int used = 0;
    qsizetype end = 0;
    while (end < text.size()) {
        const qsizetype next = end + (text.at(end).isHighSurrogate() && end + 1 < text.size() ? 2 : 1);
        const int width = cellsOf(text.at(end));
        if (used + width > cells)
            break;
        used += width;
        end = next;
    }
    return text.left(end);
}

QString padRight(const QString &text, int cells)
{
    return text + QString(std::max(0, cells - textCells(text)), QLatin1Char(' '));
}

QString padLeft(const QString &text, int cells)
{
    return QString(std::max(0, cells - textCells(text)), QLatin1Char(' ')) + text;
}

} // namespace FinAck
