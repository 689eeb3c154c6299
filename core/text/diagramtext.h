// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

#include "model/trace.h"
#include "text/diagramlabels.h"

#include <QString>
#include <QStringList>

namespace FinAck {

// A trace as diagram text for Markdown notes and wikis (docs/diagram-text.md): a Mermaid
// `sequenceDiagram` or a PlantUML sequence diagram that reads like FinAck's own picture. Client
// left, server right; each call and Qt signal in a note on its side's outer edge; states in
// notes on the lifeline; segments as arrows (dashed: inferred, a cross: dropped); notes across
// both. Deterministic: the same trace gives the same bytes, so the files diff and test well.
QString toMermaid(const Trace &trace);
QString toPlantUml(const Trace &trace);

// Escaping of one line of label text, so that no text can end a statement early or turn into
// markup: Mermaid's entity codes ("#59;" for ';'), PlantUML's creole escapes and <U+XXXX>.
QString mermaidEscape(const QString &line);
QString plantUmlEscape(const QString &line);

} // namespace FinAck
