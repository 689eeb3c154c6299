// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
// Predict mode in the window, on the offscreen platform with a real finack-lab behind it:
// write-after-peer-close is played with every question answered from the keyboard, the marks
// are checked against what the reveal says the kernel did, and the score is shown and kept.
// The first run answers blindly and learns the kernel's answers from the reveal; the second,
// played with Play, answers some right and some wrong on purpose.
//
// FINACK_PREDICT_SHOTS=<dir> saves the window at a question and at a reveal (run it under Xvfb
// with QT_QPA_PLATFORM=xcb to see it as a user would).
#include "diagram/sequenceview.h"
#include "io/scenarioloader.h"
#include "mainwindow.h"
#include "model/tracesteps.h"
#include "predict/predictcontroller.h"
#include "predict/predictpanel.h"
#include "session/labclient.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace FinAck;

namespace {

const QString kScenario = QStringLiteral("write-after-peer-close");

// What the reveal marks as the kernel's answer: the one choice with ✔, or for the segments the
// set of kinds with ✔ ("none" first). -1 when nothing is marked (not scored).
int revealedTruth(PredictPanel *panel, int question)
{
    const QList<QAbstractButton *> buttons = panel->choiceButtons(question);
    const bool wire = panel->questions().at(question).kind == QuestionKind::Wire;
    int truth = -1;
    for (int b = 0; b < buttons.size(); ++b) {
        if (!buttons.at(b)->text().contains(QStringLiteral("✔")))
            continue;
        truth = wire ? std::max(truth, 0) | (b == 0 ? 0 : kWireKinds[b - 1]) : b;
    }
    return truth;
}

// The keys that give `answer`: the choice's number, or for the segments 1 (none) or the number
// of each kind; then Enter.
void answerWithKeys(PredictPanel *panel, int question, int answer)
{
    QCOMPARE(panel->currentQuestion(), question);
    if (panel->questions().at(question).kind != QuestionKind::Wire) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key(Qt::Key_1 + answer));
    } else if (answer == 0) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_1);
    } else {
        for (int k = 0; k < int(std::size(kWireKinds)); ++k) {
            if (answer & kWireKinds[k])
                QTest::keyClick(QApplication::focusWidget(), Qt::Key(Qt::Key_2 + k));
        }
    }
    QCOMPARE(panel->answers().at(question), answer);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
}

// A wrong answer to a question whose right answer is `truth`.
int wrongAnswer(const PredictionQuestion &q, int truth)
{
    if (q.kind == QuestionKind::Wire)
        return truth == WireKind::Fin ? WireKind::Rst : WireKind::Fin;
    return (truth + 1) % q.choiceCount();
}

void saveShot(MainWindow &window, const QString &name)
{
    const QString dir = qEnvironmentVariable("FINACK_PREDICT_SHOTS");
    if (!dir.isEmpty())
        window.grab().save(dir + QLatin1Char('/') + name);
}

} // namespace

class TestPredictMode : public QObject
{
    Q_OBJECT

    struct Answered {
        QList<int> answers;
        QList<int> truths;
    };

    // Runs the scenario from its start to its end, answering each author step's questions with
    // choose(step number, question, questions) and checking each reveal. Play drives it when
    // `play`, else Step; `steps` gets what was answered and what the kernel did, per step.
    static void playThrough(MainWindow &window, const Scenario &scenario, bool play,
                            const std::function<int(int, int, const PredictionQuestion &)> &choose, QList<Answered> &steps)
    {
        PredictPanel *panel = window.predictController()->panel();
        const int setup = scenario.setupStepCount();
        const int authorSteps = int(scenario.steps.size()) - setup;
        if (play)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        while (steps.size() < authorSteps) {
            if (!play)
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right);
            else if (panel->mode() == PredictPanel::Mode::Revealed)
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
            QTRY_VERIFY_WITH_TIMEOUT(panel->mode() == PredictPanel::Mode::Asking || (!play && !window.playback().isWaitingForStep()),
                                     30000);
            if (panel->mode() != PredictPanel::Mode::Asking)
                continue; // a setup step: not asked
            // Each of the author's steps in turn, none left out.
            QCOMPARE(window.predictController()->askedStep(), setup + int(steps.size()));
            // Its heading numbers it as the diagram's step gutter does, setup included (docs/steps.md).
            const QString heading =
                QStringLiteral("Step %1 of %2 — ").arg(stepNumber(setup + int(steps.size()))).arg(scenario.steps.size());
            const QList<QLabel *> labels = panel->findChildren<QLabel *>();
            QVERIFY2(std::any_of(labels.cbegin(), labels.cend(), [&](const QLabel *l) { return l->text().startsWith(heading); }),
                     qPrintable(heading));
            // The question takes the keyboard.
            QVERIFY(QApplication::focusWidget() == panel || panel->isAncestorOf(QApplication::focusWidget()));
            if (steps.isEmpty())
                saveShot(window, play ? QStringLiteral("predict-question-2.png") : QStringLiteral("predict-question.png"));
            Answered a;
            for (int q = 0; q < panel->questionCount(); ++q) {
                a.answers << choose(int(steps.size()), q, panel->questions().at(q));
                answerWithKeys(panel, q, a.answers.constLast());
                if (QTest::currentTestFailed())
                    return;
            }
            QTRY_VERIFY_WITH_TIMEOUT(panel->mode() == PredictPanel::Mode::Revealed, 30000);
            for (int q = 0; q < panel->questionCount(); ++q) {
                a.truths << revealedTruth(panel, q);
                QCOMPARE(panel->isMarkedRight(q), a.truths.at(q) >= 0 && a.answers.at(q) == a.truths.at(q));
                QVERIFY(!panel->truthText(q).isEmpty());
            }
            QVERIFY2(!panel->notesText().isEmpty(), "the step's why-note is shown with the marks");
            if (steps.size() == 6 && !play) {
                saveShot(window, QStringLiteral("predict-reveal.png"));
                if (qEnvironmentVariableIsSet("FINACK_PREDICT_SHOTS")) { // and docked beside the diagram
                    QDockWidget *dock = window.predictController()->dock();
                    window.addDockWidget(Qt::RightDockWidgetArea, dock);
                    QTRY_COMPARE(panel->orientation(), Qt::Vertical);
                    window.resizeDocks({dock}, {420}, Qt::Horizontal);
                    QTRY_VERIFY(dock->x() > window.width() / 2 && dock->height() > window.height() / 2);
                    saveShot(window, QStringLiteral("predict-reveal-beside.png"));
                    window.addDockWidget(Qt::BottomDockWidgetArea, dock);
                    QTRY_COMPARE(panel->orientation(), Qt::Horizontal);
                }
            }
            steps << a;
            if (play && steps.size() < authorSteps) {
                // Play has asked for the next step, but the marks stay until the student goes on.
                QTRY_VERIFY_WITH_TIMEOUT(window.playback().isWaitingForStep(), 30000);
                QCOMPARE(panel->mode(), PredictPanel::Mode::Revealed);
            }
        }
    }

    static PredictionScore expectedScore(const QList<Answered> &steps)
    {
        PredictionScore score;
        for (const Answered &a : steps) {
            for (int q = 0; q < a.truths.size(); ++q) {
                if (a.truths.at(q) >= 0)
                    score.add(a.answers.at(q) == a.truths.at(q));
            }
        }
        return score;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("FINACK_LAB", FINACK_LAB_BIN);
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void answeredRunsAreMarkedAndScored()
    {
        ScenarioLoader loader;
        const auto scenario = loader.loadByIdOrFile(kScenario);
        QVERIFY(scenario);
        const int authorSteps = int(scenario->steps.size()) - scenario->setupStepCount();

        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow(); // keys go where a user's would: to the focused widget
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.openScenario(kScenario));
        auto *speed = window.findChild<QComboBox *>();
        speed->setCurrentIndex(speed->count() - 1);
        PredictController *predict = window.predictController();
        QVERIFY(!predict->isOn());
        QVERIFY(!predict->dock()->isVisible());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_P);
        QVERIFY(predict->isOn());
        QVERIFY(predict->dock()->isVisible());
        PredictPanel *panel = predict->panel();

        // First run: always the first choice (and "none" for the segments).
        QList<Answered> first;
        playThrough(
            window, *scenario, false, [](int, int, const PredictionQuestion &) { return 0; }, first);
        if (QTest::currentTestFailed())
            return;
        QTRY_VERIFY_WITH_TIMEOUT(window.lab().isFinished(), 30000);
        const PredictionScore firstScore = expectedScore(first);
        QCOMPARE(firstScore.asked, 4 * authorSteps); // every question of every step had its answer among the choices
        QCOMPARE(predict->score(), firstScore);
        QVERIFY2(panel->scoreText().contains(QStringLiteral("Final score: %1").arg(firstScore.text())), qPrintable(panel->scoreText()));
        QCOMPARE(PredictionScores::last(kScenario), firstScore);
        QCOMPARE(PredictionScores::best(kScenario), firstScore);

        // Second run, with Play: right for two questions out of three, wrong for the third.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_R);
        QTRY_COMPARE(predict->score().asked, 0);
        int planned = 0;
        QList<Answered> second;
        const auto plan = [&](int step, int q, const PredictionQuestion &question) {
            const int truth = first.at(step).truths.at(q);
            const bool right = (step * 4 + q) % 3 != 2;
            planned += right ? 1 : 0;
            return right ? truth : wrongAnswer(question, truth);
        };
        playThrough(window, *scenario, true, plan, second);
        if (QTest::currentTestFailed())
            return;
        QTRY_VERIFY_WITH_TIMEOUT(window.lab().isFinished(), 30000);
        const PredictionScore secondScore = expectedScore(second);
        qInfo("blind answers: %s, planned answers: %s", qPrintable(firstScore.text()), qPrintable(secondScore.text()));
        // The kernel answered the same way twice, so the plan held to the answer.
        QCOMPARE(secondScore.right, planned);
        QCOMPARE(secondScore.asked, firstScore.asked);
        QCOMPARE(predict->score(), secondScore);
        QVERIFY2(panel->scoreText().contains(QStringLiteral("Final score: %1").arg(secondScore.text())), qPrintable(panel->scoreText()));
        QCOMPARE(PredictionScores::last(kScenario), secondScore);
        QCOMPARE(PredictionScores::best(kScenario), secondScore.isBetterThan(firstScore) ? secondScore : firstScore);
    }

    // Issue 14: on a 1366×768 laptop the questions go beside the diagram, not under it.
    void aLaptopScreenKeepsTheDiagramTall()
    {
        MainWindow window;
        window.show();
        window.setWindowState(Qt::WindowNoState); // the offscreen screen is smaller than a laptop's
        window.resize(1366, 728);
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openScenario(kScenario));
        window.predictController()->setOn(true);
        QVERIFY(window.predictController()->dock()->isVisible());
        QCOMPARE(window.dockWidgetArea(window.predictController()->dock()), Qt::RightDockWidgetArea);
        QTRY_VERIFY2(window.sequenceView()->height() >= 0.6 * window.height(),
                     qPrintable(QStringLiteral("%1 of %2").arg(window.sequenceView()->height()).arg(window.height())));
        window.predictController()->setOn(false);
    }

    void theScenarioFlagTurnsTheModeOn()
    {
        QFile builtin(ScenarioLoader::builtinPath(kScenario));
        QVERIFY(builtin.open(QIODevice::ReadOnly));
        QJsonObject json = QJsonDocument::fromJson(builtin.readAll()).object();
        json.insert(QStringLiteral("id"), QStringLiteral("homework-1"));
        json.insert(QStringLiteral("predict"), true);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("homework.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(json).toJson());
        file.close();

        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow(); // keys go where a user's would: to the focused widget
        QVERIFY(QTest::qWaitForWindowActive(&window));
        PredictController *predict = window.predictController();
        QVERIFY(window.openScenario(QStringLiteral("graceful-client-first")));
        QVERIFY(!predict->isOn());
        QString error;
        QVERIFY2(window.openFile(path, &error), qPrintable(error));
        QVERIFY(predict->isOn());
        QVERIFY(predict->dock()->isVisible());
        QVERIFY(predict->action()->isChecked());
        // The student may still turn it off, with P.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_P);
        QVERIFY(!predict->isOn());
        QVERIFY(!predict->dock()->isVisible());
    }

    // A question on screen when the mode is turned off: the step runs anyway, unasked.
    void turningOffRunsTheAskedStep()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow(); // keys go where a user's would: to the focused widget
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.openScenario(QStringLiteral("graceful-client-first")));
        PredictController *predict = window.predictController();
        predict->setOn(true);
        PredictPanel *panel = predict->panel();
        for (int i = 0; i < 20 && panel->mode() != PredictPanel::Mode::Asking; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right);
            QTRY_VERIFY_WITH_TIMEOUT(panel->mode() == PredictPanel::Mode::Asking || !window.playback().isWaitingForStep(), 30000);
        }
        QCOMPARE(panel->mode(), PredictPanel::Mode::Asking);
        const int calls = int(window.lab().trace().calls(Actor::Client).size());
        predict->setOn(false);
        QTRY_VERIFY_WITH_TIMEOUT(!window.playback().isWaitingForStep(), 30000);
        QCOMPARE(int(window.lab().trace().calls(Actor::Client).size()), calls + 1); // graceful-client-first: the client's send
        QCOMPARE(predict->score().asked, 0);
    }
};

QTEST_MAIN(TestPredictMode)
#include "tst_predictmode.moc"
