// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
// libFuzzer target: traceFromJson() on any bytes, and what FinAck then does with a trace it took:
// steps, diagram text, the table, and writing it back (docs/fuzzing.md).
#include "fuzzcheck.h"
#include "io/tracejson.h"
#include "model/tracesteps.h"
#include "text/diagramtext.h"
#include "text/tracetable.h"

#include <cstddef>
#include <cstdint>

using namespace FinAck;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString file = QStringLiteral("fuzz.json");
    QString error;
    const std::optional<Trace> trace = traceFromJson(json, file, &error);
    if (!trace) {
        Fuzz::checkReason(error, file);
        return 0;
    }
    (void)trace->durationUs();
    const TraceSteps steps = traceSteps(*trace);
    if (steps.eventStep.size() != trace->size())
        Fuzz::fail("traceSteps() lost events", QString::number(steps.eventStep.size()));
    if (!steps.numbers.isEmpty())
        sliceSteps(*trace, StepRange{1, int(steps.numbers.size())});
    toMermaid(*trace);
    toPlantUml(*trace);
    traceTable(*trace);

    // A trace FinAck took, it writes so that it reads back the same.
    const QByteArray written = toJson(*trace);
    const std::optional<Trace> again = traceFromJson(written, QStringLiteral("again.json"), &error);
    if (!again)
        Fuzz::fail("a trace written from one read does not read back", error);
    if (!(*again == *trace))
        Fuzz::fail("a trace written from one read reads back different", QString::fromUtf8(written));
    return 0;
}
