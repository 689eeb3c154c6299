// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#include "diagram/eventdetails.h"

#include "diagram/sequencerenderer.h"
#include "model/errnonames.h"
#include "text/scenariotext.h"

#include <QCoreApplication>

namespace FinAck {

namespace {

QString cString(const QByteArray &bytes)
{
    QString out;
    for (const char c : bytes) {
        switch (c) {
        case '\n': out += QLatin1String("\\n"); break;
        case '\r': out += QLatin1String("\\r"); break;
        case '\t': out += QLatin1String("\\t"); break;
        case '"': out += QLatin1String("\\\""); break;
        case '\\': out += QLatin1String("\\\\"); break;
        default:
            if (c >= 0x20 && c < 0x7f)
                out += QLatin1Char(c);
            else
                out += QStringLiteral("\\x%1").arg(uchar(c), 2, 16, QLatin1Char('0'));
        }
    }
    return QLatin1Char('"') + out + QLatin1Char('"');
}

template<typename T> QString optionalNumber(const std::optional<T> &value)
{
    return value ? QString::number(*value) : QStringLiteral("—");
}

} // namespace

// Field names and values as in the trace file (docs/trace-format.md), so what the tooltip says
// can be found in a saved trace; only a note's text is shown in the user's language.
QString eventDetailsHtml(const TraceEvent &event)
{
    QList<std::pair<QString, QString>> rows;
    QString kind;
    const auto add = [&rows](const char *name, const QString &value) { rows.append({QLatin1String(name), value}); };
    const auto yesNo = [](bool b) {
        return b ? QCoreApplication::translate("FinAck::SequenceView", "yes") : QCoreApplication::translate("FinAck::SequenceView", "no");
    };
    std::visit(
        [&](const auto &e) {
        using T = std::decay_t<decltype(e)>;
        add("t_us", QString::number(e.tUs));
        if constexpr (std::is_same_v<T, CallRecord>) {
            kind = QStringLiteral("call");
            add("actor", actorName(e.actor));
            add("step", QString::number(e.step));
            add("call", e.call);
            add("text", e.text);
            add("api", e.api.isEmpty() ? QStringLiteral("posix") : e.api);
            const char *types[] = {"int", "bool", "void"};
            add("ret_type", QLatin1String(types[int(e.returnType)]));
            add("ret", QString::number(e.ret));
            add("errno", e.errnoNumber ? QStringLiteral("%1 %2 (%3)").arg(e.errnoNumber).arg(e.errnoName, errnoMessageText(e.errnoMessage))
                                       : QStringLiteral("0"));
            if (!e.qtError.isEmpty())
                add("qt_error", QStringLiteral("%1 (%2)").arg(e.qtError, e.qtErrorString));
            add("duration_us", QString::number(e.durationUs));
            add("timed_out", yesNo(e.timedOut));
            if (!e.data.isEmpty())
                add("data", cString(e.data));
        } else if constexpr (std::is_same_v<T, Segment>) {
            kind = QStringLiteral("segment");
            add("from", actorName(e.from));
            add("to", actorName(e.to()));
            add("flags", SequenceRenderer::flagsText(e));
            add("seq", QString::number(e.seq));
            add("ack", QString::number(e.ack));
            add("len", QString::number(e.len));
            add("win", QString::number(e.win));
            add("source", e.source == SegmentSource::Captured ? QStringLiteral("captured") : QStringLiteral("inferred"));
            add("dropped", yesNo(e.dropped));
        } else if constexpr (std::is_same_v<T, StateChange>) {
            kind = QStringLiteral("state");
            add("actor", actorName(e.actor));
            add("state", tcpStateName(e.state));
            add("source", e.source == StateSource::Observed ? QStringLiteral("observed") : QStringLiteral("derived"));
            add("timer_ms", optionalNumber(e.timerMs));
            add("recv_q", optionalNumber(e.recvQ));
            add("send_q", optionalNumber(e.sendQ));
        } else if constexpr (std::is_same_v<T, Note>) {
            kind = QStringLiteral("note");
            add("step", QString::number(e.step));
            add("text", noteText(e));
        } else {
            kind = QStringLiteral("signal");
            add("actor", actorName(e.actor));
            add("step", QString::number(e.step));
            add("object", e.object);
            add("signal", e.signal);
            add("arguments", e.arguments.join(QStringLiteral(", ")));
            add("during", e.during.isEmpty() ? QCoreApplication::translate("FinAck::SequenceView", "(event loop)") : e.during);
        }
        },
        event);
    QString html = QStringLiteral("<b>%1</b><table cellspacing=\"0\" cellpadding=\"1\">").arg(kind);
    for (const auto &[name, value] : std::as_const(rows))
        html += QStringLiteral("<tr><td><i>%1</i>&nbsp;&nbsp;</td><td>%2</td></tr>").arg(name, value.toHtmlEscaped());
    return html + QStringLiteral("</table>");
}

} // namespace FinAck
