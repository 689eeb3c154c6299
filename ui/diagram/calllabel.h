// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

#include "model/traceevent.h"

#include <QFont>
#include <QStringList>

namespace FinAck {

// A call's label as the diagram draws it beside its band. What a student came for is never cut:
// the call's name, its result (value and errno), recv()'s end-of-stream badge and the Windows
// lines under it stay whole; only the arguments give way, first a string literal's bytes, then
// all but the descriptor ("send(9, …)"), then all ("send(…)"). The side columns are made wide
// enough for the narrowest form (minimumRoom), so that is always possible.
struct CallLabel {
    QString call;             // "send(9, \"hel…\", 13, 0)"
    QString result;           // "→ -1 EPIPE", drawn bold
    bool endOfStream = false; // recv() -> 0: the badge after the result
    QStringList windows;      // windowsLines(): under the call, one line each
    bool shortened = false;   // the arguments gave way
    double width = 0;         // the first line's width in pixels

    // The label for `room` pixels; `windows` as SequenceLayout::windowsLinesOf() gives them.
    static CallLabel make(const CallRecord &call, const QStringList &windows, const QFont &font, double room);
    // The narrowest room that keeps everything that matters whole.
    static double minimumRoom(const CallRecord &call, const QStringList &windows, const QFont &font);
    // The forms a call's text takes as room shrinks, the whole text first.
    static QStringList shortForms(const QString &whole);
    // The badge's text and width after the result (its gap included).
    static QString endOfStreamText();
    static double badgeWidth(const QFont &font);
};

} // namespace FinAck
