// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

#include "editor/scenarioeditormarks.h"
#include "editor/scenarioeditorpage.h"

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace FinAck {

// The Scenario tab: id, title, group, summary, explanation and takeaway. Texts are written in
// English, like the built-in scenarios; they are translated where they are shown.
class ScenarioEditorMeta final : public ScenarioEditorPage
{
    Q_OBJECT
public:
    explicit ScenarioEditorMeta(QJsonObject *scenario, QWidget *parent = nullptr);

    void refresh() override;
    bool owns(const QString &path) const override;
    void revealProblem() override;

protected:
    void showProblem() override;
    void retranslate() override;

private:
    void put(const QString &key, const QString &value, bool keepEmpty);

    bool m_loading = false;
    ScenarioEditorMarks m_marks;
    QFormLayout *m_form = nullptr;
    QLineEdit *m_id = nullptr;
    QLineEdit *m_title = nullptr;
    QComboBox *m_group = nullptr;
    QLineEdit *m_summary = nullptr;
    QPlainTextEdit *m_explanation = nullptr;
    QPlainTextEdit *m_takeaway = nullptr;
    QLabel *m_problem = nullptr;
    QLabel *m_hint = nullptr;
};

} // namespace FinAck
