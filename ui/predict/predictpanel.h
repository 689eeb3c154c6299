// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

#include "session/prediction.h"
#include "session/predictionscore.h"

#include <QWidget>
#include <optional>

class QAbstractButton;
class QBoxLayout;
class QFrame;
class QLabel;
class QPushButton;
class QScrollArea;

namespace FinAck {

// Predict mode's questions and, once the step has run, their marks: one box per question with
// its choices, the score so far, and after the run what the kernel did and why. It only shows
// and collects; PredictController decides what is asked and when.
//
// Keyboard: the number keys pick a choice of the current question (in the segment question
// they tick and untick, 1 is "none"), Enter goes to the next question and, when every question
// has an answer, runs the step; on the reveal Enter asks for the next step.
class PredictPanel : public QWidget
{
    Q_OBJECT
public:
    enum class Mode { Idle, Asking, Revealed };

    explicit PredictPanel(QWidget *parent = nullptr);

    // Horizontal: the questions side by side (a panel below the diagram); vertical: one under
    // the other (a panel beside it).
    void setOrientation(Qt::Orientation orientation);
    Qt::Orientation orientation() const { return m_orientation; }

    // Nothing asked yet, or no live run to ask about (`live` false: a replayed file).
    void showIdle(bool live);
    // The questions about `step`, step `number` of `count` as stepNumber() counts them (setup included).
    void ask(const ScenarioStep &step, int number, int count, const QList<PredictionQuestion> &questions);
    // Marks the answers: `right` per question as rightAnswer() gives it (-1: not scored).
    void reveal(const StepOutcome &outcome, const QList<int> &right);
    // The live score, with the kept best and last; `final` when the run is over.
    void setScore(const PredictionScore &score, const std::optional<PredictionScore> &best, const std::optional<PredictionScore> &last,
                  bool final);
    // The reveal offers "Next step" only while there is one.
    void setMoreSteps(bool more);

    Mode mode() const { return m_mode; }
    int questionCount() const { return int(m_questions.size()); }
    const QList<PredictionQuestion> &questions() const { return m_questions; }
    int currentQuestion() const { return m_current; }
    // Per question: a choice index, or the wire bits; -1 while unanswered.
    const QList<int> &answers() const { return m_answers; }
    // After reveal(): whether the answer was right, and what the kernel did ("-1 EPIPE").
    bool isMarkedRight(int question) const;
    QString truthText(int question) const;
    // The choice buttons of a question (Wire: "none" first, then kWireKinds), for tests.
    QList<QAbstractButton *> choiceButtons(int question) const;
    QString scoreText() const;
    QString notesText() const;

Q_SIGNALS:
    void answered(const QList<int> &answers);
    void nextRequested();
    void resetScoresRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Box {
        QFrame *frame = nullptr;
        QLabel *title = nullptr;
        QLabel *verdict = nullptr;
        QList<QAbstractButton *> buttons;
    };

    void clearBoxes();
    void buildBox(int index);
    void pick(int question, int choice);
    void setCurrent(int question);
    bool isAnswered(int question) const;
    void confirm();
    void syncAnswer(int question);
    void retranslate();
    void updateTexts();
    void updateBoxStyle(int question);

    Mode m_mode = Mode::Idle;
    Qt::Orientation m_orientation = Qt::Horizontal;
    bool m_live = false;
    ScenarioStep m_step;
    int m_number = 0;
    int m_count = 0;
    QList<PredictionQuestion> m_questions;
    QList<int> m_answers;
    QList<int> m_right;
    StepOutcome m_outcome;
    int m_current = 0;
    bool m_moreSteps = true;
    PredictionScore m_score;
    std::optional<PredictionScore> m_best;
    std::optional<PredictionScore> m_last;
    bool m_final = false;
    bool m_updatingButtons = false;

    QLabel *m_heading = nullptr;
    QLabel *m_scoreLabel = nullptr;
    QLabel *m_hint = nullptr;
    QScrollArea *m_scroll = nullptr;
    QBoxLayout *m_boxLayout = nullptr;
    QList<Box> m_boxes;
    QLabel *m_notes = nullptr;
    QPushButton *m_run = nullptr;
    QPushButton *m_next = nullptr;
    QPushButton *m_reset = nullptr;
};

} // namespace FinAck
