// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#include "io/tracejson.h"
#include "text/diagramtext.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

using namespace FinAck;

namespace {

const QString kTraces = QStringLiteral(FINACK_TEST_DATA "/traces");
const QString kExpected = QStringLiteral(FINACK_TEST_DATA "/expected");

Trace load(const QString &name)
{
    QString error;
    const std::optional<Trace> trace = loadTrace(kTraces + QLatin1Char('/') + name + QStringLiteral(".json"), &error);
    if (!trace)
        qFatal("%s", qPrintable(error));
    return *trace;
}

QString render(const Trace &trace, const QString &format)
{
    return format == QLatin1String("mmd") ? toMermaid(trace) : toPlantUml(trace);
}

// One arrow line per syntax: sender, arrow, receiver, label.
QRegularExpression arrowLine(const QString &format)
{
    return QRegularExpression(format == QLatin1String("mmd")
                                  ? QStringLiteral("^    (Client|Server)(->>|-->>|-x|--x)(Client|Server): (.*)$")
                                  : QStringLiteral("^(Client|Server) (->|-->|->x|-->x) (Client|Server) : (.*)$"));
}

Trace hostileTrace()
{
    Trace t;
    t.setScenarioId(QStringLiteral("hostile"));
    t.setScenarioTitle(QStringLiteral("A; title # with <b>tags</b> & **stars**"));
    t.setEndpoint(Actor::Client, QStringLiteral("127.0.0.1:1"));
    t.setEndpoint(Actor::Server, QStringLiteral("127.0.0.1:2"));
    t.appendRelative(Note{0, -1, QStringLiteral("wrap: not a switch")});
    t.appendRelative(Note{1, -1, QStringLiteral("a;b #35; c<br>d & e\\nf")});
    t.appendRelative(Note{1, -1, QStringLiteral("**g** //h// \"\"i\"\" --j-- __k__")});
    t.appendRelative(Note{1, -1, QStringLiteral("~~l~~ [[m]] &#92; <U+0041>")});
    t.appendRelative(Note{2, -1, QStringLiteral("the style:x#y; trick\tand a tab")});
    t.appendRelative(Note{3, -1, QStringLiteral("= heading? | table? * bullet?")});
    t.appendRelative(Note{3, -1, QStringLiteral("%%{init: {}}%% 100% %date() $x")});
    const QString payload(5000, QLatin1Char('x'));
    t.appendRelative(CallRecord{.tUs = 4,
                                .actor = Actor::Client,
                                .call = QStringLiteral("send"),
                                .text = QStringLiteral("send(3, \"%1\", 5000, 0)").arg(payload),
                                .ret = 5000});
    t.appendRelative(
        Segment{.tUs = 5, .from = Actor::Client, .flags = quint8(TcpFlag::Psh | TcpFlag::Ack), .seq = 1, .ack = 1, .len = 5000});
    return t;
}

} // namespace

class TstDiagramText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesReviewedFile_data();
    void matchesReviewedFile();
    void everySegmentIsOneArrow_data() { matchesReviewedFile_data(); }
    void everySegmentIsOneArrow();
    void everyStateAndErrorIsShown_data() { matchesReviewedFile_data(); }
    void everyStateAndErrorIsShown();
    void mermaidTextHasNoBareSeparator_data();
    void mermaidTextHasNoBareSeparator();
    void hostileTextStaysText();
    void longCallsAreElided();
    void labelsReadLikeTheDiagram();
};

void TstDiagramText::matchesReviewedFile_data()
{
    QTest::addColumn<QString>("trace");
    QTest::addColumn<QString>("format");
    const QStringList files = QDir(kTraces).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 4);
    for (const QString &file : files) {
        const QString name = file.chopped(5);
        for (const char *format : {"mmd", "puml"})
            QTest::addRow("%s.%s", qPrintable(name), format) << name << QString::fromLatin1(format);
    }
}

void TstDiagramText::matchesReviewedFile()
{
    QFETCH(QString, trace);
    QFETCH(QString, format);
    const QString actual = render(load(trace), format);
    QCOMPARE(render(load(trace), format), actual); // deterministic, call after call

    const QString path = QStringLiteral("%1/%2.%3").arg(kExpected, trace, format);
    if (qEnvironmentVariableIsSet("FINACK_WRITE_EXPECTED")) {
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(actual.toUtf8());
        QSKIP(qPrintable(QStringLiteral("wrote %1: review it line by line and render it (docs/diagram-text.md)").arg(path)));
    }
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly),
             qPrintable(QStringLiteral("%1: no reviewed file; FINACK_WRITE_EXPECTED=1 writes it for review").arg(path)));
    const QString expected = QString::fromUtf8(file.readAll());
    if (actual == expected)
        return;

    const QString dump = QDir::temp().filePath(QStringLiteral("finack-diagramtext-%1.%2").arg(trace, format));
    QFile out(dump);
    if (out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        out.write(actual.toUtf8());
    const QStringList want = expected.split(QLatin1Char('\n'));
    const QStringList got = actual.split(QLatin1Char('\n'));
    qsizetype line = 0;
    while (line < want.size() && line < got.size() && want.at(line) == got.at(line))
        ++line;
    QFAIL(qPrintable(
        QStringLiteral("output differs from the reviewed file at line %1\n  expected: %2\n  actual:   %3\n"
                       "  diff -u %4 %5")
            .arg(line + 1)
            .arg(want.value(line, QStringLiteral("<end of file>")), got.value(line, QStringLiteral("<end of file>")), path, dump)));
}

void TstDiagramText::everySegmentIsOneArrow()
{
    QFETCH(QString, trace);
    QFETCH(QString, format);
    const Trace t = load(trace);
    const QRegularExpression arrow = arrowLine(format);
    QList<QRegularExpressionMatch> arrows;
    for (const QString &line : render(t, format).split(QLatin1Char('\n'))) {
        if (const QRegularExpressionMatch m = arrow.match(line); m.hasMatch())
            arrows << m;
    }
    const QList<Segment> segments = t.segments();
    QVERIFY(!segments.isEmpty());
    QCOMPARE(arrows.size(), segments.size());
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const Segment &s = segments.at(i);
        const QRegularExpressionMatch &m = arrows.at(i);
        const QString where = QStringLiteral("segment %1: %2").arg(i).arg(m.captured(0));
        QVERIFY2(m.captured(1) == (s.from == Actor::Client ? QLatin1String("Client") : QLatin1String("Server")), qPrintable(where));
        QVERIFY2(m.captured(3) != m.captured(1), qPrintable(where));
        QVERIFY2(m.captured(2).startsWith(QLatin1String("--")) == (s.source == SegmentSource::Inferred), qPrintable(where));
        QVERIFY2(m.captured(2).endsWith(QLatin1Char('x')) == s.dropped, qPrintable(where));
        const QString label = m.captured(4);
        QVERIFY2(label.contains(QStringLiteral("seq %1 ").arg(s.seq)), qPrintable(where));
        QVERIFY2(label.contains(QStringLiteral("len %1").arg(s.len)), qPrintable(where));
        QVERIFY2(label.contains(QStringLiteral("ack %1 ").arg(s.ack)) == s.has(TcpFlag::Ack), qPrintable(where));
        for (const auto &[flag, name] :
             {std::pair{TcpFlag::Syn, "SYN"}, {TcpFlag::Fin, "FIN"}, {TcpFlag::Rst, "RST"}, {TcpFlag::Psh, "PSH"}, {TcpFlag::Ack, "ACK"}}) {
            QVERIFY2(QRegularExpression(QStringLiteral("\\b%1\\b").arg(QLatin1String(name))).match(label).hasMatch() == s.has(flag),
                     qPrintable(where + QStringLiteral(" flag ") + QLatin1String(name)));
        }
        QVERIFY2(label.contains(QLatin1String("inferred")) == (s.source == SegmentSource::Inferred), qPrintable(where));
    }
}

void TstDiagramText::everyStateAndErrorIsShown()
{
    QFETCH(QString, trace);
    QFETCH(QString, format);
    const Trace t = load(trace);
    const QString text = render(t, format);
    const QString over = format == QLatin1String("mmd") ? QStringLiteral("    Note over %1: %2") : QStringLiteral("rnote over %1 : %2");
    for (Actor a : {Actor::Client, Actor::Server}) {
        const QString id = a == Actor::Client ? QStringLiteral("Client") : QStringLiteral("Server");
        const QList<StateChange> states = t.states(a);
        const QString prefix = over.arg(id, QString());
        qsizetype notes = 0;
        for (const QString &line : text.split(QLatin1Char('\n')))
            notes += line.startsWith(prefix) ? 1 : 0;
        QCOMPARE(notes, states.size());
        for (const StateChange &s : states)
            QVERIFY2(text.contains(over.arg(id, tcpStateName(s.state))), qPrintable(tcpStateName(s.state)));
        for (const CallRecord &c : t.calls(a)) {
            if (!c.errnoName.isEmpty())
                QVERIFY2(text.contains(c.errnoName), qPrintable(c.errnoName));
            if (!c.qtError.isEmpty())
                QVERIFY2(text.contains(c.qtError.section(QLatin1String("::"), -1)), qPrintable(c.qtError));
        }
    }
}

void TstDiagramText::mermaidTextHasNoBareSeparator_data()
{
    QTest::addColumn<QString>("trace");
    for (const QString &file : QDir(kTraces).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        QTest::newRow(qPrintable(file)) << file.chopped(5);
    QTest::newRow("hostile text") << QString();
}

void TstDiagramText::mermaidTextHasNoBareSeparator()
{
    QFETCH(QString, trace);
    const QString text = toMermaid(trace.isEmpty() ? hostileTrace() : load(trace));
    QVERIFY(text.startsWith(QLatin1String("sequenceDiagram\n")));
    static const QRegularExpression entity(QStringLiteral("#\\d+;"));
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (lines.at(i).startsWith(QLatin1String("    %% ")))
            continue;
        // The text of the statement: a title, a participant's name, a message's or a note's text.
        const QString &line = lines.at(i);
        QString bare;
        if (line.startsWith(QLatin1String("    participant ")))
            bare = line.section(QStringLiteral(" as "), 1);
        else if (line.startsWith(QLatin1String("    title ")))
            bare = line.mid(10);
        else if (const qsizetype colon = line.indexOf(QLatin1String(": ")); colon >= 0)
            bare = line.mid(colon + 2);
        else
            QVERIFY2(line.isEmpty(), qPrintable(line));
        bare.remove(entity);
        bare.remove(QStringLiteral("<br/>"));
        // ';' and '#' end a statement; '<' and '>' outside <br/> would be HTML; '%' a directive.
        for (QChar c : {u';', u'#', u'<', u'>', u'&', u'%'})
            QVERIFY2(!bare.contains(c), qPrintable(QStringLiteral("line %1: %2").arg(i + 1).arg(lines.at(i))));
    }
}

void TstDiagramText::hostileTextStaysText()
{
    const Trace t = hostileTrace();
    const QString mmd = toMermaid(t);
    QVERIFY2(mmd.contains(QStringLiteral("    title A#59; title #35; with #60;b#62;tags#60;/b#62; #38; **stars**\n")), qPrintable(mmd));
    QVERIFY2(mmd.contains(QStringLiteral("Note over Client,Server: #119;rap: not a switch\n")), qPrintable(mmd));
    QVERIFY2(mmd.contains(QStringLiteral(": a#59;b #35;35#59; c#60;br#62;d #38; e\\nf\n")), qPrintable(mmd));
    QVERIFY2(mmd.contains(QStringLiteral(": **g** //h// \"\"i\"\" --j-- __k__\n")), qPrintable(mmd));
    QVERIFY2(mmd.contains(QStringLiteral(": ~~l~~ [[m]] #38;#35;92#59; #60;U+0041#62;\n")), qPrintable(mmd));
    QVERIFY2(mmd.contains(QStringLiteral("the style#58;x#35;y#59; trick and a tab")), qPrintable(mmd));
    QVERIFY2(mmd.contains(QStringLiteral(": #37;#37;{init: {}}#37;#37; 100#37; #37;date() $x\n")), qPrintable(mmd));

    const QString puml = toPlantUml(t);
    QVERIFY2(puml.contains(QStringLiteral("title A; title # with <U+003C>b>tags<U+003C>/b> & ~**stars~**\n")), qPrintable(puml));
    QVERIFY2(puml.contains(QStringLiteral("note over Client, Server : wrap: not a switch\n")), qPrintable(puml));
    QVERIFY2(puml.contains(QStringLiteral(": a;b #35; c<U+003C>br>d & e\\\\nf\n")), qPrintable(puml));
    QVERIFY2(puml.contains(QStringLiteral(": <U+002A>*g~** ~//h~// ~\"\"i~\"\" ~--j~-- ~__k~__\n")), qPrintable(puml));
    QVERIFY2(puml.contains(QStringLiteral(": <U+007E><U+007E>l<U+007E><U+007E> ~[[m]] <U+0026>#92; <U+003C>U+0041>\n")), qPrintable(puml));
    QVERIFY2(puml.contains(QStringLiteral("note over Client, Server : <U+003D> heading? | table? * bullet?\n")), qPrintable(puml));
    QVERIFY2(puml.contains(QStringLiteral(": %%{init: {}}%% 100% <U+0025>date() <U+0024>x\n")), qPrintable(puml));
    QVERIFY(!puml.contains(QLatin1Char('\t')));
}

void TstDiagramText::longCallsAreElided()
{
    const Trace t = hostileTrace();
    for (const QString &text : {toMermaid(t), toPlantUml(t)}) {
        for (const QString &line : text.split(QLatin1Char('\n')))
            QVERIFY2(line.size() < 200, qPrintable(line.left(120)));
        QVERIFY(text.contains(QStringLiteral("send(3, \"xxxxxxxxxxxxxxxxxxxxxxx…\", 5000, 0) → 5000")));
    }
    const CallRecord qt{.call = QStringLiteral("send"), .text = QStringLiteral("socket.write(\"a; b\", 4); socket.flush()"), .ret = 4};
    QCOMPARE(callLabel(qt), (QStringList{QStringLiteral("socket.write(\"a; b\", 4);"), QStringLiteral("socket.flush() → 4")}));
}

void TstDiagramText::labelsReadLikeTheDiagram()
{
    const Segment fin{.from = Actor::Server, .flags = quint8(TcpFlag::Fin | TcpFlag::Ack), .seq = 6, .ack = 1};
    QCOMPARE(segmentLabel(fin), QStringLiteral("FIN ACK seq 6 ack 1 len 0"));
    QCOMPARE(segmentNumbersText(fin), QStringLiteral("seq 6 · ack 1 · len 0"));
    const Segment lost{.flags = TcpFlag::Rst, .seq = 9, .source = SegmentSource::Inferred, .dropped = true};
    QCOMPARE(segmentLabel(lost), QStringLiteral("RST seq 9 len 0 (inferred, dropped)"));

    const CallRecord reset{.call = QStringLiteral("recv"),
                           .text = QStringLiteral("recv(4, buf, 4096, 0)"),
                           .ret = -1,
                           .errnoNumber = 104,
                           .errnoName = QStringLiteral("ECONNRESET")};
    QCOMPARE(callResultText(reset), QStringLiteral("→ -1 ECONNRESET"));
    const CallRecord eof{.call = QStringLiteral("recv"), .text = QStringLiteral("recv(4, buf, 4096, 0)"), .ret = 0, .durationUs = 25000};
    QVERIFY(isEndOfStream(eof));
    QCOMPARE(callLabel(eof), QStringList{QStringLiteral("recv(4, buf, 4096, 0) → 0 (end of stream, blocked 25 ms)")});

    const StateChange timeWait{.state = TcpState::TimeWait, .source = StateSource::Derived, .timerMs = 59999, .recvQ = 0};
    QCOMPARE(stateLabel(timeWait), QStringLiteral("TIME_WAIT (derived, timer 60.0 s)"));
    const SignalRecord signal{.signal = QStringLiteral("errorOccurred"),
                              .arguments = {QStringLiteral("QAbstractSocket::RemoteHostClosedError")}};
    QCOMPARE(signalLabel(signal), QStringLiteral("signal errorOccurred(RemoteHostClosedError) [event loop]"));
}

QTEST_GUILESS_MAIN(TstDiagramText)
#include "tst_diagramtext.moc"
