// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#include "session.h"

#include "io/scenarioloader.h"
#include "io/tracejson.h"
#include "text/language.h"
#include "traceexport.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSettings>

namespace FinAck {

Session::Session(LabClient::Network network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{
    // The lab streams; playback decides what is shown; the diagram and panels follow playback.
    // While a file is shown, what the lab still sends of an earlier run is not part of it.
    connect(&m_lab, &LabClient::eventReceived, this, [this](const TraceEvent &e) {
        if (!m_opened)
            m_playback.appendEvent(e);
    });
    connect(&m_lab, &LabClient::stepFinished, this, [this] {
        if (!m_opened)
            m_playback.stepRecorded();
    });
    connect(&m_lab, &LabClient::finished, this, [this] {
        if (m_opened)
            return;
        m_playback.setRunFinished(true);
        Q_EMIT checksChanged(liveChecks());
    });
    connect(&m_lab, &LabClient::labFailed, this, &Session::onLabFailed);
    connect(&m_lab, &LabClient::labHung, this, &Session::setLabSilence);
    connect(&m_lab, &LabClient::labResponsive, this, [this] { setLabSilence(0); });
    connect(&m_playback, &Playback::restartRequested, this, [this] { loadScenarioFile(m_scenarioPath); });
}

// The lab is told the language when it starts (FINACK_LANG) and writes its own notes in it.
bool Session::launchLab()
{
    QString error;
    m_labLanguage = Language::current();
    setLabSilence(0); // a hung lab is killed by start()
    if (!m_lab.start(m_network, &error)) {
        onLabFailed(error);
        return false;
    }
    setLabState(LabState::Running);
    return true;
}

void Session::startLab()
{
    if (!launchLab())
        return;
    if (!m_scenarioPath.isEmpty() && !m_opened)
        loadScenarioFile(m_scenarioPath);
}

void Session::setLabState(LabState state)
{
    m_labState = state;
    Q_EMIT labStateChanged(state);
}

void Session::setLabSilence(qint64 silentMs)
{
    if (silentMs == m_labSilentMs)
        return;
    m_labSilentMs = silentMs;
    Q_EMIT labSilenceChanged(silentMs);
}

void Session::onLabFailed(const QString &reason)
{
    m_labFailure = reason;
    setLabSilence(0); // gone, which the state says
    if (!m_opened)
        m_playback.pause();
    setLabState(LabState::Stopped);
}

void Session::restoreLastScenario()
{
    const QString path = QSettings().value(QStringLiteral("lastScenario")).toString();
    m_scenarioPath = QFile::exists(path) ? path : QString();
}

bool Session::openScenario(const QString &idOrFile, QString *error)
{
    ScenarioLoader loader;
    auto scenario = loader.loadByIdOrFile(idOrFile);
    if (!scenario) {
        if (error)
            *error = loader.errorString();
        return false;
    }
    useScenario(std::move(*scenario));
    return true;
}

bool Session::loadScenarioFile(const QString &path, QString *error)
{
    // A file that cannot be read twice (a pipe) runs again from what was read the first time.
    if (m_scenario && path == m_scenarioPath && !QFileInfo(path).isFile() && !path.startsWith(QLatin1Char(':'))) {
        useScenario(Scenario(*m_scenario));
        return true;
    }
    ScenarioLoader loader;
    auto scenario = loader.loadFile(path);
    if (!scenario) {
        if (error)
            *error = loader.errorString();
        Q_EMIT scenarioLoadFailed(loader.errorString());
        return false;
    }
    useScenario(std::move(*scenario));
    return true;
}

void Session::useScenario(Scenario scenario)
{
    const QString path = scenario.sourceFile;
    m_scenarioPath = path;
    m_scenario = std::move(scenario);
    m_opened.reset();                                                  // back to live runs
    if (QFileInfo(path).isFile() || path.startsWith(QLatin1Char(':'))) // not a pipe, gone by the next start
        QSettings().setValue(QStringLiteral("lastScenario"), path);
    m_playback.pause();
    m_playback.setTrace(Trace());
    m_playback.setRunFinished(false);
    Q_EMIT scenarioLoaded();
    Q_EMIT checksChanged({});
    if (!m_lab.isRunning())
        return;
    // Nothing is lost by a fresh lab between runs, and the new run's own notes then come in the
    // language chosen since the lab started.
    if (m_labLanguage != Language::current() && !launchLab())
        return;
    m_lab.load(QJsonDocument::fromJson(m_scenario->sourceJson).object());
}

bool Session::openFile(const QString &path, QString *error, int stream, const FileOpener::StreamChooser &choose)
{
    auto file = FileOpener::open(path, stream, error, choose);
    if (!file)
        return false;
    if (file->kind == OpenedFile::Kind::Scenario)
        return openScenario(path, error);
    showOpenedFile(std::move(*file));
    return true;
}

void Session::showOpenedFile(OpenedFile file)
{
    m_opened = std::move(file);
    // Not a step to wait for, nothing left to run: Step at the end stays at the end. The empty
    // record first puts the playhead back at the start.
    m_playback.pause();
    m_playback.setRunFinished(true);
    m_playback.setTrace(Trace());
    m_playback.setTrace(m_opened->trace);
    Q_EMIT fileShown();
    Q_EMIT checksChanged(m_opened->checks);
}

bool Session::saveTraceTo(const QString &path, QString *error) const
{
    return saveTrace(shownTrace(), path, error);
}

bool Session::exportTo(const QString &path, const PictureOptions &options, QString *error, QString *warning) const
{
    return TraceExport::write(shownTrace(), path, options, error, warning);
}

QList<ExpectationCheck> Session::checks() const
{
    if (m_opened)
        return m_opened->checks;
    return m_lab.isFinished() ? liveChecks() : QList<ExpectationCheck>();
}

void Session::retranslate()
{
    if (m_opened)
        FileOpener::describe(*m_opened);
    Q_EMIT checksChanged(checks());
}

// The lab states its claims in the language it was started in. The same claims checked here, on
// the same record, are in the window's language; they are shown when they agree with the lab's
// verdicts, which stay the authority.
QList<ExpectationCheck> Session::liveChecks() const
{
    const QList<ExpectationCheck> &lab = m_lab.checks();
    if (!m_scenario || lab.isEmpty())
        return lab;
    QList<ExpectationCheck> here = checkExpectation(*m_scenario, m_lab.trace());
    if (here.size() != lab.size())
        return lab;
    for (qsizetype i = 0; i < here.size(); ++i) {
        if (here.at(i).held != lab.at(i).held)
            return lab;
    }
    return here;
}

} // namespace FinAck
