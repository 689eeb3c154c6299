// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#include "traceexport.h"

#include "io/displaypath.h"
#include "io/outputfile.h"
#include "io/pcap/pcapwriter.h"
#include "io/tracejson.h"
#include "text/diagramtext.h"

#include <QFileInfo>

namespace FinAck {

namespace {

bool writeText(const QString &path, const QString &text, QString *error)
{
    QString why;
    if (writeOutputFile(path, text.toUtf8(), &why))
        return true;
    if (error)
        *error = TraceExport::tr("%1: cannot write: %2").arg(displayPath(path), why);
    return false;
}

// The one line for a picture of too many events: how to choose a part, and a part that fits.
QString tooManyToDraw(const Trace &trace, const QString &path)
{
    const QString count = QString::number(trace.size());
    const QString most = QString::number(TraceExport::kMaxPictureEvents);
    if (const auto fits = leadingSteps(trace, TraceExport::kMaxPictureEvents)) {
        const QString range = fits->first == fits->last ? QString::number(fits->first)
                                                        : QStringLiteral("%1-%2").arg(fits->first).arg(fits->last);
        //: %1 the file, %2 the trace's events, %3 the most a picture draws, %4 a step range that fits ("1-40");
        //: --steps is finack export's option and "Steps" the Export dialog's field: keep them as they are translated there
        return TraceExport::tr("%1: %2 events to draw, at most %3 in a picture; export part of the run with --steps or the "
                               "Export dialog's Steps, e.g. steps %4")
            .arg(path, count, most, range);
    }
    if (stepSpan(trace))
        //: %1 the file, %2 the trace's events, %3 the most a picture draws
        return TraceExport::tr("%1: %2 events to draw, at most %3 in a picture, and its first step alone has more; export it as "
                               ".mmd, .puml, .pcap or .json")
            .arg(path, count, most);
    //: %1 the file, %2 the trace's events, %3 the most a picture draws; editcap is a program: keep its name and option
    return TraceExport::tr("%1: %2 events to draw, at most %3 in a picture, and they are not divided into steps; export it as "
                           ".mmd, .puml, .pcap or .json, or cut the capture first (editcap -r)")
        .arg(path, count, most);
}

} // namespace

QList<TraceExport::Format> TraceExport::formats()
{
    return {Format::Png, Format::Svg, Format::Pdf, Format::Pcap, Format::Json, Format::Mermaid, Format::PlantUml};
}

QString TraceExport::suffix(Format format)
{
    switch (format) {
    case Format::Png: return QStringLiteral("png");
    case Format::Svg: return QStringLiteral("svg");
    case Format::Pdf: return QStringLiteral("pdf");
    case Format::Pcap: return QStringLiteral("pcap");
    case Format::Json: return QStringLiteral("json");
    case Format::Mermaid: return QStringLiteral("mmd");
    case Format::PlantUml: return QStringLiteral("puml");
    }
    return {};
}

QString TraceExport::description(Format format)
{
    switch (format) {
    case Format::Png: return tr("PNG image");
    case Format::Svg: return tr("SVG drawing");
    case Format::Pdf: return tr("PDF document");
    case Format::Pcap: return tr("pcap capture (Wireshark, tshark)");
    case Format::Json: return tr("FinAck trace");
    case Format::Mermaid: return tr("Mermaid sequence diagram");
    case Format::PlantUml: return tr("PlantUML sequence diagram");
    }
    return {};
}

std::optional<TraceExport::Format> TraceExport::formatForPath(const QString &path)
{
    const QString ext = QFileInfo(path).suffix().toLower();
    for (Format format : formats()) {
        if (ext == suffix(format))
            return format;
    }
    if (ext == QLatin1String("mermaid"))
        return Format::Mermaid;
    if (ext == QLatin1String("plantuml") || ext == QLatin1String("pu"))
        return Format::PlantUml;
    return std::nullopt;
}

QString TraceExport::fileFilters()
{
    QStringList filters;
    for (Format format : formats())
        filters << QStringLiteral("%1 (*.%2)").arg(description(format), suffix(format));
    return filters.join(QStringLiteral(";;"));
}

bool TraceExport::write(const Trace &whole, const QString &path, const PictureOptions &options, QString *error, QString *warning)
{
    const auto format = formatForPath(path);
    if (!format) {
        QStringList suffixes;
        for (Format f : formats())
            suffixes << QLatin1Char('.') + suffix(f);
        if (error)
            *error = tr("%1: cannot tell the format from the name; expected one of %2")
                         .arg(displayPath(path), suffixes.join(QStringLiteral(" ")));
        return false;
    }
    Trace trace = whole;
    if (options.steps) {
        const auto slice = sliceSteps(whole, *options.steps, error);
        if (!slice)
            return false;
        trace = *slice;
    }
    if (isPicture(*format) && trace.size() > kMaxPictureEvents) {
        if (error)
            *error = tooManyToDraw(trace, path);
        return false;
    }
    switch (*format) {
    case Format::Png: return DiagramPicture(trace, options).writePng(path, error, warning);
    case Format::Svg: return DiagramPicture(trace, options).writeSvg(path, error);
    case Format::Pdf: return DiagramPicture(trace, options).writePdf(path, error);
    case Format::Pcap: return writePcap(trace, path, error);
    case Format::Json: return saveTrace(trace, path, error);
    case Format::Mermaid: return writeText(path, toMermaid(trace), error);
    case Format::PlantUml: return writeText(path, toPlantUml(trace), error);
    }
    return false;
}

} // namespace FinAck
