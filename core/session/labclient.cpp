// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#include "session/labclient.h"

#include "text/language.h"

#include "io/tracejson.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QJsonDocument>

#include <cstring>

namespace FinAck {

namespace {

// strsignal() is not thread-safe; the GUI thread, where the lab client lives, is its only caller.
QString signalName(int number)
{
    return QString::fromLocal8Bit(strsignal(number)); // NOLINT(concurrency-mt-unsafe)
}

} // namespace

LabClient::LabClient(QObject *parent)
    : QObject(parent)
    , m_program(qEnvironmentVariable("FINACK_LAB", QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("finack-lab"))))
{
    m_heartbeat.setInterval(1000);
    connect(&m_heartbeat, &QTimer::timeout, this, &LabClient::heartbeat);
}

void LabClient::setHeartbeatInterval(int ms)
{
    m_heartbeat.setInterval(ms);
}

LabClient::~LabClient()
{
    stop();
}

bool LabClient::start(Network network, QString *error)
{
    stop();
    m_process = new QProcess(this);
    m_buffer.clear();
    m_ready = false;
    m_loadsUnanswered = 0;
    m_failure.clear();
    m_pingPending = false;
    m_hung = false;
    QStringList args{QStringLiteral("--network"), networkModeName(network)};
    if (!m_captureAllowed)
        args << QStringLiteral("--no-capture");
    args << QStringLiteral("--client") << clientApiName(m_clientApi);
    // The lab's diagnostics (Qt warnings) pass through to our stderr; its stdout is the protocol.
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    // The lab writes its own notes (a fault, a step that did not settle) in our language.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(Language::kEnvironmentVariable), Language::current());
    m_process->setProcessEnvironment(environment);
    connect(m_process, &QProcess::readyReadStandardOutput, this, &LabClient::readLines);
    connect(m_process, &QProcess::finished, this, &LabClient::onProcessFinished);
    if (m_launcher.isEmpty())
        m_process->start(m_program, args);
    else
        m_process->start(m_launcher.first(), m_launcher.mid(1) + QStringList{m_program} + args);
    if (!m_process->waitForStarted(10000)) {
        const QString reason = tr("cannot start %1: %2").arg(m_program, m_process->errorString());
        stop();
        if (error)
            *error = reason;
        return false;
    }
    const QDeadlineTimer deadline(10000);
    while (!m_ready && m_failure.isEmpty() && m_process && !deadline.hasExpired()) {
        if (!m_process->waitForReadyRead(int(deadline.remainingTime())))
            break;
        readLines();
    }
    if (!m_ready) {
        const QString reason = m_failure.isEmpty() ? tr("finack-lab did not answer") : m_failure;
        stop();
        if (error)
            *error = reason;
        return false;
    }
    m_sinceHeard.start();
    m_heartbeat.start();
    return true;
}

void LabClient::stop()
{
    if (!m_process)
        return;
    QProcess *process = m_process;
    m_process = nullptr; // from here on its end is expected, not a failure
    m_heartbeat.stop();
    process->disconnect(this);
    if (process->state() != QProcess::NotRunning && m_hung) {
        process->kill(); // a stopped process would only make us wait for it
        process->waitForFinished(3000);
    } else if (process->state() != QProcess::NotRunning) {
        process->write(LabProtocol::command(QStringLiteral("quit")));
        process->closeWriteChannel();
        if (!process->waitForFinished(3000)) {
            process->kill();
            process->waitForFinished(3000);
        }
    }
    delete process;
    m_hung = false;
    m_pingPending = false;
}

bool LabClient::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

qint64 LabClient::processId() const
{
    return m_process ? m_process->processId() : 0;
}

void LabClient::send(const QByteArray &line)
{
    if (!isRunning()) {
        Q_EMIT labFailed(tr("finack-lab is not running"));
        return;
    }
    m_process->write(line);
}

void LabClient::load(const QJsonObject &scenario)
{
    m_trace = Trace();
    m_differences.clear();
    m_checks.clear();
    m_finished = false;
    m_refusal.clear();
    QByteArray line = LabProtocol::loadCommand(scenario);
    if (line.size() - 1 > LabProtocol::kMaxCommandBytes) { // the lab would drop it unread
        //: %1 and %2 are numbers of bytes
        m_refusal = tr("the scenario is too large to send to finack-lab: %1 bytes as a command, at most %2")
                        .arg(line.size() - 1)
                        .arg(LabProtocol::kMaxCommandBytes);
        Q_EMIT labError(m_refusal);
        return;
    }
    ++m_loadsUnanswered;
    send(line);
}

void LabClient::step()
{
    // After a refused load the lab still holds the scenario before; it is not to run instead.
    if (!m_refusal.isEmpty()) {
        Q_EMIT labError(m_refusal);
        return;
    }
    send(LabProtocol::command(QStringLiteral("step")));
}

void LabClient::run()
{
    if (!m_refusal.isEmpty()) {
        Q_EMIT labError(m_refusal);
        return;
    }
    send(LabProtocol::command(QStringLiteral("run")));
}

void LabClient::reset()
{
    if (!m_refusal.isEmpty()) {
        Q_EMIT labError(m_refusal);
        return;
    }
    m_trace = Trace();
    m_differences.clear();
    m_checks.clear();
    m_finished = false;
    send(LabProtocol::command(QStringLiteral("reset")));
}

void LabClient::readLines()
{
    if (!m_process)
        return;
    const QByteArray data = m_process->readAllStandardOutput();
    if (!data.isEmpty())
        heard();
    m_buffer += data;
    qsizetype end = -1;
    while ((end = m_buffer.indexOf('\n')) >= 0) {
        const QByteArray line = m_buffer.left(end);
        m_buffer.remove(0, end + 1);
        if (!line.trimmed().isEmpty())
            handleLine(line);
    }
}

void LabClient::handleLine(const QByteArray &line)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        Q_EMIT labError(tr("finack-lab sent a line that is not JSON: %1").arg(QString::fromUtf8(line.left(80))));
        return;
    }
    bool isEvent = false;
    const auto message = LabProtocol::parseMessage(doc.object(), &isEvent);
    if (isEvent) {
        if (m_loadsUnanswered > 0)
            return;
        QString error;
        const auto event = eventFromJson(doc.object(), QStringLiteral("finack-lab"), &error);
        if (!event) {
            Q_EMIT labError(error);
            return;
        }
        m_trace.appendRelative(*event);
        Q_EMIT eventReceived(*event);
        return;
    }
    switch (message->type) {
    case LabProtocol::MessageType::Ready:
        m_ready = true;
        m_network = message->network;
        m_fallbackReason = message->fallbackReason;
        break;
    case LabProtocol::MessageType::Header: {
        if (m_loadsUnanswered > 1) { // the answer to a load that a newer one replaced
            --m_loadsUnanswered;
            break;
        }
        m_loadsUnanswered = 0;
        const Trace &h = *message->header;
        m_trace.setScenarioId(h.scenarioId());
        m_trace.setScenarioTitle(h.scenarioTitle());
        m_trace.setPlatform(h.platform());
        m_trace.setEndpoint(Actor::Client, h.endpoint(Actor::Client));
        m_trace.setEndpoint(Actor::Server, h.endpoint(Actor::Server));
        m_trace.setOriginUs(h.originUs());
        Q_EMIT headerChanged();
        break;
    }
    case LabProtocol::MessageType::StepFinished: Q_EMIT stepFinished(message->step, message->atEnd); break;
    case LabProtocol::MessageType::Pong: m_pingPending = false; break;
    case LabProtocol::MessageType::Finished:
        m_finished = true;
        m_checks = message->checks;
        m_differences.clear();
        for (const ExpectationCheck &check : std::as_const(m_checks)) {
            if (!check.held)
                m_differences << differenceText(check);
        }
        Q_EMIT finished(m_differences);
        break;
    case LabProtocol::MessageType::Error:
        if (message->command == QLatin1String("load") && m_loadsUnanswered > 0)
            --m_loadsUnanswered;
        if (!m_ready)
            m_failure = message->message; // refused to start (for example --network private)
        Q_EMIT labError(message->message);
        break;
    }
}

void LabClient::onProcessFinished(int exitCode, QProcess::ExitStatus status)
{
    readLines(); // what it said last may explain why it ended
    // On a crash QProcess reports the signal that ended the process as its exit code.
    const QString reason = status == QProcess::CrashExit
                               //: %2 is the signal's name from the system ("Killed")
                               ? tr("finack-lab was ended by signal %1 (%2)").arg(exitCode).arg(signalName(exitCode))
                               : m_failure.isEmpty() ? tr("finack-lab exited with status %1").arg(exitCode)
                                                     //: %2 is what the lab said last, the reason it gave up
                                                     : tr("finack-lab exited with status %1: %2").arg(QString::number(exitCode), m_failure);
    if (m_failure.isEmpty())
        m_failure = reason;
    QProcess *process = m_process;
    m_process = nullptr;
    m_heartbeat.stop();
    m_hung = false; // gone, which labFailed says
    if (process)
        process->deleteLater();
    Q_EMIT labFailed(reason);
}

void LabClient::heartbeat()
{
    if (!isRunning())
        return;
    if (!m_hung && m_sinceHeard.elapsed() >= m_hangTimeoutMs) {
        // This thread may have been the busy one: an answer waiting unread in the pipe counts.
        m_process->waitForReadyRead(0);
        if (!isRunning())
            return;
    }
    if (m_sinceHeard.elapsed() >= m_hangTimeoutMs) {
        m_hung = true;
        Q_EMIT labHung(m_sinceHeard.elapsed());
        if (!isRunning())
            return;
    }
    if (!m_pingPending) {
        m_pingPending = true;
        m_process->write(LabProtocol::command(QStringLiteral("ping")));
    }
}

void LabClient::heard()
{
    m_sinceHeard.restart();
    if (m_hung) {
        m_hung = false;
        Q_EMIT labResponsive();
    }
}

bool LabClient::waitForFinished(int timeoutMs, QString *error)
{
    const QDeadlineTimer deadline(timeoutMs);
    QString labMessage = m_refusal;
    const auto connection = connect(this, &LabClient::labError, this, [&labMessage](const QString &m) {
        if (labMessage.isEmpty())
            labMessage = m; // the first refusal explains the rest
    });
    while (!m_finished && labMessage.isEmpty() && isRunning() && !deadline.hasExpired()) {
        if (m_process->waitForReadyRead(int(std::min<qint64>(deadline.remainingTime(), 1000))))
            readLines();
    }
    disconnect(connection);
    if (m_finished)
        return true;
    if (error)
        *error = !labMessage.isEmpty()   ? labMessage
                 : !m_failure.isEmpty()  ? m_failure
                 : deadline.hasExpired() ? tr("finack-lab did not finish within %1 s").arg(timeoutMs / 1000)
                                         : tr("finack-lab stopped");
    return false;
}

} // namespace FinAck
