// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace FinAck {

// A message decided before it can be translated: finack-lab must enter its network namespace
// while it has a single thread, before QCoreApplication exists and before a translator is
// installed. The sentence waits as its source text (marked with QT_TRANSLATE_NOOP so that
// lupdate finds it) and its arguments; text() translates it once the language is installed.
struct PendingText {
    const char *context = nullptr;
    const char *source = nullptr; // "%1"-style placeholders, filled from args in order
    QStringList args;             // at most three

    bool isEmpty() const { return !source; }
    QString text() const
    {
        if (!source)
            return {};
        QString out = QCoreApplication::translate(context, source);
        // All at once: an argument holding "%2" (a path) must not be filled in itself.
        switch (args.size()) {
        case 0: return out;
        case 1: return out.arg(args.at(0));
        case 2: return out.arg(args.at(0), args.at(1));
        default: return out.arg(args.at(0), args.at(1), args.at(2));
        }
    }
};

} // namespace FinAck
