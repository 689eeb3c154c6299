// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
// finack-lab's line protocol as finack depends on it, driven line by line over a QProcess: a line
// far beyond the limit is dropped, not held; every refusal quotes the command by a short prefix;
// every command is answered in every state; a ping is answered while a step blocks; and
// LabClient tells a slow step from a stopped lab (docs/lab-protocol.md).
#include "io/labprotocol.h"
#include "io/scenarioloader.h"
#include "session/labclient.h"
#include "support/builtinjson.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <csignal>

using namespace FinAck;

namespace {

// A server recv that nobody answers: its step blocks the lab for `timeoutMs`, as a student's
// scenario legitimately may. The note arrives when the step starts.
QJsonObject blockingRecvScenario(int timeoutMs)
{
    // Built, not written as raw strings: moc 6.4 misread the ones this file had (holding quotes)
    // and then found no test class.
    const auto step = [](const char *actor, const char *call) {
        return QJsonObject{{QStringLiteral("actor"), QLatin1String(actor)}, {QStringLiteral("call"), QLatin1String(call)}};
    };
    QJsonObject recv = step("server", "recv");
    recv.insert(QStringLiteral("size"), 100);
    recv.insert(QStringLiteral("timeout_ms"), timeoutMs);
    recv.insert(QStringLiteral("note"), QStringLiteral("slow recv under way"));
    return {{QStringLiteral("format"), QStringLiteral("finack-scenario")},
            {QStringLiteral("version"), 1},
            {QStringLiteral("id"), QStringLiteral("slow-recv")},
            {QStringLiteral("title"), QStringLiteral("A slow recv")},
            {QStringLiteral("steps"), QJsonArray{recv, step("client", "close"), step("server", "close")}}};
}

// The most the process has had resident at once, in KiB (VmHWM).
qint64 peakResidentKiB(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// finack-lab driven over its raw protocol, line by line, as the tests of the protocol itself need:
// LabClient would not send what they send.
class RawLab
{
public:
    bool start()
    {
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(QStringLiteral(FINACK_LAB_BIN),
                        {QStringLiteral("--network"), QStringLiteral("host"), QStringLiteral("--no-capture")});
        return m_process.waitForStarted(10000) && QTest::qWaitFor([this] { return !lab("ready").isEmpty(); }, 10000);
    }
    ~RawLab()
    {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    qint64 pid() const { return m_process.processId(); }
    void send(const QByteArray &line) { m_process.write(line); }
    // Writes what send() buffered, as fast as the lab reads it (QTRY's pace would be a pipe's
    // worth each 10 ms).
    bool flush()
    {
        while (m_process.bytesToWrite() > 0) {
            if (!m_process.waitForBytesWritten(30000))
                return false;
        }
        return true;
    }

    // Every line the lab has written so far.
    const QList<QByteArray> &lines()
    {
        m_buffer += m_process.readAllStandardOutput();
        qsizetype end = -1;
        while ((end = m_buffer.indexOf('\n')) >= 0) {
            m_lines << m_buffer.left(end);
            m_buffer.remove(0, end + 1);
        }
        return m_lines;
    }
    // The lab's own messages of this kind ("error", "pong"), in order.
    QList<QJsonObject> lab(const char *event)
    {
        QList<QJsonObject> found;
        for (const QByteArray &line : lines()) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            if (o.value(QStringLiteral("kind")) == QLatin1String("lab") && o.value(QStringLiteral("event")) == QLatin1String(event))
                found << o;
        }
        return found;
    }
    // The first line from `from` on that holds `text`; -1 when none.
    qsizetype indexOf(const char *text, qsizetype from = 0)
    {
        const QList<QByteArray> &all = lines();
        for (qsizetype i = from; i < all.size(); ++i) {
            if (all.at(i).contains(text))
                return i;
        }
        return -1;
    }

private:
    QProcess m_process;
    QByteArray m_buffer;
    QList<QByteArray> m_lines;
};

} // namespace

class TestLabProtocol : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A line far beyond the limit is read in pieces and dropped as it comes, never held whole:
    // one short error, the lab's peak memory grows by the limit at most, and the next command is
    // answered as usual.
    void overlongLineIsDroppedNotBuffered()
    {
        RawLab lab;
        QVERIFY(lab.start());
        const qint64 before = peakResidentKiB(lab.pid());
        QVERIFY(before > 0);
        const qsizetype length = LabProtocol::kMaxCommandBytes * 2 + 12345; // 64 MiB and more
        QByteArray huge;
        huge.reserve(length + 1);
        huge += "{\"cmd\": \"";
        huge += QByteArray(length - 11, 'z');
        huge += "\"}\n";
        QElapsedTimer timer;
        timer.start();
        lab.send(huge);
        huge = QByteArray();
        lab.send(LabProtocol::command(QStringLiteral("step")));
        QVERIFY(lab.flush());
        QTRY_VERIFY_WITH_TIMEOUT(lab.lab("error").size() >= 2, 60000);
        const qint64 ms = timer.elapsed();
        const qint64 peak = peakResidentKiB(lab.pid());
        qInfo("a %lld-byte line: answered in %lld ms; the lab's peak resident memory %lld KiB before, %lld KiB after", qint64(length), ms,
              before, peak);
        const QList<QJsonObject> errors = lab.lab("error");
        QCOMPARE(errors.size(), 2);
        const QString dropped = errors.at(0).value(QStringLiteral("message")).toString();
        QVERIFY2(dropped.contains(QString::number(length)) && dropped.size() < 200, qPrintable(dropped.left(300)));
        QVERIFY2(!dropped.contains(QLatin1String("zzz")), qPrintable(dropped.left(300)));
        QVERIFY(lab.lines().constLast().size() < 300);
        QCOMPARE(errors.at(1).value(QStringLiteral("command")).toString(), QStringLiteral("step"));
        QVERIFY2(peak - before < (LabProtocol::kMaxCommandBytes + (16 << 20)) / 1024, qPrintable(QString::number(peak - before)));
        // And it runs a scenario after it.
        lab.send(LabProtocol::loadCommand(scenarioJson(QStringLiteral("half-close"))));
        lab.send(LabProtocol::command(QStringLiteral("run")));
        QTRY_COMPARE_WITH_TIMEOUT(lab.lab("finished").size(), 1, 30000);
        QCOMPARE(lab.lab("error").size(), 2);
    }

    // An error quotes a refused command by its first characters only, on one line.
    void refusalsQuoteAShortPrefix_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("expected"); // what the message says
        QTest::addColumn<QString>("quoted");   // what it quotes of the line
        const QByteArray name(1 << 20, 'q');
        QTest::newRow("an unknown command of 1 MiB") << ("{\"cmd\": \"" + name + "\"}") << QStringLiteral("unknown command")
                                                     << QString(LabProtocol::kQuotedPrefixChars, QLatin1Char('q'));
        QTest::newRow("not JSON, 1 MiB") << QByteArray(1 << 20, '#') << QStringLiteral("not a command")
                                         << QString(LabProtocol::kQuotedPrefixChars, QLatin1Char('#'));
        QTest::newRow("an unknown command with control characters")
            << QByteArray("{\"cmd\": \"a\\u0007b\\rc\"}") << QStringLiteral("unknown command") << QStringLiteral("a\\x07b\\x0dc");
        QTest::newRow("a known name, nothing loaded")
            << QByteArray("{\"cmd\": \"run\"}") << QStringLiteral("run: no scenario loaded") << QString();
    }

    void refusalsQuoteAShortPrefix()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, expected);
        QFETCH(QString, quoted);
        RawLab lab;
        QVERIFY(lab.start());
        lab.send(line + '\n');
        QTRY_VERIFY_WITH_TIMEOUT(!lab.lab("error").isEmpty(), 30000);
        const QString message = lab.lab("error").constFirst().value(QStringLiteral("message")).toString();
        QVERIFY2(message.contains(expected), qPrintable(message.left(300)));
        QVERIFY2(message.contains(quoted), qPrintable(message.left(300)));
        QVERIFY2(message.size() < 120, qPrintable(message.left(300)));
        QVERIFY2(lab.lines().constLast().size() < 300, qPrintable(QString::number(lab.lines().constLast().size())));
        QVERIFY(!message.contains(QLatin1Char('\n')) && !message.contains(QLatin1Char('\r')));
    }

    // A load the lab would drop unread is not sent at all: LabClient says why, and runs nothing
    // until the next load (not the scenario before, which the lab still holds).
    void oversizedLoadIsNotSent()
    {
        LabClient lab;
        lab.setProgram(QStringLiteral(FINACK_LAB_BIN));
        QString error;
        QVERIFY2(lab.start(LabClient::Network::Host, &error), qPrintable(error));
        lab.load(scenarioJson(QStringLiteral("half-close")));
        lab.run();
        QVERIFY2(lab.waitForFinished(30000, &error), qPrintable(error));

        QSignalSpy errors(&lab, &LabClient::labError);
        QJsonObject big = scenarioJson(QStringLiteral("half-close"));
        big.insert(QStringLiteral("explanation"), QString(LabProtocol::kMaxCommandBytes, QLatin1Char('x')));
        lab.load(big);
        QCOMPARE(errors.count(), 1);
        QVERIFY2(errors.constFirst().constFirst().toString().contains(QLatin1String("too large")),
                 qPrintable(errors.constFirst().constFirst().toString().left(300)));
        lab.run();
        QVERIFY(!lab.waitForFinished(5000, &error));
        QVERIFY2(error.contains(QLatin1String("too large")) && error.size() < 200, qPrintable(error.left(300)));
        QVERIFY(lab.trace().isEmpty());

        lab.load(scenarioJson(QStringLiteral("half-close")));
        lab.run();
        QVERIFY2(lab.waitForFinished(30000, &error), qPrintable(error));
        QCOMPARE(lab.trace().scenarioId(), QStringLiteral("half-close"));
    }

    // After the last step, step and run are answered too (not by silence), and reset runs again.
    void everyCommandIsAnsweredAfterTheRun()
    {
        RawLab lab;
        QVERIFY(lab.start());
        lab.send(LabProtocol::loadCommand(scenarioJson(QStringLiteral("half-close"))));
        lab.send(LabProtocol::command(QStringLiteral("run")));
        QTRY_COMPARE_WITH_TIMEOUT(lab.lab("finished").size(), 1, 30000);
        for (const QString &command : {QStringLiteral("step"), QStringLiteral("run")}) {
            const qsizetype before = lab.lab("error").size();
            lab.send(LabProtocol::command(command));
            QTRY_COMPARE_WITH_TIMEOUT(lab.lab("error").size(), before + 1, 10000);
            const QJsonObject error = lab.lab("error").constLast();
            QCOMPARE(error.value(QStringLiteral("command")).toString(), command);
            QVERIFY2(error.value(QStringLiteral("message")).toString().contains(QLatin1String("finished")),
                     qPrintable(error.value(QStringLiteral("message")).toString()));
        }
        lab.send(LabProtocol::command(QStringLiteral("reset")));
        lab.send(LabProtocol::command(QStringLiteral("run")));
        QTRY_COMPARE_WITH_TIMEOUT(lab.lab("finished").size(), 2, 30000);
        QCOMPARE(lab.lab("error").size(), 2);
    }

    // A step may block the lab for its whole timeout; a ping is answered at once all the same.
    void pingIsAnsweredWhileAStepBlocks()
    {
        RawLab lab;
        QVERIFY(lab.start());
        lab.send(LabProtocol::loadCommand(blockingRecvScenario(4000)));
        lab.send(LabProtocol::command(QStringLiteral("run")));
        QTRY_VERIFY_WITH_TIMEOUT(lab.indexOf("slow recv under way") >= 0, 10000);
        const qsizetype recvStarted = lab.indexOf("slow recv under way");
        QElapsedTimer timer;
        timer.start();
        lab.send(LabProtocol::command(QStringLiteral("ping")));
        QTRY_COMPARE_WITH_TIMEOUT(lab.lab("pong").size(), 1, 10000);
        const qint64 pongMs = timer.elapsed();
        QTRY_COMPARE_WITH_TIMEOUT(lab.lab("finished").size(), 1, 30000);
        qInfo("pong after %lld ms; the step went on for %lld ms", pongMs, timer.elapsed());
        QVERIFY2(pongMs < 2000, qPrintable(QString::number(pongMs)));
        // The pong came while the recv still blocked: before its step was finished.
        const qsizetype pong = lab.indexOf("\"event\":\"pong\"");
        const qsizetype recvDone = lab.indexOf("\"event\":\"step_finished\"", recvStarted);
        QVERIFY(pong > recvStarted && recvDone > recvStarted);
        QVERIFY2(pong < recvDone, qPrintable(QStringLiteral("pong %1, step_finished %2").arg(pong).arg(recvDone)));
        QVERIFY(lab.lab("error").isEmpty());
    }

    // LabClient tells a step that blocks for its timeout (pongs keep coming) from a lab that is
    // stopped (nothing comes): labHung within the hang timeout, labResponsive once it goes on.
    void stoppedLabIsHungSlowStepIsNot()
    {
        LabClient lab;
        lab.setProgram(QStringLiteral(FINACK_LAB_BIN));
        lab.setHeartbeatInterval(100);
        lab.setHangTimeout(1000);
        QString error;
        QVERIFY2(lab.start(LabClient::Network::Host, &error), qPrintable(error));
        QSignalSpy hung(&lab, &LabClient::labHung);
        QSignalSpy responsive(&lab, &LabClient::labResponsive);
        QSignalSpy stepFinished(&lab, &LabClient::stepFinished);

        // A step of 3 s, three hang timeouts: not a hang.
        lab.load(blockingRecvScenario(3000));
        lab.run();
        const auto recvStep = [&lab] {
            for (const Note &note : lab.trace().notes()) {
                if (note.text == QLatin1String("slow recv under way"))
                    return note.step;
            }
            return -1;
        };
        QTRY_VERIFY_WITH_TIMEOUT(recvStep() >= 0, 10000);
        QElapsedTimer timer;
        timer.start();
        const auto recvFinished = [&] {
            return std::any_of(stepFinished.cbegin(), stepFinished.cend(), [&](const QList<QVariant> &s) { return s.at(0) == recvStep(); });
        };
        QTRY_VERIFY_WITH_TIMEOUT(recvFinished(), 15000);
        QVERIFY2(timer.elapsed() >= 2500, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(lab.waitForFinished(15000, &error));
        QCOMPARE(hung.count(), 0);
        QVERIFY(lab.isAnswering());

        QVERIFY(::kill(pid_t(lab.processId()), SIGSTOP) == 0);
        timer.restart();
        QVERIFY(hung.wait(5000));
        const qint64 noticedMs = timer.elapsed();
        qInfo("a stopped lab is hung after %lld ms (hang timeout %d ms)", noticedMs, lab.hangTimeout());
        QVERIFY2(noticedMs >= 900, qPrintable(QString::number(noticedMs)));
        QVERIFY(hung.constFirst().constFirst().toLongLong() >= lab.hangTimeout());
        QVERIFY(!lab.isAnswering());
        QCOMPARE(responsive.count(), 0);

        QVERIFY(::kill(pid_t(lab.processId()), SIGCONT) == 0);
        QTRY_COMPARE_WITH_TIMEOUT(responsive.count(), 1, 5000);
        QVERIFY(lab.isAnswering());
        QVERIFY(lab.isRunning());
        // As good as before.
        lab.load(scenarioJson(QStringLiteral("half-close")));
        lab.run();
        QVERIFY2(lab.waitForFinished(30000, &error), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestLabProtocol)
#include "tst_labprotocol.moc"
