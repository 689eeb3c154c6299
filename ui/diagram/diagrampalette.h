// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

#include "model/tcpstate.h"
#include "model/traceevent.h"

#include <QColor>
#include <QPen>
#include <array>

class QPalette;

namespace FinAck {

// What an arrow is, for its colour and its line: checked in this order, so a FIN that carries
// data is a FIN and an RST that acknowledges is an RST.
enum class SegmentKind { Rst, Syn, Fin, Data, Ack };
SegmentKind segmentKind(const Segment &segment);

// The diagram's colours, light or dark. Colours belong here and in ui/ only: core's value types
// carry no colour (Wireshark's flow graph, in reverse).
struct DiagramPalette {
    bool isDark = false;
    QColor background;
    QColor text;
    QColor mutedText; // endpoints, notes, numbers beside a label's flags
    QColor lifeline;
    QColor headerBackground;
    QColor selection; // the selected event's row
    QColor hover;
    QColor playhead;
    QColor error;                     // failed calls, dropped segments
    QColor endOfStream;               // recv() -> 0
    QColor signal;                    // Qt signals
    QColor windows;                   // what Windows reports, under a call (not observed here)
    std::array<QColor, 11> states{};  // indexed by TcpState
    std::array<QColor, 5> segments{}; // indexed by SegmentKind
    double bandAlpha = 0.2;           // a band's fill: its state's colour, this opaque

    QColor state(TcpState s) const { return states.at(size_t(s)); }
    QColor stateFill(TcpState s) const;
    QColor segment(SegmentKind k) const { return segments.at(size_t(k)); }
    // The strip of a state's full colour along a band's lifeline side: the state reads even where
    // the fill is faint; derived states get a broken strip (worked out, not seen).
    QPen stateStrip(const StateChange &change) const;

    static DiagramPalette light();
    static DiagramPalette dark();
    // Light or dark after a widget palette: dark when its window colour is dark.
    static DiagramPalette forPalette(const QPalette &palette);
    // The application's colour scheme (QStyleHints on Qt 6.5 and later, else its palette).
    static DiagramPalette system();
};

} // namespace FinAck
