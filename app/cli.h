// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

// finack's headless commands, one file each; main.cpp only chooses between them and the window.
#include "model/clientapi.h"
#include "model/scenario.h"
#include "session/labclient.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>
#include <optional>

namespace FinAck::Cli {

inline constexpr int kExitBadInput = 2;
// finack run --repeat: the runs did not all do the same, or the lab kept descriptors or threads.
inline constexpr int kExitFinding = 1;
inline constexpr int kMaxRepeat = 100000;

// Prints "finack: <reason>" on stderr and returns kExitBadInput.
int fail(const QString &reason);
int usage();
// Finds --lang X (or --lang=X) anywhere in args, removes it and installs that language, else
// `fallback`. False with the reason for a language FinAck does not have.
bool takeLanguage(QStringList &args, const QString &fallback, QString *error);
int list();
int run(const QStringList &args);
int exportTrace(const QStringList &args);

// The options of a run in finack-lab, shared by `run` and `export` (which runs a scenario first).
// Made after the language is installed, so the help texts come translated.
struct LabOptions {
    QCommandLineOption network{
        QStringLiteral("network"),
        //: --network's help; auto, private and host are its values: keep them
        QCoreApplication::translate("FinAck::Cli",
                                    "Where the sockets live: auto (private namespace when allowed, else host), private, or host."),
        QStringLiteral("mode"), QStringLiteral("auto")};
    QCommandLineOption noCapture{QStringLiteral("no-capture"),
                                 QCoreApplication::translate("FinAck::Cli",
                                                             "Infer segments instead of capturing them, even when capture is allowed.")};
    QCommandLineOption client{
        QStringLiteral("client"),
        //: --client's help; posix and qt are its values: keep them
        QCoreApplication::translate("FinAck::Cli",
                                    "The client's calls: posix (default), or qt: a QTcpSocket in a thread with its own event loop."),
        QStringLiteral("api"), QStringLiteral("posix")};
    void addTo(QCommandLineParser &parser) const { parser.addOptions({network, noCapture, client}); }
};

// A scenario and the started finack-lab that runs it.
struct LabRun {
    LabClient lab;
    std::optional<Scenario> scenario;
    QJsonObject scenarioJson; // what the lab is sent: the file the loader checked
};
// Loads the scenario (an id or a file) and starts finack-lab with the options. On failure: false
// and the one-line reason.
bool startLab(LabRun &run, const QString &idOrFile, const QCommandLineParser &parser, const LabOptions &options, QString *error);
// startLab, then runs the scenario to its end.
bool runInLab(LabRun &run, const QString &idOrFile, const QCommandLineParser &parser, const LabOptions &options, QString *error);
// How long a run of the scenario may take: every step's timeout and settle limit, and 30 s.
int runBudgetMs(const Scenario &scenario);

} // namespace FinAck::Cli
