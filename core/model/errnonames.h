// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

#include <QString>
#include <QStringList>

namespace FinAck {

// errno's symbolic name on this system ("ECONNRESET" for 104 on Linux), or "E<number>" when the
// C library does not know it.
QString errnoName(int number);

// strerror(number), the C library's own text; unlike strerror() it may be called from several
// threads at once (the two actors' workers, the capture thread).
QString strerrorText(int number);

// What a Windows program would see for the same condition, e.g. "WSAECONNRESET (10054)" for
// ECONNRESET; empty when Winsock has no counterpart. The numbers come from winerror.h; which
// condition Windows reports for a situation can still differ (the window's panels explain that).
QString winsockEquivalent(const QString &errnoName);

// The same, one Winsock error an entry, each "WSAECONNRESET 10054" (EPIPE has two); empty when
// Winsock has no counterpart. Untranslated: names and numbers read the same in every language.
QStringList winsockEquivalents(const QString &errnoName);

// winerror.h's number of a Winsock error name ("WSAECONNABORTED" -> 10053), 0 when unknown.
int winsockCode(const QString &winsockName);

// What the system's strerror() said, in the user's language: the C library's English messages of
// the errors a socket program meets are translated (context FinAck::ErrnoNames); anything else
// (another C library's wording) is shown as recorded. Traces keep the system's own text.
QString errnoMessageText(const QString &recorded);

} // namespace FinAck
