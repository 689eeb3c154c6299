// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
// TraceComparison over real runs: the built-in scenarios recorded here through finack-lab, the
// same scenario twice, in two networks, two scenarios that end a connection differently, and a
// trace file with one call's result edited by hand.
#include "io/pcap/pcapreader.h"
#include "io/scenarioloader.h"
#include "io/tracejson.h"
#include "model/tracecompare.h"
#include "session/labclient.h"
#include "text/tracecomparisontext.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTest>

using namespace FinAck;
using Kind = TraceDifference::Kind;

Q_DECLARE_METATYPE(FinAck::TraceDifference::Kind)

namespace {

QString dataFile(const QString &relative)
{
    return QStringLiteral(FINACK_TEST_DATA "/") + relative;
}

QString listing(const TraceComparison &comparison)
{
    QStringList lines;
    for (const TraceDifference &d : comparison.differences())
        lines << TraceComparisonText::difference(d);
    return lines.join(QLatin1Char('\n'));
}

QList<TraceDifference> ofKind(const TraceComparison &comparison, Kind kind)
{
    QList<TraceDifference> out;
    for (const TraceDifference &d : comparison.differences()) {
        if (d.kind == kind)
            out << d;
    }
    return out;
}

// orderly-close.json with the server's last recv() failing instead of returning 0.
QByteArray editedOrderlyClose()
{
    QFile file(dataFile(QStringLiteral("traces/orderly-close.json")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray json = file.readAll();
    const QByteArray before = R"x("call": "recv", "text": "recv(4, buf, 4096, 0)", "ret": 0, "duration_us": 6})x";
    const QByteArray after = R"x("call": "recv", "text": "recv(4, buf, 4096, 0)", "ret": -1, "duration_us": 6, )x"
                             R"x("errno": 104, "errno_name": "ECONNRESET", "errno_message": "Connection reset by peer"})x";
    if (json.count(before) != 1)
        return {};
    return json.replace(before, after);
}

} // namespace

class TestTraceCompare : public QObject
{
    Q_OBJECT

    QHash<QString, Trace> m_runs;
    QString m_skipPrivate; // why the private network is not available here, when it is not

    bool record(LabClient &lab, const QString &id, const QString &key)
    {
        QFile file(ScenarioLoader::builtinPath(id));
        if (!file.open(QIODevice::ReadOnly))
            return false;
        lab.load(QJsonDocument::fromJson(file.readAll()).object());
        lab.run();
        QString error;
        if (!lab.waitForFinished(60000, &error)) {
            qWarning("%s: %s", qPrintable(id), qPrintable(error));
            return false;
        }
        m_runs.insert(key, lab.trace());
        return true;
    }

    QString whyMissing(const QString &key) const { return QStringLiteral("no %1 run here: %2").arg(key, m_skipPrivate); }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<TraceDifference::Kind>();
        QVERIFY2(QFileInfo(QStringLiteral(FINACK_LAB_BIN)).isExecutable(), FINACK_LAB_BIN ": no finack-lab here; build it first");
        QString error;
        LabClient priv;
        priv.setProgram(QStringLiteral(FINACK_LAB_BIN));
        if (priv.start(LabClient::Network::Private, &error)) {
            for (const auto &[id, key] : {std::pair{"graceful-client-first", "graceful"},
                                          {"graceful-client-first", "graceful again"},
                                          {"half-close", "half-close"},
                                          {"unread-data-rst", "unread-data-rst"}})
                QVERIFY2(record(priv, QLatin1String(id), QLatin1String(key)), id);
        } else {
            m_skipPrivate = error;
        }
        // The host's loopback, with the capture turned off as for a user who may not capture...
        LabClient host;
        host.setProgram(QStringLiteral(FINACK_LAB_BIN));
        host.setCaptureAllowed(false);
        QVERIFY2(host.start(LabClient::Network::Host, &error), qPrintable(error));
        QVERIFY(record(host, QStringLiteral("graceful-client-first"), QStringLiteral("graceful, host, no capture")));
        QCOMPARE(m_runs.value(QStringLiteral("graceful, host, no capture")).platform().segments, SegmentSource::Inferred);
        // ...and as this user may: root captures on the host too, anyone else infers.
        LabClient asUser;
        asUser.setProgram(QStringLiteral(FINACK_LAB_BIN));
        QVERIFY2(asUser.start(LabClient::Network::Host, &error), qPrintable(error));
        QVERIFY(record(asUser, QStringLiteral("graceful-client-first"), QStringLiteral("graceful, host")));
    }

    void sameScenarioTwiceIsIdentical()
    {
        if (!m_runs.contains(QStringLiteral("graceful again")))
            QSKIP(qPrintable(whyMissing(QStringLiteral("graceful again"))));
        const Trace &a = m_runs.value(QStringLiteral("graceful"));
        const Trace &b = m_runs.value(QStringLiteral("graceful again"));
        QVERIFY(a != b); // other times, other ports: two real runs
        const TraceComparison comparison(a, b);
        QVERIFY2(comparison.differences().isEmpty(), qPrintable(listing(comparison)));
        QVERIFY(comparison.isIdentical());
        QCOMPARE(TraceComparisonText::summary(comparison), QStringLiteral("identical in every call, segment and state"));
        QCOMPARE(comparison.steps().size(), 11); // six setup steps (socket, bind, listen; socket, connect; accept) and five
        for (const AlignedStep &step : comparison.steps())
            QVERIFY(!step.left.isEmpty() && !step.right.isEmpty());
    }

    void closeAgainstShutdownThenDrain()
    {
        if (!m_runs.contains(QStringLiteral("half-close")))
            QSKIP(qPrintable(whyMissing(QStringLiteral("half-close"))));
        const Trace &close = m_runs.value(QStringLiteral("graceful"));
        const Trace &drain = m_runs.value(QStringLiteral("half-close"));
        const TraceComparison comparison(close, drain);
        const QString all = listing(comparison);
        QCOMPARE(comparison.steps().size(), 15);
        // The setup is the same; the four last steps exist in the half-close only.
        const QList<TraceDifference> missing = ofKind(comparison, Kind::MissingStep);
        QCOMPARE(missing.size(), 4);
        for (int k = 0; k < 4; ++k) {
            QCOMPARE(missing.at(k).step, 11 + k);
            QCOMPARE(missing.at(k).present, CompareSide::Right);
            QVERIFY(missing.at(k).leftEvents.isEmpty());
            QVERIFY(!missing.at(k).rightEvents.isEmpty());
            QCOMPARE(comparison.steps().at(11 + k).left.begin, close.size());
        }
        QCOMPARE(TraceComparisonText::difference(missing.at(0)), QStringLiteral("step 12: only on the right: client recv() → 8"));
        for (const TraceDifference &d : comparison.differences())
            QVERIFY2(d.step >= 6, qPrintable(TraceComparisonText::difference(d)));
        QVERIFY2(all.contains(QLatin1String("step 7: the client's send() returned 5 on the left, 7 on the right")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("step 8: the server called recv() on the left, the client called shutdown() on the right")),
                 qPrintable(all));
        // Both runs end alike: the client in TIME_WAIT, the server CLOSED.
        QVERIFY2(ofKind(comparison, Kind::FinalState).isEmpty(), qPrintable(all));
        QVERIFY(ofKind(comparison, Kind::Platform).isEmpty());
        QVERIFY(TraceComparisonText::summary(comparison)
                    .startsWith(QStringLiteral("%1 differences in ").arg(comparison.stepDifferenceCount())));
        QVERIFY(TraceComparisonText::summary(comparison).endsWith(QLatin1String(" of 15 steps")));
    }

    void rstAgainstFin()
    {
        if (!m_runs.contains(QStringLiteral("unread-data-rst")))
            QSKIP(qPrintable(whyMissing(QStringLiteral("unread-data-rst"))));
        const TraceComparison comparison(m_runs.value(QStringLiteral("unread-data-rst")), m_runs.value(QStringLiteral("graceful")));
        const QString all = listing(comparison);
        // The server's close() with unread data: an RST on the left where the right has no segment
        // in that step yet (its server reads first).
        QVERIFY2(all.contains(QLatin1String("step 8: the server called close() on the left, the server called recv() on the right")),
                 qPrintable(all));
        const QList<TraceDifference> segments = ofKind(comparison, Kind::Segments);
        const auto rst = std::find_if(segments.cbegin(), segments.cend(), [](const TraceDifference &d) {
            return std::any_of(d.leftSegments.cbegin(), d.leftSegments.cend(), [](const Segment &s) { return s.has(TcpFlag::Rst); });
        });
        QVERIFY2(rst != segments.cend(), qPrintable(all));
        QCOMPARE(rst->step, 7);
        QCOMPARE(TraceComparisonText::difference(*rst),
                 QStringLiteral("step 8: segments: server→client RST ACK on the left; none on the right"));
        QVERIFY2(all.contains(QLatin1String("step 9: the client called recv() on the left, the client called close() on the right")),
                 qPrintable(all));
        // The RST ends the connection at once: no TIME_WAIT for the client.
        const QList<TraceDifference> finals = ofKind(comparison, Kind::FinalState);
        QCOMPARE(finals.size(), 1);
        QCOMPARE(TraceComparisonText::difference(finals.first()),
                 QStringLiteral("the client ends in CLOSED on the left, TIME_WAIT on the right"));
        QCOMPARE(ofKind(comparison, Kind::MissingStep).size(), 1); // four scenario steps against five
    }

    void privateAgainstHost_data()
    {
        QTest::addColumn<QString>("host");
        QTest::newRow("host loopback, capture turned off") << QStringLiteral("graceful, host, no capture");
        QTest::newRow("host loopback, capture as this user may") << QStringLiteral("graceful, host");
    }

    void privateAgainstHost()
    {
        QFETCH(QString, host);
        if (!m_runs.contains(QStringLiteral("graceful")))
            QSKIP(qPrintable(whyMissing(QStringLiteral("graceful"))));
        const Trace &left = m_runs.value(QStringLiteral("graceful"));
        const Trace &right = m_runs.value(host);
        const TraceComparison comparison(left, right);
        const QString all = listing(comparison);
        // The kernel behaves alike in either network: the same calls and states...
        QVERIFY2(ofKind(comparison, Kind::Call).isEmpty(), qPrintable(all));
        QVERIFY2(ofKind(comparison, Kind::States).isEmpty(), qPrintable(all));
        QVERIFY2(ofKind(comparison, Kind::FinalState).isEmpty(), qPrintable(all));
        QVERIFY2(ofKind(comparison, Kind::Segments).isEmpty(), qPrintable(all));
        // ...only how the segments were seen differs, when the host run could not capture.
        const QList<TraceDifference> platform = ofKind(comparison, Kind::Platform);
        QVERIFY(!platform.isEmpty());
        QCOMPARE(TraceComparisonText::difference(platform.first()),
                 QStringLiteral("network: private network namespace on the left, host loopback on the right"));
        const bool inferred = right.platform().segments == SegmentSource::Inferred;
        QCOMPARE(platform.size(), inferred ? 2 : 1);
        const QList<TraceDifference> sources = ofKind(comparison, Kind::SegmentSource);
        if (!inferred) {
            QVERIFY2(comparison.isIdentical(), qPrintable(all));
            QCOMPARE(TraceComparisonText::summary(comparison),
                     QStringLiteral("identical in every call, segment and state; recorded differently: network"));
            return;
        }
        QCOMPARE(TraceComparisonText::difference(platform.at(1)), QStringLiteral("segments: captured on the left, inferred on the right"));
        QVERIFY(!sources.isEmpty());
        QCOMPARE(comparison.stepDifferenceCount(), sources.size());
        int segmentsCounted = 0;
        for (const TraceDifference &d : sources) {
            QVERIFY(TraceComparisonText::difference(d).endsWith(QLatin1String(": segments captured on the left, inferred on the right")));
            segmentsCounted += int(d.rightEvents.size());
        }
        QCOMPARE(segmentsCounted, int(right.segments().size()));
        QVERIFY(TraceComparisonText::summary(comparison).endsWith(QLatin1String("; recorded differently: network, segments")));
    }

    void oneEditedResult()
    {
        const auto original = loadTrace(dataFile(QStringLiteral("traces/orderly-close.json")));
        QVERIFY(original);
        const QByteArray edited = editedOrderlyClose();
        QVERIFY(!edited.isEmpty());
        QString error;
        const auto changed = traceFromJson(edited, QStringLiteral("edited.json"), &error);
        QVERIFY2(changed, qPrintable(error));

        const TraceComparison comparison(*original, *changed);
        QCOMPARE(comparison.differences().size(), 1);
        const TraceDifference &d = comparison.differences().first();
        QCOMPARE(d.kind, Kind::Call);
        QCOMPARE(d.step, 3);
        QCOMPARE(d.actor, Actor::Server);
        QCOMPARE(TraceComparisonText::difference(d),
                 QStringLiteral("step 4: the server's recv() returned 0 on the left, -1 ECONNRESET on the right"));
        // It points at that call in both traces, and nowhere else.
        QCOMPARE(d.leftEvents.size(), 1);
        QCOMPARE(d.leftEvents, d.rightEvents);
        const auto &call = std::get<CallRecord>(changed->at(d.rightEvents.first()));
        QCOMPARE(call.errnoName, QStringLiteral("ECONNRESET"));
        QCOMPARE(comparison.differingEvents(CompareSide::Right), d.rightEvents);
        QCOMPARE(comparison.differencesAt(CompareSide::Left, d.leftEvents.first()), QList<int>{0});
        QCOMPARE(comparison.rowOfEvent(CompareSide::Right, d.rightEvents.first()), d.row);
        QCOMPARE(TraceComparisonText::summary(comparison), QStringLiteral("1 difference in 1 of 5 steps"));

        // Swapped, the sentence turns round.
        const TraceComparison swapped(*changed, *original);
        QCOMPARE(swapped.differences().size(), 1);
        QCOMPARE(TraceComparisonText::difference(swapped.differences().first()),
                 QStringLiteral("step 4: the server's recv() returned -1 ECONNRESET on the left, 0 on the right"));
    }

    void notesCountOnlyWhenAsked()
    {
        const auto original = loadTrace(dataFile(QStringLiteral("traces/orderly-close.json")));
        QVERIFY(original);
        Trace reworded;
        reworded.setPlatform(original->platform());
        for (TraceEvent event : original->events()) {
            if (auto *n = std::get_if<Note>(&event); n && n->step == 2)
                n->text = QStringLiteral("Now the client closes.");
            reworded.appendRelative(event);
        }
        QVERIFY(TraceComparison(*original, reworded).differences().isEmpty());
        CompareOptions options;
        options.notes = true;
        const TraceComparison comparison(*original, reworded, options);
        QCOMPARE(comparison.differences().size(), 1);
        QCOMPARE(comparison.differences().first().kind, Kind::Note);
        QCOMPARE(
            TraceComparisonText::difference(comparison.differences().first()),
            QStringLiteral(
                "step 3: notes “The client closes first: its FIN says \"no more data from me\".” on the left, “Now the client closes.” on the right"));
    }

    void captureFileIsComparedWhole()
    {
        PcapReader reader;
        QString error;
        QVERIFY2(reader.open(dataFile(QStringLiteral("pcap/graceful-close.pcap")), &error), qPrintable(error));
        const Trace capture = reader.trace(0);
        const auto trace = loadTrace(dataFile(QStringLiteral("traces/orderly-close.json")));
        QVERIFY(trace);
        const TraceComparison comparison(*trace, capture);
        QCOMPARE(comparison.steps().size(), 1);
        QCOMPARE(comparison.steps().first().number, -1);
        QCOMPARE(comparison.steps().first().left, (EventRange{0, trace->size()}));
        QCOMPARE(comparison.steps().first().right, (EventRange{0, capture.size()}));
        // A capture has no calls: none is reported missing; the platform says what it is.
        const QString all = listing(comparison);
        QVERIFY2(ofKind(comparison, Kind::Call).isEmpty(), qPrintable(all));
        QCOMPARE(ofKind(comparison, Kind::Platform).size(), 1);
        QCOMPARE(TraceComparisonText::difference(comparison.differences().first()),
                 QStringLiteral("network: host loopback on the left, capture file on the right"));
        for (const TraceDifference &d : comparison.differences())
            QVERIFY2(!TraceComparisonText::difference(d).startsWith(QLatin1String("step ")),
                     qPrintable(TraceComparisonText::difference(d)));
    }

    // Whatever the traces, the rows divide each of them into consecutive, complete ranges.
    void rowsCoverBothTraces_data()
    {
        QTest::addColumn<QString>("left");
        QTest::addColumn<QString>("right");
        QTest::newRow("close / shutdown then drain") << QStringLiteral("graceful") << QStringLiteral("half-close");
        QTest::newRow("shutdown then drain / close") << QStringLiteral("half-close") << QStringLiteral("graceful");
        QTest::newRow("RST / FIN") << QStringLiteral("unread-data-rst") << QStringLiteral("graceful");
        QTest::newRow("private / host") << QStringLiteral("graceful") << QStringLiteral("graceful, host, no capture");
    }

    void rowsCoverBothTraces()
    {
        QFETCH(QString, left);
        QFETCH(QString, right);
        for (const QString &key : {left, right}) {
            if (!m_runs.contains(key))
                QSKIP(qPrintable(whyMissing(key)));
        }
        const Trace &l = m_runs.value(left);
        const Trace &r = m_runs.value(right);
        const TraceComparison comparison(l, r);
        int leftAt = 0, rightAt = 0, number = -1;
        for (const AlignedStep &step : comparison.steps()) {
            QCOMPARE(step.left.begin, leftAt);
            QCOMPARE(step.right.begin, rightAt);
            QVERIFY(step.number > number);
            number = step.number;
            leftAt = step.left.end;
            rightAt = step.right.end;
        }
        QCOMPARE(leftAt, l.size());
        QCOMPARE(rightAt, r.size());
        for (CompareSide side : {CompareSide::Left, CompareSide::Right}) {
            for (int event : comparison.differingEvents(side)) {
                const int row = comparison.rowOfEvent(side, event);
                QVERIFY(row >= 0);
                QVERIFY(!comparison.differencesAt(side, event).isEmpty());
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestTraceCompare)
#include "tst_tracecompare.moc"
