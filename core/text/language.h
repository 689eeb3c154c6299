// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

#include <QString>
#include <QStringList>

namespace FinAck::Language {

// FinAck speaks English (the source language) and Simplified Chinese. Everything user-visible
// goes through Qt's translation system (docs/translating.md); this installs the translators.

// "en" and "zh_CN".
QStringList available();
// The system locale's language when FinAck has it, else English: zh, zh_CN, zh_SG and the
// Chinese UI languages of a system map to zh_CN.
QString systemDefault();
// The language's own name for itself, for a menu: "English", "简体中文".
QString nativeName(const QString &language);
// Accepts "zh_CN", "zh-CN", "zh", "en", "en_US"…; the canonical code or empty.
QString canonical(const QString &language);

// Replaces the installed translators with FinAck's and Qt's own (standard dialogs, QDialogButtonBox)
// for the `requested` language, and sets the default QLocale to match. Qt sends every widget a
// LanguageChange event. Needs a QCoreApplication. False with a reason for a language FinAck does
// not have.
bool install(const QString &requested, QString *error = nullptr);
// The installed language ("en" before any install()).
QString current();

// The variable that tells finack-lab which language to write its notes in.
inline constexpr char kEnvironmentVariable[] = "FINACK_LANG";

} // namespace FinAck::Language
