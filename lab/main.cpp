// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
// finack-lab: the engine in a process of its own. finack starts it, sends commands on stdin and
// reads what happens on stdout, one JSON object per line (docs/lab-protocol.md). On Linux it
// first moves into a private network namespace, so that even an ordinary user captures every
// segment and may install faults, and a crash of the lab can never take the window down.
//   finack-lab [--network auto|private|host] [--no-capture] [--client posix|qt]
#include "engine.h"
#include "io/labprotocol.h"
#include "io/scenarioloader.h"
#include "io/tracejson.h"
#include "labcommandreader.h"
#include "pendingtext.h"
#include "privatenetwork.h"
#include "text/language.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <cstring>
#include <mutex>
#include <unistd.h>

using namespace FinAck;

namespace {

// The main thread writes what the engine records; the command reader's thread writes pongs.
std::mutex s_stdoutMutex;

void emitLine(const QByteArray &line)
{
    const std::lock_guard lock(s_stdoutMutex);
    // Nowhere to report a failed write: stdout is the pipe to finack, gone only when finack is.
    (void)std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    (void)std::fflush(stdout); // finack animates as the lines arrive
}

constexpr char kContext[] = "FinAck::LabMain";

struct Arguments {
    QString network = QStringLiteral("auto");
    bool capture = true;
    ClientApi client = ClientApi::Posix;
    PendingText error;
};

// Read before QCoreApplication exists: the namespace must be entered while single-threaded. So
// the error waits for the translator as PendingText.
Arguments parseArguments(int argc, char *argv[])
{
    Arguments a;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--network") == 0 && i + 1 < argc)
            a.network = QString::fromLocal8Bit(argv[++i]);
        else if (std::strcmp(argv[i], "--no-capture") == 0)
            a.capture = false;
        else if (std::strcmp(argv[i], "--client") == 0 && i + 1 < argc) {
            const QString name = QString::fromLocal8Bit(argv[++i]);
            if (const auto client = clientApiFromName(name))
                a.client = *client;
            else
                a.error = {kContext, QT_TRANSLATE_NOOP("FinAck::LabMain", "--client: expected posix or qt, got \"%1\""), {name}};
        } else {
            a.error = {
                kContext,
                QT_TRANSLATE_NOOP("FinAck::LabMain",
                                  "unknown argument \"%1\"; expected --network auto|private|host, --no-capture or --client posix|qt"),
                {QString::fromLocal8Bit(argv[i])}};
        }
    }
    if (a.error.isEmpty() && a.network != QLatin1String("auto") && a.network != QLatin1String("private")
        && a.network != QLatin1String("host"))
        a.error = {kContext, QT_TRANSLATE_NOOP("FinAck::LabMain", "--network: expected auto, private or host, got \"%1\""), {a.network}};
    return a;
}

// The language finack asked for (LabClient sets the variable), for notes, reasons and claims.
void installLanguage()
{
    Language::install(qEnvironmentVariable(Language::kEnvironmentVariable, QStringLiteral("en")));
}

class Lab
{
    Q_DECLARE_TR_FUNCTIONS(Lab)

public:
    Lab(const QString &network, bool capture, ClientApi client)
        : m_engine(options(network, capture, client))
    {
        QObject::connect(&m_engine, &Engine::eventRecorded, [this](const TraceEvent &e) {
            if (m_streaming)
                emitLine(eventToJsonLine(e) + '\n');
        });
    }

    // One line from stdin; false on "quit". Every other line is answered, in every state.
    bool handle(const LabCommandReader::Line &line)
    {
        using Kind = LabCommandReader::Line::Kind;
        if (line.kind == Kind::TooLong) {
            //: %1 and %2 are numbers of bytes
            emitLine(LabProtocol::errorLine(tr("a command line of %1 bytes was dropped: a command may be at most %2 bytes")
                                                .arg(line.length)
                                                .arg(LabProtocol::kMaxCommandBytes)));
            return true;
        }
        if (line.kind == Kind::NotACommand) {
            emitLine(LabProtocol::errorLine(tr("not a command: %1").arg(LabProtocol::quotedPrefix(QString::fromUtf8(line.start)))));
            return true;
        }
        const QString &name = line.name;
        if (name == QLatin1String("quit"))
            return false;
        static const QStringList kRunCommands{QStringLiteral("step"), QStringLiteral("run"), QStringLiteral("reset")};
        if (name == QLatin1String("load"))
            load(line.object.value(QStringLiteral("scenario")).toObject());
        else if (name == QLatin1String("ping")) // the reader answers it; here only if it did not
            emitLine(LabProtocol::pongLine());
        else if (!kRunCommands.contains(name))
            emitLine(LabProtocol::errorLine(tr("unknown command \"%1\"").arg(LabProtocol::quotedPrefix(name))));
        else if (!m_loaded)
            //: %1 is a lab protocol command: step, run or reset
            emitLine(LabProtocol::errorLine(tr("%1: no scenario loaded").arg(name), name));
        else if (name == QLatin1String("reset"))
            start(m_engine.scenario());
        else if (m_finished)
            //: %1 is a lab protocol command: step or run; reset and load are the commands that start a run again
            emitLine(LabProtocol::errorLine(tr("%1: the run has finished; reset or load a scenario to run again").arg(name), name));
        else if (name == QLatin1String("step"))
            step();
        else
            while (step()) {}
        return true;
    }

private:
    static Engine::Options options(const QString &network, bool capture, ClientApi client)
    {
        Engine::Options o;
        o.network = network;
        o.tryCapture = capture;
        o.clientApi = client;
        return o;
    }

    void load(const QJsonObject &json)
    {
        ScenarioLoader loader;
        const auto scenario = loader.loadData(QJsonDocument(json).toJson(), QStringLiteral("scenario"));
        if (!scenario) {
            emitLine(LabProtocol::errorLine(loader.errorString(), QStringLiteral("load")));
            return;
        }
        start(*scenario);
    }

    void start(const Scenario &scenario)
    {
        // The header comes first, then what load() already recorded (the initial states).
        m_streaming = false;
        m_engine.load(scenario);
        m_streaming = true;
        if (!m_engine.unavailableReason().isEmpty()) {
            m_loaded = false; // refused whole, never run half-way
            emitLine(LabProtocol::errorLine(m_engine.unavailableReason(), QStringLiteral("load")));
            return;
        }
        m_loaded = true;
        m_finished = false;
        m_endpoints.clear();
        emitLine(LabProtocol::headerLine(m_engine.trace()));
        for (const TraceEvent &e : m_engine.trace().events())
            emitLine(eventToJsonLine(e) + '\n');
    }

    // Runs the next step; after the last, finishes the run. False once finished.
    bool step()
    {
        if (m_finished)
            return false;
        const int index = m_engine.nextStep();
        const qint64 origin = m_engine.trace().originUs();
        if (m_engine.step()) {
            const Trace &trace = m_engine.trace();
            const QString endpoints = trace.endpoint(Actor::Client) + trace.endpoint(Actor::Server);
            // Endpoints are known once the listener and the client are bound; t = 0 moves when the
            // first step came long after the load (Engine::skipIdleBeforeFirstStep).
            if (endpoints != m_endpoints || trace.originUs() != origin) {
                m_endpoints = endpoints;
                emitLine(LabProtocol::headerLine(trace));
            }
            emitLine(LabProtocol::stepFinishedLine(index, m_engine.atEnd()));
        }
        if (m_engine.atEnd()) {
            m_engine.finish();
            m_finished = true;
            emitLine(LabProtocol::finishedLine(m_engine.checks()));
            return false;
        }
        return true;
    }

    Engine m_engine;
    bool m_loaded = false;
    bool m_finished = false;
    bool m_streaming = true;
    QString m_endpoints;
};

} // namespace

int main(int argc, char *argv[])
{
    const Arguments args = parseArguments(argc, argv);
    if (!args.error.isEmpty()) {
        QCoreApplication app(argc, argv);
        installLanguage();
        emitLine(LabProtocol::errorLine(args.error.text()));
        return 2;
    }
    QString network = QStringLiteral("host");
    PendingText why;
    const bool fellBack = args.network != QLatin1String("host") && !enterPrivateNetwork(&why);
    if (args.network != QLatin1String("host") && !fellBack)
        network = QStringLiteral("private");

    QCoreApplication app(argc, argv);
    // Notes the lab writes itself come in the window's or the CLI's language (LabClient sets it).
    installLanguage();
    if (fellBack && args.network == QLatin1String("private")) {
        emitLine(LabProtocol::errorLine(QStringLiteral("--network private: %1").arg(why.text())));
        return 3;
    }
    const QString fallbackReason = fellBack ? why.text() : QString();
    Lab lab(network, args.capture, args.client);
    emitLine(LabProtocol::readyLine(network, fallbackReason));
    // A ping is answered by the reader's thread at once, so that a step blocking this thread up
    // to its timeout still shows the lab alive (docs/lab-protocol.md, Heartbeat).
    LabCommandReader reader(STDIN_FILENO, LabProtocol::kMaxCommandBytes, [](const QString &name) {
        if (name != QLatin1String("ping"))
            return false;
        emitLine(LabProtocol::pongLine());
        return true;
    });
    for (LabCommandReader::Line line = reader.next(); line.kind != LabCommandReader::Line::Kind::End; line = reader.next()) {
        if (!lab.handle(line))
            break;
    }
    return 0;
}
