// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

#include "model/actor.h"
#include "model/scenario.h"

#include <QPointer>
#include <QWidget>

class QTableView;

namespace FinAck {

class CallTableModel;
class Playback;
class StatePanel;

// One side of the connection: its state in large type, its queues and descriptors, and the
// table of its calls up to the playhead. Errors read in the palette's error colour, signals of
// a Qt client are set apart, and the current step's rows are bold. Selecting a row tells which
// trace event it is (eventSelected), so the diagram can follow; selectEvent() does the reverse.
class CallPanel : public QWidget
{
    Q_OBJECT
public:
    explicit CallPanel(Actor actor, QWidget *parent = nullptr);

    Actor actor() const { return m_actor; }
    // Follows the playback's record and playhead; it must outlive the panel or be replaced.
    void setPlayback(Playback *playback);
    // The scenario's "windows" claims (windowsExpectations()), so that a call's result names what
    // Windows' documentation says where this kernel did otherwise, as the diagram does.
    void setWindowsExpected(const QHash<int, ExpectedCall> &windows);

    CallTableModel *model() const { return m_model; }
    StatePanel *statePanel() const { return m_state; }
    QTableView *table() const { return m_table; }
    // The trace index of the selected row, -1 without one.
    int selectedEvent() const;

public Q_SLOTS:
    // Selects the row of that trace event; clears the selection when it is not one of this
    // side's shown rows (a segment, the other side's call). Does not emit eventSelected.
    void selectEvent(int traceIndex);

Q_SIGNALS:
    void eventSelected(int traceIndex);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    class RowDelegate;
    void retranslate();
    void refresh();
    void fitColumns();
    int longestWord(int column) const;
    void onSelectionChanged();

    Actor m_actor = Actor::Client;
    QPointer<Playback> m_playback;
    QList<QMetaObject::Connection> m_connections;
    CallTableModel *m_model = nullptr;
    StatePanel *m_state = nullptr;
    QTableView *m_table = nullptr;
    RowDelegate *m_delegate = nullptr;
    bool m_selecting = false;
    int m_lastEmitted = -1;
    int m_heldEvent = -1;
};

} // namespace FinAck
