// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
// finack export: any input FinAck reads (a scenario, which it runs first, a trace, a capture) to
// any file it writes, with no display.
#include "cli.h"

#include "io/displaypath.h"
#include "io/filekind.h"
#include "io/pcap/pcapreader.h"
#include "io/scenarioloader.h"
#include "io/tracejson.h"
#include "traceexport.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

namespace FinAck::Cli {

namespace {

// The trace a capture file holds: its one TCP stream, or the one --stream names.
std::optional<Trace> traceFromCapture(const QString &path, const QString &streamArg, QString *error)
{
    // One pass keeps only the stream asked for (or the first), and counts the others.
    bool ok = false;
    const int n = streamArg.isEmpty() ? 1 : streamArg.toInt(&ok);
    PcapReader reader;
    if (!reader.open(path, error, std::max(n - 1, 0)))
        return std::nullopt;
    const QList<TcpStreamInfo> &streams = reader.streams();
    const auto traceOf = [&](int stream) -> std::optional<Trace> {
        Trace trace = reader.trace(stream, error);
        if (trace.isEmpty())
            return std::nullopt;
        return trace;
    };
    if (!streamArg.isEmpty()) {
        if (!ok || n < 1 || n > streams.size()) {
            *error = QCoreApplication::translate("FinAck::Cli", "--stream: %1 holds %n TCP stream(s), numbered from 1; got \"%2\"", nullptr,
                                                 int(streams.size()))
                         .arg(displayPath(path), streamArg);
            return std::nullopt;
        }
        return traceOf(n - 1);
    }
    if (streams.size() == 1)
        return traceOf(0);
    // The first ones only: a scan's hundred thousand streams would make a line of megabytes.
    constexpr int kListed = 20;
    QStringList choices;
    for (int i = 0; i < streams.size() && i < kListed; ++i)
        choices << QStringLiteral("%1) %2").arg(i + 1).arg(streams.at(i).description());
    if (streams.size() > kListed)
        choices << QStringLiteral("…");
    //: %1 is the capture file, %2 its streams described one by one
    *error = QCoreApplication::translate("FinAck::Cli", "%1 holds %n TCP streams; choose one with --stream N: %2", nullptr,
                                         int(streams.size()))
                 .arg(displayPath(path), choices.join(QStringLiteral("; ")));
    return std::nullopt;
}

} // namespace

int exportTrace(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "FinAck::Cli", "Writes a run as a picture (png, svg, pdf), a capture (pcap), a trace (json) or diagram text (mmd: Mermaid, "
                       "puml: PlantUML), chosen by the output's suffix. Needs no display."));
    parser.addHelpOption();
    parser.addPositionalArgument(
        QStringLiteral("input"),
        QCoreApplication::translate("FinAck::Cli", "A built-in scenario id or scenario .json (run first on real sockets), a trace .json, "
                                                   "or a .pcap/.pcapng capture."));
    const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                    QCoreApplication::translate("FinAck::Cli", "The file to write: .png .svg .pdf .pcap .json .mmd .puml"),
                                    QStringLiteral("file"));
    const QCommandLineOption steps(
        QStringLiteral("steps"),
        QCoreApplication::translate(
            "FinAck::Cli", "Only these steps, numbered as in the diagram's step gutter (setup steps included, from 1): 3-6, 4 or 2-."),
        QStringLiteral("A-B"));
    const QCommandLineOption scale(QStringLiteral("scale"),
                                   QCoreApplication::translate("FinAck::Cli",
                                                               "PNG: pixels per diagram pixel, 0.25 to 8 (default 1; 2 for slides)."),
                                   QStringLiteral("N"), QStringLiteral("1"));
    //: --theme's help; light and dark are its values: keep them
    const QCommandLineOption theme(QStringLiteral("theme"),
                                   QCoreApplication::translate("FinAck::Cli", "Pictures: light (default) or dark."),
                                   QStringLiteral("light|dark"), QStringLiteral("light"));
    const QCommandLineOption spacing(QStringLiteral("spacing"),
                                     //: --spacing's help; even and true-time are its values: keep them
                                     QCoreApplication::translate("FinAck::Cli",
                                                                 "Pictures: even rows (default), or true-time, where y follows the clock."),
                                     QStringLiteral("even|true-time"), QStringLiteral("even"));
    const QCommandLineOption stream(QStringLiteral("stream"),
                                    QCoreApplication::translate("FinAck::Cli", "A capture with several TCP streams: which one, from 1."),
                                    QStringLiteral("N"));
    const LabOptions labOptions;
    parser.addOptions({output, steps, scale, theme, spacing, stream});
    labOptions.addTo(parser);
    if (!parser.parse(args))
        return fail(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    if (parser.positionalArguments().size() != 1)
        return fail(QCoreApplication::translate("FinAck::Cli",
                                                "export: expected one input (a scenario id or file, a trace .json, a .pcap), e.g. "
                                                "finack export graceful-client-first -o close.svg"));
    if (!parser.isSet(output))
        return fail(
            QCoreApplication::translate("FinAck::Cli", "export: expected -o <file>, e.g. -o close.svg; its suffix chooses the format"));

    // Every option is checked before anything runs: a typo must not cost a 10-second scenario.
    const QString outPath = parser.value(output);
    if (!TraceExport::formatForPath(outPath)) {
        QString error;
        TraceExport::write({}, outPath, {}, &error);
        return fail(error);
    }
    PictureOptions options;
    QString error;
    if (parser.isSet(steps)) {
        options.steps = parseStepRange(parser.value(steps), &error);
        if (!options.steps)
            return fail(error);
    }
    bool ok = false;
    options.scale = parser.value(scale).toDouble(&ok);
    if (!ok || options.scale < 0.25 || options.scale > 8)
        return fail(
            QCoreApplication::translate("FinAck::Cli", "--scale: expected a number from 0.25 to 8, got \"%1\"").arg(parser.value(scale)));
    if (parser.value(theme) != QLatin1String("light") && parser.value(theme) != QLatin1String("dark"))
        return fail(QCoreApplication::translate("FinAck::Cli", "--theme: expected light or dark, got \"%1\"").arg(parser.value(theme)));
    options.dark = parser.value(theme) == QLatin1String("dark");
    if (parser.value(spacing) == QLatin1String("even"))
        options.spacing = Spacing::Even;
    else if (parser.value(spacing) == QLatin1String("true-time"))
        options.spacing = Spacing::TrueTime;
    else
        return fail(
            QCoreApplication::translate("FinAck::Cli", "--spacing: expected even or true-time, got \"%1\"").arg(parser.value(spacing)));

    const QString input = parser.positionalArguments().constFirst();
    const bool isFile = QFileInfo(input).isFile();
    const FileKind kind = isFile ? fileKind(input) : FileKind::Scenario; // not a file: a built-in id
    if (parser.isSet(stream) && kind != FileKind::Capture)
        return fail(
            QCoreApplication::translate("FinAck::Cli", "--stream: only a capture file (.pcap, .pcapng) has streams to choose from"));

    std::optional<Trace> trace;
    LabRun labRun;
    switch (kind) {
    case FileKind::Capture: trace = traceFromCapture(input, parser.value(stream), &error); break;
    case FileKind::Trace: trace = loadTrace(input, &error); break;
    case FileKind::Scenario:
        if (runInLab(labRun, input, parser, labOptions, &error))
            trace = labRun.lab.trace();
        break;
    case FileKind::Unknown: {
        // Let the loader the name suggests say precisely what is wrong with it.
        const QString suffix = QFileInfo(input).suffix().toLower();
        if (suffix == QLatin1String("pcap") || suffix == QLatin1String("pcapng"))
            trace = traceFromCapture(input, parser.value(stream), &error);
        else if (ScenarioLoader loader; !loader.loadFile(input))
            error = QCoreApplication::translate("FinAck::Cli", "%1: not a FinAck scenario or trace, nor a pcap capture (%2)")
                        .arg(input, loader.errorString());
        else
            error = QCoreApplication::translate("FinAck::Cli", "%1: not a FinAck scenario or trace, nor a pcap capture").arg(input);
        break;
    }
    }
    if (!trace)
        return fail(error);

    QString warning;
    if (!TraceExport::write(*trace, outPath, options, &error, &warning))
        return fail(error);
    if (!warning.isEmpty())
        QTextStream(stderr) << "finack: " << QCoreApplication::translate("FinAck::Cli", "warning: %1").arg(warning) << Qt::endl;
    return 0;
}

} // namespace FinAck::Cli
