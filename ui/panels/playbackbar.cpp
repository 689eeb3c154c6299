// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#include "panels/playbackbar.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QLabel>

namespace FinAck {

namespace {

QAction *makeAction(QObject *parent, const QList<QKeySequence> &keys)
{
    auto *action = new QAction(parent);
    action->setShortcuts(keys);
    action->setShortcutContext(Qt::WindowShortcut);
    return action;
}

// The key's name comes from Qt's own translations ("Space" is 空格 in Chinese), so it is made
// again on every language change, with the text.
void setTexts(QAction *action, const QString &text, const QString &tip)
{
    action->setText(text);
    //: an action's tooltip: %1 says what it does, %2 is its shortcut ("Space", "Ctrl+0")
    action->setToolTip(PlaybackBar::tr("%1 (%2)").arg(tip, action->shortcut().toString(QKeySequence::NativeText)));
}

} // namespace

PlaybackBar::PlaybackBar(QWidget *parent)
    : QToolBar(parent)
{
    setObjectName(QStringLiteral("playback"));
    m_back = makeAction(this, {QKeySequence(Qt::Key_Left)});
    m_step = makeAction(this, {QKeySequence(Qt::Key_Right), QKeySequence(Qt::Key_N)});
    m_play = makeAction(this, {QKeySequence(Qt::Key_Space)});
    m_restart = makeAction(this, {QKeySequence(Qt::Key_R)});
    m_trueTime = makeAction(this, {QKeySequence(Qt::Key_T)});
    m_trueTime->setCheckable(true);
    addAction(m_back);
    addAction(m_step);
    addAction(m_play);
    addAction(m_restart);
    addSeparator();
    m_speedLabel = new QLabel(this);
    m_speed = new QComboBox(this);
    for (double s : {0.25, 0.5, 1.0, 2.0, 4.0})
        m_speed->addItem(QStringLiteral("%1×").arg(s), s);
    m_speed->setCurrentIndex(2);
    addWidget(m_speedLabel);
    addWidget(m_speed);
    addSeparator();
    addAction(m_trueTime);
    connect(m_speed, &QComboBox::currentIndexChanged, this, [this] { Q_EMIT speedChanged(speed()); });
    retranslate();
}

double PlaybackBar::speed() const
{
    return m_speed->currentData().toDouble();
}

void PlaybackBar::setPlaying(bool playing)
{
    m_playing = playing;
    m_play->setText(playing ? tr("Pause") : tr("Play"));
}

void PlaybackBar::retranslate()
{
    setWindowTitle(tr("Playback"));
    setTexts(m_back, tr("Back"), tr("Show the previous step again; nothing is re-run"));
    setTexts(m_step, tr("Step"), tr("Run and show the next step"));
    setTexts(m_play, m_playing ? tr("Pause") : tr("Play"), tr("Play or pause"));
    setTexts(m_restart, tr("Restart"), tr("Run the scenario again on fresh sockets"));
    setTexts(m_trueTime, tr("True time"), tr("Space events by their real time instead of evenly"));
    //: the label before the playback speed (0.25×…4×)
    m_speedLabel->setText(tr("Speed "));
    m_speed->setAccessibleName(tr("Playback speed"));
}

void PlaybackBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QToolBar::changeEvent(event);
}

} // namespace FinAck
