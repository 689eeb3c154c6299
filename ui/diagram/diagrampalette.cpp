// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#include "diagram/diagrampalette.h"

#include <QGuiApplication>
#include <QPalette>
#include <QStyleHints>

namespace FinAck {

SegmentKind segmentKind(const Segment &segment)
{
    if (segment.has(TcpFlag::Rst))
        return SegmentKind::Rst;
    if (segment.has(TcpFlag::Syn))
        return SegmentKind::Syn;
    if (segment.has(TcpFlag::Fin))
        return SegmentKind::Fin;
    if (segment.len > 0)
        return SegmentKind::Data;
    return SegmentKind::Ack;
}

QPen DiagramPalette::stateStrip(const StateChange &change) const
{
    QPen pen(state(change.state), 5, Qt::SolidLine, Qt::FlatCap);
    if (change.source == StateSource::Derived)
        pen.setDashPattern({2.0, 1.2});
    return pen;
}

QColor DiagramPalette::stateFill(TcpState s) const
{
    QColor c = state(s);
    c.setAlphaF(float(bandAlpha));
    return c;
}

// State colours follow the close: green while open, warm (orange) on the side that closed first,
// violet on the side that must still close, blue for the waiting TIME_WAIT, grey for nothing.
DiagramPalette DiagramPalette::light()
{
    DiagramPalette p;
    p.isDark = false;
    p.background = QColor(0xffffff);
    p.text = QColor(0x1f2328);
    p.mutedText = QColor(0x59636e);
    p.lifeline = QColor(0x8c959f);
    p.headerBackground = QColor(0xf3f5f7);
    p.selection = QColor(9, 105, 218, 42);
    p.hover = QColor(9, 105, 218, 18);
    p.playhead = QColor(0x0969da);
    p.error = QColor(0xcf222e);
    p.endOfStream = QColor(0x0a7d8c);
    p.signal = QColor(0x8250df);
    p.windows = QColor(0x0550ae);
    p.states = {QColor(0x8c959f), QColor(0x5a6fb0), QColor(0xb08800), QColor(0x9a6700), QColor(0x1a7f37), QColor(0xd1660f),
                QColor(0xa85a00), QColor(0x8250df), QColor(0xbf3989), QColor(0x9b3dbb), QColor(0x0969da)};
    p.segments = {QColor(0xcf222e), QColor(0x0969da), QColor(0xbc4c00), QColor(0x1a7f37), QColor(0x57606a)};
    p.bandAlpha = 0.18;
    return p;
}

DiagramPalette DiagramPalette::dark()
{
    DiagramPalette p;
    p.isDark = true;
    p.background = QColor(0x1b1d21);
    p.text = QColor(0xe6edf3);
    p.mutedText = QColor(0x9ea7b3);
    p.lifeline = QColor(0x6e7681);
    p.headerBackground = QColor(0x25282e);
    p.selection = QColor(56, 139, 253, 70);
    p.hover = QColor(56, 139, 253, 32);
    p.playhead = QColor(0x4493f8);
    p.error = QColor(0xff7b72);
    p.endOfStream = QColor(0x39c5cf);
    p.signal = QColor(0xbc8cff);
    p.windows = QColor(0x79c0ff);
    p.states = {QColor(0x8b949e), QColor(0x8ca0e0), QColor(0xe3b341), QColor(0xd29922), QColor(0x3fb950), QColor(0xf0883e),
                QColor(0xdb6d28), QColor(0xbc8cff), QColor(0xf778ba), QColor(0xd67ae8), QColor(0x58a6ff)};
    p.segments = {QColor(0xff7b72), QColor(0x58a6ff), QColor(0xf0883e), QColor(0x3fb950), QColor(0xa2aab5)};
    p.bandAlpha = 0.26;
    return p;
}

DiagramPalette DiagramPalette::forPalette(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128 ? dark() : light();
}

DiagramPalette DiagramPalette::system()
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    switch (QGuiApplication::styleHints()->colorScheme()) {
    case Qt::ColorScheme::Dark: return dark();
    case Qt::ColorScheme::Light: return light();
    default: break;
    }
#endif
    return forPalette(QGuiApplication::palette());
}

} // namespace FinAck
