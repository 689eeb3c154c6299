// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#include "predict/predictpanel.h"

#include "fontscale.h"

#include <QCheckBox>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace FinAck {

namespace {

constexpr char kRightColor[] = "#17803d";
constexpr char kWrongColor[] = "#b42318";

// "none" stands first in the segment question, so the keys are 1 for none, 2… for the kinds.
quint8 wireBit(int button)
{
    return button == 0 ? 0 : kWireKinds[button - 1];
}

// At most four rows, so the boxes side by side stay low.
int columnsFor(const PredictionQuestion &q)
{
    if (q.kind == QuestionKind::Wire)
        return 3;
    return q.choiceCount() > 4 ? 2 : 1;
}

} // namespace

PredictPanel::PredictPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("predictPanel"));
    setFocusPolicy(Qt::StrongFocus);
    m_heading = new QLabel(this);
    m_heading->setWordWrap(true);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont = scaledFont(headingFont, 1.15);
    m_heading->setFont(headingFont);
    m_scoreLabel = new QLabel(this);
    m_scoreLabel->setWordWrap(true);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);

    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    m_boxLayout = new QBoxLayout(QBoxLayout::TopToBottom);
    contentLayout->addLayout(m_boxLayout);
    m_notes = new QLabel(content);
    m_notes->setWordWrap(true);
    m_notes->setTextFormat(Qt::PlainText);
    m_notes->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    contentLayout->addWidget(m_notes);
    contentLayout->addStretch(1);
    m_scroll = new QScrollArea(this);
    m_scroll->setWidget(content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);

    m_run = new QPushButton(this);
    m_next = new QPushButton(this);
    m_reset = new QPushButton(this);
    m_run->setFocusPolicy(Qt::NoFocus); // Enter belongs to the panel, Space to Play
    m_next->setFocusPolicy(Qt::NoFocus);
    m_reset->setFocusPolicy(Qt::NoFocus);
    // What is asked and the score on one line, how to answer and the buttons on the next: the
    // questions get the rest, side by side in a wide panel, one under the other in a narrow one.
    auto *top = new QHBoxLayout;
    top->addWidget(m_heading, 1);
    top->addWidget(m_scoreLabel);
    auto *second = new QHBoxLayout;
    second->addWidget(m_hint, 1);
    second->addWidget(m_run);
    second->addWidget(m_next);
    second->addWidget(m_reset);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(second);
    layout->addWidget(m_scroll, 1);
    layout->addStretch(0);
    setOrientation(Qt::Horizontal);

    connect(m_run, &QPushButton::clicked, this, &PredictPanel::confirm);
    connect(m_next, &QPushButton::clicked, this, &PredictPanel::nextRequested);
    connect(m_reset, &QPushButton::clicked, this, &PredictPanel::resetScoresRequested);
    retranslate();
}

void PredictPanel::setOrientation(Qt::Orientation orientation)
{
    m_orientation = orientation;
    m_boxLayout->setDirection(orientation == Qt::Horizontal ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
    m_scroll->setHorizontalScrollBarPolicy(orientation == Qt::Horizontal ? Qt::ScrollBarAsNeeded : Qt::ScrollBarAlwaysOff);
    m_scoreLabel->setWordWrap(orientation == Qt::Vertical);
}

void PredictPanel::showIdle(bool live)
{
    m_mode = Mode::Idle;
    m_live = live;
    clearBoxes();
    m_questions.clear();
    m_answers.clear();
    m_right.clear();
    m_outcome = {};
    updateTexts();
}

void PredictPanel::ask(const ScenarioStep &step, int number, int count, const QList<PredictionQuestion> &questions)
{
    clearBoxes();
    m_mode = Mode::Asking;
    m_live = true;
    m_step = step;
    m_number = number;
    m_count = count;
    m_questions = questions;
    m_answers = QList<int>(questions.size(), -1);
    m_right.clear();
    m_outcome = {};
    for (int i = 0; i < m_questions.size(); ++i)
        buildBox(i);
    setCurrent(0);
    updateTexts();
    m_scroll->ensureVisible(0, 0);
}

void PredictPanel::reveal(const StepOutcome &outcome, const QList<int> &right)
{
    m_mode = Mode::Revealed;
    m_outcome = outcome;
    m_right = right;
    for (const Box &box : std::as_const(m_boxes)) {
        for (QAbstractButton *b : box.buttons) {
            b->setAttribute(Qt::WA_TransparentForMouseEvents);
            b->setFocusPolicy(Qt::NoFocus);
        }
    }
    m_current = -1;
    for (int i = 0; i < m_boxes.size(); ++i)
        updateBoxStyle(i);
    updateTexts();
}

void PredictPanel::setScore(const PredictionScore &score, const std::optional<PredictionScore> &best,
                            const std::optional<PredictionScore> &last, bool final)
{
    m_score = score;
    m_best = best;
    m_last = last;
    m_final = final;
    updateTexts();
}

void PredictPanel::setMoreSteps(bool more)
{
    m_moreSteps = more;
    updateTexts();
}

bool PredictPanel::isMarkedRight(int question) const
{
    return m_mode == Mode::Revealed && question >= 0 && question < m_right.size() && m_right.at(question) >= 0
           && m_answers.value(question, -1) == m_right.at(question);
}

QString PredictPanel::truthText(int question) const
{
    if (m_mode != Mode::Revealed || question < 0 || question >= m_questions.size())
        return {};
    return outcomeText(m_questions.at(question), m_outcome);
}

QList<QAbstractButton *> PredictPanel::choiceButtons(int question) const
{
    return question >= 0 && question < m_boxes.size() ? m_boxes.at(question).buttons : QList<QAbstractButton *>();
}

QString PredictPanel::scoreText() const
{
    return m_scoreLabel->text();
}

QString PredictPanel::notesText() const
{
    return m_mode == Mode::Revealed ? m_notes->text() : QString();
}

void PredictPanel::clearBoxes()
{
    for (const Box &box : std::as_const(m_boxes))
        delete box.frame;
    m_boxes.clear();
}

void PredictPanel::buildBox(int index)
{
    const PredictionQuestion &q = m_questions.at(index);
    Box box;
    box.frame = new QFrame;
    box.frame->setObjectName(QStringLiteral("predictQuestion"));
    auto *layout = new QVBoxLayout(box.frame);
    box.title = new QLabel(box.frame);
    box.title->setWordWrap(true);
    QFont bold = box.title->font();
    bold.setBold(true);
    box.title->setFont(bold);
    layout->addWidget(box.title);
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(16);
    grid->setVerticalSpacing(2);
    const int buttons = q.kind == QuestionKind::Wire ? q.choiceCount() + 1 : q.choiceCount();
    const int columns = columnsFor(q);
    const int rows = (buttons + columns - 1) / columns;
    for (int i = 0; i < buttons; ++i) {
        QAbstractButton *b = q.kind == QuestionKind::Wire ? static_cast<QAbstractButton *>(new QCheckBox(box.frame))
                                                          : static_cast<QAbstractButton *>(new QRadioButton(box.frame));
        // Down the first column, then the next: the order a reader expects for numbered items.
        grid->addWidget(b, i % rows, i / rows);
        box.buttons << b;
        connect(b, &QAbstractButton::toggled, this, [this, index, i](bool on) {
            if (m_updatingButtons || m_mode != Mode::Asking)
                return;
            if (m_questions.at(index).kind == QuestionKind::Wire && on) {
                // "none" and the kinds exclude each other.
                m_updatingButtons = true;
                const QList<QAbstractButton *> &all = m_boxes.at(index).buttons;
                for (int j = 0; j < all.size(); ++j) {
                    if (j != i && (i == 0 || j == 0))
                        all.at(j)->setChecked(false);
                }
                m_updatingButtons = false;
            }
            syncAnswer(index);
            setCurrent(index);
        });
    }
    layout->addLayout(grid);
    box.verdict = new QLabel(box.frame);
    box.verdict->setWordWrap(true);
    box.verdict->hide();
    layout->addWidget(box.verdict);
    m_boxLayout->insertWidget(index, box.frame, 1, Qt::AlignTop);
    m_boxes << box;
}

void PredictPanel::pick(int question, int choice)
{
    if (m_mode != Mode::Asking || question < 0 || question >= m_boxes.size())
        return;
    const QList<QAbstractButton *> &buttons = m_boxes.at(question).buttons;
    if (choice < 0 || choice >= buttons.size())
        return;
    QAbstractButton *b = buttons.at(choice);
    b->setChecked(m_questions.at(question).kind == QuestionKind::Wire ? !b->isChecked() : true);
}

void PredictPanel::syncAnswer(int question)
{
    const QList<QAbstractButton *> &buttons = m_boxes.at(question).buttons;
    int answer = -1;
    if (m_questions.at(question).kind == QuestionKind::Wire) {
        for (int i = 0; i < buttons.size(); ++i) {
            if (buttons.at(i)->isChecked())
                answer = std::max(answer, 0) | wireBit(i);
        }
    } else {
        for (int i = 0; i < buttons.size(); ++i) {
            if (buttons.at(i)->isChecked())
                answer = i;
        }
    }
    m_answers[question] = answer;
    m_run->setEnabled(!m_answers.contains(-1));
}

void PredictPanel::setCurrent(int question)
{
    const int before = m_current;
    m_current = question;
    if (before >= 0 && before < m_boxes.size())
        updateBoxStyle(before);
    if (question >= 0 && question < m_boxes.size()) {
        updateBoxStyle(question);
        m_scroll->ensureWidgetVisible(m_boxes.at(question).frame);
    }
}

bool PredictPanel::isAnswered(int question) const
{
    return m_answers.value(question, -1) >= 0;
}

// Enter: on to the next question without an answer; when there is none, the step runs.
void PredictPanel::confirm()
{
    if (m_mode != Mode::Asking)
        return;
    if (m_current >= 0 && !isAnswered(m_current))
        return;
    for (int k = 1; k <= m_questions.size(); ++k) {
        const int q = (std::max(m_current, 0) + k) % int(m_questions.size());
        if (!isAnswered(q)) {
            setCurrent(q);
            return;
        }
    }
    Q_EMIT answered(m_answers);
}

void PredictPanel::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    if (m_mode == Mode::Asking && key >= Qt::Key_1 && key <= Qt::Key_9) {
        pick(m_current, key - Qt::Key_1);
        return;
    }
    if (key == Qt::Key_Return || key == Qt::Key_Enter) {
        if (m_mode == Mode::Asking)
            confirm();
        else if (m_mode == Mode::Revealed && m_moreSteps)
            Q_EMIT nextRequested();
        return;
    }
    QWidget::keyPressEvent(event);
}

void PredictPanel::updateBoxStyle(int question)
{
    const Box &box = m_boxes.at(question);
    const bool active = question == m_current && m_mode == Mode::Asking;
    box.frame->setStyleSheet(active ? QStringLiteral("QFrame#predictQuestion { border: 2px solid #3b74d9; border-radius: 4px; }")
                                    : QStringLiteral("QFrame#predictQuestion { border: 1px solid #c4c9d0; border-radius: 4px; }"));
}

void PredictPanel::updateTexts()
{
    const bool asking = m_mode == Mode::Asking;
    const bool revealed = m_mode == Mode::Revealed;
    if (m_mode == Mode::Idle) {
        m_heading->setText(tr("Predict, then see"));
        if (m_live) {
            m_hint->setText(tr("Press Step or Play. Before each of the scenario's own steps you say what the call returns, "
                               "which segments go on the wire and where each side's state ends; then the step runs for real."));
        } else {
            m_hint->setText(tr("Predict mode asks about live runs. Choose a scenario to play it."));
        }
    } else {
        //: %1 the step's number as in the diagram's step gutter, %2 how many steps the scenario has (setup included), %3 is the side ("client"), %4 the call: close(conn)
        m_heading->setText(
            tr("Step %1 of %2 — %3: %4").arg(m_number).arg(m_count).arg(actorDisplayName(m_step.actor), stepCallText(m_step)));
        if (asking)
            m_hint->setText(tr("Number keys pick a choice, Enter goes on; the step runs when every question has an answer."));
        else if (m_moreSteps)
            m_hint->setText(tr("Enter or Next step goes on."));
        else
            m_hint->setText(tr("That was the scenario's last step."));
    }

    if (m_final && m_best) {
        //: %1 and %2 are scores: "7 of 9"
        m_scoreLabel->setText(tr("Final score: %1 · best: %2").arg(m_score.text(), m_best->text()));
    } else if (m_score.asked > 0 || m_mode != Mode::Idle) {
        m_scoreLabel->setText(m_best ? tr("Score: %1 · best: %2").arg(m_score.text(), m_best->text())
                                     : tr("Score: %1").arg(m_score.text()));
    } else if (m_best && m_last) {
        //: scores kept from earlier runs of this scenario: "7 of 9"
        m_scoreLabel->setText(tr("Best: %1 · last: %2").arg(m_best->text(), m_last->text()));
    } else {
        m_scoreLabel->setText(m_live ? tr("No score kept for this scenario yet.") : QString());
    }

    for (int i = 0; i < m_boxes.size(); ++i) {
        const PredictionQuestion &q = m_questions.at(i);
        const Box &box = m_boxes.at(i);
        box.title->setText(tr("%1. %2").arg(i + 1).arg(q.prompt(m_step)));
        const int right = revealed ? m_right.value(i, -1) : -1;
        const int answer = m_answers.value(i, -1);
        for (int b = 0; b < box.buttons.size(); ++b) {
            QString text = q.kind == QuestionKind::Wire ? (b == 0 ? wireKindsText(0) : q.choiceText(b - 1)) : q.choiceText(b);
            QString style;
            if (revealed) {
                const bool isTruth = q.kind == QuestionKind::Wire ? (b == 0 ? right == 0 : right > 0 && (right & wireBit(b))) : b == right;
                const bool chosen = box.buttons.at(b)->isChecked();
                if (isTruth) {
                    text = QStringLiteral("✔ ") + text;
                    style = QStringLiteral("color: %1; font-weight: bold;").arg(QLatin1String(kRightColor));
                } else if (chosen) {
                    text = QStringLiteral("✘ ") + text;
                    style = QStringLiteral("color: %1;").arg(QLatin1String(kWrongColor));
                }
            }
            //: a numbered choice: %1 is the key that picks it, %2 the choice
            box.buttons.at(b)->setText(tr("%1  %2").arg(b + 1).arg(text));
            box.buttons.at(b)->setStyleSheet(style);
        }
        box.verdict->setVisible(revealed);
        if (!revealed)
            continue;
        const QString truth = outcomeText(q, m_outcome);
        if (right < 0) {
            box.verdict->setText(tr("Not scored: none of the choices says what the kernel did: %1").arg(truth));
            box.verdict->setToolTip(QString());
            box.verdict->setStyleSheet(QString());
        } else if (answer == right) {
            box.verdict->setText(tr("✔ Right: %1").arg(truth));
            box.verdict->setToolTip(QString());
            box.verdict->setStyleSheet(QStringLiteral("color: %1; font-weight: bold;").arg(QLatin1String(kRightColor)));
        } else {
            // The student's choice is marked ✘ in the list above: the verdict need not repeat it.
            //: %1 is what the kernel did ("-1 EPIPE", "FIN, ACK", "CLOSED")
            box.verdict->setText(tr("✘ The kernel: %1").arg(truth));
            box.verdict->setToolTip(tr("You said: %1").arg(q.answerText(answer)));
            box.verdict->setStyleSheet(QStringLiteral("color: %1; font-weight: bold;").arg(QLatin1String(kWrongColor)));
        }
    }

    const QString why = m_outcome.notes.join(QStringLiteral("\n\n"));
    //: heads the step's explanation after the answers are marked
    m_notes->setText(revealed && !why.isEmpty() ? tr("Why: %1").arg(why) : QString());
    m_notes->setVisible(revealed && !why.isEmpty());
    m_run->setVisible(asking);
    m_run->setEnabled(asking && !m_answers.contains(-1));
    m_next->setVisible(revealed && m_moreSteps);
    m_scroll->setVisible(m_mode != Mode::Idle);
}

void PredictPanel::retranslate()
{
    setAccessibleName(tr("Predict"));
    m_run->setText(tr("Run the step"));
    m_next->setText(tr("Next step"));
    m_reset->setText(tr("Forget scores"));
    m_reset->setToolTip(tr("Forget the best and last score kept for this scenario"));
    updateTexts();
}

void PredictPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace FinAck
