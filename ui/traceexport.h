// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

#include "diagram/diagrampicture.h"

#include <QCoreApplication>
#include <QStringList>
#include <optional>

namespace FinAck {

// Every file FinAck writes from a trace, chosen by the file's suffix: the pictures through
// DiagramPicture (one renderer with the screen), the rest through core's writers.
class TraceExport
{
    Q_DECLARE_TR_FUNCTIONS(TraceExport)
public:
    enum class Format { Png, Svg, Pdf, Pcap, Json, Mermaid, PlantUml };

    static std::optional<Format> formatForPath(const QString &path);
    static QString suffix(Format format);      // "png"
    static QString description(Format format); // "PNG image"
    static QList<Format> formats();
    // For QFileDialog: "PNG image (*.png);;SVG drawing (*.svg);;…", in formats() order.
    static QString fileFilters();
    static bool isPicture(Format format) { return format == Format::Png || format == Format::Svg || format == Format::Pdf; }

    // A picture draws every event it holds: more than this is refused before any is laid out,
    // with a step range that fits (docs/limits.md). SVG costs about 14 kB of memory per event.
    static constexpr int kMaxPictureEvents = 20'000;

    // Writes `whole` (cut to options.steps first, when set) to `path` in the format its suffix
    // names. false and a one-line reason (the file, what went wrong) on failure, among them a
    // picture of more than kMaxPictureEvents events; `warning` says when the file is not quite
    // what was asked (a PNG scaled down to stay within bounds).
    static bool write(const Trace &whole, const QString &path, const PictureOptions &options, QString *error, QString *warning = nullptr);
};

} // namespace FinAck
