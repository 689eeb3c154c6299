// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

#include "pendingtext.h"

#include <QString>

namespace FinAck {

// The lab's own network: a new user + network namespace with just a loopback interface, so an
// ordinary user may capture on it and install nftables rules there (CAP_NET_RAW and CAP_NET_ADMIN
// hold inside the namespace, nowhere else). The host's network, firewall and sockets are out of
// reach, and the namespace disappears with the process.
//
// Must be called while the process has a single thread: the kernel refuses CLONE_NEWUSER to a
// multi-threaded process. finack-lab calls it first thing in main(), before QCoreApplication and
// its translator exist: the reason why not comes back untranslated, for PendingText::text() later.
bool enterPrivateNetwork(PendingText *error);

// True only in a process that enterPrivateNetwork() moved into a network namespace of its own,
// checked against the kernel now (the namespace's identity differs from the one it left). The
// firewall code asks this before every change: faults never touch the host's network.
bool inPrivateNetwork();

} // namespace FinAck
