// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

// The real finack program as a user types it, for the command-line tests (FINACK_BIN is defined
// for the tests listed in tests/CMakeLists.txt).
#include <QProcess>
#include <QString>
#include <QStringList>

struct FinackResult {
    int exitCode = -1; // -1: it crashed or had to be killed
    QString out;
    QString err;
};

inline FinackResult runFinack(const QStringList &args, int timeoutMs = 90000)
{
    QProcess p;
    p.start(QStringLiteral(FINACK_BIN), args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}
