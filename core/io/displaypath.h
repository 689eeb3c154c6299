// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

#include <QString>

namespace FinAck {

// A file name or path as a message shows it. A plain name stays as it is; one with a space, a
// quote, a backslash or a control character is put in double quotes with C-style escapes, so a
// message about it stays one line (a name may hold a newline) and its ends can be seen.
QString displayPath(const QString &path);

// The same escapes for a whole message, for the last line of defence (the command line's one
// error line): every control character becomes visible, nothing is quoted.
QString escapedLine(const QString &text);

} // namespace FinAck
