// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#include "session/predictionscore.h"

#include <QCoreApplication>
#include <QSettings>

namespace FinAck {

void PredictionScore::add(bool correct)
{
    ++asked;
    if (correct)
        ++right;
}

QString PredictionScore::text() const
{
    //: a score: %1 right answers out of %2 questions
    return QCoreApplication::translate("FinAck::PredictionScore", "%1 of %2").arg(right).arg(asked);
}

bool PredictionScore::isBetterThan(const PredictionScore &other) const
{
    if (asked == 0 || other.asked == 0)
        return asked > 0 && other.asked == 0;
    // right/asked against other.right/other.asked, without division.
    const qint64 mine = qint64(right) * other.asked;
    const qint64 theirs = qint64(other.right) * asked;
    return mine != theirs ? mine > theirs : asked > other.asked;
}

namespace PredictionScores {

namespace {

QString key(const QString &scenarioId, const char *which)
{
    return QStringLiteral("predict/%1/%2").arg(scenarioId, QLatin1String(which));
}

std::optional<PredictionScore> read(const QString &scenarioId, const char *which)
{
    const QStringList parts = QSettings().value(key(scenarioId, which)).toString().split(QLatin1Char('/'));
    bool rightOk = false;
    bool askedOk = false;
    if (parts.size() != 2)
        return std::nullopt;
    PredictionScore score{parts.at(0).toInt(&rightOk), parts.at(1).toInt(&askedOk)};
    if (!rightOk || !askedOk || score.right < 0 || score.asked < score.right)
        return std::nullopt;
    return score;
}

void write(const QString &scenarioId, const char *which, const PredictionScore &score)
{
    QSettings().setValue(key(scenarioId, which), QStringLiteral("%1/%2").arg(score.right).arg(score.asked));
}

} // namespace

std::optional<PredictionScore> best(const QString &scenarioId)
{
    return read(scenarioId, "best");
}

std::optional<PredictionScore> last(const QString &scenarioId)
{
    return read(scenarioId, "last");
}

void record(const QString &scenarioId, const PredictionScore &score)
{
    write(scenarioId, "last", score);
    const auto previous = best(scenarioId);
    if (!previous || score.isBetterThan(*previous))
        write(scenarioId, "best", score);
}

void reset(const QString &scenarioId)
{
    QSettings settings;
    settings.remove(QStringLiteral("predict/%1").arg(scenarioId));
}

} // namespace PredictionScores

} // namespace FinAck
