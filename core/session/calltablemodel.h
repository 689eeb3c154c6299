// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

#include "model/scenario.h"
#include "model/trace.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace FinAck {

class Playback;

// One actor's calls up to the playhead, one row each, as a C programmer reads them: the call,
// its result, and strerror's words. The result is one cell (value, errno by name and number, what
// Windows reports) so that a narrow panel wraps it instead of eliding or scrolling a column away.
// A Qt client's calls show Qt's error there; its signals get rows of their own.
// Core knows no colours: a view paints rows whose IsErrorRole is true as errors.
class CallTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, CallColumn, ResultColumn, MeaningColumn, ColumnCount };
    enum Role {
        EventIndexRole = Qt::UserRole + 1, // int: the row's index in the trace
        IsErrorRole,                       // bool: the call failed (errno, or a Qt error)
        IsEndOfStreamRole,                 // bool: recv() returned 0, the peer's FIN (or SHUT_RD)
        RowKindRole,                       // int: RowKind
    };
    enum class RowKind { Call, QtCall, Signal };

    explicit CallTableModel(Actor actor, QObject *parent = nullptr);

    Actor actor() const { return m_actor; }

    // Value-style: the record and how much of it is shown (events [0, position)).
    void setTrace(const Trace &trace);
    void setPosition(int position);
    // Both at once: rows the old and new record share stay, the rest are removed and inserted.
    void update(const Trace &trace, int position);
    int position() const { return m_position; }
    // Follows a playback's trace and playhead until it is destroyed; nullptr stops following.
    void setPlayback(const Playback *playback);
    // The scenario's "windows" claims by step (windowsExpectations()): where Windows' documented
    // result differs from what this kernel did, the result says so, as the diagram does.
    void setWindowsExpected(const QHash<int, ExpectedCall> &windows);

    // The trace index of a row, and the row showing a trace index (-1: not this actor's, or not
    // shown yet).
    int eventIndex(int row) const;
    int rowForEvent(int traceIndex) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<int> rowsOf(const Trace &trace) const;
    int visibleCount(const QList<int> &rows, int position) const;
    void resize(int visible);
    QVariant display(const TraceEvent &event, int column) const;
    QString toolTip(const TraceEvent &event) const;
    QString resultText(const CallRecord &call) const;

    Actor m_actor = Actor::Client;
    Trace m_trace;
    QList<int> m_rows; // trace indices of this actor's calls and signals, all of them
    int m_visible = 0; // how many of m_rows are before the playhead: the model's rows
    int m_position = 0;
    QHash<int, ExpectedCall> m_windows;
    QPointer<const Playback> m_playback;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace FinAck
