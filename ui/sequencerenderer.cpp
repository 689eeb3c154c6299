#include "sequencerenderer.h"

#include "sequencescene.h"

namespace FinAck {

RenderStats SequenceRenderer::paint(QPainter &painter, const SequenceLayout &layout, const Trace &trace,
                                    const RenderOptions &options)
{
    SequenceScene scene(painter, layout, trace, options);
    scene.run();
    return scene.stats;
}

QString SequenceRenderer::flagsText(const Segment &segment)
{
    QStringList names;
    const std::pair<quint8, const char *> order[] = {{TcpFlag::Syn, "SYN"}, {TcpFlag::Fin, "FIN"}, {TcpFlag::Rst, "RST"},
                                                     {TcpFlag::Psh, "PSH"}, {TcpFlag::Ack, "ACK"}};
    for (const auto &[flag, name] : order) {
        if (segment.has(flag))
            names << QLatin1String(name);
    }
    return names.isEmpty() ? QStringLiteral("(no flags)") : names.join(QLatin1Char(' '));
}

QString SequenceRenderer::numbersText(const Segment &segment)
{
    QStringList parts{QStringLiteral("seq %1").arg(segment.seq)};
    if (segment.has(TcpFlag::Ack))
        parts << QStringLiteral("ack %1").arg(segment.ack);
    parts << QStringLiteral("len %1").arg(segment.len);
    return parts.join(QStringLiteral(" · "));
}

QString SequenceRenderer::resultText(const CallRecord &call)
{
    const QString arrow = QStringLiteral("→ ");
    if (call.timedOut)
        return arrow + SequenceRenderer::tr("timed out");
    switch (call.returnType) {
    case ReturnType::Void:
        return call.qtError.isEmpty() ? QString() : arrow + shortQtName(call.qtError);
    case ReturnType::Bool: {
        const QString value = call.ret ? QStringLiteral("true") : QStringLiteral("false");
        return arrow + value + (call.qtError.isEmpty() ? QString() : QLatin1Char(' ') + shortQtName(call.qtError));
    }
    case ReturnType::Integer:
        break;
    }
    QString text = arrow + QString::number(call.ret);
    if (!call.errnoName.isEmpty())
        text += QLatin1Char(' ') + call.errnoName;
    else if (!call.qtError.isEmpty())
        text += QLatin1Char(' ') + shortQtName(call.qtError);
    return text;
}

bool SequenceRenderer::isEndOfStream(const CallRecord &call)
{
    static const QStringList reads{QStringLiteral("recv"), QStringLiteral("read"), QStringLiteral("recvfrom"),
                                   QStringLiteral("recvmsg")};
    return call.returnType == ReturnType::Integer && call.ret == 0 && !call.failed() && !call.timedOut
        && reads.contains(call.call);
}

QString SequenceRenderer::signalText(const SignalRecord &signal)
{
    QStringList args;
    for (const QString &a : signal.arguments)
        args << shortQtName(a);
    return QStringLiteral("%1(%2)").arg(signal.signal, args.join(QStringLiteral(", ")));
}

QString SequenceRenderer::timeWaitText(const StateChange &state, qint64 playheadUs)
{
    const qint64 elapsedMs = std::max<qint64>(0, playheadUs - state.tUs) / 1000;
    const double left = double(std::max<qint64>(0, state.timerMs.value_or(0) - elapsedMs)) / 1000.0;
    return SequenceRenderer::tr("%1 s left").arg(left, 0, 'f', 1);
}

} // namespace FinAck
