// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

// Small helpers the benchmarks share: percentiles, a machine-readable summary line for run.sh,
// and where the built programs are.
#include <QList>
#include <QString>
#include <QTextStream>

#include <algorithm>

namespace FinAck::Bench {

// The value below which a fraction p of the samples lie (nearest rank); 0 for no samples.
inline double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype rank = qsizetype(p * double(values.size()) + 0.5) - 1;
    return values.at(std::clamp<qsizetype>(rank, 0, values.size() - 1));
}

inline double median(const QList<double> &values)
{
    return percentile(values, 0.5);
}

// One row of run.sh's summary table: "summary: what | result | reference | ratio".
inline void summary(const QString &what, const QString &result, const QString &reference, const QString &ratio)
{
    QTextStream(stdout) << "summary: " << what << " | " << result << " | " << reference << " | " << ratio << Qt::endl;
}

inline QString ms(double value, int decimals = 1)
{
    return QStringLiteral("%1 ms").arg(value, 0, 'f', decimals);
}

} // namespace FinAck::Bench
