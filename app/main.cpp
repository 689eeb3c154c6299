// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
// finack: the window, or with a sub-command a headless tool that needs no display.
//   finack                         the main window
//   finack list                    built-in scenarios
//   finack run <id|file.json>      run one on real sockets and print what happened
//   finack export <input> -o file  write a run, a trace or a capture as a picture, pcap or text
#include "cli.h"
#include "mainwindow.h"
#include "text/language.h"
#include "viewactions.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QGuiApplication>
#include <QIcon>
#include <QMessageBox>
#include <QSettings>
#include <QTextStream>

using namespace FinAck;

namespace FinAck::Cli {

int usage()
{
    //: `finack --help`. Keep the commands, the option names and their values (list, run, --trace, auto|private|host…) and the two columns
    QTextStream(stdout) << QCoreApplication::translate(
        "FinAck::Cli", "Usage: finack [command]\n"
                       "\n"
                       "Without a command, finack opens its window.\n"
                       "\n"
                       "Commands:\n"
                       "  list                       the built-in scenarios, id and title\n"
                       "  run <id|file.json>         run a scenario on real sockets on 127.0.0.1 and print what happened\n"
                       "      --trace <file>         also save the trace as JSON (docs/trace-format.md)\n"
                       "      --repeat <n>           run it n times in one lab; report the runs that differ from\n"
                       "                             the first and the lab's descriptors and threads (exit 1)\n"
                       "      --network auto|private|host\n"
                       "                             private: the lab's own network namespace (every segment\n"
                       "                             captured, faults possible); host: the host's loopback;\n"
                       "                             auto (default): private where the kernel allows it\n"
                       "      --no-capture           infer segments even where capture is allowed\n"
                       "      --client posix|qt      the client's calls: POSIX sockets (default), or a real\n"
                       "                             QTcpSocket in a thread with its own event loop, with its\n"
                       "                             signals on the timeline (the server stays POSIX)\n"
                       "  export <input> -o <file>   write a run as png, svg, pdf, pcap, json, mmd (Mermaid) or puml\n"
                       "                             (PlantUML), by the file's suffix; input: a scenario id or file\n"
                       "                             (run first), a trace .json or a .pcap/.pcapng capture.\n"
                       "                             finack export --help lists its options.\n"
                       "\n"
                       "Every command and the window take --lang en|zh_CN (default: the system's language).\n"
                       "\n"
                       "Exit status: 0 when the command ran, 2 on bad input (the reason is on stderr).\n");
    return 0;
}

} // namespace FinAck::Cli

namespace {

void quietRuntimeDirWarning(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
        return;
    QTextStream(stderr) << qFormatLogMessage(type, context, message) << Qt::endl;
}

} // namespace

int main(int argc, char *argv[])
{
    const QString command = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    const bool headless = command == QLatin1String("list") || command == QLatin1String("run") || command == QLatin1String("help")
                          || command == QLatin1String("-h") || command == QLatin1String("--help")
                          || (!command.isEmpty() && !command.startsWith(QLatin1Char('-')) && command != QLatin1String("export")
                              && !QFileInfo(command).isFile()); // `finack file.json`: the window opens the file
    if (headless) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("finack"));
        QStringList args = QCoreApplication::arguments();
        QString error;
        if (!Cli::takeLanguage(args, Language::systemDefault(), &error))
            return Cli::fail(error);
        if (command == QLatin1String("list"))
            return Cli::list();
        if (command == QLatin1String("run"))
            return Cli::run(args.mid(0, 1) + args.mid(2));
        if (command == QLatin1String("-h") || command == QLatin1String("--help") || command == QLatin1String("help"))
            return Cli::usage();
        return Cli::fail(QCoreApplication::translate("FinAck::Cli",
                                                     "unknown command \"%1\"; expected list, run or export (or no command for the window)")
                             .arg(command));
    }
    if (command == QLatin1String("export")) {
        // Pictures need fonts and a QGuiApplication, never a display: export works over ssh.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        // stderr is the one-line reason scripts read; the offscreen platform asks for a runtime
        // folder it never uses (unset under sudo, cron and CI) and would warn there first.
        qInstallMessageHandler(quietRuntimeDirWarning);
        QGuiApplication app(argc, argv);
        QGuiApplication::setApplicationName(QStringLiteral("finack"));
        QStringList args = QCoreApplication::arguments();
        QString error;
        if (!Cli::takeLanguage(args, Language::systemDefault(), &error))
            return Cli::fail(error);
        return Cli::exportTrace(args.mid(0, 1) + args.mid(2));
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("finack"));
    QApplication::setOrganizationName(QStringLiteral("FinAck"));
    // The installed desktop entry and icon are named by the AppStream id (docs/packaging.md); a
    // Wayland compositor matches the window to them by this name. The theme's icon wins where one
    // is installed; the built-in copy serves a build that was never installed.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.finack.finack"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("io.github.finack.finack"), QIcon(QStringLiteral(":/icons/finack.svg"))));
    QStringList args = QCoreApplication::arguments();
    QString error;
    // The window remembers the language chosen in its menu; --lang overrides it for this run.
    const QString remembered = QSettings().value(QStringLiteral("language")).toString();
    if (!Cli::takeLanguage(args, remembered.isEmpty() ? Language::systemDefault() : remembered, &error))
        return Cli::fail(error);
    QCommandLineParser parser;
    const QCommandLineOption scenarioOption(QStringLiteral("scenario"),
                                            QCoreApplication::translate("FinAck::Cli", "Open with this scenario (id or file)."),
                                            QStringLiteral("id|file"));
    const QCommandLineOption networkOption(QStringLiteral("network"), QCoreApplication::translate("FinAck::Cli", "auto, private or host."),
                                           QStringLiteral("mode"), QStringLiteral("auto"));
    const QCommandLineOption playOption(QStringLiteral("play"),
                                        QCoreApplication::translate("FinAck::Cli",
                                                                    "Play the scenario from the start as the window opens."));
    const QCommandLineOption speedOption(QStringLiteral("speed"), QCoreApplication::translate("FinAck::Cli", "Playback speed, 0.25 to 4."),
                                         QStringLiteral("factor"), QStringLiteral("1"));
    const QCommandLineOption presentationOption(QStringLiteral("presentation"),
                                                QCoreApplication::translate("FinAck::Cli", "Open full screen in presentation mode (F11)."));
    parser.addOption(scenarioOption);
    parser.addOption(networkOption);
    parser.addOption(playOption);
    parser.addOption(speedOption);
    parser.addOption(presentationOption);
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QCoreApplication::translate("FinAck::Cli",
                                                             "A scenario, trace or capture file to open (the file manager passes it)."));
    if (!parser.parse(args))
        return Cli::fail(parser.errorText());
    const auto network = networkModeFromName(parser.value(networkOption));
    if (!network)
        return Cli::fail(QCoreApplication::translate("FinAck::Cli", "--network: expected auto, private or host, got \"%1\"")
                             .arg(parser.value(networkOption)));
    bool speedOk = false;
    const double speed = parser.value(speedOption).toDouble(&speedOk);
    if (!speedOk || speed < Playback::kMinSpeed || speed > Playback::kMaxSpeed)
        return Cli::fail(QCoreApplication::translate("FinAck::Cli", "--speed: expected a number from 0.25 to 4, got \"%1\"")
                             .arg(parser.value(speedOption)));
    MainWindow window(*network);
    if (parser.isSet(scenarioOption) && !window.openScenario(parser.value(scenarioOption), &error))
        return Cli::fail(error);
    // A file given by the file manager or on the command line: a scenario runs, a trace or a
    // capture replays. A bad one is reported in the window, which opens anyway: nothing is lost.
    QString fileError;
    if (!parser.positionalArguments().isEmpty() && !window.openFile(parser.positionalArguments().constFirst(), &fileError))
        QMetaObject::invokeMethod(
            &window,
            [&window, fileError] {
            QMessageBox::warning(&window, QCoreApplication::translate("FinAck::Cli", "Cannot open the file"), fileError);
            },
            Qt::QueuedConnection);
    window.show();
    if (parser.isSet(presentationOption))
        window.viewActions()->setPresentation(true);
    if (parser.isSet(playOption)) {
        window.setSpeed(speed);
        // Once the lab has the scenario: play starts by asking for its first step.
        QMetaObject::invokeMethod(&window, &MainWindow::playFromStart, Qt::QueuedConnection);
    }
    return QApplication::exec();
}
