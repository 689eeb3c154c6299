// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

// Watches a widget for its first paint event and lets it paint, so that the time taken after it
// is when the first frame's picture of that widget exists (bench_window).
#include "childprocess.h"

#include <QEvent>
#include <QWidget>

namespace FinAck::Bench {

class FirstPaint : public QObject
{
    Q_OBJECT
public:
    explicit FirstPaint(QWidget *widget)
        : QObject(widget)
    {
        widget->installEventFilter(this);
    }
    qint64 paintedNs() const { return m_paintedNs; }

Q_SIGNALS:
    void painted();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::Paint || m_paintedNs != 0)
            return false;
        // Paint now, inside the repaint the event belongs to, and take the time after it.
        static_cast<QWidget *>(watched)->removeEventFilter(this);
        const bool handled = watched->event(event); // QObject::event is public; QWidget's runs
        m_paintedNs = monotonicNs();
        Q_EMIT painted();
        return handled;
    }

private:
    qint64 m_paintedNs = 0;
};

} // namespace FinAck::Bench
