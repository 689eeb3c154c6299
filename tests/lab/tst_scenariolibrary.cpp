// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
// Every built-in scenario, run the way finack runs it (through finack-lab, in the private network
// where the kernel allows it): each states what Linux does, and this kernel agrees claim by claim.
// Scenario-specific facts are asserted in tst_builtinscenarios and tst_lab; this test keeps the
// whole library honest as it grows.
#include "io/scenarioloader.h"
#include "session/labclient.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace FinAck;

class TestScenarioLibrary : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyScenarioHoldsOnThisKernel_data()
    {
        QTest::addColumn<QString>("id");
        for (const QString &id : ScenarioLoader::builtinIds())
            QTest::newRow(qPrintable(id)) << id;
    }

    void everyScenarioHoldsOnThisKernel()
    {
        QFETCH(QString, id);
        ScenarioLoader loader;
        const auto scenario = loader.loadByIdOrFile(id);
        QVERIFY2(scenario, qPrintable(loader.errorString()));

        // What every scenario must carry for a course.
        QVERIFY(!scenario->title.isEmpty());
        QVERIFY(!scenario->summary.isEmpty());
        QVERIFY(!scenario->explanation.isEmpty());
        const Expectation onLinux = scenario->expectations.value(QStringLiteral("linux"));
        QVERIFY2(!onLinux.calls.isEmpty() && !onLinux.finalStates.isEmpty() && !onLinux.segments.isEmpty(),
                 "a Linux expectation with calls, final states and segments");

        LabClient lab;
        lab.setProgram(QStringLiteral(FINACK_LAB_BIN));
        QString error;
        QVERIFY2(lab.start(LabClient::Network::Auto, &error), qPrintable(error));
        if (!scenario->faults.isEmpty() && lab.network() != QLatin1String("private"))
            QSKIP(qPrintable(QStringLiteral("needs the private network: ") + lab.fallbackReason()));
        QFile file(ScenarioLoader::builtinPath(id));
        QVERIFY(file.open(QIODevice::ReadOnly));
        lab.load(QJsonDocument::fromJson(file.readAll()).object());
        lab.run();
        QVERIFY2(lab.waitForFinished(120000, &error), qPrintable(error));
        QVERIFY(!lab.checks().isEmpty());
        // Inferred segments (no capture and no private network here) are FinAck's best reading
        // of the kernel's states, not the wire: a claim about segment order is only checked
        // against captured ones. Every other claim must hold either way.
        const bool captured = lab.trace().platform().segments == SegmentSource::Captured;
        QStringList failed;
        for (const ExpectationCheck &check : lab.checks()) {
            const bool aboutSegments = check.claim.startsWith(QLatin1String("segments in this order"));
            if (!check.held && (captured || !aboutSegments))
                failed << differenceText(check);
        }
        QVERIFY2(failed.isEmpty(), qPrintable(failed.join(QLatin1Char('\n'))));
        QVERIFY(!lab.trace().segments().isEmpty());
    }

    void documentedInScenariosMd()
    {
        QFile doc(QStringLiteral(FINACK_SOURCE_DIR "/docs/scenarios.md"));
        QVERIFY(doc.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(doc.readAll());
        for (const QString &id : ScenarioLoader::builtinIds())
            QVERIFY2(text.contains(QStringLiteral("`%1`").arg(id)), qPrintable(id));
    }
};

QTEST_GUILESS_MAIN(TestScenarioLibrary)
#include "tst_scenariolibrary.moc"
