#include "filekind.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>

namespace FinAck {

namespace {

bool isCaptureMagic(const QByteArray &head)
{
    if (head.size() < 4)
        return false;
    const quint32 magic = qFromLittleEndian<quint32>(head.constData());
    // pcap in either byte order, microsecond or nanosecond stamps, and pcapng's section header
    // block (the same bytes in both orders).
    switch (magic) {
    case 0xa1b2c3d4: case 0xd4c3b2a1: case 0xa1b23c4d: case 0x4d3cb2a1: case 0x0a0d0d0a:
        return true;
    default:
        return false;
    }
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
    // has to be parsed. Files this large are not scenarios or traces FinAck wrote.
    if (file.size() > 512 * 1024 * 1024)
        return FileKind::Unknown;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
    const QString format = doc.object().value(QStringLiteral("format")).toString();
    if (format == QLatin1String("finack-trace"))
        return FileKind::Trace;
    if (format == QLatin1String("finack-scenario"))
        return FileKind::Scenario;
    return FileKind::Unknown;
}

} // namespace FinAck
