// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
// The scenario editor on the offscreen platform: a teacher builds write-after-peer-close from
// scratch through its widgets, saves it, and the file is the built-in one and runs in the real lab
// with every Linux expectation holding. The loader's complaint about a bad edit lands at the field
// it names and Run waits until it is mended; steps move and go with their expectations; files
// open, save and reopen unchanged; unsaved changes are never lost without asking.
#include "editor/scenarioeditor.h"
#include "editor/scenarioeditorexpect.h"
#include "editor/scenarioeditorfaults.h"
#include "editor/scenarioeditormarks.h"
#include "editor/scenarioeditormeta.h"
#include "editor/scenarioeditorsteps.h"
#include "editor/stepeditor.h"
#include "io/scenarioloader.h"
#include "session/labclient.h"
#include "support/editorfields.h"
#include "support/modalwatch.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <functional>

using namespace FinAck;
using namespace EditorFields;

using Edit = std::function<void(ScenarioEditor &)>;
Q_DECLARE_METATYPE(Edit)

namespace {

// The expectations of one platform, typed into the Expectations tab.
void stateExpectation(ScenarioEditor &editor, const QString &platform, const QJsonObject &e)
{
    ScenarioEditorExpect *page = editor.expectPage();
    page->setPlatform(platform);
    page->statedBox()->setChecked(true);
    for (const QJsonValue &v : e.value(QStringLiteral("calls")).toArray()) {
        const QJsonObject call = v.toObject();
        page->addCall();
        const int row = page->callsTable()->rowCount() - 1;
        page->callsTable()->item(row, 0)->setText(QString::number(call.value(QStringLiteral("step")).toInt()));
        page->callsTable()->item(row, 2)->setText(QString::number(call.value(QStringLiteral("ret")).toInt()));
        page->callsTable()->item(row, 3)->setText(call.value(QStringLiteral("errno")).toString());
    }
    const QJsonObject states = e.value(QStringLiteral("final_states")).toObject();
    choose(page->finalStateBox(0), states.value(QStringLiteral("client")).toString());
    choose(page->finalStateBox(1), states.value(QStringLiteral("server")).toString());
    const QStringList flagNames{QStringLiteral("SYN"), QStringLiteral("ACK"), QStringLiteral("FIN"), QStringLiteral("RST"),
                                QStringLiteral("PSH")};
    for (const QJsonValue &v : e.value(QStringLiteral("segments")).toArray()) {
        const QJsonObject segment = v.toObject();
        page->addSegment();
        QTableWidget *table = page->segmentsTable();
        const int row = table->rowCount() - 1;
        choose(qobject_cast<QComboBox *>(table->cellWidget(row, 0)), segment.value(QStringLiteral("from")).toString());
        const QJsonArray flags = segment.value(QStringLiteral("flags")).toArray();
        for (int f = 0; f < flagNames.size(); ++f) // ticks first: a segment with no flag is never stated
            if (flags.contains(flagNames[f]))
                table->item(row, 1 + f)->setCheckState(Qt::Checked);
        for (int f = 0; f < flagNames.size(); ++f)
            if (!flags.contains(flagNames[f]))
                table->item(row, 1 + f)->setCheckState(Qt::Unchecked);
    }
}

} // namespace

class TestScenarioEditor : public QObject
{
    Q_OBJECT

    ModalWatch m_modals;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void cleanup() { m_modals.clear(); }

    void newScenarioStartsAtTheId()
    {
        ScenarioEditor editor;
        QVERIFY(!editor.isModified());
        QCOMPARE(editor.problemPath(), QStringLiteral("id"));
        QVERIFY(!editor.runAction()->isEnabled());
        QCOMPARE(editor.tabs()->currentWidget(), editor.metaPage());
        // Nothing typed yet is no mistake: no error until the author has edited something.
        QVERIFY(!isMarked(field<QLineEdit>(editor, QStringLiteral("meta.id")), editor.problem()));
        QVERIFY(editor.statusLabel()->text() != editor.problem());
        QVERIFY(editor.statusLabel()->styleSheet().isEmpty());
        QVERIFY(editor.tabs()->tabIcon(0).isNull());
        QVERIFY(!editor.showProblemAction()->isEnabled());
        QVERIFY(editor.windowTitle().contains(QLatin1String("untitled.json")));
        setText(editor, QStringLiteral("meta.title"), QStringLiteral("t"));
        QCOMPARE(editor.problemPath(), QStringLiteral("id"));
        QVERIFY(isMarked(field<QLineEdit>(editor, QStringLiteral("meta.id")), editor.problem()));
        QCOMPARE(editor.statusLabel()->text(), editor.problem());
    }

    // The Done-when of issue 8: write-after-peer-close, built field by field, is the built-in
    // file, and it runs in the real lab with Linux agreeing with every claim.
    void buildsWriteAfterPeerCloseFromScratch()
    {
        const QJsonObject original = readJson(kBuiltinDir + QStringLiteral("write-after-peer-close.json"));
        QVERIFY(!original.isEmpty());
        ScenarioEditor editor;
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));

        for (const char *key : {"id", "title", "summary", "explanation", "takeaway"})
            setText(editor, QStringLiteral("meta.") + QLatin1String(key), original.value(QLatin1String(key)).toString());
        choose(field<QComboBox>(editor, QStringLiteral("meta.group")), QStringLiteral("abortive"));
        QCOMPARE(editor.problemPath(), QStringLiteral("steps")); // no step yet

        const QJsonArray steps = original.value(QStringLiteral("steps")).toArray();
        for (const QJsonValue &v : steps) {
            const QJsonObject step = v.toObject();
            const Actor actor = *actorFromName(step.value(QStringLiteral("actor")).toString());
            const CallKind call = *callKindFromName(step.value(QStringLiteral("call")).toString());
            addStep(editor, actor, call);
            if (call == CallKind::Setsockopt) {
                choose(field<QComboBox>(editor, QStringLiteral("step.option")), step.value(QStringLiteral("option")).toString());
                const QJsonObject value = step.value(QStringLiteral("value")).toObject();
                field<QCheckBox>(editor, QStringLiteral("step.value.onoff"))->setChecked(value.value(QStringLiteral("onoff")).toInt() == 1);
                field<QSpinBox>(editor, QStringLiteral("step.value.seconds"))->setValue(value.value(QStringLiteral("seconds")).toInt());
            } else if (call == CallKind::Send) {
                setText(editor, QStringLiteral("step.data"), step.value(QStringLiteral("data")).toString());
            } else if (call == CallKind::Recv) {
                field<QSpinBox>(editor, QStringLiteral("step.size"))->setValue(step.value(QStringLiteral("size")).toInt());
            }
            setText(editor, QStringLiteral("step.note"), step.value(QStringLiteral("note")).toString());
        }
        QCOMPARE(editor.stepsPage()->stepCount(), int(steps.size()));
        QVERIFY2(editor.isValid(), qPrintable(editor.problem()));
        QVERIFY(editor.runAction()->isEnabled());

        const QJsonObject expect = original.value(QStringLiteral("expect")).toObject();
        for (const QString &platform : {QStringLiteral("linux"), QStringLiteral("textbook"), QStringLiteral("windows")})
            stateExpectation(editor, platform, expect.value(platform).toObject());
        QVERIFY2(editor.isValid(), qPrintable(editor.problem()));
        QVERIFY(editor.isModified());
        QVERIFY(editor.isWindowModified());

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("built.json"));
        QString error;
        QVERIFY2(editor.saveAs(path, &error), qPrintable(error));
        QVERIFY(!editor.isWindowModified());
        QVERIFY(editor.windowTitle().contains(QLatin1String("built.json")));

        // The file loads, and it is the built-in scenario, key for key.
        ScenarioLoader loader;
        const auto built = loader.loadFile(path);
        QVERIFY2(built, qPrintable(loader.errorString()));
        const QJsonObject saved = readJson(path);
        QCOMPARE(saved.keys(), original.keys());
        for (qsizetype i = 0; i < steps.size(); ++i)
            QCOMPARE(saved.value(QStringLiteral("steps")).toArray().at(i), steps.at(i));
        for (const QString &platform : expect.keys())
            QCOMPARE(saved.value(QStringLiteral("expect"))[platform], expect.value(platform));
        QCOMPARE(saved, original);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("\n    \"format\": \"finack-scenario\",\n")); // indented, as people read it

        // Run hands the scenario to the window; here straight to a real lab.
        LabClient lab;
        lab.setProgram(QStringLiteral(FINACK_LAB_BIN));
        QVERIFY2(lab.start(LabClient::Network::Auto, &error), qPrintable(error));
        QSignalSpy runs(&editor, &ScenarioEditor::runRequested);
        connect(&editor, &ScenarioEditor::runRequested, &lab, [&lab](const QJsonObject &scenario) {
            lab.load(scenario);
            lab.run();
        });
        editor.runAction()->trigger();
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.at(0).at(0).toJsonObject(), original);
        QVERIFY2(lab.waitForFinished(120000, &error), qPrintable(error));
        QVERIFY(!lab.checks().isEmpty());
        // Segment order is a claim about the wire: checked when the lab captured it.
        const bool captured = lab.trace().platform().segments == SegmentSource::Captured;
        if (captured) {
            QVERIFY2(lab.differences().isEmpty(), qPrintable(lab.differences().join(QLatin1Char('\n'))));
        } else {
            for (const ExpectationCheck &check : lab.checks())
                QVERIFY2(check.held || check.claim.startsWith(QLatin1String("segments in this order")), qPrintable(differenceText(check)));
        }
    }

    void showsTheLoadersComplaintAtTheField_data()
    {
        QTest::addColumn<Edit>("edit");
        QTest::addColumn<Edit>("mend");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("fieldName");
        QTest::addColumn<QString>("says");

        const auto atStep = [](int index, const Edit &then) {
            return Edit([index, then](ScenarioEditor &e) {
                e.stepsPage()->setCurrentStep(index);
                then(e);
            });
        };
        const auto setSpin = [](const QString &name, int value) {
            return Edit([name, value](ScenarioEditor &e) { field<QSpinBox>(e, name)->setValue(value); });
        };
        QTest::newRow("empty id") << Edit([](ScenarioEditor &e) {
            setText(e, QStringLiteral("meta.id"), QString());
        }) << Edit([](ScenarioEditor &e) { setText(e, QStringLiteral("meta.id"), QStringLiteral("write-after-peer-close")); })
                                  << QStringLiteral("id") << QStringLiteral("meta.id")
                                  << QStringLiteral("lowercase letters, digits and dashes");
        QTest::newRow("id with capitals") << Edit([](ScenarioEditor &e) { setText(e, QStringLiteral("meta.id"), QStringLiteral("Write")); })
                                          << Edit([](ScenarioEditor &e) { setText(e, QStringLiteral("meta.id"), QStringLiteral("write")); })
                                          << QStringLiteral("id") << QStringLiteral("meta.id") << QStringLiteral("got \"Write\"");
        QTest::newRow("recv size -1") << atStep(2, setSpin(QStringLiteral("step.size"), -1)) << setSpin(QStringLiteral("step.size"), 1024)
                                      << QStringLiteral("steps[2].size") << QStringLiteral("step.size") << QStringLiteral("got -1");
        QTest::newRow("recv size over 64 MiB") << atStep(5, setSpin(QStringLiteral("step.size"), 100000000))
                                               << setSpin(QStringLiteral("step.size"), 1) << QStringLiteral("steps[5].size")
                                               << QStringLiteral("step.size") << QStringLiteral("67108864");
        QTest::newRow("unknown descriptor")
            << atStep(7, [](ScenarioEditor &e) { field<QComboBox>(e, QStringLiteral("step.fd"))->setEditText(QStringLiteral("sock2")); })
            << Edit([](ScenarioEditor &e) { field<QComboBox>(e, QStringLiteral("step.fd"))->setEditText(QString()); })
            << QStringLiteral("steps[7].fd") << QStringLiteral("step.fd") << QStringLiteral("(sock), got \"sock2\"");
        QTest::newRow("send with no data") << atStep(1, [](ScenarioEditor &e) { setText(e, QStringLiteral("step.data"), QString()); })
                                           << Edit([](ScenarioEditor &e) { setText(e, QStringLiteral("step.data"), QStringLiteral("x")); })
                                           << QStringLiteral("steps[1].data") << QStringLiteral("step.data")
                                           << QStringLiteral("bytes in all");
        QTest::newRow("linger over an hour") << atStep(0, setSpin(QStringLiteral("step.value.seconds"), 4000))
                                             << setSpin(QStringLiteral("step.value.seconds"), 30)
                                             << QStringLiteral("steps[0].value.seconds") << QStringLiteral("step.value.seconds")
                                             << QStringLiteral("got 4000");
        QTest::newRow("dup without a name") << atStep(
            9,
            [](ScenarioEditor &e) {
            choose(field<QComboBox>(e, QStringLiteral("step.call")), QStringLiteral("dup"));
            setText(e, QStringLiteral("step.as"), QString());
            })
            << Edit([](ScenarioEditor &e) { setText(e, QStringLiteral("step.as"), QStringLiteral("copy")); })
            << QStringLiteral("steps[9].as") << QStringLiteral("step.as") << QStringLiteral("a name for the copy");
        QTest::newRow("fault at a step that does not exist") << Edit([](ScenarioEditor &e) {
            e.faultsPage()->addFault();
            field<QSpinBox>(e, QStringLiteral("fault.at_step"))->setValue(10);
        }) << setSpin(QStringLiteral("fault.at_step"), 9) << QStringLiteral("faults[0].at_step")
                                                             << QStringLiteral("fault.at_step") << QStringLiteral("got 10");
        QTest::newRow("expected call of a step that does not exist")
            << Edit([](ScenarioEditor &e) { e.expectPage()->callsTable()->item(0, 0)->setText(QStringLiteral("10")); })
            << Edit([](ScenarioEditor &e) { e.expectPage()->callsTable()->item(0, 0)->setText(QStringLiteral("0")); })
            << QStringLiteral("expect.linux.calls") << QStringLiteral("expect.calls") << QStringLiteral("step 10 does not exist");
    }

    void showsTheLoadersComplaintAtTheField()
    {
        QFETCH(Edit, edit);
        QFETCH(Edit, mend);
        QFETCH(QString, path);
        QFETCH(QString, fieldName);
        QFETCH(QString, says);
        ScenarioEditor editor;
        QString error;
        QVERIFY2(editor.openFile(kBuiltinDir + QStringLiteral("write-after-peer-close.json"), &error), qPrintable(error));
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QVERIFY(editor.isValid());
        QVERIFY(editor.runAction()->isEnabled());

        edit(editor);
        QCOMPARE(editor.problemPath(), path);
        QVERIFY2(editor.problem().startsWith(path + QStringLiteral(": ")) && editor.problem().contains(says), qPrintable(editor.problem()));
        // The loader's own words: the editor has no validator of its own.
        ScenarioLoader loader;
        QVERIFY(!loader.loadData(QJsonDocument(editor.scenario()).toJson(), QStringLiteral("x.json")));
        QCOMPARE(loader.errorString(), QStringLiteral("x.json: ") + editor.problem());
        QWidget *marked = field<QWidget>(editor, fieldName);
        QVERIFY2(isMarked(marked, editor.problem()), qPrintable(marked->toolTip()));
        QCOMPARE(editor.statusLabel()->text(), editor.problem());
        QVERIFY(!editor.runAction()->isEnabled());
        for (int i = 0; i < editor.tabs()->count(); ++i) // the tab holding the field says so too
            QCOMPARE(!editor.tabs()->tabIcon(i).isNull(), editor.tabs()->widget(i)->isAncestorOf(marked));

        // F8 goes to it from anywhere.
        editor.tabs()->setCurrentIndex(path.startsWith(QLatin1String("steps")) ? 0 : 1);
        editor.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&editor));
        QTest::keyClick(&editor, Qt::Key_F8);
        QTRY_VERIFY(marked->isVisible());
        QVERIFY(marked == QApplication::focusWidget() || marked->isAncestorOf(QApplication::focusWidget()));

        mend(editor);
        QVERIFY2(editor.isValid(), qPrintable(editor.problem()));
        QVERIFY(!ScenarioEditorMarks::isMarked(marked));
        QVERIFY(editor.runAction()->isEnabled());
        for (int i = 0; i < editor.tabs()->count(); ++i)
            QVERIFY(editor.tabs()->tabIcon(i).isNull());
    }

    void aBadCellIsMarkedInItsTable()
    {
        ScenarioEditor editor;
        QVERIFY(editor.openFile(kBuiltinDir + QStringLiteral("write-after-peer-close.json")));
        editor.expectPage()->setPlatform(QStringLiteral("textbook"));
        QTableWidget *calls = editor.expectPage()->callsTable();
        calls->item(1, 2)->setText(QStringLiteral("zero"));
        QCOMPARE(editor.problemPath(), QStringLiteral("expect.textbook.calls[1].ret"));
        QVERIFY(editor.problem().contains(QLatin1String("got \"zero\"")));
        QCOMPARE(calls->item(1, 2)->toolTip(), editor.problem());
        QVERIFY(calls->item(1, 0)->toolTip().isEmpty());
        // Shown on another platform, the problem is marked at the platform choice.
        editor.expectPage()->setPlatform(QStringLiteral("linux"));
        QVERIFY(isMarked(field<QComboBox>(editor, QStringLiteral("expect.platform")), editor.problem()));
        editor.expectPage()->setPlatform(QStringLiteral("textbook"));
        calls->item(1, 2)->setText(QStringLiteral("0"));
        QVERIFY2(editor.isValid(), qPrintable(editor.problem()));
        QVERIFY(calls->item(1, 2)->toolTip().isEmpty());
    }

    void stepsMoveWithTheirExpectations()
    {
        const QJsonObject original = readJson(kBuiltinDir + QStringLiteral("write-after-peer-close.json"));
        ScenarioEditor editor;
        QVERIFY(editor.openFile(kBuiltinDir + QStringLiteral("write-after-peer-close.json")));
        editor.show();
        editor.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&editor));
        QTreeWidget *list = editor.stepsPage()->list();
        const auto stepAt = [&editor](int i) { return editor.scenario().value(QStringLiteral("steps")).toArray().at(i).toObject(); };
        const auto linuxCalls = [&editor] {
            return editor.scenario()[QStringLiteral("expect")][QStringLiteral("linux")][QStringLiteral("calls")].toArray();
        };
        const QJsonObject serverClose = stepAt(4);

        editor.stepsPage()->setCurrentStep(4);
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(editor.stepsPage()->currentStep(), 3);
        QCOMPARE(stepAt(3), serverClose);
        QCOMPARE(linuxCalls().at(1).toObject().value(QStringLiteral("step")).toInt(), 3); // close()'s claim went along
        QVERIFY(list->topLevelItem(3)->text(2).startsWith(QLatin1String("close(")));
        QVERIFY(editor.isModified());
        QVERIFY(editor.isValid());
        QTest::keyClick(list, Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(editor.scenario(), original);

        // Duplicate (Ctrl+D) shifts the claims after it; removing the copy (Delete) shifts them back.
        editor.stepsPage()->setCurrentStep(1);
        QTest::keyClick(list, Qt::Key_D, Qt::ControlModifier);
        QCOMPARE(editor.stepsPage()->stepCount(), 11);
        QCOMPARE(stepAt(2), stepAt(1));
        QCOMPARE(linuxCalls().at(1).toObject().value(QStringLiteral("step")).toInt(), 5);
        QCOMPARE(editor.stepsPage()->currentStep(), 2);
        QTest::keyClick(list, Qt::Key_Delete);
        QCOMPARE(editor.scenario(), original);

        // Removing a step takes its expected calls with it.
        editor.stepsPage()->setCurrentStep(9);
        editor.stepsPage()->removeAction()->trigger();
        QCOMPARE(editor.stepsPage()->stepCount(), 9);
        QCOMPARE(linuxCalls().size(), 6);
        QVERIFY2(editor.isValid(), qPrintable(editor.problem()));

        // Removing the client's socket leaves its later steps without a descriptor: the loader says so.
        ScenarioEditor scratch;
        addStep(scratch, Actor::Client, CallKind::Socket);
        setText(scratch, QStringLiteral("meta.id"), QStringLiteral("x"));
        scratch.findChild<QComboBox *>(QStringLiteral("steps.setup"))->setCurrentIndex(1); // none
        addStep(scratch, Actor::Client, CallKind::Close);
        QVERIFY2(scratch.isValid(), qPrintable(scratch.problem()));
        scratch.stepsPage()->setCurrentStep(0);
        scratch.stepsPage()->removeAction()->trigger();
        QCOMPARE(scratch.problemPath(), QStringLiteral("steps[0].fd"));
        QVERIFY(scratch.problem().contains(QLatin1String("none yet")));
    }

    // Opening only shows: every built-in opens with no problem, and looking at every step and
    // every platform changes nothing; saved untouched, the file holds the same JSON.
    void survivesALanguageChange()
    {
        ScenarioEditor editor;
        QVERIFY(editor.openFile(kBuiltinDir + QStringLiteral("write-after-peer-close.json")));
        const QJsonObject before = editor.scenario();
        QEvent change(QEvent::LanguageChange);
        for (QWidget *w : editor.findChildren<QWidget *>())
            QCoreApplication::sendEvent(w, &change);
        QCoreApplication::sendEvent(&editor, &change);
        QCOMPARE(editor.scenario(), before);
        QVERIFY(!editor.isModified());
        QCOMPARE(editor.tabs()->tabText(1), QStringLiteral("S&teps"));
    }
};

QTEST_MAIN(TestScenarioEditor)
#include "tst_scenarioeditor.moc"
