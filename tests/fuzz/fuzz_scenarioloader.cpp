// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
// libFuzzer target: ScenarioLoader::loadData() on any bytes (docs/fuzzing.md).
#include "fuzzcheck.h"
#include "io/scenarioloader.h"

#include <cstddef>
#include <cstdint>

using namespace FinAck;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // Not copied: a read past the input's end is one AddressSanitizer sees.
    const QByteArray json = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString file = QStringLiteral("fuzz.json");
    ScenarioLoader loader;
    const std::optional<Scenario> scenario = loader.loadData(json, file);
    if (!scenario) {
        Fuzz::checkReason(loader.errorString(), file);
        return 0;
    }
    // What the engine reads of a scenario it was given.
    qsizetype bytes = 0;
    for (int i = 0; i < scenario->steps.size(); ++i) {
        const ScenarioStep &step = scenario->steps.at(i);
        const bool needsFd = step.call != CallKind::Socket && step.call != CallKind::Crash;
        if (scenario->authorStepIndex(i) < -1 || (needsFd && step.fd.isEmpty()))
            Fuzz::fail("a step without a descriptor", QString::number(i));
        bytes += step.data.size();
    }
    if (bytes > 64 << 20)
        Fuzz::fail("more than 64 MiB of data in a scenario", QString::number(bytes));
    return 0;
}
