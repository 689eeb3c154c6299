// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

#include "fileopener.h"
#include "model/expectationcheck.h"
#include "model/scenario.h"
#include "session/labclient.h"
#include "session/playback.h"

#include <QObject>
#include <optional>

namespace FinAck {

struct PictureOptions;

// What the window shows, without the window: the lab, the playhead, the scenario run live or
// the file replayed instead. It wires the lab to the playhead, so MainWindow, FileActions and
// the panels observe it (and its Playback) rather than a window relaying every change.
//
// Who owns the record, and who only reads it:
// - Live runs: LabClient::trace() is THE record of the run, with its header (platform,
//   endpoints, scenario). Playback keeps its own list of the events, streamed in one by one,
//   without that header: it is what the playhead walks over, and Playback::restart() clears it
//   while the lab's stays until the next load. SequenceView takes Playback's record again on
//   every traceChanged(); Trace holds a QList, so that copy shares Playback's buffer (the
//   price: Playback's next append copies the whole list, once per streamed event).
// - A replayed file: OpenedFile::trace is THE record; Playback's copy shares its buffer (it is
//   never appended to while a file is shown), and so does the diagram's.
// shownTrace() is the one to save, export or compare: the whole record with its header.
// Everything else reads Playback (what is shown up to the playhead) and never writes a trace.
class Session : public QObject
{
    Q_OBJECT
public:
    enum class LabState { NotStarted, Running, Stopped };

    explicit Session(LabClient::Network network = LabClient::Network::Auto, QObject *parent = nullptr);

    LabClient &lab() { return m_lab; }
    const LabClient &lab() const { return m_lab; }
    Playback &playback() { return m_playback; }
    const Playback &playback() const { return m_playback; }

    // Starts (or restarts) the lab and loads the scenario chosen before, unless a file is shown.
    void startLab();
    LabState labState() const { return m_labState; }
    // Why the lab stopped, as LabClient said it.
    QString labFailure() const { return m_labFailure; }
    // How long the running lab has not answered, once that is LabClient's hang timeout or more;
    // 0 while it answers. startLab() then ends it and starts a new one.
    qint64 labSilentMs() const { return m_labSilentMs; }

    // The scenario last chosen, which runs live when no file is shown; empty before any.
    QString scenarioPath() const { return m_scenarioPath; }
    const std::optional<Scenario> &scenario() const { return m_scenario; }
    // The scenario chosen in an earlier session (QSettings), loaded when the lab starts.
    void restoreLastScenario();
    // A built-in id or a scenario file, run live from its first step; any shown file is closed.
    bool openScenario(const QString &idOrFile, QString *error = nullptr);
    // Loads a scenario file into the lab; false (and scenarioLoadFailed) if it cannot be read.
    bool loadScenarioFile(const QString &path, QString *error = nullptr);

    // As MainWindow::openFile: a scenario runs live, a trace or capture replays with no lab.
    bool openFile(const QString &path, QString *error = nullptr, int stream = -1, const FileOpener::StreamChooser &choose = {});
    // The opened trace or capture being replayed; nullptr during live runs.
    const OpenedFile *openedFile() const { return m_opened ? &*m_opened : nullptr; }
    // The record on screen, whole: the opened file's, or the lab's run with its header.
    const Trace &shownTrace() const { return m_opened ? m_opened->trace : m_lab.trace(); }
    bool saveTraceTo(const QString &path, QString *error = nullptr) const;
    // Any TraceExport format, chosen by the suffix; `warning` as TraceExport::write says.
    bool exportTo(const QString &path, const PictureOptions &options, QString *error = nullptr, QString *warning = nullptr) const;

    // The claims checked for what is shown: the file's, or the finished run's; empty before.
    QList<ExpectationCheck> checks() const;
    // The file's texts again in the current language, and the claims (checksChanged).
    void retranslate();

Q_SIGNALS:
    // A scenario now runs live (a file shown before is closed); the record is empty again.
    void scenarioLoaded();
    void scenarioLoadFailed(const QString &error);
    // An opened trace or capture replaces what was shown.
    void fileShown();
    void labStateChanged(FinAck::Session::LabState state);
    // labSilentMs() changed: the lab is hung (and for how long), or answers again (0).
    void labSilenceChanged(qint64 silentMs);
    void checksChanged(const QList<FinAck::ExpectationCheck> &checks);

private:
    void useScenario(Scenario scenario);
    bool launchLab();
    void showOpenedFile(OpenedFile file);
    void onLabFailed(const QString &reason);
    void setLabState(LabState state);
    void setLabSilence(qint64 silentMs);
    QList<ExpectationCheck> liveChecks() const;

    LabClient m_lab;
    Playback m_playback;
    LabClient::Network m_network = LabClient::Network::Auto;
    QString m_scenarioPath;
    std::optional<Scenario> m_scenario; // the one m_scenarioPath holds, for live runs
    LabState m_labState = LabState::NotStarted;
    QString m_labFailure; // why the lab stopped, as LabClient said it
    qint64 m_labSilentMs = 0;
    QString m_labLanguage; // the language the running lab was started in
    std::optional<OpenedFile> m_opened;
};

} // namespace FinAck
