// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

#include <QString>
#include <optional>

namespace FinAck {

// Right answers out of the questions that were scored.
struct PredictionScore {
    int right = 0;
    int asked = 0;
    void add(bool correct);
    // "7 of 9" (translated).
    QString text() const;
    // More right answers in proportion; the same proportion over more questions is better.
    bool isBetterThan(const PredictionScore &other) const;
    bool operator==(const PredictionScore &) const = default;
};

// The best and the last finished score per scenario id, in QSettings ("predict/<id>/...").
namespace PredictionScores {
std::optional<PredictionScore> best(const QString &scenarioId);
std::optional<PredictionScore> last(const QString &scenarioId);
// Stores `score` as the last, and as the best when it beats the best so far.
void record(const QString &scenarioId, const PredictionScore &score);
void reset(const QString &scenarioId);
} // namespace PredictionScores

} // namespace FinAck
