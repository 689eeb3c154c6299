// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
// finack list, finack run, and the lab run they share with finack export.
#include "cli.h"

#include "io/displaypath.h"

#include "io/scenarioloader.h"
#include "io/tracejson.h"
#include "session/repeatrunner.h"
#include "text/language.h"
#include "text/networknotice.h"
#include "text/scenariotext.h"
#include "text/tracetable.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <climits>
#include <unistd.h>

namespace FinAck::Cli {

int fail(const QString &reason)
{
    // One line, whatever a file name or a message from elsewhere holds.
    QTextStream(stderr) << "finack: " << escapedLine(reason.trimmed()) << Qt::endl;
    return kExitBadInput;
}

bool takeLanguage(QStringList &args, const QString &fallback, QString *error)
{
    QString language = fallback;
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--lang")) {
            if (i + 1 >= args.size()) {
                Language::install(fallback); // the complaint in the language the user would have had
                *error = QCoreApplication::translate("FinAck::Cli", "--lang: expected a language, en or zh_CN");
                return false;
            }
            language = args.at(i + 1);
            args.remove(i, 2);
            break;
        }
        if (args.at(i).startsWith(QLatin1String("--lang="))) {
            language = args.at(i).mid(7);
            args.remove(i);
            break;
        }
    }
    if (Language::canonical(language).isEmpty())
        Language::install(fallback); // install() refuses in the language already installed
    return Language::install(language, error);
}

int list()
{
    QTextStream out(stdout);
    ScenarioLoader loader;
    for (const QString &id : ScenarioLoader::builtinIds()) {
        const auto scenario = loader.loadFile(ScenarioLoader::builtinPath(id));
        if (!scenario)
            return fail(loader.errorString());
        out << id.leftJustified(26) << scenarioText(scenario->title) << Qt::endl;
    }
    return 0;
}

int runBudgetMs(const Scenario &scenario)
{
    qint64 budgetMs = 30000;
    for (const ScenarioStep &step : scenario.steps)
        budgetMs += step.timeoutMs + step.settleMs.value_or(3000);
    return int(std::min<qint64>(budgetMs, INT_MAX));
}

bool startLab(LabRun &run, const QString &idOrFile, const QCommandLineParser &parser, const LabOptions &options, QString *error)
{
    ScenarioLoader loader;
    run.scenario = loader.loadByIdOrFile(idOrFile);
    if (!run.scenario) {
        *error = loader.errorString();
        return false;
    }
    const auto network = networkModeFromName(parser.value(options.network));
    if (!network) {
        *error = QCoreApplication::translate("FinAck::Cli", "--network: expected auto, private or host, got \"%1\"")
                     .arg(parser.value(options.network));
        return false;
    }
    const auto client = clientApiFromName(parser.value(options.client));
    if (!client) {
        *error = QCoreApplication::translate("FinAck::Cli", "--client: expected posix or qt, got \"%1\"").arg(parser.value(options.client));
        return false;
    }
    // The loader has read and checked the file; the lab gets the same JSON.
    run.scenarioJson = QJsonDocument::fromJson(run.scenario->sourceJson).object();

    // The run happens in finack-lab, in a private network namespace where the kernel allows it.
    run.lab.setCaptureAllowed(!parser.isSet(options.noCapture));
    run.lab.setClientApi(*client);
    return run.lab.start(*network, error);
}

bool runInLab(LabRun &run, const QString &idOrFile, const QCommandLineParser &parser, const LabOptions &options, QString *error)
{
    if (!startLab(run, idOrFile, parser, options, error))
        return false;
    run.lab.load(run.scenarioJson);
    run.lab.run();
    return run.lab.waitForFinished(runBudgetMs(*run.scenario), error);
}

// What one run did, as `finack run` prints it: where it ran, the table, the claims, the lesson.
static void printRun(const Scenario &scenario, const LabClient &lab)
{
    const Trace &trace = lab.trace();
    QTextStream out(stdout);
    // The scenario's own texts are English in the file and translated here; the lab wrote its
    // notes, claims and reasons in our language already (LabClient tells it which).
    out << scenario.id << ": " << scenarioText(scenario.title) << Qt::endl;
    const bool privateNetwork = trace.platform().network == QLatin1String("private");
    out << QCoreApplication::translate("FinAck::Cli", "client %1, server %2")
               .arg(trace.endpoint(Actor::Client), trace.endpoint(Actor::Server))
        << Qt::endl;
    //: where the run's sockets lived: the machine's own 127.0.0.1
    QString network = QCoreApplication::translate("FinAck::Cli", "host loopback");
    if (privateNetwork)
        //: where the run's sockets lived: the lab's own network namespace
        network = QCoreApplication::translate("FinAck::Cli", "private namespace");
    if (!lab.fallbackReason().isEmpty())
        //: %1 is the network ("host loopback"), %2 why the private namespace was not available
        network = QCoreApplication::translate("FinAck::Cli", "%1 (%2)").arg(network, lab.fallbackReason());
    //: how the run's segments are known: read off the wire
    QString segments = QCoreApplication::translate("FinAck::Cli", "captured");
    if (trace.platform().segments == SegmentSource::Inferred)
        //: how the run's segments are known: worked out from the calls, because capture failed for reason %1
        segments = QCoreApplication::translate("FinAck::Cli", "inferred (no capture: %1)").arg(trace.platform().captureError);
    //: %1: "private namespace" or "host loopback"; %2: "captured" or "inferred (…)"
    out << QCoreApplication::translate("FinAck::Cli", "network: %1; segments %2").arg(network, segments) << Qt::endl;
    // On the host network a student learns why, and what that limits, before the table.
    if (const QString notice = NetworkNotice::text(lab.network(), lab.fallbackReason()); !notice.isEmpty())
        out << notice << Qt::endl;
    const bool qtClient = trace.platform().clientApi == QLatin1String("qt");
    if (qtClient) {
        //: [inside] and [event loop] point at the marks of the table below ("inside %1()", "event loop"): translate them alike
        out << QCoreApplication::translate(
                   "FinAck::Cli", "client: a QTcpSocket (Qt %1) in a thread with its own event loop. Its calls are the Qt code "
                                  "that ran; its signals are listed when they were emitted, [inside] a call or from the [event loop]. "
                                  "The server is POSIX, and the step notes describe a POSIX client.")
                   .arg(QLatin1String(qVersion()))
            << Qt::endl;
    }
    out << Qt::endl << traceTable(trace);
    if (!lab.checks().isEmpty()) {
        //: heading of the list of the scenario author's claims about this operating system
        out << Qt::endl << QCoreApplication::translate("FinAck::Cli", "Expected on this platform:") << Qt::endl;
        for (const ExpectationCheck &check : lab.checks()) {
            out << "  " << (check.held ? QStringLiteral("\u2714 ") : QStringLiteral("\u2718 ")) << check.claim;
            if (!check.held)
                //: after a claim that did not hold: %1 is what the kernel did instead ("-1 ECONNRESET")
                out << "  " << QCoreApplication::translate("FinAck::Cli", "(the kernel: %1)").arg(check.observed);
            out << Qt::endl;
        }
    }
    if (!scenario.takeaway.isEmpty())
        //: %1 is the scenario's one-sentence lesson
        out << Qt::endl << QCoreApplication::translate("FinAck::Cli", "Takeaway: %1").arg(scenarioText(scenario.takeaway)) << Qt::endl;
    out << Qt::endl;
    if (qtClient)
        out << QCoreApplication::translate("FinAck::Cli",
                                           "The scenario's expectations describe a POSIX client, so they are not checked with --client qt.")
            << Qt::endl;
    else
        out << (lab.differences().isEmpty()
                    ? QCoreApplication::translate("FinAck::Cli", "The kernel did what the scenario expects.")
                    : QCoreApplication::translate("FinAck::Cli", "%n difference(s) from the scenario's expectation.", nullptr,
                                                  int(lab.differences().size())))
            << Qt::endl;
}

int run(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("FinAck::Cli", "Runs a scenario on real sockets on 127.0.0.1 and prints what happened."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("scenario"),
                                 QCoreApplication::translate("FinAck::Cli",
                                                             "A built-in scenario id (finack list) or a scenario .json file."));
    const QCommandLineOption traceOption(QStringLiteral("trace"),
                                         QCoreApplication::translate("FinAck::Cli", "Also save the trace as JSON to <file>."),
                                         QStringLiteral("file"));
    const LabOptions labOptions;
    //: --repeat's help; keep "descriptors" and "threads" plain
    const QCommandLineOption repeatOption(
        QStringLiteral("repeat"),
        QCoreApplication::translate("FinAck::Cli", "Run it <n> times in one lab and report every run that differs from the first, "
                                                   "and the lab's open descriptors and threads before and after."),
        QStringLiteral("n"));
    parser.addOption(traceOption);
    parser.addOption(repeatOption);
    labOptions.addTo(parser);
    if (!parser.parse(args))
        return fail(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    if (parser.positionalArguments().size() != 1)
        return fail(
            QCoreApplication::translate("FinAck::Cli", "run: expected one scenario id or file, e.g. finack run graceful-client-first"));

    int repeat = 1;
    if (parser.isSet(repeatOption)) {
        bool ok = false;
        repeat = parser.value(repeatOption).toInt(&ok);
        if (!ok || repeat < 1 || repeat > kMaxRepeat)
            return fail(QCoreApplication::translate("FinAck::Cli", "--repeat: expected a number of runs from 1 to %1, got \"%2\"")
                            .arg(kMaxRepeat)
                            .arg(parser.value(repeatOption)));
    }

    LabRun labRun;
    QString error;
    if (!parser.isSet(repeatOption)) {
        if (!runInLab(labRun, parser.positionalArguments().constFirst(), parser, labOptions, &error))
            return fail(error);
        printRun(*labRun.scenario, labRun.lab);
        if (parser.isSet(traceOption) && !saveTrace(labRun.lab.trace(), parser.value(traceOption), &error))
            return fail(error);
        return 0;
    }

    // --repeat: the first run is printed as usual, then the lab runs the scenario again and again.
    if (!startLab(labRun, parser.positionalArguments().constFirst(), parser, labOptions, &error))
        return fail(error);
    const bool progress = isatty(STDERR_FILENO);
    QTextStream err(stderr);
    RepeatRunner runner(labRun.lab);
    QString saveError;
    runner.afterRun = [&](int run) {
        if (run == 1) {
            printRun(*labRun.scenario, labRun.lab);
            if (parser.isSet(traceOption) && !saveTrace(labRun.lab.trace(), parser.value(traceOption), &saveError))
                return false; // the user asked for the file: say so now, not after N runs
        }
        if (progress)
            //: progress on the terminal while finack run --repeat works: %1 runs done, %2 in all
            err << '\r' << QCoreApplication::translate("FinAck::Cli", "run %1 of %2").arg(run).arg(repeat) << Qt::flush;
        return true;
    };
    const RepeatReport report = runner.run(labRun.scenarioJson, repeat, runBudgetMs(*labRun.scenario));
    if (progress)
        err << "\r\033[K" << Qt::flush;
    if (!saveError.isEmpty())
        return fail(saveError);
    if (report.runs() == 0)
        return fail(report.unfinishedReason());
    QTextStream out(stdout);
    out << Qt::endl << report.text(repeat);
    return report.isClean() ? 0 : kExitFinding;
}

} // namespace FinAck::Cli
