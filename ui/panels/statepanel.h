// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

#include "model/trace.h"

#include <QWidget>
#include <optional>

class QLabel;

namespace FinAck {

// One side as the record stands at the playhead: its last reported TCP state, the queues that
// came with it, and the descriptors its calls have opened and not closed.
struct SideSnapshot {
    std::optional<TcpState> state; // none before the first report
    StateSource source = StateSource::Observed;
    std::optional<qint64> timerLeftMs; // the state's timer (TIME_WAIT's 60 s) at the playhead's time
    std::optional<qint64> recvQ;       // bytes received, not yet read by the program
    std::optional<qint64> sendQ;       // bytes sent, not yet acknowledged by the peer
    QList<int> descriptors;            // open descriptor numbers, ascending
    bool qtSocket = false;             // the side is a QTcpSocket: Qt holds the descriptor
    bool fromCaptureFile = false;      // a capture file's trace: no kernel was there to ask
    bool operator==(const SideSnapshot &) const = default;
};

// Events [0, position) of `trace`, for `actor`.
SideSnapshot sideSnapshotAt(const Trace &trace, Actor actor, int position);

// The state of one side in large type, readable from the back of a lecture hall, with its
// queues and descriptors underneath.
class StatePanel : public QWidget
{
    Q_OBJECT
public:
    explicit StatePanel(Actor actor, QWidget *parent = nullptr);

    Actor actor() const { return m_actor; }
    void setEndpoint(const QString &endpoint);
    void setSnapshot(const SideSnapshot &state);
    const SideSnapshot &snapshot() const { return m_state; }

    // What the labels say, for tests and screen readers.
    QString stateText() const;
    QString detailText() const;
    QString queuesText() const;
    QString descriptorsText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyFonts();
    bool finInReceiveQueue() const;
    QString recvQueueText() const;
    void retranslate();

    Actor m_actor = Actor::Client;
    SideSnapshot m_state;
    QString m_endpointText;
    QLabel *m_title = nullptr;
    QLabel *m_endpoint = nullptr;
    QLabel *m_stateLabel = nullptr;
    QLabel *m_detail = nullptr;
    QLabel *m_recvQ = nullptr;
    QLabel *m_sendQ = nullptr;
    QLabel *m_descriptors = nullptr;
    QLabel *m_recvCaption = nullptr;
    QLabel *m_sendCaption = nullptr;
    QLabel *m_fdCaption = nullptr;
};

} // namespace FinAck
