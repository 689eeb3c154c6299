// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#include "compare/comparescroll.h"

#include "diagram/sequenceview.h"

#include <QScopedValueRollback>
#include <QScrollBar>

#include <cmath>

namespace FinAck {

StepScrollLink::StepScrollLink(SequenceView *left, SequenceView *right, QObject *parent)
    : QObject(parent)
    , m_left(left)
    , m_right(right)
{
    for (CompareSide side : {CompareSide::Left, CompareSide::Right}) {
        SequenceView *from = view(side);
        SequenceView *to = view(side == CompareSide::Left ? CompareSide::Right : CompareSide::Left);
        connect(from->verticalScrollBar(), &QScrollBar::valueChanged, this, [this, side] { onScrolled(side); });
        connect(from->horizontalScrollBar(), &QScrollBar::valueChanged, this, [this, to](int value) {
            if (m_enabled && !m_moving) {
                const QScopedValueRollback guard(m_moving, true);
                to->horizontalScrollBar()->setValue(value);
            }
        });
        connect(from, &SequenceView::zoomChanged, this, [this, to, side](double zoom) {
            if (m_moving)
                return;
            {
                const QScopedValueRollback guard(m_moving, true);
                to->setZoom(zoom);
            }
            follow(side);
        });
    }
}

void StepScrollLink::setSteps(const QList<AlignedStep> &steps)
{
    m_steps = steps;
}

std::pair<double, double> StepScrollLink::span(CompareSide side, int row) const
{
    const SequenceView *v = view(side);
    if (!v || row < 0 || row >= m_steps.size())
        return {0, 0};
    const SequenceLayout &layout = v->layout();
    const int count = layout.eventCount();
    const EventRange &range = m_steps.at(row).range(side);
    const auto at = [&](int event) { return event < count ? layout.rowTop(layout.rowOf(event)) : layout.totalHeight(); };
    // The first step starts under the header, so that the top of one view is the top of the other.
    const double top = row == 0 ? layout.contentTop() : at(range.begin);
    return {top, std::max(top, at(range.end))};
}

std::pair<int, double> StepScrollLink::position(CompareSide side) const
{
    const SequenceView *v = view(side);
    if (!v || m_steps.isEmpty())
        return {-1, 0};
    const double y = v->verticalScrollBar()->value() + v->layout().contentTop();
    for (int row = int(m_steps.size()) - 1; row >= 0; --row) {
        const auto [top, bottom] = span(side, row);
        if (bottom > top && y >= top)
            return {row, std::min(1.0, (y - top) / (bottom - top))};
    }
    return {0, 0};
}

void StepScrollLink::follow(CompareSide side)
{
    const CompareSide other = side == CompareSide::Left ? CompareSide::Right : CompareSide::Left;
    SequenceView *to = view(other);
    if (!to || m_steps.isEmpty())
        return;
    const auto [row, fraction] = position(side);
    if (row < 0)
        return;
    const auto [top, bottom] = span(other, row);
    const double y = top + fraction * (bottom - top);
    const QScopedValueRollback guard(m_moving, true);
    to->verticalScrollBar()->setValue(int(std::lround(y - to->layout().contentTop())));
}

void StepScrollLink::onScrolled(CompareSide side)
{
    if (m_enabled && !m_moving)
        follow(side);
}

} // namespace FinAck
