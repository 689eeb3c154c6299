// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
// The scenario editor's files on the offscreen platform: every built-in opens and saves back
// unchanged, an edit changes only its own key, what is no scenario is refused, a bad scenario
// opens to be mended, and unsaved changes are never lost without asking.
#include "editor/scenarioeditor.h"
#include "editor/scenarioeditorexpect.h"
#include "editor/scenarioeditorfaults.h"
#include "editor/stepeditor.h"
#include "io/scenarioloader.h"
#include "support/editorfields.h"
#include "support/modalwatch.h"
#include "support/plantedlink.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonDocument>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <functional>

using namespace FinAck;
using namespace EditorFields;

using Edit = std::function<void(ScenarioEditor &)>;
Q_DECLARE_METATYPE(Edit)

class TestScenarioEditorFiles : public QObject
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

    void everyBuiltinOpensAndSavesUnchanged_data()
    {
        QTest::addColumn<QString>("id");
        for (const QString &id : ScenarioLoader::builtinIds())
            QTest::newRow(qPrintable(id)) << id;
    }

    void everyBuiltinOpensAndSavesUnchanged()
    {
        QFETCH(QString, id);
        const QString source = kBuiltinDir + id + QStringLiteral(".json");
        const QJsonObject original = readJson(source);
        ScenarioEditor editor;
        QString error;
        QVERIFY2(editor.openFile(source, &error), qPrintable(error));
        QVERIFY2(editor.isValid(), qPrintable(editor.problem()));
        QCOMPARE(editor.filePath(), source);
        for (int i = 0; i < editor.stepsPage()->stepCount(); ++i)
            editor.stepsPage()->setCurrentStep(i);
        for (int i = 0; i < editor.faultsPage()->list()->topLevelItemCount(); ++i)
            editor.faultsPage()->setCurrentFault(i);
        for (const QString &platform : {QStringLiteral("windows"), QStringLiteral("textbook"), QStringLiteral("linux")})
            editor.expectPage()->setPlatform(platform);
        for (int i = 0; i < editor.tabs()->count(); ++i)
            editor.tabs()->setCurrentIndex(i);
        QVERIFY(!editor.isModified());
        QCOMPARE(editor.scenario(), original);

        QTemporaryDir dir;
        const QString copy = dir.filePath(id + QStringLiteral(".json"));
        QVERIFY2(editor.saveAs(copy, &error), qPrintable(error));
        QCOMPARE(readJson(copy), original);
        // The built-in from the resources opens as an untitled copy, to be saved elsewhere.
        ScenarioEditor fromResource;
        QVERIFY(fromResource.openFile(ScenarioLoader::builtinPath(id)));
        QVERIFY(fromResource.filePath().isEmpty());
        QVERIFY(fromResource.windowTitle().contains(id + QStringLiteral(".json")));
        QString saveError;
        QVERIFY(!fromResource.save(&saveError));
        QVERIFY(!saveError.isEmpty());
    }

    // Save As, as root, to a name another user planted as a link to root's file: refused with the
    // reason, root's file unchanged, the editor still holds its unsaved scenario.
    void saveNeverFollowsAnotherUsersLink()
    {
        PlantedLink planted(QStringLiteral("mine.json"));
        if (!planted.available())
            QSKIP("staging another user's link takes root");
        ScenarioEditor editor;
        QVERIFY(editor.openFile(ScenarioLoader::builtinPath(QStringLiteral("half-close"))));
        QString error;
        QVERIFY(!editor.saveAs(planted.link(), &error));
        QVERIFY2(error.contains(QLatin1String("symbolic link owned by another user")), qPrintable(error));
        QVERIFY(planted.untouched());
        QVERIFY(editor.filePath().isEmpty());
    }

    void openModifySaveReopen_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<Edit>("edit");
        QTest::addColumn<QString>("key");      // step field the edit changes
        QTest::addColumn<QJsonValue>("value"); // what it holds afterwards
        QTest::newRow("a note") << QStringLiteral("half-close")
                                << Edit([](ScenarioEditor &e) { setText(e, QStringLiteral("step.note"), QStringLiteral("edited")); })
                                << QStringLiteral("note") << QJsonValue(QStringLiteral("edited"));
        QTest::newRow("a timeout") << QStringLiteral("linger-zero")
                                   << Edit([](ScenarioEditor &e) { field<QSpinBox>(e, QStringLiteral("step.timeout_ms"))->setValue(2500); })
                                   << QStringLiteral("timeout_ms") << QJsonValue(2500);
        QTest::newRow("blocks switched on") << QStringLiteral("lost-fin") << Edit([](ScenarioEditor &e) {
            field<QCheckBox>(e, QStringLiteral("step.blocks"))->setChecked(true);
        }) << QStringLiteral("blocks") << QJsonValue(true);
        QTest::newRow("the side") << QStringLiteral("graceful-client-first") << Edit([](ScenarioEditor &e) {
            choose(field<QComboBox>(e, QStringLiteral("step.actor")), QStringLiteral("server"));
        }) << QStringLiteral("actor")
                                  << QJsonValue(QStringLiteral("server"));
    }

    void openModifySaveReopen()
    {
        QFETCH(QString, id);
        QFETCH(Edit, edit);
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("mine.json"));
        QVERIFY(QFile::copy(kBuiltinDir + id + QStringLiteral(".json"), path));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
        QJsonObject expected = readJson(path);

        ScenarioEditor editor;
        QVERIFY(editor.openFile(path));
        editor.stepsPage()->setCurrentStep(0);
        edit(editor);
        QVERIFY(editor.isModified());
        QVERIFY(editor.windowTitle().contains(QLatin1String("mine.json[*]")));
        QVERIFY(editor.isWindowModified());
        QJsonArray steps = expected.value(QStringLiteral("steps")).toArray();
        QJsonObject first = steps.at(0).toObject();
        first[key] = value;
        steps[0] = first;
        expected[QStringLiteral("steps")] = steps;
        QCOMPARE(editor.scenario(), expected); // that one key and nothing else

        QSignalSpy saved(&editor, &ScenarioEditor::saved);
        QString error;
        QVERIFY2(editor.save(&error), qPrintable(error));
        QCOMPARE(saved.size(), 1);
        QVERIFY(!editor.isModified());
        ScenarioEditor reopened;
        QVERIFY(reopened.openFile(path, &error));
        QCOMPARE(reopened.scenario(), editor.scenario());
        QCOMPARE(readJson(path), expected);
    }

    void refusesWhatIsNoScenario_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("says");
        QTest::newRow("a trace") << QStringLiteral(FINACK_TEST_DATA "/traces/orderly-close.json") << QStringLiteral("format");
        QTest::newRow("not JSON") << QStringLiteral(FINACK_TEST_DATA "/bad/scenario-not-json.json")
                                  << QStringLiteral("scenario-not-json.json: ");
        QTest::newRow("missing") << QStringLiteral("/nonexistent/x.json") << QStringLiteral("cannot open");
    }

    void refusesWhatIsNoScenario()
    {
        QFETCH(QString, path);
        QFETCH(QString, says);
        ScenarioEditor editor;
        setText(editor, QStringLiteral("meta.id"), QStringLiteral("kept"));
        QString error;
        QVERIFY(!editor.openFile(path, &error));
        QVERIFY2(error.contains(says), qPrintable(error));
        QCOMPARE(editor.scenario().value(QStringLiteral("id")).toString(), QStringLiteral("kept"));
    }

    void opensABadScenarioToMendIt()
    {
        ScenarioEditor editor;
        QString error;
        QVERIFY2(editor.openFile(QStringLiteral(FINACK_TEST_DATA "/bad/scenario-descriptor-before-socket.json"), &error),
                 qPrintable(error));
        QVERIFY(!editor.isValid());
        QVERIFY2(editor.problemPath().startsWith(QLatin1String("steps[")), qPrintable(editor.problem()));
        QVERIFY2(editor.problemPath().endsWith(QLatin1String("].fd")), qPrintable(editor.problem()));
        editor.revealProblem();
        QCOMPARE(editor.tabs()->currentWidget(), editor.stepsPage());
        QVERIFY(isMarked(field<QComboBox>(editor, QStringLiteral("step.fd")), editor.problem()));
        QVERIFY(!editor.runAction()->isEnabled());
    }

    void asksBeforeUnsavedChangesAreLost_data()
    {
        QTest::addColumn<int>("answer");
        QTest::addColumn<bool>("closes");
        QTest::addColumn<bool>("written");
        QTest::newRow("cancel keeps the editor and its changes") << int(QMessageBox::Cancel) << false << false;
        QTest::newRow("discard closes without writing") << int(QMessageBox::Discard) << true << false;
        QTest::newRow("save writes, then closes") << int(QMessageBox::Save) << true << true;
    }

    void asksBeforeUnsavedChangesAreLost()
    {
        QFETCH(int, answer);
        QFETCH(bool, closes);
        QFETCH(bool, written);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("mine.json"));
        QVERIFY(QFile::copy(kBuiltinDir + QStringLiteral("half-close.json"), path));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
        ScenarioEditor editor;
        QVERIFY(editor.openFile(path));
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));

        // Nothing changed: closing asks nothing.
        QVERIFY(editor.close());
        editor.show();
        setText(editor, QStringLiteral("meta.title"), QStringLiteral("Changed"));
        QString asked;
        m_modals.when<QMessageBox>([&asked, answer](QMessageBox *box) {
            asked = box->text();
            box->button(QMessageBox::StandardButton(answer))->click();
        });
        QCOMPARE(editor.close(), closes);
        QVERIFY2(asked.contains(QLatin1String("mine.json")), qPrintable(asked));
        QCOMPARE(editor.isVisible(), !closes);
        QCOMPARE(readJson(path).value(QStringLiteral("title")).toString() == QLatin1String("Changed"), written);
        QCOMPARE(editor.isModified(), !written);
        QCOMPARE(editor.scenario().value(QStringLiteral("title")).toString(), QStringLiteral("Changed"));

        // New asks the same way.
        if (!closes) {
            m_modals.when<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Discard)->click(); });
            editor.fileNew();
            QCOMPARE(editor.problemPath(), QStringLiteral("id"));
            QVERIFY(!editor.isModified());
        }
    }
};

QTEST_MAIN(TestScenarioEditorFiles)
#include "tst_scenarioeditorfiles.moc"
