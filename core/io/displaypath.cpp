// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#include "io/displaypath.h"

#include <algorithm>

namespace FinAck {

namespace {

bool needsQuotes(QChar c)
{
    return c.isSpace() || c == QLatin1Char('"') || c == QLatin1Char('\\') || !c.isPrint();
}

// Appends c, escaped when it would break a line or hide itself.
void appendEscaped(QString &out, QChar c, bool escapeQuotes)
{
    switch (c.unicode()) {
    case '\n': out += QLatin1String("\\n"); return;
    case '\r': out += QLatin1String("\\r"); return;
    case '\t': out += QLatin1String("\\t"); return;
    case '\\': out += escapeQuotes ? QLatin1String("\\\\") : QLatin1String("\\"); return;
    case '"': out += escapeQuotes ? QLatin1String("\\\"") : QLatin1String("\""); return;
    default: break;
    }
    // Other control and format characters (a bidirectional override can reverse what is shown).
    if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format || c.category() == QChar::Separator_Line
        || c.category() == QChar::Separator_Paragraph)
        out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
    else
        out += c;
}

} // namespace

QString displayPath(const QString &path)
{
    if (!path.isEmpty() && std::none_of(path.cbegin(), path.cend(), needsQuotes))
        return path;
    QString out = QStringLiteral("\"");
    for (QChar c : path)
        appendEscaped(out, c, true);
    return out + QLatin1Char('"');
}

QString escapedLine(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text)
        appendEscaped(out, c, false);
    return out;
}

} // namespace FinAck
