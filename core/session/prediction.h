// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

#include "model/scenario.h"
#include "model/trace.h"

#include <QList>
#include <QMap>
#include <QString>
#include <optional>

namespace FinAck {

// Predict-then-reveal (docs/predict-mode.md): before an author step runs, the student says what
// the call will return, which segments go on the wire and where each side's state ends; then the
// step runs for real and the answers are marked against the record.
//
// The program does not know the answer before the run, and must not give it away: every choice
// comes from the kind of call and the state the side is in, never from the outcome. When the
// kernel does something none of the choices describes (a user's scenario meeting an errno no
// choice names), the question is left out of the score rather than marked wrong for everyone.

// What a student can tick about the segments of a step. "ACK" is a segment that only acknowledges
// (no data, SYN, FIN or RST): every segment after the handshake carries the ACK flag, so the flag
// itself would tell nothing.
namespace WireKind {
enum : quint8 { Syn = 0x01, Data = 0x02, Fin = 0x04, Rst = 0x08, Ack = 0x10 };
}
using WireKinds = quint8;
inline constexpr quint8 kWireKinds[] = {WireKind::Syn, WireKind::Data, WireKind::Ack, WireKind::Fin, WireKind::Rst};

WireKinds wireKindsOf(const Segment &segment);
QString wireKindName(quint8 kind);      // "SYN", "data", "ACK"
QString wireKindsText(WireKinds kinds); // "FIN, ACK", or "none" (translated)

// One possible result of a call.
struct ResultChoice {
    enum class Kind {
        Exactly,     // returns `value`
        EndOfStream, // recv returns 0
        Data,        // returns 1 to `value` bytes (recv)
        Part,        // returns 1 to `value` - 1 bytes (a send that did not fit)
        Descriptor,  // returns a new descriptor (socket, accept, dup)
        Error,       // -1 with one of `errnoNames`; a call the step's timeout ended counts as EAGAIN
        Blocks,      // has not returned when the step settles
    };
    Kind kind = Kind::Exactly;
    qint64 value = 0;
    QStringList errnoNames;

    // `call` is nullptr while the call is still blocked.
    bool matches(const CallRecord *call) const;
    QString text() const;
    bool operator==(const ResultChoice &) const = default;
};

enum class QuestionKind { Result, Wire, State };

// One question about one step. Result and State take one choice (its index); Wire takes a set
// (WireKinds bits, 0 for "none").
struct PredictionQuestion {
    QuestionKind kind = QuestionKind::Result;
    Actor actor = Actor::Client;           // Result: who calls; State: whose state
    QList<ResultChoice> results;           // Result
    TcpState before = TcpState::Closed;    // State: where the side is as the step starts
    QList<std::optional<TcpState>> states; // State: nullopt is "stays in `before`"

    int choiceCount() const; // Wire: one per kWireKinds, "none" not counted
    QString prompt(const ScenarioStep &step) const;
    QString choiceText(int index) const; // Wire: index into kWireKinds
    // An answer as the student gave it (an index, or wire bits), for "you said ...".
    QString answerText(int answer) const;
};

// The questions for the step at `position` in scenario.steps, with each side where `trace`
// (the run so far) leaves it. Empty for a setup step (not asked) and a step past the end.
QList<PredictionQuestion> predictionQuestions(const Scenario &scenario, int position, const Trace &trace);

// "close(conn)", "send(sock, "hello, server")": the step's call, short, for the question's heading.
QString stepCallText(const ScenarioStep &step);

// Each side's state after the last event of `trace` (Closed for a side with none yet).
QMap<Actor, TcpState> statesAt(const Trace &trace, int endIndex = -1);

// What the kernel did in one step, read from the record after the step settled. The step's
// events are the ones Playback shows as that step (tracesteps.h).
struct StepOutcome {
    int step = -1;
    bool recorded = false;          // the trace holds events of this step
    std::optional<CallRecord> call; // nullopt: still blocked (or a crash, which returns nothing)
    WireKinds wire = 0;             // captured or inferred, dropped ones too: they left
    QMap<Actor, TcpState> after;    // each side when the step settled
    QStringList notes;              // the step's why, in the current language
};
StepOutcome stepOutcome(const Trace &trace, const Scenario &scenario, int position);

// The right answer for this outcome: a choice index (Result, State) or the wire bits (Wire);
// -1 when no choice says what happened (not scored).
int rightAnswer(const PredictionQuestion &question, const StepOutcome &outcome);
// What happened, as a choice would say it: "-1 EPIPE", "FIN, RST", "CLOSED".
QString outcomeText(const PredictionQuestion &question, const StepOutcome &outcome);

} // namespace FinAck
