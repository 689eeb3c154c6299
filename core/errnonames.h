#pragma once

#include <QString>

namespace FinAck {

// errno's symbolic name on this system ("ECONNRESET" for 104 on Linux), or "E<number>" when the
// C library does not know it.
QString errnoName(int number);

// What a Windows program would see for the same condition, e.g. "WSAECONNRESET (10054)" for
// ECONNRESET; empty when Winsock has no counterpart. The numbers come from winerror.h; which
// condition Windows reports for a situation can still differ (the window's panels explain that).
QString winsockEquivalent(const QString &errnoName);

} // namespace FinAck
