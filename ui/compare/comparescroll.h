// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

#include "model/tracecompare.h"

#include <QObject>
#include <QPointer>

namespace FinAck {

class SequenceView;

// Keeps two sequence views on the same step. The steps of two runs take different heights (one
// has more segments, or a step the other lacks), so the views cannot share a scroll offset:
// the line under the header of the view that scrolled is located as "this far into step k", and
// the other view is put just as far into its own step k. Zoom and the horizontal offset are
// shared as they are.
class StepScrollLink : public QObject
{
    Q_OBJECT
public:
    StepScrollLink(SequenceView *left, SequenceView *right, QObject *parent = nullptr);

    void setSteps(const QList<AlignedStep> &steps);
    SequenceView *view(CompareSide side) const { return side == CompareSide::Left ? m_left.data() : m_right.data(); }

    // Where a step lies in a view, top and bottom in the diagram's coordinates; a step the trace
    // lacks is a line where it would have been.
    std::pair<double, double> span(CompareSide side, int row) const;
    // The step at the line under the view's header, and how far into it (0..1).
    std::pair<int, double> position(CompareSide side) const;
    int rowAtTop(CompareSide side) const { return position(side).first; }

    // Off while the window moves both views itself.
    void setEnabled(bool enabled) { m_enabled = enabled; }
    bool isEnabled() const { return m_enabled; }
    // Puts the other view where `side` is.
    void follow(CompareSide side);

private:
    void onScrolled(CompareSide side);

    QPointer<SequenceView> m_left;
    QPointer<SequenceView> m_right;
    QList<AlignedStep> m_steps;
    bool m_enabled = true;
    bool m_moving = false;
};

} // namespace FinAck
