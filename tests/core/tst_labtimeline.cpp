// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
// Lab time: a run's wall clock with the waits for a step command taken out (labtimeline.h).
#include "model/labtimeline.h"

#include <QTest>

using namespace FinAck;

namespace {

// {end, length} per pause, in the order they were added.
using Pauses = QList<std::pair<qint64, qint64>>;

LabTimeline timeline(const Pauses &pauses)
{
    LabTimeline t;
    for (const auto &[end, length] : pauses)
        t.add(end, length);
    return t;
}

} // namespace

class TstLabTimeline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void labTime_data()
    {
        QTest::addColumn<Pauses>("pauses");
        QTest::addColumn<QList<qint64>>("times");
        QTest::addColumn<QList<qint64>>("labTimes");

        QTest::newRow("no pause: wall clock") << Pauses{} << QList<qint64>{0, 10, 1000} << QList<qint64>{0, 10, 1000};
        QTest::newRow("one pause: after it, minus its length; inside it, its start")
            << Pauses{{5000, 3000}} << QList<qint64>{1000, 2000, 3500, 5000, 6000} << QList<qint64>{1000, 2000, 2000, 2000, 3000};
        QTest::newRow("two pauses add up") << Pauses{{5000, 3000}, {9000, 1000}} << QList<qint64>{1999, 8000, 8500, 9000, 10000}
                                           << QList<qint64>{1999, 5000, 5000, 5000, 6000};
        QTest::newRow("overlapping pauses count once")
            << Pauses{{5000, 3000}, {6000, 2000}} << QList<qint64>{2000, 6000, 7000} << QList<qint64>{2000, 2000, 3000};
        QTest::newRow("a pause inside another adds nothing")
            << Pauses{{5000, 4000}, {4000, 1000}} << QList<qint64>{1000, 5000, 7000} << QList<qint64>{1000, 1000, 3000};
        QTest::newRow("added out of order") << Pauses{{9000, 1000}, {5000, 3000}} << QList<qint64>{2000, 8000, 10000}
                                            << QList<qint64>{2000, 5000, 6000};
        QTest::newRow("a pause longer than the run so far begins at 0")
            << Pauses{{1000, 5000}} << QList<qint64>{0, 1000, 1500} << QList<qint64>{0, 0, 500};
        QTest::newRow("empty pauses are none") << Pauses{{1000, 0}, {2000, -5}} << QList<qint64>{1500, 3000} << QList<qint64>{1500, 3000};
    }

    void labTime()
    {
        QFETCH(Pauses, pauses);
        QFETCH(QList<qint64>, times);
        QFETCH(QList<qint64>, labTimes);

        const LabTimeline t = timeline(pauses);
        for (qsizetype i = 0; i < times.size(); ++i)
            QCOMPARE(t.labTimeUs(times.at(i)), labTimes.at(i));
        // Merged: in time order, apart, never empty.
        for (qsizetype i = 0; i < t.pauses().size(); ++i) {
            QVERIFY(t.pauses().at(i).lengthUs() > 0);
            if (i > 0)
                QVERIFY(t.pauses().at(i - 1).endUs < t.pauses().at(i).startUs);
        }
    }

    void wallTimeGoesBackToWhereTheRunWentOn()
    {
        const LabTimeline t = timeline({{5000, 3000}, {9000, 1000}});
        QCOMPARE(t.wallTimeUs(1000), 1000);
        QCOMPARE(t.wallTimeUs(2000), 5000); // the first pause's start in lab time: its end
        QCOMPARE(t.wallTimeUs(3000), 6000);
        QCOMPARE(t.wallTimeUs(6000), 10000);
        for (qint64 wall : {0, 1999, 5000, 7777, 9000, 12000})
            QCOMPARE(t.wallTimeUs(t.labTimeUs(wall)), wall);
    }

    void pausesEndedBy()
    {
        const LabTimeline t = timeline({{5000, 3000}, {9000, 1000}});
        QCOMPARE(t.pausesEndedBy(1000), 0);
        QCOMPARE(t.pausesEndedBy(4999), 0);
        QCOMPARE(t.pausesEndedBy(5000), 1); // the event that ends a pause comes after its break
        QCOMPARE(t.pausesEndedBy(9500), 2);
    }
};

QTEST_GUILESS_MAIN(TstLabTimeline)
#include "tst_labtimeline.moc"
