// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

#include <QToolBar>

class QAction;
class QComboBox;
class QLabel;

namespace FinAck {

// The playback toolbar: Back, Step, Play/Pause, Restart, the speed and true time. It only
// offers the actions; the window connects them to Playback and the diagram. Each action's
// tooltip names its shortcut, so the keyboard way is never hidden, in whatever language.
class PlaybackBar : public QToolBar
{
    Q_OBJECT
public:
    explicit PlaybackBar(QWidget *parent = nullptr);

    QAction *backAction() const { return m_back; }
    QAction *stepAction() const { return m_step; }
    QAction *playAction() const { return m_play; }
    QAction *restartAction() const { return m_restart; }
    QAction *trueTimeAction() const { return m_trueTime; }
    QComboBox *speedBox() const { return m_speed; }
    double speed() const;

    // Play reads "Pause" while playing.
    void setPlaying(bool playing);

Q_SIGNALS:
    void speedChanged(double speed);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QAction *m_back = nullptr;
    QAction *m_step = nullptr;
    QAction *m_play = nullptr;
    QAction *m_restart = nullptr;
    QAction *m_trueTime = nullptr;
    QLabel *m_speedLabel = nullptr;
    QComboBox *m_speed = nullptr;
    bool m_playing = false;
};

} // namespace FinAck
