// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#include "session/calltablemodel.h"

#include "model/errnonames.h"
#include "session/playback.h"
#include "text/cstringliteral.h"
#include "text/diagramlabels.h"
#include "text/tracetable.h"

#include <QCoreApplication>

#include <algorithm>

namespace FinAck {

namespace {

QString durationText(qint64 us)
{
    //: a duration in seconds
    return us >= 1000000 ? CallTableModel::tr("%1 s").arg(us / 1e6, 0, 'f', 1)
                         //: a duration in milliseconds
                         : CallTableModel::tr("%1 ms").arg(us / 1e3, 0, 'f', 1);
}

bool isPosixEndOfStream(const CallRecord &c)
{
    return c.api.isEmpty() && c.call == QLatin1String("recv") && c.ret == 0 && !c.failed();
}

QString valueText(const CallRecord &c)
{
    QString text;
    switch (c.returnType) {
    case ReturnType::Void: text = QStringLiteral("\u2014"); break;
    case ReturnType::Bool: text = c.ret ? QStringLiteral("true") : QStringLiteral("false"); break;
    case ReturnType::Integer: text = QString::number(c.ret); break;
    }
    if (isPosixEndOfStream(c))
        text += CallTableModel::tr(" (end of stream)");
    else if (!c.data.isEmpty())
        text += QStringLiteral("  ") + cStringLiteral(c.data, 24);
    return text;
}

QString meaningText(const CallRecord &c)
{
    QString text = c.api == QLatin1String("qt") ? c.qtErrorString : errnoMessageText(c.errnoMessage);
    QString how;
    if (c.timedOut)
        how = CallTableModel::tr("timed out after %1").arg(durationText(c.durationUs));
    else if (c.durationUs >= 10000)
        how = CallTableModel::tr("blocked %1").arg(durationText(c.durationUs));
    if (!how.isEmpty())
        text = text.isEmpty() ? how : QStringLiteral("%1 \u2014 %2").arg(text, how);
    return text;
}

} // namespace

CallTableModel::CallTableModel(Actor actor, QObject *parent)
    : QAbstractTableModel(parent)
    , m_actor(actor)
{
}

void CallTableModel::setPlayback(const Playback *playback)
{
    for (const auto &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_playback = playback;
    if (!playback)
        return;
    // traceChanged comes with position() already moved, so one update covers both.
    m_connections << connect(playback, &Playback::traceChanged, this, [this] {
        if (m_playback)
            update(m_playback->trace(), m_playback->position());
    });
    m_connections << connect(playback, &Playback::playheadChanged, this, &CallTableModel::setPosition);
    update(playback->trace(), playback->position());
}

void CallTableModel::setWindowsExpected(const QHash<int, ExpectedCall> &windows)
{
    m_windows = windows;
    if (m_visible > 0)
        Q_EMIT dataChanged(index(0, ResultColumn), index(m_visible - 1, ResultColumn), {Qt::DisplayRole});
}

// "-1 ECONNRESET 104 · WSAECONNRESET 10054": spaces, so that a narrow column wraps between the
// parts. What Windows reports comes from windowsLines(), as under the diagram's call; only the
// common case, Winsock's counterpart of this errno, is shortened: its name says it is Windows'.
QString CallTableModel::resultText(const CallRecord &c) const
{
    QStringList parts{valueText(c)};
    if (c.api == QLatin1String("qt")) {
        if (c.failed() && !c.qtError.isEmpty())
            parts << shortQtName(c.qtError);
        return parts.join(QLatin1Char(' '));
    }
    if (c.failed())
        parts << QStringLiteral("%1 %2").arg(c.errnoName).arg(c.errnoNumber);
    const auto documented = m_windows.constFind(c.step);
    const QStringList windows = windowsLines(c, documented == m_windows.cend() ? nullptr : &*documented);
    if (windows.isEmpty())
        return parts.join(QLatin1Char(' '));
    QString windowsText = windows.join(QLatin1Char(' '));
    if (windows == windowsLines(c)) {
        QStringList codes = winsockEquivalents(c.errnoName);
        for (qsizetype i = 1; i < codes.size(); ++i)
            codes[i] = QCoreApplication::translate("FinAck::DiagramLabels", "or %1").arg(codes.at(i));
        windowsText = codes.join(QLatin1Char(' '));
    }
    return parts.join(QLatin1Char(' ')) + QStringLiteral(" \u00b7 ") + windowsText;
}

void CallTableModel::setTrace(const Trace &trace)
{
    update(trace, m_position);
}

void CallTableModel::setPosition(int position)
{
    m_position = std::max(0, position);
    resize(visibleCount(m_rows, m_position));
}

// Rows the old and new record share stay (a playhead move or an appended event touches only
// the end), so a view keeps its selection and scroll position; the rest is removed and inserted.
void CallTableModel::update(const Trace &trace, int position)
{
    const QList<int> rows = rowsOf(trace);
    const int visible = visibleCount(rows, std::max(0, position));
    int same = 0;
    while (same < std::min(m_visible, visible) && m_trace.at(m_rows.at(same)) == trace.at(rows.at(same)))
        ++same;
    if (same < m_visible) {
        beginRemoveRows({}, same, m_visible - 1);
        m_visible = same;
        endRemoveRows();
    }
    int firstMoved = -1;
    int lastMoved = -1;
    for (int row = 0; row < same; ++row) {
        if (m_rows.at(row) != rows.at(row)) {
            lastMoved = row;
            if (firstMoved < 0)
                firstMoved = row;
        }
    }
    // New pauses redraw the time column: one reaching back over rows already shown (only a file
    // can say so) moves their lab times.
    const bool timesMoved = same > 0 && !(trace.labTimeline() == m_trace.labTimeline());
    m_trace = trace;
    m_rows = rows;
    m_position = std::max(0, position);
    if (firstMoved >= 0) // an event landed before them: same calls, new trace indices
        Q_EMIT dataChanged(index(firstMoved, 0), index(lastMoved, ColumnCount - 1), {EventIndexRole});
    if (timesMoved)
        Q_EMIT dataChanged(index(0, TimeColumn), index(same - 1, TimeColumn), {Qt::DisplayRole, Qt::ToolTipRole});
    resize(visible);
}

QList<int> CallTableModel::rowsOf(const Trace &trace) const
{
    QList<int> rows;
    for (int i = 0; i < trace.size(); ++i) {
        const TraceEvent &e = trace.at(i);
        const auto *c = std::get_if<CallRecord>(&e);
        const auto *s = std::get_if<SignalRecord>(&e);
        if ((c && c->actor == m_actor) || (s && s->actor == m_actor))
            rows.append(i);
    }
    return rows;
}

int CallTableModel::visibleCount(const QList<int> &rows, int position) const
{
    return int(std::lower_bound(rows.cbegin(), rows.cend(), position) - rows.cbegin());
}

void CallTableModel::resize(int visible)
{
    if (visible > m_visible) {
        beginInsertRows({}, m_visible, visible - 1);
        m_visible = visible;
        endInsertRows();
    } else if (visible < m_visible) {
        beginRemoveRows({}, visible, m_visible - 1);
        m_visible = visible;
        endRemoveRows();
    }
}

int CallTableModel::eventIndex(int row) const
{
    return row >= 0 && row < m_visible ? m_rows.at(row) : -1;
}

int CallTableModel::rowForEvent(int traceIndex) const
{
    const auto end = m_rows.cbegin() + m_visible;
    const auto at = std::lower_bound(m_rows.cbegin(), end, traceIndex);
    return at != end && *at == traceIndex ? int(at - m_rows.cbegin()) : -1;
}

int CallTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_visible;
}

int CallTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CallTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int traceIndex = m_rows.at(index.row());
    const TraceEvent &event = m_trace.at(traceIndex);
    const auto *call = std::get_if<CallRecord>(&event);
    const auto *signal = std::get_if<SignalRecord>(&event);
    switch (role) {
    case Qt::DisplayRole: return display(event, index.column());
    case Qt::ToolTipRole: return toolTip(event);
    case Qt::TextAlignmentRole:
        if (index.column() == TimeColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case EventIndexRole: return traceIndex;
    case IsErrorRole: return call ? call->failed() : signal->signal == QLatin1String("errorOccurred");
    case IsEndOfStreamRole: return call && isPosixEndOfStream(*call);
    case RowKindRole: return int(signal ? RowKind::Signal : call->api == QLatin1String("qt") ? RowKind::QtCall : RowKind::Call);
    default: return {};
    }
}

QVariant CallTableModel::display(const TraceEvent &event, int column) const
{
    if (column == TimeColumn)
        return QString::number(m_trace.labTimeUs(eventTime(event)) / 1000.0, 'f', 3);
    // A signal's row: the signal as a slot sees it, "signal" where a call's result goes, and
    // where it was emitted as its meaning.
    if (const auto *s = std::get_if<SignalRecord>(&event)) {
        switch (column) {
        case CallColumn: {
            QStringList arguments;
            for (const QString &a : s->arguments)
                arguments << shortQtName(a);
            return QStringLiteral("%1.%2(%3)").arg(s->object, s->signal, arguments.join(QStringLiteral(", ")));
        }
        //: the result column of a row that is a Qt signal, not a call
        case ResultColumn: return tr("signal");
        case MeaningColumn: return s->during.isEmpty() ? tr("emitted from the event loop") : tr("emitted inside %1()").arg(s->during);
        default: return QString();
        }
    }
    const auto &c = std::get<CallRecord>(event);
    switch (column) {
    case CallColumn: return c.text;
    case ResultColumn: return resultText(c);
    case MeaningColumn: return meaningText(c);
    default: return QString();
    }
}

QString CallTableModel::toolTip(const TraceEvent &event) const
{
    //: a call's tooltip: its time in milliseconds, then the call
    QString tip = tr("%1 ms  %2").arg(QString::number(m_trace.labTimeUs(eventTime(event)) / 1000.0, 'f', 3), eventText(event));
    if (const auto *c = std::get_if<CallRecord>(&event); c && c->failed() && c->api.isEmpty() && winsockEquivalent(c->errnoName).isEmpty())
        tip += tr("\nWinsock has no direct counterpart of %1.").arg(c->errnoName);
    return tip;
}

QVariant CallTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole) {
        switch (Column(section)) {
        //: column headings of a side's call table
        case TimeColumn: return tr("time (ms)");
        //: column heading: the call the program made
        case CallColumn: return tr("call");
        //: column heading: what the call returned
        case ResultColumn: return tr("result");
        //: column heading: the error's description (strerror), and how long the call blocked
        case MeaningColumn: return tr("meaning");
        case ColumnCount: break;
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (Column(section)) {
        case TimeColumn: return tr("Milliseconds since the run started, without the waits for the next step");
        case CallColumn: return tr("The call as the program made it (C, or Qt for the Qt client)");
        case ResultColumn:
            return tr("What the call returned (recv() returning 0 means the peer closed its side); when it failed, errno's name "
                      "and number (Qt: socket.error()); after \u00b7 what a Windows program gets for the same call");
        case MeaningColumn: return tr("The system's description of the error, and how long a call blocked");
        case ColumnCount: break;
        }
    }
    return {};
}

QHash<int, QByteArray> CallTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(EventIndexRole, "eventIndex");
    names.insert(IsErrorRole, "isError");
    names.insert(IsEndOfStreamRole, "isEndOfStream");
    names.insert(RowKindRole, "rowKind");
    return names;
}

} // namespace FinAck
