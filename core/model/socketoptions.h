// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

#include <QString>

namespace FinAck {

// The socket options FinAck knows by name, with their level and number on Linux. A scenario
// names them ("SO_LINGER"); the loader checks the name, the lab's socket API makes the call, and
// the reach policy lets a raw {level, option} through on the host only when it is one of these.
struct KnownSocketOption {
    const char *name;
    int level;
    int option;
    const char *levelName;
    bool linger;
};

// The option of that name, or nullptr for a name FinAck does not know.
const KnownSocketOption *findSocketOption(const QString &name);

// The name of the option FinAck knows by these numbers ("TCP_NODELAY" for 6, 1); empty for others.
QString knownOptionName(int level, int option);

} // namespace FinAck
