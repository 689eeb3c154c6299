// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
// libFuzzer target: PcapReader::open() (libpcap, decodeFrame(), TcpStreams) on any bytes, and the
// trace of each stream found (StateDeriver), written and read back (docs/fuzzing.md).
#include "fuzzcheck.h"
#include "io/pcap/pcapreader.h"
#include "io/tracejson.h"

#include <sys/mman.h>
#include <unistd.h>

#include <cstddef>
#include <cstdint>

using namespace FinAck;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // PcapReader takes a path: the input goes into a file in memory, named through /proc.
    static const int fd = memfd_create("fuzz.pcap", 0);
    static const QString path = QStringLiteral("/proc/self/fd/%1").arg(fd);
    if (fd < 0 || ftruncate(fd, 0) != 0 || pwrite(fd, data, size, 0) != ssize_t(size))
        Fuzz::fail("cannot write the input to a memfd", path);

    PcapReader reader;
    QString error;
    if (!reader.open(path, &error)) {
        Fuzz::checkReason(error, path);
        if (!reader.streams().isEmpty())
            Fuzz::fail("streams left after a refusal", error);
        return 0;
    }
    // The first stream (kept by the first pass), the second and the last (each a second pass of
    // its own): every second pass opens the file again, with libpcap's 256 KiB buffer under
    // AddressSanitizer, so sixteen of them made one input up to sixteen times slower.
    const int count = int(reader.streams().size());
    QList<int> chosen{0};
    if (count > 1)
        chosen << 1;
    if (count > 2)
        chosen << count - 1;
    for (int i : std::as_const(chosen)) {
        const Trace trace = reader.trace(i, &error);
        if (trace.isEmpty()) {
            Fuzz::checkReason(error, path);
            continue;
        }
        const std::optional<Trace> again = traceFromJson(toJson(trace), QStringLiteral("again.json"), &error);
        if (!again)
            Fuzz::fail("the trace of a capture does not read back", error);
        if (!(*again == trace))
            Fuzz::fail("the trace of a capture reads back different", QString::fromUtf8(toJson(trace)));
    }
    return 0;
}
