// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

#include "model/trace.h"

#include <QString>

namespace FinAck {

// The lab writes a few notes about its own running: "The network had not settled 500 ms after
// step 10; going on." is true and useful to whoever tunes settle_ms, but it says nothing to a
// student, and in the middle of the arrows it reads like part of TCP. Such notes carry Note::lab;
// what a student is shown instead is what the kernels were still doing, worked out from the
// segments before the note ("The server keeps probing the client's zero window; the run goes on.").

// The sentence for the lab note at `noteIndex` of `trace`, in the current language.
QString labNoteForStudents(const Trace &trace, int noteIndex);

// A note of a trace written before notes could say they are the lab's: the lab's own sentence.
bool isUnmarkedLabNote(const QString &text);

} // namespace FinAck
