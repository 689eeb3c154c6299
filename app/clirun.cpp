// finack list, finack run, and the lab run they share with finack export.
#include "cli.h"

#include "scenarioloader.h"
#include "tracejson.h"
#include "tracetable.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <climits>

namespace FinAck::Cli {

int fail(const QString &reason)
{
    QTextStream(stderr) << "finack: " << reason << Qt::endl;
    return kExitBadInput;
}

int list()
{
    QTextStream out(stdout);
    ScenarioLoader loader;
    for (const QString &id : ScenarioLoader::builtinIds()) {
        const auto scenario = loader.loadFile(ScenarioLoader::builtinPath(id));
        if (!scenario)
            return fail(loader.errorString());
        out << id.leftJustified(26) << scenario->title << Qt::endl;
    }
    return 0;
}

bool runInLab(LabRun &run, const QString &idOrFile, const QCommandLineParser &parser, const LabOptions &options, QString *error)
{
    ScenarioLoader loader;
    run.scenario = loader.loadByIdOrFile(idOrFile);
    if (!run.scenario) {
        *error = loader.errorString();
        return false;
    }
    const auto network = LabClient::networkFromName(parser.value(options.network));
    if (!network) {
        *error = QStringLiteral("--network: expected auto, private or host, got \"%1\"").arg(parser.value(options.network));
        return false;
    }
    const auto client = clientApiFromName(parser.value(options.client));
    if (!client) {
        *error = QStringLiteral("--client: expected posix or qt, got \"%1\"").arg(parser.value(options.client));
        return false;
    }
    // The loader has read and checked the file; the lab gets the same JSON.
    QFile file(run.scenario->sourceFile);
    file.open(QIODevice::ReadOnly);
    const QJsonObject scenarioJson = QJsonDocument::fromJson(file.readAll()).object();

    // The run happens in finack-lab, in a private network namespace where the kernel allows it.
    run.lab.setCaptureAllowed(!parser.isSet(options.noCapture));
    run.lab.setClientApi(*client);
    if (!run.lab.start(*network, error))
        return false;
    run.lab.load(scenarioJson);
    run.lab.run();
    qint64 budgetMs = 30000;
    for (const ScenarioStep &step : run.scenario->steps)
        budgetMs += step.timeoutMs + step.settleMs.value_or(3000);
    return run.lab.waitForFinished(int(std::min<qint64>(budgetMs, INT_MAX)), error);
}

int run(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Runs a scenario on real sockets on 127.0.0.1 and prints what happened."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("scenario"), QStringLiteral("A built-in scenario id (finack list) or a scenario .json file."));
    const QCommandLineOption traceOption(QStringLiteral("trace"), QStringLiteral("Also save the trace as JSON to <file>."), QStringLiteral("file"));
    const LabOptions labOptions;
    parser.addOption(traceOption);
    labOptions.addTo(parser);
    if (!parser.parse(args))
        return fail(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    if (parser.positionalArguments().size() != 1)
        return fail(QStringLiteral("run: expected one scenario id or file, e.g. finack run graceful-client-first"));

    LabRun labRun;
    QString error;
    if (!runInLab(labRun, parser.positionalArguments().constFirst(), parser, labOptions, &error))
        return fail(error);
    const Scenario &scenario = *labRun.scenario;
    const LabClient &lab = labRun.lab;
    const Trace &trace = lab.trace();
    QTextStream out(stdout);
    out << scenario.id << ": " << scenario.title << Qt::endl;
    const bool privateNetwork = trace.platform().network == QLatin1String("private");
    out << "client " << trace.endpoint(Actor::Client) << ", server " << trace.endpoint(Actor::Server) << Qt::endl;
    out << "network: " << (privateNetwork ? QStringLiteral("private namespace") : QStringLiteral("host loopback"));
    if (!lab.fallbackReason().isEmpty())
        out << " (" << lab.fallbackReason() << ")";
    out << "; segments "
        << (trace.platform().segments == SegmentSource::Captured ? QStringLiteral("captured")
                                                                 : QStringLiteral("inferred (no capture: %1)").arg(trace.platform().captureError))
        << Qt::endl;
    const bool qtClient = trace.platform().clientApi == QLatin1String("qt");
    if (qtClient)
        out << "client: a QTcpSocket (Qt " << qVersion() << ") in a thread with its own event loop. Its calls are the Qt code "
            << "that ran; its signals are listed when they were emitted, [inside] a call or from the [event loop]. "
            << "The server is POSIX, and the step notes describe a POSIX client." << Qt::endl;
    out << Qt::endl << traceTable(trace);
    if (!lab.checks().isEmpty()) {
        out << Qt::endl << "Expected on this platform:" << Qt::endl;
        for (const ExpectationCheck &check : lab.checks()) {
            out << "  " << (check.held ? QStringLiteral("\u2714 ") : QStringLiteral("\u2718 ")) << check.claim;
            if (!check.held)
                out << "  (the kernel: " << check.observed << ")";
            out << Qt::endl;
        }
    }
    if (!scenario.takeaway.isEmpty())
        out << Qt::endl << "Takeaway: " << scenario.takeaway << Qt::endl;
    out << Qt::endl;
    if (qtClient)
        out << "The scenario's expectations describe a POSIX client, so they are not checked with --client qt." << Qt::endl;
    else
        out << (lab.differences().isEmpty() ? QStringLiteral("The kernel did what the scenario expects.")
                                            : QStringLiteral("%1 difference(s) from the scenario's expectation.").arg(lab.differences().size()))
            << Qt::endl;

    if (parser.isSet(traceOption) && !saveTrace(trace, parser.value(traceOption), &error))
        return fail(error);
    return 0;
}

} // namespace FinAck::Cli
