// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

#include <QByteArray>
#include <QString>

namespace FinAck {

// Quote bytes the way C source would show them: "hello\n", with non-printable bytes escaped and
// long data shortened ("aaaa..." (4096 bytes)) so a call's text stays one readable line.
QString cStringLiteral(const QByteArray &data, int maxShown = 40);

} // namespace FinAck
