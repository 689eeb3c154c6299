// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

#include <QString>
#include <QtGlobal>

namespace FinAck {

// The values a scenario step hands to a socket call. Plain data shared by the scenario model
// (which names them), the loader and the lab's socket APIs (which make the calls).

// A socket descriptor as the platform knows it: an int on POSIX, a SOCKET (UINT_PTR) on Windows.
using SocketHandle = qintptr;

// A socket option the way a scenario names it. Known names carry their level and number for the
// platform; raw numbers let a scenario ask for something the kernel does not have (ENOPROTOOPT).
struct SocketOption {
    QString name;    // "SO_LINGER", or empty for a raw option
    int level = -1;  // raw level, used when name is empty
    int option = -1; // raw option number, used when name is empty
};

// The value given to or read from an option: most are ints, SO_LINGER is a pair.
struct OptionValue {
    int value = 0;
    bool isLinger = false;
    int lingerOnOff = 0;
    int lingerSeconds = 0;
};

enum class ShutdownHow { Read, Write, Both };

struct RecvFlags {
    bool peek = false;     // MSG_PEEK
    bool dontWait = false; // MSG_DONTWAIT
};

} // namespace FinAck
