// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
// Every built-in scenario run many times in one lab, as `finack run <id> --repeat N`: the kernel
// must do the same every time (calls, errnos, states, segment flags), the lab must give back every
// descriptor and thread, no run may find its port still taken (EADDRINUSE the first run did not
// have), and no run may hang.
#include "io/scenarioloader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>
#include <algorithm>
#include <memory>
#include <vector>

using namespace FinAck;

namespace {

constexpr int kRuns = 200;
// A scenario that waits on purpose runs a second or more each time; 200 of them would take the
// suite's whole budget for nothing the shorter ones do not also exercise.
constexpr int kRunsWhenWaiting = 20;
// The labs mostly sleep through their quiet periods, so several at once cost little CPU and load
// the machine as a busy student's would be.
constexpr int kParallel = 6;

// True when a step of the scenario's file waits on purpose: a timeout_ms or settle_ms of a second
// or more, or SO_LINGER with a time.
bool waitsOnPurpose(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QJsonArray steps = QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("steps")).toArray();
    for (const QJsonValue &value : steps) {
        const QJsonObject step = value.toObject();
        if (step.value(QLatin1String("timeout_ms")).toInt() >= 1000 || step.value(QLatin1String("settle_ms")).toInt() >= 1000)
            return true;
        if (step.value(QLatin1String("option")).toString() == QLatin1String("SO_LINGER")
            && step.value(QLatin1String("seconds")).toInt() > 0)
            return true;
    }
    return false;
}

struct Job {
    QString id;
    int runs = kRuns;
    std::unique_ptr<QProcess> process;
    QElapsedTimer timer;
};

// The summary after the first run's table: what the test reports when something is wrong.
QString summaryOf(const QString &out)
{
    const qsizetype at = out.indexOf(QLatin1String("Repeated "));
    return at < 0 ? out.right(2000) : out.mid(at);
}

} // namespace

class TestStress : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyBuiltinRunsAlikeAndGivesBackItsResources()
    {
        std::vector<Job> queue;
        for (const QString &id : ScenarioLoader::builtinIds()) {
            Job job;
            job.id = id;
            job.runs = waitsOnPurpose(ScenarioLoader::builtinPath(id)) ? kRunsWhenWaiting : kRuns;
            queue.push_back(std::move(job));
        }
        // The 200-run jobs take longest: first, so that the last to start are short.
        std::stable_sort(queue.begin(), queue.end(), [](const Job &a, const Job &b) { return a.runs > b.runs; });

        std::vector<Job> running;
        QStringList failures;
        int checked = 0;
        const auto startNext = [&]() {
            Job job = std::move(queue.front());
            queue.erase(queue.begin());
            job.process = std::make_unique<QProcess>();
            job.process->start(QStringLiteral(FINACK_BIN),
                               {QStringLiteral("run"), job.id, QStringLiteral("--repeat"), QString::number(job.runs)});
            job.timer.start();
            running.push_back(std::move(job));
        };
        const QRegularExpression usage(
            QStringLiteral("Lab (descriptors|threads): (\\d+) before the first run, (\\d+) after it, (\\d+) after the last\\."));
        while (!queue.empty() || !running.empty()) {
            while (!queue.empty() && running.size() < kParallel)
                startNext();
            // Wait for whichever finishes first; each run has its own budget inside finack, so
            // this bound only catches a finack that hangs itself.
            QTRY_VERIFY_WITH_TIMEOUT(std::any_of(running.cbegin(), running.cend(),
                                                 [](const Job &job) { return job.process->state() == QProcess::NotRunning; }),
                                     600000);
            for (auto i = qsizetype(running.size()) - 1; i >= 0; --i) {
                Job &job = running[i];
                if (job.process->state() != QProcess::NotRunning)
                    continue;
                const QString out = QString::fromUtf8(job.process->readAllStandardOutput());
                const QString err = QString::fromUtf8(job.process->readAllStandardError()).trimmed();
                const qint64 elapsedMs = job.timer.elapsed();
                const int exitCode = job.process->exitStatus() == QProcess::NormalExit ? job.process->exitCode() : -1;
                const QString id = job.id;
                const int runs = job.runs;
                running.erase(running.begin() + i);
                if (exitCode == 2 && err.contains(QLatin1String("cannot be done here"))) {
                    qInfo("%s: skipped: %s", qPrintable(id), qPrintable(err)); // faults need the private network
                    continue;
                }
                ++checked;
                qInfo("%s: %d runs in %.1f s", qPrintable(id), runs, double(elapsedMs) / 1000);
                QString problem;
                if (exitCode != 0)
                    problem = QStringLiteral("exit code %1 %2").arg(exitCode).arg(err);
                else if (!out.contains(QStringLiteral("Repeated %1 times in one lab").arg(runs)))
                    problem = QStringLiteral("no summary of %1 runs").arg(runs);
                else if (!out.contains(QLatin1String("Calls, errnos, states and segment flags: the same in every run.")))
                    problem = QStringLiteral("drift");
                else if (!out.contains(QLatin1String("EADDRINUSE: none that run 1 did not have.")))
                    problem = QStringLiteral("EADDRINUSE");
                for (auto match = usage.globalMatch(out); problem.isEmpty() && match.hasNext();) {
                    const auto m = match.next();
                    // What the first run set up stays; what the last holds beyond it leaked.
                    if (m.captured(3) != m.captured(4))
                        problem = QStringLiteral("%1 grew").arg(m.captured(1));
                }
                if (problem.isEmpty() && !usage.globalMatch(out).hasNext())
                    problem = QStringLiteral("no descriptor and thread counts");
                if (!problem.isEmpty())
                    failures << QStringLiteral("%1 (%2 runs): %3\n%4").arg(id).arg(runs).arg(problem, summaryOf(out));
            }
        }
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1String("\n\n"))));
        QVERIFY(checked > 0);
    }
};

int main(int argc, char **argv)
{
    // Qt Test's watchdog allows a test function 5 minutes; 4,300 runs take longer on 2 CPUs. Each
    // run has its own budget inside finack, and CTest's TIMEOUT bounds the whole.
    qputenv("QTEST_FUNCTION_TIMEOUT", "3600000");
    QCoreApplication app(argc, argv);
    TestStress test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_stress.moc"
