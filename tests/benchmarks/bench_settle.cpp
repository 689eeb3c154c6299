// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
// bench_settle: how long one step takes in FinAck, from LabClient::step() to stepFinished, against
// the time the kernel itself needs for the same call to return and both ends to reach the states
// FinAck recorded (bench_kernel, no FinAck code). Built-in scenarios without deliberate waits (no
// faults, no settle_ms, no timeout_ms, no blocking step), each run `--repetitions` times (10).
//   bench_settle [--repetitions N] [--network auto|private|host]
// Reports per call kind the median and p95 of both, their ratio, and what the difference is made
// of (docs/performance.md).
#include "benchstats.h"
#include "io/scenarioloader.h"
#include "kernelplan.h"
#include "session/labclient.h"
#include "text/language.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QMap>
#include <QProcess>
#include <QTimer>

#include <cstdio>

using namespace FinAck;
using namespace FinAck::Bench;

namespace {

struct Samples {
    QList<double> finackMs;        // step() to stepFinished, in this process
    QList<double> activityMs;      // the lab's own times: the step's call started to its last event
    QList<double> afterActivityMs; // finackMs - activityMs: the quiet period, polling, the pipe
    QList<double> kernelCallMs;    // bench_kernel: the call alone
    QList<double> kernelMs;        // bench_kernel: call, then both ends in the recorded states
};

// Scenarios whose steps all settle by themselves: what FinAck adds is then all overhead.
bool withoutDeliberateWaits(const Scenario &s)
{
    if (!s.faults.isEmpty())
        return false;
    for (const ScenarioStep &step : s.steps) {
        if (step.settleMs || step.timeoutMs != 5000 || step.blocks)
            return false;
    }
    return true;
}

class SettleBench
{
public:
    explicit SettleBench(int repetitions)
        : m_repetitions(repetitions)
    {
    }

    bool start(LabClient::Network network)
    {
        QString error;
        m_lab.setProgram(QStringLiteral(FINACK_BIN_DIR "/finack-lab"));
        if (!m_lab.start(network, &error)) {
            std::fprintf(stderr, "bench_settle: %s\n", qPrintable(error));
            return false;
        }
        QObject::connect(&m_lab, &LabClient::eventReceived, [this](const TraceEvent &e) { onEvent(e); });
        QObject::connect(&m_lab, &LabClient::stepFinished, [this](int, bool) { done(m_stepDone); });
        QObject::connect(&m_lab, &LabClient::finished, [this] { done(m_finished); });
        QObject::connect(&m_lab, &LabClient::headerChanged, [this] { done(m_loaded); });
        return true;
    }
    QString network() const { return m_lab.network(); }

    // Runs the scenario m_repetitions times; returns the plan for bench_kernel.
    QByteArray run(const Scenario &scenario)
    {
        QFile file(scenario.sourceFile);
        file.open(QIODevice::ReadOnly);
        const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        QByteArray plan = "scenario " + scenario.id.toUtf8() + ' ' + QByteArray::number(m_repetitions) + '\n';
        for (int r = 0; r < m_repetitions; ++r) {
            m_loaded = m_finished = false;
            m_last = {};
            m_lab.load(json);
            if (!waitFor(m_loaded, 10000))
                return {};
            for (int i = 0; i < scenario.steps.size(); ++i) {
                m_stepDone = false;
                m_step = i;
                m_callUs = m_lastUs = -1;
                m_unsettled = false;
                QElapsedTimer timer;
                timer.start();
                m_lab.step();
                if (!waitFor(m_stepDone, 30000))
                    return {};
                const double ms = timer.nsecsElapsed() / 1e6;
                const QString call = callKindName(scenario.steps.at(i).call);
                if (!m_unsettled) {
                    m_samples[call].finackMs << ms;
                    if (m_callUs >= 0) {
                        m_samples[call].activityMs << (m_lastUs - m_callUs) / 1000.0;
                        m_samples[call].afterActivityMs << ms - (m_lastUs - m_callUs) / 1000.0;
                    }
                }
                if (r == 0)
                    plan += kernelPlanLine(i, scenario.steps.at(i), tcpStateName(m_last[0]), tcpStateName(m_last[1]));
            }
            waitFor(m_finished, 30000);
        }
        return plan + "end\n";
    }

    // A raw round trip to a lab: a command it refuses at once, answered with one line.
    static double ipcRoundTripMs(int count)
    {
        QProcess lab;
        lab.start(QStringLiteral(FINACK_BIN_DIR "/finack-lab"), {QStringLiteral("--network"), QStringLiteral("host")});
        lab.waitForReadyRead(10000);
        lab.readAll(); // "ready"
        QList<double> ms;
        for (int i = 0; i < count; ++i) {
            QElapsedTimer timer;
            timer.start();
            lab.write("{\"cmd\":\"bench-ping\"}\n");
            while (!lab.canReadLine() && lab.waitForReadyRead(5000)) {}
            lab.readLine();
            ms << timer.nsecsElapsed() / 1e6;
        }
        lab.write("{\"cmd\":\"quit\"}\n");
        lab.waitForFinished(5000);
        return median(ms);
    }

    QMap<QString, Samples> &samples() { return m_samples; }

private:
    void done(bool &flag)
    {
        flag = true;
        m_loop.quit();
    }

    // Sleeps in the event loop until a signal sets `flag`, at most `limitMs`: the lab gets the
    // CPU, none is spent polling here.
    bool waitFor(const bool &flag, int limitMs)
    {
        QTimer limit;
        limit.setSingleShot(true);
        QObject::connect(&limit, &QTimer::timeout, &m_loop, &QEventLoop::quit);
        limit.start(limitMs);
        while (!flag && limit.isActive())
            m_loop.exec();
        return flag;
    }

    void onEvent(const TraceEvent &e)
    {
        // The states a load recorded may still be on their way when step 0 starts: they are older
        // than its call, which starts the step's activity.
        m_lastUs = std::max(m_lastUs, eventTime(e));
        if (const auto *c = std::get_if<CallRecord>(&e)) {
            m_lastUs = std::max(m_lastUs, c->tUs + c->durationUs); // a call's record is stamped when it started
            if (c->step == m_step)
                m_callUs = c->tUs;
        }
        if (const auto *s = std::get_if<StateChange>(&e); s && s->source == StateSource::Observed)
            m_last[int(s->actor)] = s->state;
        if (const auto *c = std::get_if<CallRecord>(&e); c && c->timedOut)
            m_unsettled = true;
        if (const auto *n = std::get_if<Note>(&e); n && n->text.contains(QLatin1String("had not settled")))
            m_unsettled = true;
    }

    int m_repetitions;
    LabClient m_lab;
    QEventLoop m_loop;
    QMap<QString, Samples> m_samples;
    std::array<TcpState, 2> m_last{};
    int m_step = -1;
    qint64 m_callUs = -1, m_lastUs = -1; // the step's call started; its last event
    bool m_stepDone = false, m_finished = false, m_loaded = false, m_unsettled = false;
};

// Feeds the plan to bench_kernel and files its times under the same call kinds.
bool runKernel(const QByteArray &plan, const QString &network, QMap<QString, Samples> &samples, int *mismatches, QString *kernelNetwork)
{
    QProcess kernel;
    kernel.start(QStringLiteral(FINACK_BENCH_DIR "/bench_kernel"), {QStringLiteral("--network"), network});
    kernel.write(plan);
    kernel.closeWriteChannel();
    if (!kernel.waitForFinished(3600 * 1000))
        return false;
    for (const QByteArray &line : kernel.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> w = line.split(' ');
        if (w.size() >= 2 && w.at(0) == "network")
            *kernelNetwork = QString::fromUtf8(w.at(1));
        if (w.size() != 7 || w.at(0) != "kernel")
            continue;
        if (w.at(6) != "ok") {
            ++*mismatches;
            continue;
        }
        Samples &s = samples[QString::fromUtf8(w.at(3))];
        s.kernelCallMs << w.at(4).toDouble() / 1000.0;
        s.kernelMs << w.at(5).toDouble() / 1000.0;
    }
    return kernel.exitStatus() == QProcess::NormalExit;
}

QString cell(const QList<double> &values, int decimals)
{
    return QStringLiteral("%1 / %2").arg(median(values), 0, 'f', decimals).arg(percentile(values, 0.95), 0, 'f', decimals);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    Language::install(QStringLiteral("en")); // the lab's notes, read above, in English
    int repetitions = 10;
    QString networkName = QStringLiteral("auto");
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--repetitions"))
            repetitions = std::max(1, args.at(i + 1).toInt());
        else if (args.at(i) == QLatin1String("--network"))
            networkName = args.at(i + 1);
    }
    SettleBench bench(repetitions);
    if (!bench.start(networkModeFromName(networkName).value_or(LabClient::Network::Auto)))
        return 1;
    QByteArray plan;
    QStringList ids;
    ScenarioLoader loader;
    for (const QString &id : ScenarioLoader::builtinIds()) {
        const auto scenario = loader.loadFile(ScenarioLoader::builtinPath(id));
        if (!scenario || !withoutDeliberateWaits(*scenario))
            continue;
        const QByteArray part = bench.run(*scenario);
        if (part.isEmpty()) {
            std::fprintf(stderr, "bench_settle: %s did not finish\n", qPrintable(id));
            return 1;
        }
        plan += part;
        ids << id;
    }
    auto &samples = bench.samples();
    int mismatches = 0;
    QString kernelNetwork;
    if (!runKernel(plan, bench.network(), samples, &mismatches, &kernelNetwork)) {
        std::fprintf(stderr, "bench_settle: bench_kernel failed\n");
        return 1;
    }
    const double ipcMs = SettleBench::ipcRoundTripMs(200);

    std::printf("scenarios (%lld, %d repetitions each): %s\n", qlonglong(ids.size()), repetitions,
                qPrintable(ids.join(QStringLiteral(", "))));
    std::printf("network: FinAck's lab %s, bench_kernel %s\n", qPrintable(bench.network()), qPrintable(kernelNetwork));
    std::printf("kernel steps that never reached FinAck's recorded states (left out): %d\n\n", mismatches);
    std::printf("%-11s %5s %15s %15s %12s %15s %15s %13s\n", "call", "n", "FinAck", "lab activity", "FinAck-act.", "kernel call",
                "kernel settled", "ratio");
    Samples all;
    const auto row = [](const char *name, const Samples &s) {
        std::printf("%-11s %5lld %15s %15s %12.1f %15s %15s %6.0f/%-6.1f\n", name, qlonglong(s.finackMs.size()),
                    qPrintable(cell(s.finackMs, 1)), qPrintable(cell(s.activityMs, 2)), median(s.afterActivityMs),
                    qPrintable(cell(s.kernelCallMs, 3)), qPrintable(cell(s.kernelMs, 3)),
                    median(s.finackMs) / std::max(1e-6, median(s.kernelMs)),
                    percentile(s.finackMs, 0.95) / std::max(1e-6, percentile(s.kernelMs, 0.95)));
    };
    for (auto it = samples.cbegin(); it != samples.cend(); ++it) {
        const Samples &s = it.value();
        all.finackMs << s.finackMs;
        all.activityMs << s.activityMs;
        all.afterActivityMs << s.afterActivityMs;
        all.kernelCallMs << s.kernelCallMs;
        all.kernelMs << s.kernelMs;
        row(qPrintable(it.key()), s);
    }
    row("all steps", all);
    std::printf("(ms, median / p95; FinAck: step() to stepFinished; lab activity: the lab's own clock, from the call's start to\n"
                " the step's last event (end of the call, last segment or state seen); FinAck-act.: median of FinAck minus lab activity;\n"
                " kernel settled: the call plus both ends in the recorded states with nothing unacknowledged; ratio: FinAck / kernel\n"
                " settled, of the medians / of the p95s)\n");
    std::printf("lab round trip (a refused command, pipe + JSON both ways): median %.3f ms\n", ipcMs);
    summary(QStringLiteral("step settle latency, median / p95 (%1 steps)").arg(all.finackMs.size()),
            QStringLiteral("%1 / %2").arg(ms(median(all.finackMs)), ms(percentile(all.finackMs, 0.95))),
            QStringLiteral("kernel %1 / %2").arg(ms(median(all.kernelMs), 3), ms(percentile(all.kernelMs, 0.95), 1)),
            QStringLiteral("%1x / %2x")
                .arg(median(all.finackMs) / std::max(1e-6, median(all.kernelMs)), 0, 'f', 0)
                .arg(percentile(all.finackMs, 0.95) / std::max(1e-6, percentile(all.kernelMs, 0.95)), 0, 'f', 1));
    return 0;
}
