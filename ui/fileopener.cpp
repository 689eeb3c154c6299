// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#include "fileopener.h"

#include "io/boundedread.h"
#include "io/displaypath.h"
#include "io/pcap/pcapreader.h"
#include "io/scenarioloader.h"
#include "io/tracejson.h"
#include "text/scenariotext.h"

#include <QFile>
#include <QFileInfo>
#include <QInputDialog>
#include <QJsonDocument>
#include <QJsonObject>

namespace FinAck {

namespace {

QString platformText(const TracePlatform &p)
{
    QStringList how;
    if (p.network == QLatin1String("private"))
        how << FileOpener::tr("private network namespace");
    else if (p.network == QLatin1String("host"))
        how << FileOpener::tr("host loopback");
    how << (p.segments == SegmentSource::Captured ? FileOpener::tr("segments captured") : FileOpener::tr("segments inferred"));
    if (p.clientApi == QLatin1String("qt"))
        how << FileOpener::tr("Qt client");
    return how.join(QLatin1String(", "));
}

QString traceDescription(const QString &fileName, const Trace &trace)
{
    const TracePlatform &p = trace.platform();
    if (p.network == kCaptureFileNetwork)
        return FileOpener::tr("trace file %1, made from a capture — states inferred from the segments").arg(fileName);
    if (p.os.isEmpty())
        return FileOpener::tr("trace file %1 (%2)").arg(fileName, platformText(p));
    const QString system = p.kernel.isEmpty() ? p.os : QStringLiteral("%1 %2").arg(p.os, p.kernel);
    return FileOpener::tr("trace file %1, recorded on %2 (%3)").arg(fileName, system, platformText(p));
}

std::optional<OpenedFile> openCapture(const QString &path, int stream, QString *error, const FileOpener::StreamChooser &choose)
{
    PcapReader reader;
    // One pass keeps the stream asked for, or the first: most captures hold one. Another one
    // chosen from the list is read in a second pass (PcapReader::trace).
    if (!reader.open(path, error, std::max(stream, 0)))
        return std::nullopt;
    const QList<TcpStreamInfo> &streams = reader.streams();
    const QString fileName = QFileInfo(path).fileName();
    if (streams.isEmpty()) { // the reader refuses such files itself; never show an empty diagram
        if (error)
            *error = FileOpener::tr("%1: no TCP connection in the capture").arg(fileName);
        return std::nullopt;
    }
    if (stream < 0)
        stream = streams.size() == 1 || !choose ? 0 : choose(path, streams);
    if (stream < 0) {
        if (error)
            error->clear(); // cancelled: nothing to report
        return std::nullopt;
    }
    if (stream >= streams.size()) {
        if (error)
            *error = FileOpener::tr("%1: no stream %2, the capture holds %3").arg(fileName).arg(stream + 1).arg(streams.size());
        return std::nullopt;
    }
    OpenedFile file;
    file.kind = OpenedFile::Kind::Capture;
    file.path = path;
    file.trace = reader.trace(stream, error);
    if (file.trace.isEmpty())
        return std::nullopt;
    file.stream = stream;
    file.streamCount = int(streams.size());
    FileOpener::describe(file);
    return file;
}

} // namespace

bool FileOpener::looksLikeCapture(const QByteArray &head)
{
    if (head.size() < 4)
        return false;
    static const QList<QByteArray> magics = {
        QByteArray("\xd4\xc3\xb2\xa1", 4), QByteArray("\xa1\xb2\xc3\xd4", 4), // pcap, µs
        QByteArray("\x4d\x3c\xb2\xa1", 4), QByteArray("\xa1\xb2\x3c\x4d", 4), // pcap, ns
        QByteArray("\x0a\x0d\x0d\x0a", 4),                                    // pcapng section header
    };
    return magics.contains(head.left(4));
}

std::optional<OpenedFile> FileOpener::open(const QString &path, int stream, QString *error, const StreamChooser &choose)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("%1: %2").arg(displayPath(path), file.errorString());
        return std::nullopt;
    }
    const QString suffix = QFileInfo(path).suffix().toLower();
    // The name decides only when the content cannot: a capture too broken to show its magic
    // still gets the capture reader's reason, not a JSON parse error.
    static const QStringList captureSuffixes = {QStringLiteral("pcap"), QStringLiteral("pcapng"), QStringLiteral("cap")};
    if (looksLikeCapture(file.peek(4)) || captureSuffixes.contains(suffix)) {
        file.close();
        return openCapture(path, stream, error, choose);
    }
    // Refused by its size before a byte is parsed: the largest trace a loader takes is the limit
    // (a scenario's is lower, and its loader says so).
    const std::optional<QByteArray> read = readAtMost(file, kMaxTraceFileBytes);
    if (!read) {
        if (error)
            //: %1 the file, %2 a size in MiB
            *error = tr("%1: larger than %2 MiB, expected a FinAck trace or scenario of at most %2 MiB")
                         .arg(displayPath(path), QString::number(kMaxTraceFileBytes / 1024 / 1024));
        return std::nullopt;
    }
    const QByteArray &data = *read;
    const QJsonDocument document = QJsonDocument::fromJson(data);
    const QString format = document.object().value(QLatin1String("format")).toString();
    if (format == QLatin1String("finack-scenario")) {
        ScenarioLoader loader;
        if (!loader.loadData(data, path)) {
            if (error)
                *error = loader.errorString();
            return std::nullopt;
        }
        OpenedFile opened;
        opened.kind = OpenedFile::Kind::Scenario;
        opened.path = path;
        describe(opened);
        return opened;
    }
    if (document.isObject() && format != QLatin1String("finack-trace")) {
        if (error) {
            const QString found = format.isEmpty() ? tr("no \"format\"") : tr("\"format\" is \"%1\"").arg(format);
            *error = tr("%1: %2: not a FinAck trace (\"finack-trace\") or scenario (\"finack-scenario\"), nor a pcap/pcapng capture")
                         .arg(displayPath(path), found);
        }
        return std::nullopt;
    }
    // A trace, or text that is not JSON at all: the trace reader says where it breaks.
    auto trace = traceFromJson(data, path, error);
    if (!trace)
        return std::nullopt;
    OpenedFile opened;
    opened.kind = OpenedFile::Kind::Trace;
    opened.path = path;
    opened.trace = std::move(*trace);
    if (ScenarioLoader::builtinIds().contains(opened.trace.scenarioId()))
        opened.scenario = ScenarioLoader().loadFile(ScenarioLoader::builtinPath(opened.trace.scenarioId()));
    describe(opened);
    return opened;
}

void FileOpener::describe(OpenedFile &file)
{
    const QString fileName = QFileInfo(file.path).fileName();
    switch (file.kind) {
    case OpenedFile::Kind::Scenario: file.description = tr("scenario file %1").arg(fileName); return;
    case OpenedFile::Kind::Capture:
        file.description = tr("capture file %1, stream %2 of %3 — states inferred from the segments")
                               .arg(fileName)
                               .arg(file.stream + 1)
                               .arg(file.streamCount);
        // PcapReader names the connection when it reads the file, in the language of that moment.
        file.title = file.trace.scenarioTitle();
        file.explanation = tr("A real connection read from a capture file (tcpdump, Wireshark): nothing runs, "
                              "nothing is re-sent. The segments are shown as they were captured; each side's "
                              "TCP states are inferred from them by the RFC 9293 state machine, not observed, "
                              "and the capture cannot show the programs' calls.");
        return;
    case OpenedFile::Kind::Trace: break;
    }
    file.description = traceDescription(fileName, file.trace);
    const QString title = scenarioText(file.trace.scenarioTitle());
    //: the window's title for a trace file: %1 the scenario's title, %2 the file's name
    file.title = title.isEmpty() ? fileName : tr("%1 — %2").arg(title, fileName);
    const TracePlatform &p = file.trace.platform();
    file.checks.clear();
    if (file.scenario && p.os.compare(currentPlatformKey(), Qt::CaseInsensitive) == 0 && p.clientApi == QLatin1String("posix"))
        file.checks = checkExpectation(*file.scenario, file.trace);
    file.explanation = tr("A recorded run replayed from %1: nothing runs now, no socket is opened. "
                          "Step and Back move over what was recorded.")
                           .arg(fileName);
}

int FileOpener::askForStream(QWidget *parent, const QString &path, const QList<TcpStreamInfo> &streams)
{
    QStringList items;
    for (int i = 0; i < streams.size(); ++i)
        items << tr("Stream %1: %2").arg(i + 1).arg(streams.at(i).description());
    // A list rather than a combo box: the streams are compared with each other, so all show at once.
    QInputDialog dialog(parent);
    dialog.setWindowTitle(tr("Choose a TCP stream"));
    dialog.setLabelText(tr("%1 holds %2 TCP connections. Which one should be shown?").arg(QFileInfo(path).fileName()).arg(streams.size()));
    dialog.setOption(QInputDialog::UseListViewForComboBoxItems);
    dialog.setComboBoxItems(items);
    dialog.setTextValue(items.first());
    dialog.resize(std::max(dialog.sizeHint().width(), 640), dialog.sizeHint().height());
    return dialog.exec() == QDialog::Accepted ? int(items.indexOf(dialog.textValue())) : -1;
}

QString FileOpener::fileFilters()
{
    return tr("Traces, scenarios and captures (*.json *.pcap *.pcapng *.cap)") + QLatin1String(";;")
           + tr("FinAck traces and scenarios (*.json)") + QLatin1String(";;") + tr("Captures (*.pcap *.pcapng *.cap)") + QLatin1String(";;")
           + tr("All files (*)");
}

} // namespace FinAck
