// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

// A built-in scenario's JSON, as the window and `finack run` send it to finack-lab in a load.
#include "io/scenarioloader.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

inline QJsonObject scenarioJson(const QString &id)
{
    QFile file(FinAck::ScenarioLoader::builtinPath(id));
    file.open(QIODevice::ReadOnly);
    return QJsonDocument::fromJson(file.readAll()).object();
}
