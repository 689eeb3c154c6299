// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#include "compare/compareview.h"

#include <QApplication>
#include <QPainter>
#include <QScrollBar>

namespace FinAck {

CompareView::CompareView(QWidget *parent)
    : SequenceView(parent)
{
    // The views scroll each other; one that chased its own playhead would fight back.
    setFollowPlayhead(false);
    // Two diagrams share the width one has in the main window: the application's own text size
    // rather than SequenceView's larger one, so each fits a half screen without scrolling sideways.
    setFont(QApplication::font());
}

void CompareView::showTrace(const Trace &trace)
{
    m_marked.clear();
    selectEvent(-1);
    setTrace(trace);
    setPlayhead(trace.size());
    verticalScrollBar()->setValue(0);
    horizontalScrollBar()->setValue(0);
}

void CompareView::setMarkedEvents(const QList<int> &events)
{
    m_marked = events;
    viewport()->update();
}

// SequenceView's painting with the marks added: the same renderer, one more option.
void CompareView::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    const QPointF offset(horizontalScrollBar()->value(), verticalScrollBar()->value());
    painter.translate(-offset);
    RenderOptions options = renderOptions(QRectF(offset, QSizeF(viewport()->size())));
    options.marked = m_marked;
    options.playheadLine = false;
    SequenceRenderer::paint(painter, layout(), trace(), options);
}

} // namespace FinAck
