// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

#include <QString>

namespace FinAck {

// How many columns a text takes in a terminal or a monospace column: a Chinese, Japanese or
// Korean character takes two (East Asian Wide and Fullwidth), everything else one. Padding and
// wrapping count in these, so that translated tables and diagram notes keep their shape.
int textCells(const QString &text);

// The longest start of `text` that fits in `cells` columns; never half a surrogate pair.
QString leftCells(const QString &text, int cells);

// `text` padded with spaces to `cells` columns, on the right or on the left.
QString padRight(const QString &text, int cells);
QString padLeft(const QString &text, int cells);

} // namespace FinAck
