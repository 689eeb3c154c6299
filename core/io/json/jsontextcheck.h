// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace FinAck {

// How much JSON a loader takes before QJsonDocument builds it. Qt allows 1024 levels and any
// number of values or string length, and its memory grows with them: a 16 MiB file of
// "[0,0,0,..." is eight million values, 128 MiB of QJsonValue storage. FinAck files nest five
// levels deep at most.
struct JsonTextLimits {
    int maxDepth = 32;
    qsizetype maxValues = 1'000'000;
    qsizetype maxStringBytes = 1 << 20; // as written in the file, escapes included
};

// Reads the text of a JSON file once, strictly (RFC 8259), before Qt parses it, for what
// QJsonDocument lets through or words vaguely:
// - broken UTF-8 anywhere (Qt says "invalid UTF8 string" at the string's start, or "illegal
//   value"), unpaired UTF-16 surrogates in \u escapes (Qt keeps them; toUtf8() turns them into
//   '?'), unescaped control characters and unknown escapes in strings (Qt takes both);
// - a file in UTF-16 or UTF-32, or with NUL bytes;
// - duplicate keys (Qt keeps the last one silently: the file says two things and one is lost);
// - NaN, Infinity and numbers out of a double's range; numbers like "1." and ".5" (Qt takes them);
// - more nesting, values or string bytes than the limits allow.
// A leading UTF-8 byte order mark is skipped, as Qt skips it (RFC 8259 lets parsers ignore it):
// Windows editors write one.
class JsonTextCheck
{
    Q_DECLARE_TR_FUNCTIONS(JsonTextCheck)

public:
    struct Problem {
        QString path;         // "steps[2].data"; empty at the top level
        qsizetype offset = 0; // byte offset in the file, from 0
        QString message;      // names the byte offset: "invalid UTF-8 at byte 412 (0xC3 0x28), ..."
        bool syntax = false;  // plain invalid JSON: Qt's parser words it better, when it sees it
    };

    // The first problem in reading order, or nullopt for a text Qt may parse.
    static std::optional<Problem> check(const QByteArray &json, const JsonTextLimits &limits);

    // A member's path as messages write it: "steps[2].data"; a key that is not a plain name is
    // quoted and escaped, so that no key can break the one-line message: expect["li\nux"].
    static QString memberPath(const QString &parent, const QString &key);
};

} // namespace FinAck
