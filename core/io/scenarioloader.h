// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

#include "model/scenario.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <optional>

namespace FinAck {

// Reads scenario files (docs/scenario-format.md). A malformed file is refused with one line that
// names the file, the JSON path and what was expected; nothing is half-loaded.
class ScenarioLoader
{
    Q_DECLARE_TR_FUNCTIONS(ScenarioLoader)

public:
    std::optional<Scenario> loadFile(const QString &path);
    std::optional<Scenario> loadData(const QByteArray &json, const QString &fileName);
    // A built-in scenario by id, or a file path (anything ending in .json).
    std::optional<Scenario> loadByIdOrFile(const QString &idOrPath);

    QString errorString() const { return m_error; }

    static QStringList builtinIds();
    static QString builtinPath(const QString &id);

private:
    QString m_error;
};

} // namespace FinAck
