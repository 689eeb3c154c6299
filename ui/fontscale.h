// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

#include <QFont>

#include <algorithm>
#include <cmath>

namespace FinAck {

// `font` `factor` times as large, whether it is sized in points (the desktop's fonts) or in
// pixels (presentation mode, the exports).
inline QFont scaledFont(QFont font, double factor)
{
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * factor);
    else
        font.setPixelSize(std::max(1, int(std::lround(font.pixelSize() * factor))));
    return font;
}

} // namespace FinAck
