// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#include "text/diagramtext.h"

#include "model/networkmode.h"
#include "text/scenariotext.h"

#include <QCoreApplication>

namespace FinAck {

namespace {

QString actorTitle(const Trace &trace, Actor actor)
{
    if (actor == Actor::Server)
        //: a participant's name at the top of the diagram
        return QCoreApplication::translate("FinAck::DiagramText", "Server");
    if (trace.platform().clientApi == QLatin1String("qt"))
        return QCoreApplication::translate("FinAck::DiagramText", "Client (QTcpSocket)");
    //: a participant's name at the top of the diagram
    return QCoreApplication::translate("FinAck::DiagramText", "Client");
}

QString actorId(Actor actor)
{
    return actor == Actor::Client ? QStringLiteral("Client") : QStringLiteral("Server");
}

QString diagramTitle(const Trace &trace)
{
    // A built-in scenario's title is English in the trace and translated here, like its notes.
    const QString title = trace.scenarioTitle().isEmpty() ? trace.scenarioId() : scenarioText(trace.scenarioTitle());
    return oneLine(title).simplified();
}

// The trace's network as a word to show; values from a newer FinAck pass through as they are.
QString networkName(const QString &network)
{
    if (network == QLatin1String("private"))
        //: the run's network: the lab's own network namespace
        return QCoreApplication::translate("FinAck::DiagramText", "private");
    if (network == QLatin1String("host"))
        //: the run's network: the machine's own loopback
        return QCoreApplication::translate("FinAck::DiagramText", "host");
    if (network == kCaptureFileNetwork)
        //: the trace was read from a pcap file, not run
        return QCoreApplication::translate("FinAck::DiagramText", "capture file");
    return network;
}

// What FinAck's header says beside the title: where and how the run was recorded.
QString platformLine(const Trace &trace)
{
    const TracePlatform &p = trace.platform();
    QStringList parts;
    if (!p.os.isEmpty())
        parts << QStringLiteral("%1 %2").arg(p.os, p.kernel).trimmed();
    if (!p.network.isEmpty())
        //: %1 is where the run happened: private, host or capture file
        parts << QCoreApplication::translate("FinAck::DiagramText", "network %1").arg(networkName(p.network));
    if (p.segments == SegmentSource::Captured)
        parts << QCoreApplication::translate("FinAck::DiagramText", "segments captured");
    else
        //: the diagram draws inferred segments as dashed arrows
        parts << QCoreApplication::translate("FinAck::DiagramText", "segments inferred (dashed)");
    return oneLine(parts.join(QStringLiteral(" · ")));
}

QString commentLine(const Trace &trace)
{
    const QString id = trace.scenarioId().isEmpty() ? QString() : trace.scenarioId() + QStringLiteral(" · ");
    //: the comment line at the top of a Mermaid or PlantUML file: %1 the scenario id and a dot (or nothing), %2 the platform
    return oneLine(QCoreApplication::translate("FinAck::DiagramText", "FinAck trace %1%2").arg(id, platformLine(trace)));
}

// The diagram in neither syntax: what to draw, in trace order, with plain-text labels.
struct Item {
    enum class Kind { Arrow, SideNote, StateNote, SharedNote };
    Kind kind = Kind::SharedNote;
    Actor actor = Actor::Client; // an arrow's sender; whose note
    QStringList lines;
    bool dashed = false; // inferred, not captured
    bool lost = false;   // dropped before it reached the peer
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
        else if (std::get<Note>(event).lab)
            continue; // about the lab, not TCP: the picture leaves it out too (labnote.h)
        else if (const QStringList lines = noteLines(noteText(std::get<Note>(event))); !lines.isEmpty())
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
            out += code(ch); // NOLINT(bugprone-branch-clone): one branch per reason to escape
        else if (c == u'\\') // "\n" would break the line
            out += QStringLiteral("\\\\");
        else if (c == u'~' || c == u'<' || (c == u'&' && next == QLatin1Char('#')))
            out += code(ch); // creole's escape itself, tags and <U+…>, and &#NN; entities
        else if ((c == u'%' || c == u'$') && (next.isLetter() || next == QLatin1Char('_')))
            out += code(ch); // the preprocessor expands %date() and $variables on any line
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
        case Item::Kind::SideNote: out += QStringLiteral("    Note %1: %2\n").arg(sideOf(item.actor), text); break;
        case Item::Kind::StateNote: out += QStringLiteral("    Note over %1: %2\n").arg(actorId(item.actor), text); break;
        case Item::Kind::SharedNote: out += QStringLiteral("    Note over Client,Server: %1\n").arg(text); break;
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
            const QString arrow = QString(item.dashed ? QStringLiteral("-->") : QStringLiteral("->"))
                                  + (item.lost ? QStringLiteral("x") : QString());
            out += QStringLiteral("%1 %2 %3 : %4\n").arg(actorId(item.actor), arrow, actorId(peerOf(item.actor)), text);
            break;
        }
        case Item::Kind::SideNote: out += QStringLiteral("note %1 : %2\n").arg(sideOf(item.actor), text); break;
        case Item::Kind::StateNote: out += QStringLiteral("rnote over %1 : %2\n").arg(actorId(item.actor), text); break;
        case Item::Kind::SharedNote: out += QStringLiteral("note over Client, Server : %1\n").arg(text); break;
        }
    }
    out += QStringLiteral("@enduml\n");
    return out;
}

} // namespace FinAck
