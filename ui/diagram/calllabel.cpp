// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#include "diagram/calllabel.h"

#include "diagram/sequencerenderer.h"
#include "text/diagramlabels.h"

#include <QFontMetricsF>

namespace FinAck {

namespace {

const QChar kEllipsis(0x2026);
constexpr int kLiteralKeep = 3; // characters of a string literal kept: "hel…"

double boldWidth(const QFont &font, const QString &text)
{
    QFont bold = font;
    bold.setBold(true);
    return QFontMetricsF(bold).horizontalAdvance(text);
}

double resultWidth(const QFont &font, const QString &result)
{
    return result.isEmpty() ? 0 : boldWidth(font, QStringLiteral("  ") + result);
}

// "send(9, "hello", 5, 0)" -> "send(9, "hel…", 5, 0)": a literal's bytes are the least needed.
QString shortenLiterals(const QString &text)
{
    QString out;
    bool inString = false;
    int kept = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        if (inString && ch == QLatin1Char('\\') && i + 1 < text.size()) {
            if (kept++ < kLiteralKeep)
                out += ch, out += text.at(i + 1);
            ++i;
            continue;
        }
        if (ch == QLatin1Char('"')) {
            if (inString && kept > kLiteralKeep)
                out += kEllipsis;
            inString = !inString;
            kept = 0;
            out += ch;
            continue;
        }
        if (!inString || kept++ < kLiteralKeep)
            out += ch;
    }
    return out;
}

} // namespace

QStringList CallLabel::shortForms(const QString &whole)
{
    QStringList forms{whole};
    const auto add = [&forms](const QString &form) {
        if (!form.isEmpty() && form.size() < forms.constLast().size())
            forms << form;
    };
    // A comment after the call ("kill(6552, SIGKILL) /* the process holding … */") goes first.
    QString text = whole;
    if (const qsizetype comment = text.indexOf(QLatin1String(" /*")); comment > 0) {
        text = text.left(comment);
        add(text);
    }
    add(shortenLiterals(text));
    const qsizetype open = text.indexOf(QLatin1Char('('));
    if (open < 0 || !text.endsWith(QLatin1Char(')')))
        return forms;
    const qsizetype comma = text.indexOf(QLatin1Char(','), open);
    if (comma > open)
        add(text.left(comma + 1) + QLatin1Char(' ') + kEllipsis + QLatin1Char(')'));
    add(text.left(open + 1) + kEllipsis + QLatin1Char(')'));
    return forms;
}

QString CallLabel::endOfStreamText()
{
    return SequenceRenderer::tr("end of stream");
}

double CallLabel::badgeWidth(const QFont &font)
{
    return QFontMetricsF(font).horizontalAdvance(endOfStreamText()) + 14 + 8;
}

CallLabel CallLabel::make(const CallRecord &call, const QStringList &windows, const QFont &font, double room)
{
    const QFontMetricsF fm(font);
    CallLabel label;
    label.result = callResultText(call);
    label.endOfStream = isEndOfStream(call);
    label.windows = windows;
    const double fixed = resultWidth(font, label.result) + (label.endOfStream ? badgeWidth(font) : 0);
    const QStringList forms = shortForms(call.text);
    label.call = forms.constLast();
    for (const QString &form : forms) {
        if (fm.horizontalAdvance(form) + fixed <= room) {
            label.call = form;
            break;
        }
    }
    label.shortened = label.call != call.text;
    label.width = fm.horizontalAdvance(label.call) + fixed;
    return label;
}

double CallLabel::minimumRoom(const CallRecord &call, const QStringList &windows, const QFont &font)
{
    const QFontMetricsF fm(font);
    double room = fm.horizontalAdvance(shortForms(call.text).constLast()) + resultWidth(font, callResultText(call))
                  + (isEndOfStream(call) ? badgeWidth(font) : 0);
    for (const QString &line : windows)
        room = std::max(room, fm.horizontalAdvance(line));
    return std::ceil(room) + 1;
}

} // namespace FinAck
