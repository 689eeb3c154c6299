// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#include "diagram/sequencelayout.h"

#include "text/diagramlabels.h"
#include "text/scenariotext.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace FinAck {

namespace {

// What part of a row an event takes, so that simultaneous events that do not collide share a row
// (both sides' states after a handshake) and those that would overlap get their own.
enum Slot { ClientSide = 1, ServerSide = 2, ClientBand = 4, ServerBand = 8, Middle = 16 };

int sideSlot(Actor a)
{
    return a == Actor::Client ? ClientSide : ServerSide;
}
int bandSlot(Actor a)
{
    return a == Actor::Client ? ClientBand : ServerBand;
}
int actorIndex(Actor a)
{
    return a == Actor::Client ? 0 : 1;
}

double distanceToSegment(QPointF p, const QLineF &line)
{
    const QPointF d = line.p2() - line.p1();
    const double len2 = d.x() * d.x() + d.y() * d.y();
    double t = len2 > 0 ? QPointF::dotProduct(p - line.p1(), d) / len2 : 0;
    t = std::clamp(t, 0.0, 1.0);
    const QPointF nearest = line.p1() + t * d;
    return std::hypot(p.x() - nearest.x(), p.y() - nearest.y());
}

} // namespace

SequenceLayout::SequenceLayout(const Trace &trace, Spacing spacing, const LayoutMetrics &metrics)
    : m_spacing(spacing)
    , m_metrics(metrics)
{
    m_items.reserve(trace.size());
    for (const TraceEvent &event : trace.events())
        append(event);
}

void SequenceLayout::clear()
{
    m_items.clear();
    m_hasNotes = false;
    clearPlacement();
    m_deriver.reset();
    for (int a = 0; a < 2; ++a) {
        m_causes[a].clear();
        m_lastCall[a] = {};
        m_lastState[a] = -1;
    }
}

// What place() builds from the items; the items and their causes stay.
void SequenceLayout::clearPlacement()
{
    m_rows.clear();
    m_rowTops.clear();
    for (int a = 0; a < 2; ++a) {
        m_bands[a].clear();
        m_bandTops[a].clear();
    }
    m_bandIndex.clear();
    m_arrowCount = 0;
    m_firstUs = 0;
    m_timeline.clear();
}

void SequenceLayout::append(const TraceEvent &event)
{
    Item item;
    item.tUs = eventTime(event);
    item.pausedUs = eventPausedUs(event);
    std::visit(
        [this, &item](const auto &e) {
        using T = std::decay_t<decltype(e)>;
        if constexpr (std::is_same_v<T, CallRecord>) {
            item.kind = Kind::Call;
            item.actor = e.actor;
            item.lanes = sideSlot(e.actor);
            item.extraLines = int(windowsLinesOf(e).size());
        } else if constexpr (std::is_same_v<T, Segment>) {
            item.kind = Kind::Segment;
            item.actor = e.from;
            item.lanes = Middle | ClientBand | ServerBand;
        } else if constexpr (std::is_same_v<T, StateChange>) {
            item.kind = Kind::State;
            item.actor = e.actor;
            item.lanes = bandSlot(e.actor);
        } else if constexpr (std::is_same_v<T, SignalRecord>) {
            item.kind = Kind::Signal;
            item.actor = e.actor;
            item.lanes = sideSlot(e.actor);
        } else {
            item.kind = Kind::Note;
            item.lanes = Middle;
            if (m_measure)
                item.noteText = noteText(e);
        }
        },
        event);
    const int index = int(m_items.size());
    if (const auto *segment = std::get_if<Segment>(&event))
        noteSegment(index, *segment);
    else if (const auto *call = std::get_if<CallRecord>(&event))
        m_lastCall[actorIndex(call->actor)] = {index, call->tUs, call->tUs + call->durationUs,
                                               call->call == QLatin1String("close") || call->call == QLatin1String("shutdown")};
    else if (const auto *state = std::get_if<StateChange>(&event))
        findCause(item, index, *state);
    // A pause that reaches back over rows already placed (only a file can say so) moves them.
    const bool reachesBack = !m_rows.isEmpty() && item.tUs - item.pausedUs < m_rows.constLast().tUs;
    m_items.append(item);
    place(index);
    if (reachesBack && m_spacing == Spacing::TrueTime)
        rebuildRows();
}

void SequenceLayout::noteSegment(int index, const Segment &segment)
{
    for (const StateDeriver::Transition &t : m_deriver.feed(segment)) {
        const int a = actorIndex(t.actor);
        Cause cause{index, t.state, t.actor != segment.from};
        // The kernel changes the sender's state inside the call that sends the segment: close()
        // enters FIN_WAIT_1, then sends the FIN. Not a SYN|ACK, which the kernel sends for a
        // listener whatever call the server is blocked in.
        const CallSpan &call = m_lastCall[a];
        const bool synAck = segment.has(TcpFlag::Syn) && segment.has(TcpFlag::Ack);
        if (!cause.atArrival && !synAck && call.event > m_lastState[a] && segment.tUs >= call.fromUs && segment.tUs <= call.toUs)
            cause.event = call.event;
        m_causes[a] << cause;
    }
}

void SequenceLayout::findCause(Item &item, int index, const StateChange &state)
{
    const int a = actorIndex(state.actor);
    // The last transition into this state: a side may pass through it and back.
    const auto last = std::find_if(m_causes[a].crbegin(), m_causes[a].crend(),
                                   [&state](const auto &cause) { return cause.state == state.state; });
    if (last != m_causes[a].crend()) {
        item.cause = last->event;
        item.atArrival = last->atArrival;
    }
    // close() or shutdown() with data still queued enters FIN_WAIT_1 (or LAST_ACK) although its
    // FIN waits for the peer's window: the call alone caused it.
    const bool entersByCall = state.state == TcpState::FinWait1 || state.state == TcpState::LastAck;
    const CallSpan &call = m_lastCall[a];
    if (item.cause < 0 && entersByCall && call.closes && call.event > m_lastState[a])
        item.cause = call.event;
    m_deriver.observe(state.actor, state.state);
    m_causes[a].clear();
    m_lastState[a] = index;
}

// Unzoomed. Never below the state's own line nor above the actor's previous band, so that the
// bands of one actor stay in order for the binary searches.
double SequenceLayout::bandTop(const Item &item) const
{
    const bool even = m_spacing == Spacing::Even;
    const auto line = [this, even](const Item &i) { return m_rows.at(i.row).top + (even ? m_metrics.rowHeight / 2 : 0); };
    double top = line(item);
    if (item.cause >= 0) {
        const double arrival = item.atArrival && even ? m_metrics.arrowDrop : 0; // where the arrow ends
        top = std::min(top, line(m_items.at(item.cause)) + arrival);
    }
    const QList<double> &tops = m_bandTops[actorIndex(item.actor)];
    return tops.isEmpty() ? top : std::max(top, tops.constLast());
}

// Puts the last item into the last row or a new one. Only the last row ever changes, which is
// what lets a streaming run append without redoing the rows above.
void SequenceLayout::place(int index)
{
    Item &item = m_items[index];
    if (index == 0)
        m_firstUs = item.tUs;
    m_timeline.add(item.tUs, item.pausedUs);
    const bool isArrow = item.kind == Kind::Segment;
    bool join = false;
    if (!m_rows.isEmpty()) {
        const Row &last = m_rows.constLast();
        join = last.tUs == item.tUs && (m_spacing == Spacing::TrueTime || (last.lanes & item.lanes) == 0);
    }
    // Even spacing: room for an arrow's fall and for the lines under a call's label.
    const int noteExtra = item.kind == Kind::Note ? noteLinesFor(item) - 1 : 0;
    m_hasNotes = m_hasNotes || item.kind == Kind::Note;
    const double evenHeight = m_metrics.rowHeight + (isArrow ? m_metrics.arrowDrop : 0)
                              + (item.extraLines + noteExtra) * m_metrics.lineHeight;
    if (join) {
        Row &last = m_rows.last();
        ++last.count;
        last.lanes |= item.lanes;
        if (m_spacing == Spacing::Even)
            last.height = std::max(last.height, evenHeight);
    } else {
        Row row;
        row.first = index;
        row.count = 1;
        row.tUs = item.tUs;
        row.lanes = item.lanes;
        if (m_spacing == Spacing::Even) {
            row.top = m_rows.isEmpty() ? pad() : m_rows.constLast().top + m_rows.constLast().height;
            row.height = evenHeight;
        } else {
            row.top = trueTimeTop(item.tUs);
            row.height = m_metrics.rowHeight;
            if (!m_rows.isEmpty())
                m_rows.last().height = row.top - m_rows.constLast().top;
        }
        m_rows.append(row);
        m_rowTops.append(row.top);
    }
    item.row = int(m_rows.size()) - 1;

    if (isArrow)
        ++m_arrowCount;
    if (item.kind == Kind::State) {
        const int a = actorIndex(item.actor);
        m_bandIndex.append(int(m_bands[a].size()));
        m_bands[a].append(index);
        m_bandTops[a].append(bandTop(item));
    } else {
        m_bandIndex.append(-1);
    }
}

void SequenceLayout::rebuildRows()
{
    const QList<Item> items = m_items;
    m_items.clear();
    clearPlacement();
    for (const Item &item : items) {
        m_items.append(item);
        place(int(m_items.size()) - 1);
    }
}

void SequenceLayout::setSpacing(Spacing spacing)
{
    if (spacing == m_spacing)
        return;
    m_spacing = spacing;
    rebuildRows();
}

void SequenceLayout::setMetrics(const LayoutMetrics &metrics)
{
    if (metrics == m_metrics)
        return;
    // Widths move columns, not rows: a streaming run that widens a side needs no new rows.
    LayoutMetrics rowsOnly = metrics;
    rowsOnly.bandWidth = m_metrics.bandWidth;
    rowsOnly.minSideWidth = m_metrics.minSideWidth;
    rowsOnly.maxSideWidth = m_metrics.maxSideWidth;
    rowsOnly.minMiddle = m_metrics.minMiddle;
    rowsOnly.margin = m_metrics.margin;
    const bool rows = !(rowsOnly == m_metrics);
    m_metrics = metrics;
    if (rows)
        rebuildRows();
}

void SequenceLayout::setWindowsExpected(const QHash<int, ExpectedCall> &windows, const Trace &trace)
{
    m_windows = windows;
    clear();
    for (const TraceEvent &event : trace.events())
        append(event);
}

QStringList SequenceLayout::windowsLinesOf(const TraceEvent &event) const
{
    const auto *call = std::get_if<CallRecord>(&event);
    if (!call)
        return {};
    const auto it = m_windows.constFind(call->step);
    return windowsLines(*call, it == m_windows.cend() ? nullptr : &*it);
}

void SequenceLayout::setZoom(double zoom)
{
    m_zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
}

// Call text needs the room more than the arrows do: the sides grow to their maximum first.
void SequenceLayout::setWidth(double width)
{
    if (width == m_width)
        return;
    // Only the notes' line counts depend on the width; the rest is columns.
    QList<int> before;
    if (m_hasNotes && m_spacing == Spacing::Even) {
        for (const Item &item : std::as_const(m_items))
            before << (item.kind == Kind::Note ? noteLinesFor(item) : 1);
    }
    m_width = width;
    for (qsizetype i = 0; i < before.size(); ++i) {
        if (before.at(i) != (m_items.at(i).kind == Kind::Note ? noteLinesFor(m_items.at(i)) : 1)) {
            rebuildRows();
            return;
        }
    }
}

int SequenceLayout::noteLinesFor(const Item &item) const
{
    if (item.noteText.isEmpty() || !m_measure || m_spacing != Spacing::Even)
        return 1;
    const double room = std::max(40.0, lifelineX(Actor::Server) - lifelineX(Actor::Client) - 32);
    return std::max(1, m_measure(item.noteText, room));
}

int SequenceLayout::noteLines(int event) const
{
    return noteLinesFor(m_items.at(event));
}

double SequenceLayout::sideWidth() const
{
    const LayoutMetrics &m = m_metrics;
    const double available = m_width - 2 * m.margin - 2 * m.bandWidth;
    return std::clamp((available - m.minMiddle) / 2, m.minSideWidth, m.maxSideWidth);
}

double SequenceLayout::neededWidth(const LayoutMetrics &m)
{
    return 2 * m.margin + 2 * m.bandWidth + 2 * m.minSideWidth + m.minMiddle;
}

double SequenceLayout::width() const
{
    return std::max(m_width, neededWidth());
}

double SequenceLayout::lifelineX(Actor actor) const
{
    const LayoutMetrics &m = m_metrics;
    const double client = m.margin + sideWidth() + m.bandWidth;
    if (actor == Actor::Client)
        return client;
    const double middle = width() - 2 * m.margin - 2 * m.bandWidth - 2 * sideWidth();
    return client + middle;
}

QRectF SequenceLayout::bandColumn(Actor actor) const
{
    const double x = lifelineX(actor);
    const double w = m_metrics.bandWidth;
    return QRectF(actor == Actor::Client ? x - w : x, 0, w, totalHeight());
}

QRectF SequenceLayout::sideColumn(Actor actor) const
{
    const QRectF band = bandColumn(actor);
    const double w = sideWidth();
    return QRectF(actor == Actor::Client ? band.left() - w : band.right(), 0, w, totalHeight());
}

QRectF SequenceLayout::middleColumn() const
{
    const double left = lifelineX(Actor::Client);
    return QRectF(left, 0, lifelineX(Actor::Server) - left, totalHeight());
}

double SequenceLayout::totalHeight() const
{
    if (m_rows.isEmpty())
        return toY(2 * m_metrics.rowHeight);
    // Room below the last row for the labels of the last states (TIME_WAIT and its countdown).
    const Row &last = m_rows.constLast();
    return toY(last.top + last.height) + m_metrics.lineHeight * 3;
}

double SequenceLayout::rowTop(int row) const
{
    return toY(m_rows.at(row).top);
}

double SequenceLayout::rowBottom(int row) const
{
    const Row &r = m_rows.at(row);
    return toY(r.top + r.height);
}

double SequenceLayout::eventY(int event) const
{
    const Row &row = m_rows.at(m_items.at(event).row);
    return toY(m_spacing == Spacing::Even ? row.top + m_metrics.rowHeight / 2 : row.top);
}

QLineF SequenceLayout::arrow(int event) const
{
    const Item &item = m_items.at(event);
    const double y = eventY(event);
    // Loopback delivers in the same microsecond it sends: true time draws that as it is (flat);
    // even spacing gives the arrow a slope so that its direction reads at a glance.
    const double arrival = m_spacing == Spacing::Even ? y + m_metrics.arrowDrop * m_zoom : y;
    return QLineF(lifelineX(item.actor), y, lifelineX(peerOf(item.actor)), arrival);
}

// Unzoomed y of a time in true time: lab time (a wait for Step is no distance), plus a gap for
// each wait taken out before it, where its break mark goes.
double SequenceLayout::trueTimeTop(qint64 tUs) const
{
    const auto labUs = double(m_timeline.labTimeUs(tUs) - m_timeline.labTimeUs(m_firstUs));
    const int gaps = m_timeline.pausesEndedBy(tUs) - m_timeline.pausesEndedBy(m_firstUs);
    return pad() + labUs * m_metrics.pixelsPerMs / 1000.0 + gaps * pauseGap();
}

QList<SequenceLayout::PauseMark> SequenceLayout::pauseMarks() const
{
    QList<PauseMark> marks;
    if (m_spacing != Spacing::TrueTime || m_rows.isEmpty())
        return marks;
    for (const LabTimeline::Pause &pause : m_timeline.pauses()) {
        if (pause.endUs <= m_firstUs)
            continue;
        const double top = trueTimeTop(pause.startUs);
        marks.append({toY(top), toY(top + pauseGap() - m_metrics.lineHeight), pause.lengthUs()});
    }
    return marks;
}

double SequenceLayout::yForTime(qint64 tUs) const
{
    if (m_rows.isEmpty())
        return contentTop();
    if (m_spacing == Spacing::TrueTime)
        return toY(trueTimeTop(tUs));
    // Even: at a row's time, its line; between two rows, in proportion to time.
    const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), tUs, [](const Row &row, qint64 t) { return row.tUs < t; });
    const double half = m_metrics.rowHeight / 2;
    if (it == m_rows.cbegin())
        return toY(it->top + half);
    if (it == m_rows.cend())
        return toY(m_rows.constLast().top + half);
    const Row &before = *(it - 1);
    const double f = double(tUs - before.tUs) / double(it->tUs - before.tUs);
    return toY(before.top + half + f * (it->top - before.top));
}

qint64 SequenceLayout::timeAt(double y) const
{
    if (m_rows.isEmpty())
        return 0;
    const double u = fromY(y);
    if (m_spacing == Spacing::TrueTime) {
        // Each break mark above y is a gap of its own that stands for no lab time.
        int gaps = 0;
        for (const LabTimeline::Pause &pause : m_timeline.pauses()) {
            if (pause.endUs <= m_firstUs)
                continue;
            const double top = trueTimeTop(pause.startUs);
            if (u < top)
                break;
            if (u < top + pauseGap())
                return pause.endUs; // on the break: where the run went on
            ++gaps;
        }
        const double labUs = (u - pad() - gaps * pauseGap()) * 1000.0 / m_metrics.pixelsPerMs;
        return m_timeline.wallTimeUs(m_timeline.labTimeUs(m_firstUs) + qint64(std::llround(labUs)));
    }
    const double half = m_metrics.rowHeight / 2;
    const auto it = std::upper_bound(m_rows.cbegin(), m_rows.cend(), u, [half](double v, const Row &row) { return v < row.top + half; });
    if (it == m_rows.cbegin())
        return m_rows.constFirst().tUs;
    if (it == m_rows.cend())
        return m_rows.constLast().tUs;
    const Row &before = *(it - 1);
    const double f = (u - before.top - half) / (it->top - before.top);
    return before.tUs + qint64(std::llround(f * double(it->tUs - before.tUs)));
}

double SequenceLayout::revealedBottom(int event) const
{
    // Down to just above where the next row's line would be.
    if (m_spacing == Spacing::Even)
        return rowBottom(m_items.at(event).row) + (m_metrics.rowHeight / 2 - 1) * m_zoom;
    return eventY(event) + m_metrics.rowHeight / 2;
}

double SequenceLayout::playheadY(double position) const
{
    const int n = eventCount();
    if (n == 0 || position <= 0)
        return toY(0);
    if (position >= n)
        return totalHeight();
    const int k = int(std::floor(position));
    const double f = position - k;
    const double from = k == 0 ? toY(0) : revealedBottom(k - 1);
    return from + f * std::max(0.0, revealedBottom(k) - from);
}

int SequenceLayout::rowAt(double y) const
{
    if (m_rows.isEmpty() || y < rowTop(0) || y >= rowBottom(rowCount() - 1))
        return -1;
    // Compared in zoomed coordinates, exactly as rowTop() computes them, so a row's own top edge
    // always belongs to it whatever the zoom's rounding.
    const auto it = std::upper_bound(m_rowTops.cbegin(), m_rowTops.cend(), y, [this](double v, double top) { return v < toY(top); });
    return int(it - m_rowTops.cbegin()) - 1;
}

std::pair<int, int> SequenceLayout::rowsIn(double top, double bottom) const
{
    const auto upper = [this](double y) {
        return int(std::upper_bound(m_rowTops.cbegin(), m_rowTops.cend(), y, [this](double v, double t) { return v < toY(t); })
                   - m_rowTops.cbegin());
    };
    if (m_rows.isEmpty() || bottom < top)
        return {0, -1};
    const int first = std::max(0, upper(top) - 1);
    int last = upper(bottom) - 1;
    if (last >= 0 && top >= rowBottom(last))
        last = -1;
    return {first, last};
}

SequenceLayout::Band SequenceLayout::bandAt(Actor actor, int i) const
{
    const int a = actorIndex(actor);
    Band band;
    band.event = m_bands[a].at(i);
    band.actor = actor;
    band.top = toY(m_bandTops[a].at(i));
    band.bottom = i + 1 < m_bands[a].size() ? toY(m_bandTops[a].at(i + 1)) : totalHeight();
    return band;
}

QList<SequenceLayout::Band> SequenceLayout::bands(Actor actor) const
{
    QList<Band> out;
    for (int i = 0; i < m_bands[actorIndex(actor)].size(); ++i)
        out.append(bandAt(actor, i));
    return out;
}

int SequenceLayout::bandIndexAt(Actor actor, double y) const
{
    const QList<double> &tops = m_bandTops[actorIndex(actor)];
    const auto it = std::upper_bound(tops.cbegin(), tops.cend(), y, [this](double v, double t) { return v < toY(t); });
    const int i = int(it - tops.cbegin()) - 1;
    if (i < 0 || y >= bandAt(actor, i).bottom)
        return -1;
    return i;
}

QList<SequenceLayout::Band> SequenceLayout::bandsIn(Actor actor, double top, double bottom) const
{
    QList<Band> out;
    const int a = actorIndex(actor);
    if (m_bands[a].isEmpty())
        return out;
    const QList<double> &tops = m_bandTops[a];
    const auto it = std::upper_bound(tops.cbegin(), tops.cend(), top, [this](double v, double t) { return v < toY(t); });
    for (int i = std::max(0, int(it - tops.cbegin()) - 1); i < tops.size() && toY(tops.at(i)) <= bottom; ++i) {
        const Band band = bandAt(actor, i);
        if (band.bottom >= top)
            out.append(band);
    }
    return out;
}

int SequenceLayout::bandOf(int event) const
{
    return m_bandIndex.at(event);
}

int SequenceLayout::eventAt(QPointF point) const
{
    if (m_rows.isEmpty() || point.y() < contentTop())
        return -1;
    // Inside a band column: the state that band shows, wherever along it.
    for (Actor actor : {Actor::Client, Actor::Server}) {
        const QRectF column = bandColumn(actor);
        if (point.x() >= column.left() && point.x() <= column.right()) {
            const int i = bandIndexAt(actor, point.y());
            return i < 0 ? -1 : m_bands[actorIndex(actor)].at(i);
        }
    }
    const bool even = m_spacing == Spacing::Even;
    const double tolerance = even ? std::max(6.0, m_metrics.rowHeight * m_zoom / 2) : m_metrics.lineHeight * 0.6;
    const double reach = even ? m_metrics.arrowDrop * m_zoom : 0; // arrows end below their row's line
    const auto [first, last] = rowsIn(point.y() - tolerance - reach, point.y() + tolerance);
    const QRectF middle = middleColumn();
    int best = -1;
    double bestDistance = std::numeric_limits<double>::max();
    for (int r = first; r <= last; ++r) {
        const Row &row = m_rows.at(r);
        for (int i = row.first; i < row.first + row.count; ++i) {
            const Item &item = m_items.at(i);
            double d = std::numeric_limits<double>::max();
            const double dy = std::abs(point.y() - eventY(i));
            switch (item.kind) {
            case Kind::Segment:
                if (point.x() >= middle.left() && point.x() <= middle.right())
                    d = distanceToSegment(point, arrow(i));
                break;
            case Kind::Call:
            case Kind::Signal: {
                const QRectF side = sideColumn(item.actor);
                if (point.x() >= side.left() && point.x() <= side.right())
                    d = dy;
                break;
            }
            case Kind::Note:
                if (point.x() >= middle.left() && point.x() <= middle.right())
                    d = dy + 1; // an arrow through the same spot wins
                break;
            case Kind::State: break; // bands, above
            }
            if (d <= tolerance && d < bestDistance) {
                best = i;
                bestDistance = d;
            }
        }
    }
    return best;
}

} // namespace FinAck
