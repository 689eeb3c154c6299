// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#include "predict/predictcontroller.h"

#include "model/tracesteps.h"
#include "predict/predictpanel.h"
#include "session/labclient.h"
#include "session/playback.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>

namespace FinAck {

PredictController::PredictController(QMainWindow *window, LabClient *lab, Playback *playback)
    : QObject(window)
    , m_window(window)
    , m_lab(lab)
    , m_playback(playback)
{
    m_action = new QAction(window);
    m_action->setCheckable(true);
    m_action->setShortcut(QKeySequence(Qt::Key_P));
    m_action->setShortcutContext(Qt::WindowShortcut);
    window->addAction(m_action); // the shortcut works whether or not a toolbar shows the action

    m_panel = new PredictPanel;
    m_dock = new QDockWidget(window);
    m_dock->setObjectName(QStringLiteral("predictDock"));
    // Visible exactly while the mode is on: the action, not the dock's own close button, decides.
    m_dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    m_dock->setWidget(m_panel);
    // Below the diagram, which needs its width for two lifelines and their labels.
    window->addDockWidget(Qt::BottomDockWidgetArea, m_dock);
    m_dock->hide();
    const auto follow = [this] {
        const Qt::DockWidgetArea area = m_dock->isFloating() ? Qt::NoDockWidgetArea : m_window->dockWidgetArea(m_dock);
        m_panel->setOrientation(area == Qt::TopDockWidgetArea || area == Qt::BottomDockWidgetArea ? Qt::Horizontal : Qt::Vertical);
    };
    connect(m_dock, &QDockWidget::dockLocationChanged, this, follow);
    connect(m_dock, &QDockWidget::topLevelChanged, this, follow);

    connect(m_action, &QAction::toggled, this, &PredictController::setOn);
    connect(m_panel, &PredictPanel::answered, this, &PredictController::onAnswered);
    connect(m_panel, &PredictPanel::nextRequested, this, &PredictController::onNext);
    connect(m_panel, &PredictPanel::resetScoresRequested, this, [this] {
        if (m_scenario)
            PredictionScores::reset(m_scenario->id);
        showScore();
    });
    connect(m_lab, &LabClient::stepFinished, this, &PredictController::onStepFinished);
    // A run that ends without the asked step settling (a scenario this network cannot run), or a
    // lab that died: nothing to mark.
    connect(m_lab, &LabClient::finished, this, [this] {
        if (m_running)
            abandon();
    });
    connect(m_lab, &LabClient::labFailed, this, &PredictController::abandon);
    m_panel->showIdle(false);
    retranslate();
}

bool PredictController::isOn() const
{
    return m_action->isChecked();
}

void PredictController::setOn(bool on)
{
    m_action->setChecked(on); // re-enters through toggled() only when it changes
    if (on && !m_dock->isVisible()) {
        // Room for a question's four rows of choices and the marks under them, without scrolling:
        // below the diagram where that leaves it 60 % of the window's height, beside it where the
        // screen is low (a 1366×768 laptop), so the diagram keeps its height.
        const int below = m_panel->fontMetrics().height() * 21;
        const bool low = below > m_window->height() * 0.4 && !m_dock->isFloating();
        const Qt::DockWidgetArea area = low ? Qt::RightDockWidgetArea : Qt::BottomDockWidgetArea;
        if (!m_dock->isFloating() && m_window->dockWidgetArea(m_dock) != area)
            m_window->addDockWidget(area, m_dock);
        m_dock->show();
        if (low)
            m_window->resizeDocks({m_dock}, {std::min(m_panel->sizeHint().width(), m_window->width() * 3 / 10)}, Qt::Horizontal);
        else
            m_window->resizeDocks({m_dock}, {below}, Qt::Vertical);
    } else if (!on) {
        m_dock->hide();
    }
    if (on || m_asked < 0 || m_running)
        return;
    // Turned off with a question on screen: the step it was about runs unasked.
    m_asked = -1;
    m_panel->showIdle(m_scenario.has_value());
    m_lab->step();
}

void PredictController::setScenario(const std::optional<Scenario> &scenario)
{
    m_scenario = scenario;
    m_next = 0;
    m_asked = -1;
    m_running = false;
    m_revealShown = false;
    m_nextWanted = false;
    m_finished = false;
    m_answers.clear();
    m_score = {};
    m_panel->showIdle(m_scenario.has_value());
    if (m_scenario && m_scenario->predict)
        setOn(true);
    showScore();
    Q_EMIT scoreChanged(m_score);
}

void PredictController::runNextStep()
{
    const bool authorStep = m_scenario && m_next < m_scenario->steps.size() && !m_scenario->steps.at(m_next).setup;
    // A scenario with faults does not run outside the private network: the lab says so at once,
    // and questions about steps that never run would be answered for nothing.
    const bool runnable = m_scenario && (m_scenario->faults.isEmpty() || m_lab->network() == QLatin1String("private"));
    if (!isOn() || !authorStep || !runnable || m_finished) {
        m_lab->step();
        return;
    }
    if (m_running || m_asked == m_next)
        return; // already asked; Playback waits for this step anyway
    if (m_revealShown && m_playback->isPlaying()) {
        m_nextWanted = true; // the marks stay until the student has read them
        return;
    }
    ask();
}

void PredictController::ask()
{
    const QList<PredictionQuestion> questions = predictionQuestions(*m_scenario, m_next, m_lab->trace());
    if (questions.isEmpty()) {
        m_lab->step();
        return;
    }
    m_asked = m_next;
    m_revealShown = false;
    m_nextWanted = false;
    // Numbered as the diagram's gutter and the explanation number it (docs/steps.md), setup included:
    // the question about the row marked 7 says "Step 7".
    m_panel->ask(m_scenario->steps.at(m_next), stepNumber(m_next), int(m_scenario->steps.size()), questions);
    m_dock->raise();
    m_panel->setFocus();
}

void PredictController::onAnswered(const QList<int> &answers)
{
    if (m_asked < 0 || m_running)
        return;
    m_answers = answers;
    m_running = true;
    m_lab->step();
}

void PredictController::onStepFinished(int step, bool atEnd)
{
    m_next = step + 1;
    if (m_running && step == m_asked) {
        m_running = false;
        m_asked = -1;
        const StepOutcome outcome = stepOutcome(m_lab->trace(), *m_scenario, step);
        const QList<PredictionQuestion> &questions = m_panel->questions();
        QList<int> right;
        for (int i = 0; i < questions.size(); ++i) {
            right << rightAnswer(questions.at(i), outcome);
            if (right.constLast() >= 0)
                m_score.add(m_answers.value(i, -1) == right.constLast());
        }
        m_panel->setMoreSteps(!atEnd);
        m_panel->reveal(outcome, right);
        m_revealShown = true;
        Q_EMIT scoreChanged(m_score);
    }
    if (atEnd && isOn() && m_scenario && m_score.asked > 0 && !m_finished) {
        m_finished = true;
        PredictionScores::record(m_scenario->id, m_score);
        Q_EMIT scoreRecorded(m_score);
    }
    showScore();
}

void PredictController::onNext()
{
    m_revealShown = false;
    if (m_nextWanted) {
        m_nextWanted = false;
        ask();
    } else if (!m_playback->isPlaying()) {
        m_playback->step();
    }
}

void PredictController::abandon()
{
    if (m_asked < 0 && !m_running)
        return;
    m_asked = -1;
    m_running = false;
    m_panel->showIdle(m_scenario.has_value());
    showScore();
}

void PredictController::showScore()
{
    const QString id = m_scenario ? m_scenario->id : QString();
    m_panel->setScore(m_score, id.isEmpty() ? std::nullopt : PredictionScores::best(id),
                      id.isEmpty() ? std::nullopt : PredictionScores::last(id), m_finished);
}

void PredictController::retranslate()
{
    m_action->setText(tr("Predict"));
    //: the Predict action's tooltip; %1 is its shortcut ("P")
    m_action->setToolTip(tr("Say what each step will do before it runs, then see what the kernel did (%1)")
                             .arg(m_action->shortcut().toString(QKeySequence::NativeText)));
    m_dock->setWindowTitle(tr("Predict"));
}

} // namespace FinAck
