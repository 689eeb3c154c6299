// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
// Steps as Playback and the exports count them, and the slice "steps 3-6" of a real trace.
#include "io/tracejson.h"
#include "model/tracesteps.h"

#include <QTest>

using namespace FinAck;

Q_DECLARE_METATYPE(FinAck::StepRange)

namespace {

Trace orderlyClose()
{
    QString error;
    auto trace = loadTrace(QStringLiteral(FINACK_TEST_DATA "/traces/orderly-close.json"), &error);
    if (!trace)
        qFatal("%s", qPrintable(error));
    return *trace;
}

QList<int> callSteps(const Trace &trace)
{
    QList<int> steps;
    for (const TraceEvent &e : trace.events()) {
        if (const auto *c = std::get_if<CallRecord>(&e))
            steps << c->step;
    }
    return steps;
}

// The trace without the calls, notes and signals of the step whose `step` is `step`: a step
// with no events of its own, as when a blocked call's record lands in a later step.
Trace without(const Trace &trace, int step)
{
    Trace result;
    for (const TraceEvent &e : trace.events()) {
        const auto *c = std::get_if<CallRecord>(&e);
        const auto *n = std::get_if<Note>(&e);
        if ((c && c->step == step) || (n && n->step == step))
            continue;
        result.appendRelative(e);
    }
    return result;
}

QList<int> stepNumbers(const QList<int> &steps)
{
    QList<int> numbers;
    for (int step : steps) {
        if (!numbers.contains(stepNumber(step)))
            numbers << stepNumber(step);
    }
    return numbers;
}

} // namespace

class TestTraceSteps : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesRanges_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("first");
        QTest::addColumn<int>("last");
        QTest::newRow("range") << "3-6" << 3 << 6;
        QTest::newRow("spaces") << " 3 - 6 " << 3 << 6;
        QTest::newRow("one step") << "4" << 4 << 4;
        QTest::newRow("to the end") << "2-" << 2 << std::numeric_limits<int>::max();
    }
    void parsesRanges()
    {
        QFETCH(QString, text);
        QFETCH(int, first);
        QFETCH(int, last);
        QString error;
        const auto range = parseStepRange(text, &error);
        QVERIFY2(range, qPrintable(error));
        QCOMPARE(range->first, first);
        QCOMPARE(range->last, last);
    }

    void rejectsBadRanges_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reason");
        QTest::newRow("backwards") << "6-3"
                                   << "must not run backwards";
        QTest::newRow("zero") << "0-2"
                              << "count from 1";
        QTest::newRow("words") << "three"
                               << "expected a range";
        QTest::newRow("empty") << ""
                               << "expected a range";
        QTest::newRow("negative") << "-2"
                                  << "expected a range";
        QTest::newRow("huge") << "99999999"
                              << "expected a range";
    }
    void rejectsBadRanges()
    {
        QFETCH(QString, text);
        QFETCH(QString, reason);
        QString error;
        QVERIFY(!parseStepRange(text, &error));
        QVERIFY2(error.contains(reason), qPrintable(error));
        QVERIFY(!error.contains(QLatin1Char('\n')));
    }

    void stepsFollowTheTaggedEvents()
    {
        const Trace trace = orderlyClose();
        const TraceSteps steps = traceSteps(trace);
        QCOMPARE(steps.eventStep.size(), trace.size());
        QCOMPARE(steps.boundaries.constFirst(), 0);
        QCOMPARE(steps.boundaries.constLast(), trace.size());
        QCOMPARE(steps.boundaries.size(), steps.numbers.size() + 1);
        // Every tagged event sits in its own step.
        for (int i = 0; i < trace.size(); ++i) {
            if (const auto *c = std::get_if<CallRecord>(&trace.at(i)))
                QCOMPARE(steps.eventStep.at(i), c->step);
        }
    }

    void sliceKeepsTheStepsAndCarriesStatesIn()
    {
        const Trace trace = orderlyClose();
        const int count = int(traceSteps(trace).numbers.size());
        QVERIFY(count >= 3);
        QString error;
        const auto slice = sliceSteps(trace, {2, 3}, &error);
        QVERIFY2(slice, qPrintable(error));
        const QList<int> wanted{traceSteps(trace).numbers.at(1), traceSteps(trace).numbers.at(2)};
        for (int step : callSteps(*slice))
            QVERIFY2(wanted.contains(step), qPrintable(QString::number(step)));
        QVERIFY(!callSteps(*slice).isEmpty());
        // Both sides start the slice in the state the run had reached, at its first event.
        const qint64 start = eventTime(slice->at(0));
        for (Actor a : {Actor::Client, Actor::Server}) {
            const QList<StateChange> states = slice->states(a);
            QVERIFY(!states.isEmpty());
            QCOMPARE(states.constFirst().tUs, start);
        }
        QCOMPARE(slice->scenarioTitle(), trace.scenarioTitle());
        QCOMPARE(slice->endpoint(Actor::Server), trace.endpoint(Actor::Server));
    }

    // "--steps 3-6" and the export dialog count as the diagram's gutter does (stepNumber()),
    // not by a step's place in the trace: the two differ in a part exported on its own and in
    // a trace with a step that has no events of its own.
    void slicesByTheGutterNumbers_data()
    {
        QTest::addColumn<QString>("trace");
        QTest::addColumn<StepRange>("range");
        QTest::addColumn<QList<int>>("numbers"); // stepNumber() of the slice's calls
        QTest::newRow("a run: 2-3") << "run" << StepRange{2, 3} << QList<int>{2, 3};
        QTest::newRow("a run: 5 to the end") << "run" << StepRange{5, std::numeric_limits<int>::max()} << QList<int>{5};
        QTest::newRow("a part 3-5: 4") << "part" << StepRange{4, 4} << QList<int>{4};
        QTest::newRow("a part 3-5: 1-3") << "part" << StepRange{1, 3} << QList<int>{3};
        QTest::newRow("step 3 without events: 2-4") << "gap" << StepRange{2, 4} << QList<int>{2, 4};
        QTest::newRow("step 3 without events: 4") << "gap" << StepRange{4, 4} << QList<int>{4};
    }
    void slicesByTheGutterNumbers()
    {
        QFETCH(QString, trace);
        QFETCH(StepRange, range);
        QFETCH(QList<int>, numbers);
        const Trace run = orderlyClose();
        const Trace source = trace == QLatin1String("part")  ? *sliceSteps(run, {3, 5})
                             : trace == QLatin1String("gap") ? without(run, 2)
                                                             : run;
        QString error;
        const auto slice = sliceSteps(source, range, &error);
        QVERIFY2(slice, qPrintable(error));
        QCOMPARE(stepNumbers(callSteps(*slice)), numbers);
    }

    void spanIsTheGutterNumbers()
    {
        const Trace run = orderlyClose();
        QCOMPARE(stepSpan(run), std::optional<StepRange>(StepRange{1, 5}));
        QCOMPARE(stepSpan(*sliceSteps(run, {3, 4})), std::optional<StepRange>(StepRange{3, 4}));
        QCOMPARE(stepSpan(Trace()), std::optional<StepRange>());
        QString error;
        QVERIFY(!sliceSteps(without(run, 2), {3, 3}, &error));
        QVERIFY2(error.contains(QLatin1String("step 3 has no events")), qPrintable(error));
    }

    void wholeRangeIsTheWholeTrace()
    {
        const Trace trace = orderlyClose();
        const auto slice = sliceSteps(trace, {1, std::numeric_limits<int>::max()});
        QVERIFY(slice);
        QCOMPARE(slice->events(), trace.events());
    }

    void refusesStepsThatDoNotExist()
    {
        const Trace trace = orderlyClose();
        QString error;
        QVERIFY(!sliceSteps(trace, {99, 100}, &error));
        QVERIFY2(error.contains(QLatin1String("steps run from 1 to 5, so step 99 has no events")), qPrintable(error));
        QVERIFY(!sliceSteps(Trace(), {1, 1}, &error));
        QVERIFY2(error.contains(QLatin1String("no scenario steps")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestTraceSteps)
#include "tst_tracesteps.moc"
