#pragma once

#include <QString>

namespace FinAck {

// The lab's own network: a new user + network namespace with just a loopback interface, so an
// ordinary user may capture on it and install nftables rules there (CAP_NET_RAW and CAP_NET_ADMIN
// hold inside the namespace, nowhere else). The host's network, firewall and sockets are out of
// reach, and the namespace disappears with the process.
//
// Must be called while the process has a single thread: the kernel refuses CLONE_NEWUSER to a
// multi-threaded process. finack-lab calls it first thing in main().
bool enterPrivateNetwork(QString *error);

} // namespace FinAck
