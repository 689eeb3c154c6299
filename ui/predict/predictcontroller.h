// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

#include "session/prediction.h"
#include "session/predictionscore.h"

#include <QObject>
#include <optional>

class QAction;
class QDockWidget;
class QMainWindow;

namespace FinAck {

class LabClient;
class Playback;
class PredictPanel;

// Predict mode in the window: stands between Playback asking for the next step and the lab
// running it. When the mode is on and the next step is one of the author's, the question panel
// comes first; the answers confirmed, the step runs the normal way (LabClient::step()), and
// when it has settled the answers are marked against the record and scored. Setup steps and
// replayed files are never asked about. The score of a finished run is kept per scenario id.
//
// While the reveal is on screen, Play waits for the student (Enter) before the next question;
// Step asks the next question at once.
class PredictController : public QObject
{
    Q_OBJECT
public:
    PredictController(QMainWindow *window, LabClient *lab, Playback *playback);

    // Checkable, "P": shows the panel and asks from the next author step on.
    QAction *action() const { return m_action; }
    PredictPanel *panel() const { return m_panel; }
    QDockWidget *dock() const { return m_dock; }
    bool isOn() const;
    void setOn(bool on);

    // A fresh live run of `scenario` (nullopt: a replayed file, nothing to ask): the answers and
    // score start again, and a scenario that asks for predict mode ("predict": true) turns it on.
    void setScenario(const std::optional<Scenario> &scenario);
    // Where the window would call LabClient::step().
    void runNextStep();

    const PredictionScore &score() const { return m_score; }
    // The author's step being asked about or run, as a position in the scenario; -1 for none.
    int askedStep() const { return m_asked; }

    void retranslate();

Q_SIGNALS:
    void scoreChanged(const FinAck::PredictionScore &score);
    // A run was played to its end in predict mode and its score kept.
    void scoreRecorded(const FinAck::PredictionScore &score);

private:
    void ask();
    void onAnswered(const QList<int> &answers);
    void onStepFinished(int step, bool atEnd);
    void onNext();
    void abandon();
    void showScore();

    QMainWindow *m_window = nullptr;
    LabClient *m_lab = nullptr;
    Playback *m_playback = nullptr;
    QAction *m_action = nullptr;
    QDockWidget *m_dock = nullptr;
    PredictPanel *m_panel = nullptr;

    std::optional<Scenario> m_scenario;
    int m_next = 0;             // the scenario step the lab runs next
    int m_asked = -1;           // the step whose questions are shown or whose run is awaited
    bool m_running = false;     // the asked step is running
    bool m_revealShown = false; // marks on screen the student has not moved on from
    bool m_nextWanted = false;  // play asked for the next step while the marks were shown
    bool m_finished = false;
    QList<int> m_answers;
    PredictionScore m_score;
};

} // namespace FinAck
