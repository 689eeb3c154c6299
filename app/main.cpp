// finack: the window, or with a sub-command a headless tool that needs no display.
//   finack                         the main window
//   finack list                    built-in scenarios
//   finack run <id|file.json>      run one on real sockets and print what happened
#include "labclient.h"
#include "mainwindow.h"
#include "scenarioloader.h"
#include "tracejson.h"
#include "tracetable.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <climits>
#include <cstdio>

using namespace FinAck;

namespace {

constexpr int kExitBadInput = 2;

int fail(const QString &reason)
{
    QTextStream(stderr) << "finack: " << reason << Qt::endl;
    return kExitBadInput;
}

int usage()
{
    QTextStream(stdout) << "Usage: finack [command]\n"
                           "\n"
                           "Without a command, finack opens its window.\n"
                           "\n"
                           "Commands:\n"
                           "  list                       the built-in scenarios, id and title\n"
                           "  run <id|file.json>         run a scenario on real sockets on 127.0.0.1 and print what happened\n"
                           "      --trace <file>         also save the trace as JSON (docs/trace-format.md)\n"
                           "      --network auto|private|host\n"
                           "                             private: the lab's own network namespace (every segment\n"
                           "                             captured, faults possible); host: the host's loopback;\n"
                           "                             auto (default): private where the kernel allows it\n"
                           "      --no-capture           infer segments even where capture is allowed\n"
                           "      --client posix|qt      the client's calls: POSIX sockets (default), or a real\n"
                           "                             QTcpSocket in a thread with its own event loop, with its\n"
                           "                             signals on the timeline (the server stays POSIX)\n"
                           "\n"
                           "Exit status: 0 when the command ran, 2 on bad input (the reason is on stderr).\n";
    return 0;
}

int listScenarios()
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

int runScenario(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Runs a scenario on real sockets on 127.0.0.1 and prints what happened."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("scenario"), QStringLiteral("A built-in scenario id (finack list) or a scenario .json file."));
    const QCommandLineOption traceOption(QStringLiteral("trace"), QStringLiteral("Also save the trace as JSON to <file>."), QStringLiteral("file"));
    const QCommandLineOption noCapture(QStringLiteral("no-capture"), QStringLiteral("Infer segments instead of capturing them, even when capture is allowed."));
    const QCommandLineOption networkOption(QStringLiteral("network"),
                                           QStringLiteral("Where the sockets live: auto (private namespace when allowed, else host), private, or host."),
                                           QStringLiteral("mode"), QStringLiteral("auto"));
    const QCommandLineOption clientOption(QStringLiteral("client"),
                                          QStringLiteral("The client's calls: posix (default), or qt: a QTcpSocket in a thread with its own event loop."),
                                          QStringLiteral("api"), QStringLiteral("posix"));
    parser.addOption(traceOption);
    parser.addOption(noCapture);
    parser.addOption(networkOption);
    parser.addOption(clientOption);
    if (!parser.parse(args))
        return fail(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    if (parser.positionalArguments().size() != 1)
        return fail(QStringLiteral("run: expected one scenario id or file, e.g. finack run graceful-client-first"));

    ScenarioLoader loader;
    const auto scenario = loader.loadByIdOrFile(parser.positionalArguments().constFirst());
    if (!scenario)
        return fail(loader.errorString());

    const auto network = LabClient::networkFromName(parser.value(networkOption));
    if (!network)
        return fail(QStringLiteral("--network: expected auto, private or host, got \"%1\"").arg(parser.value(networkOption)));
    const auto client = clientApiFromName(parser.value(clientOption));
    if (!client)
        return fail(QStringLiteral("--client: expected posix or qt, got \"%1\"").arg(parser.value(clientOption)));
    QFile file(scenario->sourceFile);
    file.open(QIODevice::ReadOnly);
    const QJsonObject scenarioJson = QJsonDocument::fromJson(file.readAll()).object();

    // The run happens in finack-lab, in a private network namespace where the kernel allows it.
    LabClient lab;
    lab.setCaptureAllowed(!parser.isSet(noCapture));
    lab.setClientApi(*client);
    QString error;
    if (!lab.start(*network, &error))
        return fail(error);
    lab.load(scenarioJson);
    lab.run();
    qint64 budgetMs = 30000;
    for (const ScenarioStep &step : scenario->steps)
        budgetMs += step.timeoutMs + step.settleMs.value_or(3000);
    if (!lab.waitForFinished(int(std::min<qint64>(budgetMs, INT_MAX)), &error))
        return fail(error);

    const Trace &trace = lab.trace();
    QTextStream out(stdout);
    out << scenario->id << ": " << scenario->title << Qt::endl;
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
    if (!scenario->takeaway.isEmpty())
        out << Qt::endl << "Takeaway: " << scenario->takeaway << Qt::endl;
    out << Qt::endl;
    if (qtClient)
        out << "The scenario's expectations describe a POSIX client, so they are not checked with --client qt." << Qt::endl;
    else
        out << (lab.differences().isEmpty() ? QStringLiteral("The kernel did what the scenario expects.")
                                            : QStringLiteral("%1 difference(s) from the scenario's expectation.").arg(lab.differences().size()))
            << Qt::endl;

    if (parser.isSet(traceOption)) {
        QString error;
        if (!saveTrace(trace, parser.value(traceOption), &error))
            return fail(error);
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    const QString command = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    if (command == QLatin1String("list") || command == QLatin1String("run")) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("finack"));
        QStringList args = app.arguments();
        args.removeAt(1); // the sub-command
        return command == QLatin1String("list") ? listScenarios() : runScenario(args);
    }
    if (command == QLatin1String("-h") || command == QLatin1String("--help") || command == QLatin1String("help"))
        return usage();
    if (!command.isEmpty() && !command.startsWith(QLatin1Char('-')))
        return fail(QStringLiteral("unknown command \"%1\"; expected list or run (or no command for the window)").arg(command));

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("finack"));
    QApplication::setOrganizationName(QStringLiteral("FinAck"));
    QCommandLineParser parser;
    const QCommandLineOption scenarioOption(QStringLiteral("scenario"), QStringLiteral("Open with this scenario (id or file)."), QStringLiteral("id|file"));
    const QCommandLineOption networkOption(QStringLiteral("network"), QStringLiteral("auto, private or host."), QStringLiteral("mode"), QStringLiteral("auto"));
    parser.addOption(scenarioOption);
    parser.addOption(networkOption);
    if (!parser.parse(app.arguments()))
        return fail(parser.errorText());
    const auto network = LabClient::networkFromName(parser.value(networkOption));
    if (!network)
        return fail(QStringLiteral("--network: expected auto, private or host, got \"%1\"").arg(parser.value(networkOption)));
    MainWindow window(*network);
    if (parser.isSet(scenarioOption)) {
        QString error;
        if (!window.openScenario(parser.value(scenarioOption), &error))
            return fail(error);
    }
    window.show();
    return app.exec();
}
