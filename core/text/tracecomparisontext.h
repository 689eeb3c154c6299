// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

#include "model/tracecompare.h"

#include <QCoreApplication>
#include <QString>

namespace FinAck {

// The sentences of a TraceComparison (model/tracecompare.h), apart from the comparing itself: each
// is made when asked for, so a window that changes language only asks again. The comparison keeps
// the facts; its texts keep their translation context, TraceComparison.
class TraceComparisonText
{
    Q_DECLARE_TR_FUNCTIONS(TraceComparison)
public:
    // One difference in one sentence: "step 9: the client's recv() returned -1 ECONNRESET on the
    // left, 0 on the right".
    static QString difference(const TraceDifference &difference);
    // "3 differences in 2 of 6 steps", "identical in every call, segment and state", and the
    // platform's fields when they differ.
    static QString summary(const TraceComparison &comparison);

    // "Linux 6.1.0-18-amd64 · private network namespace · segments captured": how a run was
    // recorded, in the words the platform differences use.
    static QString platform(const TracePlatform &platform);
    // One field's value in words: "host loopback", "inferred", "QTcpSocket".
    static QString fieldValue(TraceDifference::Field field, const QString &value);
    static QString fieldName(TraceDifference::Field field);
};

} // namespace FinAck
