// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

// What every fuzz target checks besides "no crash, no leak, no undefined behaviour": the promise
// the loaders make to their callers (one line that starts with the file), and round trips.
#include <QString>

#include <cstdio>
#include <cstdlib>

namespace FinAck::Fuzz {

// Aborts, which libFuzzer reports as a crash and saves the input that caused it.
[[noreturn]] inline void fail(const char *what, const QString &detail)
{
    std::fprintf(stderr, "\n==== finack fuzz: %s\n%s\n", what, detail.toUtf8().constData());
    std::abort();
}

inline void checkReason(const QString &error, const QString &file)
{
    if (!error.startsWith(file + QStringLiteral(": ")))
        fail("the reason does not start with the file", error);
    for (const QChar c : error) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Separator_Line || c.category() == QChar::Separator_Paragraph)
            fail("the reason is not one line", error);
    }
}

} // namespace FinAck::Fuzz
