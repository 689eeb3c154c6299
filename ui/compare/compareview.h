// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

#include "diagram/sequenceview.h"

namespace FinAck {

// One side of CompareWindow: the sequence diagram of a whole trace, with the events a comparison
// found different marked. Nothing is revealed step by step here: both runs are over, and what
// matters is where they part.
class CompareView : public SequenceView
{
    Q_OBJECT
public:
    explicit CompareView(QWidget *parent = nullptr);

    // Shows every event at once, from the top.
    void showTrace(const Trace &trace);
    void setMarkedEvents(const QList<int> &events);
    const QList<int> &markedEvents() const { return m_marked; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<int> m_marked;
};

} // namespace FinAck
