// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

#include "model/expectationcheck.h"
#include "model/trace.h"

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>
#include <optional>

// The line protocol between finack and finack-lab (docs/lab-protocol.md). Commands go to the lab
// on its stdin, one JSON object per line: {"cmd": "load", "scenario": {...}}, {"cmd": "step"},
// {"cmd": "run"}, {"cmd": "reset"}, {"cmd": "ping"}, {"cmd": "quit"}. The lab answers on stdout,
// one JSON object per line: the trace's own events (kind call, segment, state, note), and its own
// messages with kind "lab". A load is answered by a header (then the run's events) or by an error
// naming the load; events before that answer belong to the previous run. A ping is answered by a
// pong at once, even while a step runs: silence then means the lab is stopped or stuck.
namespace FinAck::LabProtocol {

// The longest command line the lab reads; a longer one is discarded up to its newline and
// answered by one error. Twice a scenario file's limit (ScenarioLoader, 16 MiB): the load command
// carries the file's JSON again, compact, which numbers can make longer ("1e15" is written back
// as "1000000000000000"). LabClient refuses to send a longer load.
constexpr qsizetype kMaxCommandBytes = qsizetype(32) * 1024 * 1024;
// How much of a refused command an error quotes, in characters.
constexpr qsizetype kQuotedPrefixChars = 40;

enum class MessageType { Ready, Header, StepFinished, Finished, Pong, Error };

struct Message {
    MessageType type = MessageType::Error;
    QString network;                // ready: "private" or "host"
    QString fallbackReason;         // ready: why the private network could not be had (auto mode)
    std::optional<Trace> header;    // header: the trace's metadata, no events
    int step = -1;                  // step_finished
    bool atEnd = false;             // step_finished: no step left
    QList<ExpectationCheck> checks; // finished: the expectation's claims, held or not
    QString message;                // error
    QString command;                // error: the command it answers ("load"), empty for others
};

QByteArray command(const QString &name);
QByteArray loadCommand(const QJsonObject &scenario);

QByteArray readyLine(const QString &network, const QString &fallbackReason);
QByteArray headerLine(const Trace &trace);
QByteArray stepFinishedLine(int step, bool atEnd);
QByteArray finishedLine(const QList<ExpectationCheck> &checks);
QByteArray pongLine();
// `command`: the command refused, so the client can tell a refused load (which gets no header)
// from other errors.
QByteArray errorLine(const QString &message, const QString &command = {});

// At most kQuotedPrefixChars of `text`, "…" when cut, control characters shown as "\xNN": an error
// that quotes a refused command stays short and on one line however long the command was.
QString quotedPrefix(const QString &text);

// A line from the lab: a control message, or (nullopt with *isEvent) a trace event for
// eventFromJson(). Anything else is an error message describing the line.
std::optional<Message> parseMessage(const QJsonObject &object, bool *isEvent);

} // namespace FinAck::LabProtocol
