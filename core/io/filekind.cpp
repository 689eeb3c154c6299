// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#include "io/filekind.h"

#include "io/tracejson.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QtEndian>

namespace FinAck {

namespace {

bool isCaptureMagic(const QByteArray &head)
{
    if (head.size() < 4)
        return false;
    const auto magic = qFromLittleEndian<quint32>(head.constData());
    // pcap in either byte order, microsecond or nanosecond stamps, and pcapng's section header
    // block (the same bytes in both orders).
    switch (magic) {
    case 0xa1b2c3d4:
    case 0xd4c3b2a1:
    case 0xa1b23c4d:
    case 0x4d3cb2a1:
    case 0x0a0d0d0a: return true;
    default: return false;
    }
}

FileKind kindOfFormat(const QString &format)
{
    if (format == QLatin1String("finack-trace"))
        return FileKind::Trace;
    if (format == QLatin1String("finack-scenario"))
        return FileKind::Scenario;
    return FileKind::Unknown;
}

// "format": "finack-trace" as written, for a file that is not JSON (a broken trace deserves the
// trace loader's precise reason, not "not a FinAck file"), or too large to parse here. Quotes
// inside a JSON string are escaped, so a string cannot hold this by chance.
FileKind kindInText(const QByteArray &text)
{
    const auto skipSpace = [&text](qsizetype i) {
        while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r'))
            ++i;
        return i;
    };
    for (qsizetype at = text.indexOf("\"format\""); at >= 0; at = text.indexOf("\"format\"", at + 1)) {
        qsizetype i = skipSpace(at + 8);
        if (i >= text.size() || text[i] != ':')
            continue;
        i = skipSpace(i + 1);
        for (const char *format : {"finack-trace", "finack-scenario"}) {
            const QByteArray quoted = '"' + QByteArray(format) + '"';
            if (text.mid(i, quoted.size()) == quoted)
                return kindOfFormat(QString::fromLatin1(format));
        }
    }
    return FileKind::Unknown;
}

} // namespace

FileKind fileKind(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return FileKind::Unknown;
    if (isCaptureMagic(file.peek(4)))
        return FileKind::Capture;
    // Qt writes JSON keys in order, so "format" comes after a trace's "events": the whole file
    // has to be parsed. Files larger than the trace loader takes are only looked at: FinAck
    // writes "format" first, and the loader then says the file is too large.
    if (file.isSequential() || file.size() > kMaxTraceFileBytes)
        return kindInText(file.read(qint64(64) * 1024));
    const QByteArray text = file.readAll();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError)
        return kindInText(text);
    const QJsonObject object = doc.object();
    if (const FileKind kind = kindOfFormat(object.value(QStringLiteral("format")).toString()); kind != FileKind::Unknown)
        return kind;
    // No format, or another one: a trace or scenario all the same by its content, whose loader
    // then names the "format" it expected.
    if (object.contains(QStringLiteral("events")))
        return FileKind::Trace;
    if (object.contains(QStringLiteral("steps")))
        return FileKind::Scenario;
    return FileKind::Unknown;
}

} // namespace FinAck
