#include "diagramtext.h"

#include <QCoreApplication>

namespace FinAck {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("FinAck::DiagramText", text);
}

QString actorTitle(const Trace &trace, Actor actor)
{
    if (actor == Actor::Server)
        return tr("Server");
    return trace.platform().clientApi == QLatin1String("qt") ? tr("Client (QTcpSocket)") : tr("Client");
}

QString actorId(Actor actor)
{
    return actor == Actor::Client ? QStringLiteral("Client") : QStringLiteral("Server");
}

QString diagramTitle(const Trace &trace)
{
    const QString title = trace.scenarioTitle().isEmpty() ? trace.scenarioId() : trace.scenarioTitle();
    return oneLine(title).simplified();
}

// What FinAck's header says beside the title: where and how the run was recorded.
QString platformLine(const Trace &trace)
{
    const TracePlatform &p = trace.platform();
    QStringList parts;
    if (!p.os.isEmpty())
        parts << QStringLiteral("%1 %2").arg(p.os, p.kernel).trimmed();
    if (!p.network.isEmpty())
        parts << tr("network %1").arg(p.network);
    parts << (p.segments == SegmentSource::Captured ? tr("segments captured") : tr("segments inferred (dashed)"));
    return oneLine(parts.join(QStringLiteral(" · ")));
}

QString commentLine(const Trace &trace)
{
    const QString id = trace.scenarioId().isEmpty() ? QString() : trace.scenarioId() + QStringLiteral(" · ");
    return oneLine(QStringLiteral("FinAck trace %1%2").arg(id, platformLine(trace)));
}

// The diagram in neither syntax: what to draw, in trace order, with plain-text labels.
struct Item {
    enum class Kind { Arrow, SideNote, StateNote, SharedNote };
    Kind kind = Kind::SharedNote;
    Actor actor = Actor::Client;   // an arrow's sender; whose note
    QStringList lines;
    bool dashed = false;           // inferred, not captured
    bool lost = false;             // dropped before it reached the peer
};

QList<Item> itemsOf(const Trace &trace)
{
    QList<Item> items;
    items.reserve(trace.size());
    for (const TraceEvent &event : trace.events()) {
        if (const auto *s = std::get_if<Segment>(&event))
            items.append({Item::Kind::Arrow, s->from, {segmentLabel(*s)}, s->source == SegmentSource::Inferred, s->dropped});
        else if (const auto *c = std::get_if<CallRecord>(&event))
            items.append({Item::Kind::SideNote, c->actor, callLabel(*c)});
        else if (const auto *st = std::get_if<StateChange>(&event))
            items.append({Item::Kind::StateNote, st->actor, {stateLabel(*st)}});
        else if (const auto *sig = std::get_if<SignalRecord>(&event))
            items.append({Item::Kind::SideNote, sig->actor, noteLines(signalLabel(*sig))});
        else if (const QStringList lines = noteLines(std::get<Note>(event).text); !lines.isEmpty())
            items.append({Item::Kind::SharedNote, Actor::Client, lines});
    }
    return items;
}

QString mermaidLines(const QStringList &lines)
{
    QStringList escaped;
    for (const QString &line : lines)
        escaped << mermaidEscape(line);
    QString text = escaped.join(QStringLiteral("<br/>"));
    // "wrap:" and "nowrap:" opening a message are Mermaid's switches, not text.
    if (text.startsWith(QLatin1String("wrap:"), Qt::CaseInsensitive) || text.startsWith(QLatin1String("nowrap:"), Qt::CaseInsensitive))
        text = QStringLiteral("#%1;").arg(text.at(0).unicode()) + text.mid(1);
    return text;
}

QString plantUmlLines(const QStringList &lines)
{
    QStringList escaped;
    for (const QString &line : lines)
        escaped << plantUmlEscape(line);
    return escaped.join(QStringLiteral("\\n"));
}

QString sideOf(Actor actor)
{
    return actor == Actor::Client ? QStringLiteral("left of Client") : QStringLiteral("right of Server");
}

} // namespace

QString mermaidEscape(const QString &line)
{
    // Mermaid rewrites "style…:…#…;" before it parses (mermaidAPI's encodeEntities), which would
    // eat the ';' of an entity code behind such a colon: no colon, no match.
    const bool guardColons = line.contains(QLatin1String("style")) || line.contains(QLatin1String("classDef"));
    QString out;
    out.reserve(line.size() + 16);
    for (const QChar ch : oneLine(line)) {
        const char16_t c = ch.unicode();
        // ';' and '#' end a message; '<', '>' and '&' would be HTML to the renderer; "%%{…}%%"
        // anywhere in the text is a directive to Mermaid, even inside a message.
        if (c == u';' || c == u'#' || c == u'<' || c == u'>' || c == u'&' || c == u'%' || (guardColons && c == u':'))
            out += QStringLiteral("#%1;").arg(int(c));
        else
            out += ch;
    }
    return out;
}

QString plantUmlEscape(const QString &line)
{
    const QString text = oneLine(line);
    QString out;
    out.reserve(text.size() + 16);
    const auto code = [](QChar ch) { return QStringLiteral("<U+%1>").arg(int(ch.unicode()), 4, 16, QLatin1Char('0')).toUpper(); };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        const QChar next = i + 1 < text.size() ? text.at(i + 1) : QChar();
        const char16_t c = ch.unicode();
        // At a line's start, creole reads lists, headings, tables and separators; '~' does not
        // escape '=' or '|', a code point does.
        if (i == 0 && (c == u'*' || c == u'#' || c == u'=' || c == u'|' || c == u'.'))
            out += code(ch);
        else if (c == u'\\')        // "\n" would break the line
            out += QStringLiteral("\\\\");
        else if (c == u'~' || c == u'<' || (c == u'&' && next == QLatin1Char('#')))
            out += code(ch);      // creole's escape itself, tags and <U+…>, and &#NN; entities
        else if ((c == u'%' || c == u'$') && (next.isLetter() || next == QLatin1Char('_')))
            out += code(ch);      // the preprocessor expands %date() and $variables on any line
        else if (ch == next && (c == u'*' || c == u'/' || c == u'"' || c == u'-' || c == u'_' || c == u'['))
            out += QLatin1Char('~') + ch; // **bold** //italic// ""mono"" --strike-- __under__ [[link]]
        else
            out += ch;
    }
    return out;
}

QString toMermaid(const Trace &trace)
{
    QString out = QStringLiteral("sequenceDiagram\n");
    out += QStringLiteral("    %% ") + mermaidEscape(commentLine(trace)) + QLatin1Char('\n');
    if (const QString title = diagramTitle(trace); !title.isEmpty())
        out += QStringLiteral("    title ") + mermaidEscape(title) + QLatin1Char('\n');
    for (Actor a : {Actor::Client, Actor::Server}) {
        QStringList name{actorTitle(trace, a)};
        if (!trace.endpoint(a).isEmpty())
            name << trace.endpoint(a);
        out += QStringLiteral("    participant %1 as %2\n").arg(actorId(a), mermaidLines(name));
    }
    for (const Item &item : itemsOf(trace)) {
        const QString text = mermaidLines(item.lines);
        switch (item.kind) {
        case Item::Kind::Arrow: {
            const QString arrow = item.lost ? (item.dashed ? QStringLiteral("--x") : QStringLiteral("-x"))
                                            : (item.dashed ? QStringLiteral("-->>") : QStringLiteral("->>"));
            out += QStringLiteral("    %1%2%3: %4\n").arg(actorId(item.actor), arrow, actorId(peerOf(item.actor)), text);
            break;
        }
        case Item::Kind::SideNote:
            out += QStringLiteral("    Note %1: %2\n").arg(sideOf(item.actor), text);
            break;
        case Item::Kind::StateNote:
            out += QStringLiteral("    Note over %1: %2\n").arg(actorId(item.actor), text);
            break;
        case Item::Kind::SharedNote:
            out += QStringLiteral("    Note over Client,Server: %1\n").arg(text);
            break;
        }
    }
    return out;
}

QString toPlantUml(const Trace &trace)
{
    QString out = QStringLiteral("@startuml\n");
    out += QStringLiteral("' ") + commentLine(trace) + QLatin1Char('\n');
    if (const QString title = diagramTitle(trace); !title.isEmpty())
        out += QStringLiteral("title ") + plantUmlEscape(title) + QLatin1Char('\n');
    out += QStringLiteral("caption ") + plantUmlEscape(platformLine(trace)) + QLatin1Char('\n');
    // FinAck's diagram has its names at the top only and labels centred on the arrows.
    out += QStringLiteral("hide footbox\nskinparam sequenceMessageAlign center\n");
    for (Actor a : {Actor::Client, Actor::Server}) {
        QStringList name{actorTitle(trace, a)};
        if (!trace.endpoint(a).isEmpty())
            name << trace.endpoint(a);
        const QString shown = plantUmlLines(name).replace(QLatin1Char('"'), QStringLiteral("<U+0022>"));
        out += QStringLiteral("participant \"%1\" as %2\n").arg(shown, actorId(a));
    }
    for (const Item &item : itemsOf(trace)) {
        const QString text = plantUmlLines(item.lines);
        switch (item.kind) {
        case Item::Kind::Arrow: {
            const QString arrow = QString(item.dashed ? QStringLiteral("-->") : QStringLiteral("->")) + (item.lost ? QStringLiteral("x") : QString());
            out += QStringLiteral("%1 %2 %3 : %4\n").arg(actorId(item.actor), arrow, actorId(peerOf(item.actor)), text);
            break;
        }
        case Item::Kind::SideNote:
            out += QStringLiteral("note %1 : %2\n").arg(sideOf(item.actor), text);
            break;
        case Item::Kind::StateNote:
            out += QStringLiteral("rnote over %1 : %2\n").arg(actorId(item.actor), text);
            break;
        case Item::Kind::SharedNote:
            out += QStringLiteral("note over Client, Server : %1\n").arg(text);
            break;
        }
    }
    out += QStringLiteral("@enduml\n");
    return out;
}

} // namespace FinAck
