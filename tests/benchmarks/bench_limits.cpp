// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
// bench_limits: peak memory of the real programs at each input limit (docs/limits.md), the
// numbers in docs/performance.md "Peak memory at the limits". Each input is made here, as large
// as FinAck accepts (and a few beyond, to show the refusal's cost), and given to `finack` as a
// user would; wait4's ru_maxrss is the larger of finack and its lab. The goal: no accepted input
// needs more than 1 GB.
//   QT_QPA_PLATFORM=offscreen bench_limits [--quick]     --quick: leaves out the 10-million-packet capture
#include "../support/longrun.h"
#include "benchstats.h"
#include "bulktransfer.h"
#include "childprocess.h"
#include "io/pcap/pcapwriter.h"
#include "io/pcap/tcpstreams.h"
#include "io/tracejson.h"
#include "traceexport.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QThread>
#include <QtEndian>

#include <csignal>
#include <cstdio>
#include <functional>

using namespace FinAck;
using namespace FinAck::Bench;

namespace {

QString g_bin;
QStringList g_env;

// A raw-IP pcap (LINKTYPE_RAW) of `count` 40-byte TCP packets, streamed to the disk.
void writeRawPcap(const QString &path, qint64 count, const std::function<void(qint64, char *ip)> &fill)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    QByteArray header(24, '\0');
    qToLittleEndian<quint32>(0xa1b2c3d4, header.data());
    qToLittleEndian<quint16>(2, header.data() + 4);
    qToLittleEndian<quint16>(4, header.data() + 6);
    qToLittleEndian<quint32>(65535, header.data() + 16);
    qToLittleEndian<quint32>(101, header.data() + 20);
    file.write(header);
    QByteArray chunk;
    for (qint64 i = 0; i < count; ++i) {
        char r[56] = {};
        qToLittleEndian<quint32>(quint32(1'700'000'000 + i / 1'000'000), r);
        qToLittleEndian<quint32>(quint32(i % 1'000'000), r + 4);
        qToLittleEndian<quint32>(40, r + 8);
        qToLittleEndian<quint32>(40, r + 12);
        char *ip = r + 16;
        ip[0] = 0x45;
        qToBigEndian<quint16>(40, ip + 2);
        ip[9] = 6;
        ip[32] = 0x50; // TCP data offset: 5 words
        qToBigEndian<quint16>(65535, ip + 34);
        fill(i, ip);
        chunk.append(r, sizeof r);
        if (chunk.size() > (8 << 20)) {
            file.write(chunk);
            chunk.clear();
        }
    }
    file.write(chunk);
}

void endpoints(char *ip, quint32 src, quint32 dst, quint16 srcPort, quint16 dstPort)
{
    qToBigEndian<quint32>(src, ip + 12);
    qToBigEndian<quint32>(dst, ip + 16);
    qToBigEndian<quint16>(srcPort, ip + 20);
    qToBigEndian<quint16>(dstPort, ip + 22);
}

// Two streams of count/2 packets each, interleaved: the second is not kept while the first is read.
void twoStreams(qint64 i, char *ip)
{
    const bool second = i % 2;
    endpoints(ip, 0x0a000001, 0x0a000002, second ? 40001 : 40000, 80);
    qToBigEndian<quint32>(quint32(i), ip + 24);
    ip[33] = char(i < 2 ? TcpFlag::Syn : TcpFlag::Ack);
}

// A scan: each packet a SYN from another port, each one a stream.
void scan(qint64 i, char *ip)
{
    endpoints(ip, 0x0a000001 + quint32(i / 50000), 0x0a0003e8, quint16(10000 + i % 50000), 80);
    ip[33] = char(TcpFlag::Syn);
}

// A trace of notes, as large a file as the loader takes with kMaxTraceEvents events.
Trace notes(int count, int textBytes)
{
    Trace trace;
    trace.setScenarioId(QStringLiteral("notes"));
    for (int i = 0; i < count; ++i)
        trace.append(Note{i, 0, QString(textBytes, QLatin1Char('n'))});
    return trace;
}

void scenario(const QString &path, const QByteArray &steps)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write("{\"format\": \"finack-scenario\", \"version\": 1, \"id\": \"limits\", \"title\": \"limits\", \"steps\": [" + steps + "]}");
}

QString sizeText(const QString &path)
{
    return QStringLiteral("%1 MB").arg(QFileInfo(path).size() / 1e6, 0, 'f', 1);
}

// Runs finack, prints one line and a summary row: the input, what was done, time, peak RSS, exit.
void measure(const QString &what, const QStringList &arguments)
{
    const ChildResult r = runChild(g_bin, arguments, g_env);
    std::printf("%-70s %8.0f ms  peak RSS %7.1f MB  exit %d\n", qPrintable(what), r.wallMs, r.maxRssKb / 1024.0, r.exitCode);
    std::fflush(stdout);
    summary(what, QStringLiteral("peak RSS %1 MB, %2").arg(r.maxRssKb / 1024.0, 0, 'f', 1).arg(ms(r.wallMs, 0)),
            r.exitCode == 0 ? QStringLiteral("accepted: goal 1 GB") : QStringLiteral("refused (exit %1)").arg(r.exitCode),
            QStringLiteral("–"));
}

// The window opening `file`: its peak once the memory has stopped growing for 2 s.
void measureWindow(const QString &what, const QString &file)
{
    const pid_t pid = spawn(g_bin, {file}, g_env);
    long last = -1;
    int unchanged = 0;
    for (int i = 0; i < 600 && unchanged < 20; ++i) {
        QThread::msleep(100);
        const long now = procStatusKb(pid, "VmHWM");
        unchanged = now == last ? unchanged + 1 : 0;
        last = now;
    }
    ::kill(pid, SIGTERM);
    waitChild(pid, 0);
    std::printf("%-70s %11s  peak RSS %7.1f MB\n", qPrintable(what), "", last / 1024.0);
    std::fflush(stdout);
    summary(what, QStringLiteral("peak RSS %1 MB").arg(last / 1024.0, 0, 'f', 1), QStringLiteral("accepted: goal 1 GB"),
            QStringLiteral("–"));
}

} // namespace

// Writes one input, in a process of its own: a child's peak RSS as wait4 reports it starts from
// the peak of the process it was forked from, so the measuring process must stay small.
int make(const QString &what, const QString &path)
{
    const auto trace = [&path](const Trace &t) { return saveTrace(t, path) ? 0 : 1; };
    if (what == QLatin1String("stream"))
        return writePcap(bulkTransfer(TcpStreams::kMaxSegments), path) ? 0 : 1;
    if (what.startsWith(QLatin1String("two-streams:")))
        writeRawPcap(path, what.mid(12).toLongLong(), twoStreams);
    else if (what.startsWith(QLatin1String("scan:")))
        writeRawPcap(path, what.mid(5).toLongLong(), scan);
    else if (what.startsWith(QLatin1String("run:")))
        return trace(longRun(what.mid(4).toInt() / 10, 10));
    else if (what == QLatin1String("notes"))
        // As many as fit in the file limit: a note's line is about 70 bytes besides its text.
        return trace(notes(kMaxTraceEvents, int(kMaxTraceFileBytes / kMaxTraceEvents) - 80));
    else if (what == QLatin1String("zeros")) {
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write("{\"format\": \"finack-trace\", \"version\": 1, \"scenario\": \"x\", \"events\": [");
        const QByteArray zeros = QByteArray("0,").repeated(1 << 20);
        for (int i = 0; i < 100; ++i)
            file.write(zeros);
        file.write("0]}");
    } else if (what == QLatin1String("sends")) {
        // A string is 1 MiB at most: 16 sends of just under that make a file near the 16 MiB limit.
        QByteArray sends;
        for (int i = 0; i < 16; ++i)
            sends += "{\"actor\": \"client\", \"call\": \"send\", \"data\": \"" + QByteArray(1'040'000, 'x') + "\", \"dontwait\": true}, ";
        scenario(path, sends + "{\"actor\": \"client\", \"call\": \"close\"}");
    } else if (what == QLatin1String("repeat")) {
        scenario(path, "{\"actor\": \"client\", \"call\": \"send\", \"data\": \"x\", \"repeat\": 67108864, \"dontwait\": true}, "
                       "{\"actor\": \"client\", \"call\": \"close\"}");
    } else if (what == QLatin1String("receives")) {
        QByteArray steps = "{\"actor\": \"client\", \"call\": \"close\"}";
        for (int i = 0; i < 999; ++i)
            steps += ", {\"actor\": \"server\", \"call\": \"recv\", \"size\": 67108864}";
        scenario(path, steps);
    } else {
        return 2;
    }
    return 0;
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc == 4 && qstrcmp(argv[1], "--make") == 0)
        return make(QString::fromLatin1(argv[2]), QString::fromLocal8Bit(argv[3]));
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    g_bin = QStringLiteral(FINACK_BIN_DIR "/finack");
    QTemporaryDir dir;
    if (!dir.isValid())
        qFatal("no temporary folder");
    g_env = {QStringLiteral("XDG_CONFIG_HOME=%1/config").arg(dir.path()), QStringLiteral("XDG_CACHE_HOME=%1/cache").arg(dir.path()),
             QStringLiteral("QT_QPA_PLATFORM=offscreen")};
    const auto input = [&dir](const QString &what, const char *name) {
        const QString path = dir.filePath(QLatin1String(name));
        if (runChild(QCoreApplication::applicationFilePath(), {QStringLiteral("--make"), what, path}).exitCode != 0)
            qFatal("cannot make %s", qPrintable(what));
        return path;
    };
    const auto out = [&dir](const char *name) { return dir.filePath(QLatin1String(name)); };
    const QString exp = QStringLiteral("export"), o = QStringLiteral("-o");

    // Captures: a stream of kMaxSegments, the largest kept; the packet limit; the stream limit.
    const QString stream = input(QStringLiteral("stream"), "stream.pcap");
    measure(QStringLiteral("capture, one stream of %1 segments (%2) -> .mmd").arg(TcpStreams::kMaxSegments).arg(sizeText(stream)),
            {exp, stream, o, out("stream.mmd")});
    measure(QStringLiteral("capture, the same -> .json"), {exp, stream, o, out("stream.json")});
    measure(QStringLiteral("capture, the same -> .svg (refused: too many to draw)"), {exp, stream, o, out("stream.svg")});
    measureWindow(QStringLiteral("window opening that capture"), stream);
    for (const qint64 packets : {qint64(2'000'000), qint64(10'000'000)}) {
        if (quick && packets > 2'000'000)
            continue;
        const QString big = input(QStringLiteral("two-streams:%1").arg(packets), "big.pcap");
        measure(
            QStringLiteral("capture, %1 packets in 2 streams (%2), stream 1 -> .mmd (refused: too long)").arg(packets).arg(sizeText(big)),
            {exp, big, QStringLiteral("--stream"), QStringLiteral("1"), o, out("big.mmd")});
        QFile::remove(big);
    }
    for (const int count : {TcpStreams::kMaxStreams, TcpStreams::kMaxStreams + 1}) {
        const QString streams = input(QStringLiteral("scan:%1").arg(count), "streams.pcap");
        measure(QStringLiteral("capture, %1 streams (%2), stream 1 -> .mmd").arg(count).arg(sizeText(streams)),
                {exp, streams, QStringLiteral("--stream"), QStringLiteral("1"), o, out("streams.mmd")});
    }

    // Traces: kMaxTraceEvents events; the largest file of them; beyond.
    const QString events = input(QStringLiteral("run:%1").arg(kMaxTraceEvents), "events.json");
    measure(QStringLiteral("trace of %1 events (%2) -> .mmd").arg(kMaxTraceEvents).arg(sizeText(events)),
            {exp, events, o, out("events.mmd")});
    measure(QStringLiteral("trace, the same -> .pcap"), {exp, events, o, out("events.pcap")});
    measureWindow(QStringLiteral("window opening that trace"), events);
    const QString noteFile = input(QStringLiteral("notes"), "notes.json");
    measure(QStringLiteral("trace of %1 notes (%2, near the file limit) -> .mmd").arg(kMaxTraceEvents).arg(sizeText(noteFile)),
            {exp, noteFile, o, out("notes.mmd")});
    measureWindow(QStringLiteral("window opening that trace"), noteFile);
    const QString tooMany = input(QStringLiteral("run:%1").arg(200'000), "too-many.json");
    measure(QStringLiteral("trace of 200000 events (%1) -> .svg (refused)").arg(sizeText(tooMany)), {exp, tooMany, o, out("too-many.svg")});
    const QString huge = input(QStringLiteral("zeros"), "huge.json");
    measure(QStringLiteral("JSON of %1 -> .svg (refused by size)").arg(sizeText(huge)), {exp, huge, o, out("huge.svg")});
    QFile::remove(huge);

    // Pictures of kMaxPictureEvents events.
    const QString picture = input(QStringLiteral("run:%1").arg(TraceExport::kMaxPictureEvents), "picture.json");
    for (const char *suffix : {"svg", "pdf", "png"})
        measure(QStringLiteral("picture of %1 events -> .%2").arg(TraceExport::kMaxPictureEvents).arg(QLatin1String(suffix)),
                {exp, picture, o, dir.filePath(QStringLiteral("picture.") + QLatin1String(suffix))});

    // Runs: the largest scenario file, the most bytes sent, 999 receives of the largest size.
    const QString data = input(QStringLiteral("sends"), "sends.json");
    measure(QStringLiteral("finack run, scenario of %1 (16 sends of 1 MB)").arg(sizeText(data)), {QStringLiteral("run"), data});
    measure(QStringLiteral("finack run, send of 64 MiB (data x repeat)"),
            {QStringLiteral("run"), input(QStringLiteral("repeat"), "repeat.json")});
    measure(QStringLiteral("finack run, 999 recv of 64 MiB"), {QStringLiteral("run"), input(QStringLiteral("receives"), "receives.json")});
    return 0;
}
