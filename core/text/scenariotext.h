// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

#include "model/scenario.h"
#include "model/traceevent.h"

#include <QString>
#include <QStringList>

namespace FinAck {

// Scenario files are data in English, FinAck's source language; their texts are translated where
// they are shown, like the program's own strings (docs/translating.md). Traces keep the English
// of the scenario's notes, so a trace recorded by a Chinese student opens in English for an
// English-speaking teacher and the other way round.
//
// Qt Linguist cannot read JSON, so core/scenariostrings.cpp lists every text of every built-in
// scenario as QT_TRANSLATE_NOOP("Scenario", ...) for lupdate to find; tst_scenariotext fails when
// that file and the scenarios disagree and rewrites it when asked (FINACK_WRITE_SCENARIO_STRINGS=1).
inline constexpr char kScenarioContext[] = "Scenario";

// The text in the current language: its translation when the built-in scenarios have it, else
// itself (a user's own scenario, text from a newer FinAck, an engine note).
QString scenarioText(const QString &source);
// Notes are scenario text when the scenario wrote them; the lab's own notes already come in the
// lab's language and pass unchanged.
inline QString noteText(const Note &note)
{
    return scenarioText(note.text);
}

// Every translatable text of one scenario, in file order: title, summary, explanation, step notes,
// fault notes, takeaway. Empty texts are left out.
QStringList translatableTexts(const Scenario &scenario);

// The texts core/scenariostrings.cpp lists (what lupdate sees).
QStringList listedScenarioTexts();

} // namespace FinAck
