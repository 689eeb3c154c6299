// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#include "text/diagramlabels.h"

#include "model/errnonames.h"
#include "text/textwidth.h"
#include "text/tracetable.h" // shortQtName

#include <QCoreApplication>

#include <algorithm>
#include <utility>

namespace FinAck {

namespace {

// Wiki columns are narrow and neither renderer wraps by itself: notes break at words, and one
// statement of a call is cut short rather than widening the whole diagram.
constexpr qsizetype kLineChars = 60;
constexpr qsizetype kStatementChars = 72;
constexpr qsizetype kLiteralChars = 24; // a string literal in a call: send()'s payload
constexpr qint64 kBlockedUs = 10000;    // the text table's threshold: below it, not worth a word
const QChar kEllipsis(0x2026);

// Tabs, carriage returns and other control characters would end a line in either syntax.
QString sanitized(const QString &text, bool keepNewlines)
{
    QString out = text;
    for (QChar &ch : out) {
        if (ch.unicode() < 0x20 && !(keepNewlines && ch == QLatin1Char('\n')))
            ch = QLatin1Char(' ');
    }
    return out;
}

QString cut(const QString &text, qsizetype keep)
{
    QString kept = text.left(keep);
    if (!kept.isEmpty() && kept.back().isHighSurrogate())
        kept.chop(1);
    return kept;
}

QString elide(const QString &text, qsizetype max)
{
    return text.size() <= max ? text : cut(text, max - 1) + kEllipsis;
}

// Greedy lines of about equal length: "…from<br/>me." leaves a word alone on a line. Lengths are
// in columns, so a translated note in Chinese (two columns a character) is as wide as English.
QStringList wrapWords(const QString &text, qsizetype width)
{
    QStringList lines;
    for (const QString &paragraph : sanitized(text, true).split(QLatin1Char('\n'))) {
        const qsizetype total = textCells(paragraph.simplified());
        const qsizetype count = (total + width - 1) / width;
        const qsizetype target = count > 1 ? (total + count - 1) / count : width;
        QString line;
        for (QString word : paragraph.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            while (textCells(word) > width) { // a path, a payload, or Chinese, which has no spaces
                if (!line.isEmpty())
                    lines << std::exchange(line, QString());
                const QString head = leftCells(word, int(width));
                lines << head;
                word = word.mid(head.size());
            }
            if (line.isEmpty())
                line = word;
            else if (textCells(line) >= target || textCells(line) + 1 + textCells(word) > width)
                lines << std::exchange(line, word);
            else
                line += QLatin1Char(' ') + word;
        }
        if (!line.isEmpty())
            lines << line;
    }
    return lines;
}

// The Qt client's calls are statement sequences ("socket.write(...); socket.waitForBytesWritten(...)"):
// one line each. A ';' inside a string literal is payload, not a statement's end.
QStringList statements(const QString &code)
{
    qsizetype last = code.size() - 1;
    while (last >= 0 && code.at(last).isSpace())
        --last;
    QStringList parts;
    qsizetype start = 0;
    bool inString = false;
    for (qsizetype i = 0; i < last; ++i) {
        const QChar ch = code.at(i);
        if (inString && ch == QLatin1Char('\\'))
            ++i;
        else if (ch == QLatin1Char('"'))
            inString = !inString;
        else if (!inString && ch == QLatin1Char(';')) {
            parts << code.mid(start, i + 1 - start).trimmed();
            start = i + 1;
        }
    }
    parts << code.mid(start).trimmed();
    parts.removeAll(QString());
    return parts;
}

// "send(5, "aaaa…", 100000, 0)": the arguments after a big payload stay readable.
QString shortenLiterals(const QString &code)
{
    QString out;
    out.reserve(code.size());
    qsizetype i = 0;
    while (i < code.size()) {
        if (code.at(i) != QLatin1Char('"')) {
            out += code.at(i++);
            continue;
        }
        qsizetype end = i + 1;
        while (end < code.size() && code.at(end) != QLatin1Char('"'))
            end += code.at(end) == QLatin1Char('\\') ? 2 : 1;
        const bool closed = end < code.size();
        QString content = code.mid(i + 1, std::min(end, code.size()) - i - 1);
        if (content.size() > kLiteralChars) {
            content = cut(content, kLiteralChars - 1);
            while (content.endsWith(QLatin1Char('\\'))) // half an escape would swallow the quote
                content.chop(1);
            content += kEllipsis;
        }
        out += QLatin1Char('"') + content + (closed ? QStringLiteral("\"") : QString());
        i = end + 1;
    }
    return out;
}

} // namespace

QString oneLine(const QString &text)
{
    return sanitized(text, false);
}

QStringList noteLines(const QString &text)
{
    return wrapWords(text, kLineChars);
}

QString segmentFlagsText(const Segment &segment)
{
    QStringList names;
    const std::pair<quint8, const char *> order[] = {
        {TcpFlag::Syn, "SYN"}, {TcpFlag::Fin, "FIN"}, {TcpFlag::Rst, "RST"}, {TcpFlag::Psh, "PSH"}, {TcpFlag::Ack, "ACK"}};
    for (const auto &[flag, name] : order) {
        if (segment.has(flag))
            names << QLatin1String(name);
    }
    //: a TCP segment with none of SYN FIN RST PSH ACK set
    return names.isEmpty() ? QCoreApplication::translate("FinAck::DiagramLabels", "(no flags)") : names.join(QLatin1Char(' '));
}

QString segmentNumbersText(const Segment &segment, const QString &separator)
{
    QStringList parts{QStringLiteral("seq %1").arg(segment.seq)};
    if (segment.has(TcpFlag::Ack))
        parts << QStringLiteral("ack %1").arg(segment.ack);
    parts << QStringLiteral("len %1").arg(segment.len);
    return parts.join(separator);
}

QString callResultText(const CallRecord &call)
{
    const QString arrow = QStringLiteral("→ ");
    if (call.timedOut)
        //: a call's result: it was still blocked at the step's timeout
        return arrow + QCoreApplication::translate("FinAck::DiagramLabels", "timed out");
    switch (call.returnType) {
    case ReturnType::Void: return call.qtError.isEmpty() ? QString() : arrow + shortQtName(call.qtError);
    case ReturnType::Bool: {
        const QString value = call.ret ? QStringLiteral("true") : QStringLiteral("false");
        return arrow + value + (call.qtError.isEmpty() ? QString() : QLatin1Char(' ') + shortQtName(call.qtError));
    }
    case ReturnType::Integer: break;
    }
    QString text = arrow + QString::number(call.ret);
    if (!call.errnoName.isEmpty())
        text += QLatin1Char(' ') + call.errnoName;
    else if (!call.qtError.isEmpty())
        text += QLatin1Char(' ') + shortQtName(call.qtError);
    return text;
}

bool isEndOfStream(const CallRecord &call)
{
    static const QStringList reads{QStringLiteral("recv"), QStringLiteral("read"), QStringLiteral("recvfrom"), QStringLiteral("recvmsg")};
    return call.returnType == ReturnType::Integer && call.ret == 0 && !call.failed() && !call.timedOut && reads.contains(call.call);
}

QString signalCallText(const SignalRecord &signal)
{
    QStringList args;
    for (const QString &a : signal.arguments)
        args << shortQtName(a);
    return QStringLiteral("%1(%2)").arg(signal.signal, args.join(QStringLiteral(", ")));
}

QString segmentLabel(const Segment &segment)
{
    QStringList marks;
    if (segment.source == SegmentSource::Inferred)
        //: a segment worked out from the calls, not captured
        marks << QCoreApplication::translate("FinAck::DiagramLabels", "inferred");
    if (segment.dropped)
        //: a segment a fault dropped on purpose
        marks << QCoreApplication::translate("FinAck::DiagramLabels", "dropped");
    const QString label = segmentFlagsText(segment) + QLatin1Char(' ') + segmentNumbersText(segment, QStringLiteral(" "));
    return marks.isEmpty() ? label : QStringLiteral("%1 (%2)").arg(label, marks.join(QStringLiteral(", ")));
}

QStringList callLabel(const CallRecord &call)
{
    QStringList lines;
    for (const QString &statement : statements(sanitized(call.text, false)))
        lines << elide(shortenLiterals(statement), kStatementChars);
    if (lines.isEmpty())
        lines << sanitized(call.call, false) + QStringLiteral("()");

    // A timed-out call still failed with an errno: the text keeps the name the panel shows.
    QStringList extras;
    if (call.timedOut && !call.errnoName.isEmpty())
        extras << QStringLiteral("%1 %2").arg(call.ret).arg(call.errnoName);
    else if (call.timedOut && !call.qtError.isEmpty())
        extras << shortQtName(call.qtError);
    if (isEndOfStream(call))
        //: recv() returned 0: the peer sent FIN
        extras << QCoreApplication::translate("FinAck::DiagramLabels", "end of stream");
    if (call.durationUs >= kBlockedUs)
        extras << QCoreApplication::translate("FinAck::DiagramLabels", "blocked %1 ms").arg(call.durationUs / 1000);
    QString result = callResultText(call);
    if (!extras.isEmpty())
        result += (result.isEmpty() ? QString() : QStringLiteral(" ")) + QStringLiteral("(%1)").arg(extras.join(QStringLiteral(", ")));
    if (!result.isEmpty())
        lines.last() += QLatin1Char(' ') + result;
    return lines;
}

QStringList windowsLines(const CallRecord &call, const ExpectedCall *documented)
{
    if (!call.api.isEmpty())
        return {};
    const QStringList here = winsockEquivalents(call.errnoName);
    if (documented) {
        const bool sameReturn = !documented->ret || *documented->ret == call.ret;
        const QString prefix = documented->errnoName + QLatin1Char(' ');
        const bool sameError = documented->errnoName.isEmpty()
                                   ? call.errnoName.isEmpty()
                                   : std::any_of(here.cbegin(), here.cend(), [&prefix](const QString &w) { return w.startsWith(prefix); });
        if (!sameReturn || !sameError) {
            QStringList value;
            if (documented->ret)
                value << QString::number(*documented->ret);
            if (!documented->errnoName.isEmpty())
                value << documented->errnoName;
            if (const int code = winsockCode(documented->errnoName))
                value << QString::number(code);
            if (!value.isEmpty())
                //: heads what Windows' documentation says this call returns, where this kernel did otherwise
                return {QCoreApplication::translate("FinAck::DiagramLabels", "Windows, documented:"), value.join(QLatin1Char(' '))};
        }
    }
    if (!call.failed() || here.isEmpty())
        return {};
    //: %1 is Winsock's error for the same condition, "WSAECONNRESET 10054"
    QStringList lines{QCoreApplication::translate("FinAck::DiagramLabels", "Windows: %1").arg(here.constFirst())};
    for (qsizetype i = 1; i < here.size(); ++i)
        //: a second Winsock error Windows may report instead, "WSAECONNRESET 10054"
        lines << QCoreApplication::translate("FinAck::DiagramLabels", "or %1").arg(here.at(i));
    return lines;
}

QString stateLabel(const StateChange &state)
{
    QStringList details;
    if (state.source == StateSource::Derived)
        //: a state worked out from the segments, not read from the kernel
        details << QCoreApplication::translate("FinAck::DiagramLabels", "derived");
    if (state.timerMs)
        details << QCoreApplication::translate("FinAck::DiagramLabels", "timer %1 s").arg(double(*state.timerMs) / 1000.0, 0, 'f', 1);
    if (state.recvQ.value_or(0) != 0)
        //: recv-q and send-q are ss(8)'s columns: bytes queued in the socket
        details << QCoreApplication::translate("FinAck::DiagramLabels", "recv-q %1").arg(*state.recvQ);
    if (state.sendQ.value_or(0) != 0)
        details << QCoreApplication::translate("FinAck::DiagramLabels", "send-q %1").arg(*state.sendQ);
    const QString name = tcpStateName(state.state);
    return details.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(name, details.join(QStringLiteral(", ")));
}

QString signalLabel(const SignalRecord &signal)
{
    //: where a Qt signal was emitted: from the event loop
    QString where = QCoreApplication::translate("FinAck::DiagramLabels", "event loop");
    if (!signal.during.isEmpty())
        //: where a Qt signal was emitted: inside this Qt function ("in waitForConnected()")
        where = QCoreApplication::translate("FinAck::DiagramLabels", "in %1()").arg(signal.during);
    //: %1 the signal ("disconnected()"), %2 where it was emitted
    return sanitized(QCoreApplication::translate("FinAck::DiagramLabels", "signal %1 [%2]").arg(signalCallText(signal), where), false);
}

} // namespace FinAck
