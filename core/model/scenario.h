// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

#include "model/actor.h"
#include "model/socketcall.h"
#include "model/tcpstate.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <optional>

namespace FinAck {

// The calls a step may make.
// Crash is not a socket call: the actor's process dies (SIGKILL) holding its descriptors, and the
// kernel closes them the way process exit does.
enum class CallKind { Socket, Setsockopt, Getsockopt, Bind, Listen, Connect, Accept, Send, Recv, Shutdown, Close, Dup, Crash };

QString callKindName(CallKind kind);
std::optional<CallKind> callKindFromName(const QString &name);
QStringList callKindNames();

// One thing one actor does. Descriptors are named ("sock", "listener", "conn") because their
// numbers are only known when the scenario runs.
struct ScenarioStep {
    Actor actor = Actor::Client;
    CallKind call = CallKind::Close;
    QString fd;            // the descriptor the call works on
    QString as;            // where socket/accept/dup store the new descriptor
    QByteArray data;       // send: the bytes
    qint64 size = 1024;    // recv: buffer size
    RecvFlags recvFlags;   // recv: MSG_PEEK / MSG_DONTWAIT
    bool dontWait = false; // send: MSG_DONTWAIT
    ShutdownHow how = ShutdownHow::Write;
    SocketOption option;         // setsockopt / getsockopt
    OptionValue value;           // setsockopt
    std::optional<quint16> port; // bind: fixed port (empty: 0, ephemeral); connect: empty means the server's
    std::optional<Actor> portOf; // bind/connect: the port that actor used last ("port": "server")
    int backlog = 16;            // listen
    int timeoutMs = 5000;        // a call still blocked after this is interrupted and recorded as timed out
    std::optional<int> settleMs; // longest wait for the network after the call (default: the engine's)
    bool blocks = false;         // the call is expected to block until a later step of the other actor
    bool setup = false;          // part of the standard connection setup, not written by the author
    QString note;                // why this step matters, shown while it runs
};

// What the author expects on one platform ("linux", "windows", "textbook"). The run is compared
// with the current platform's expectation and every difference is reported, not hidden.
struct ExpectedCall {
    int step = 0; // index into the author's steps (setup steps not counted)
    std::optional<qint64> ret;
    QString errnoName; // empty: the call is expected to succeed
};
struct ExpectedSegment {
    Actor from = Actor::Client;
    quint8 flags = 0; // every one of these flags is set on the segment
};
struct Expectation {
    QList<ExpectedCall> calls;
    QMap<Actor, TcpState> finalStates;
    QList<ExpectedSegment> segments; // in this order, other segments may come between them
};

// A segment fault: from the moment the step `atStep` starts, the nth segment from `from` that
// matches `flags` (and `count` - 1 after it; 0: all from then on) is dropped on arrival. Installed
// as an nftables rule inside the lab's private network namespace only.
struct ScenarioFault {
    int atStep = 0; // author step index; the fault is in force from its start
    Actor from = Actor::Client;
    quint8 flags = 0;        // 0: any segment
    bool exactFlags = false; // the segment's flags are exactly `flags` (a pure ACK), not at least
    int nth = 1;
    int count = 1;
    QString note; // what the fault stands for ("the client's last ACK is lost")
};

struct Scenario {
    QString id;
    QString group; // graceful, abortive, errors, faults
    QString title;
    QString summary; // one line for the scenario list
    QString explanation;
    QString takeaway;          // the robust pattern to remember
    bool predict = false;      // a teacher asks for predict mode: the window turns it on
    QList<ScenarioStep> steps; // setup steps first (step.setup), then the author's
    QList<ScenarioFault> faults;
    QMap<QString, Expectation> expectations; // by platform
    QString sourceFile;                      // where it was loaded from (":/scenarios/x.json" for built-ins)
    // The file's bytes as they were read: the lab gets these, not a second reading of the file,
    // which a pipe (`finack run <(…)`, /dev/stdin) cannot give.
    QByteArray sourceJson;

    int setupStepCount() const;
    // Index among the author's steps for a position in `steps`, -1 for a setup step.
    int authorStepIndex(int position) const;
};

} // namespace FinAck
