// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

#include "editor/scenarioeditormarks.h"
#include "editor/scenarioeditorpage.h"

#include <QJsonArray>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTreeWidget;

namespace FinAck {

// The Faults tab: segments to drop on purpose (docs/scenario-format.md, "Faults"), a list and
// the fields of the selected fault — from which step, whose segments, which flags, the how-many-th
// and how many, and what the loss stands for.
class ScenarioEditorFaults final : public ScenarioEditorPage
{
    Q_OBJECT
public:
    explicit ScenarioEditorFaults(QJsonObject *scenario, QWidget *parent = nullptr);

    void refresh() override;
    bool owns(const QString &path) const override;
    void revealProblem() override;

    QTreeWidget *list() const { return m_list; }
    int currentFault() const;
    void setCurrentFault(int index);
    void addFault();
    void removeFault();

protected:
    void showProblem() override;
    void retranslate() override;

private:
    QJsonArray faults() const;
    void setFaults(const QJsonArray &all, int select);
    void updateItem(int index);
    void loadForm();
    // Writes one key of the selected fault; an undefined value removes it (the loader's default).
    void put(const QString &key, const QJsonValue &value);
    QJsonValue flagsValue() const;

    bool m_loading = false;
    ScenarioEditorMarks m_marks;
    QLabel *m_intro = nullptr;
    QTreeWidget *m_list = nullptr;
    QAction *m_add = nullptr;
    QAction *m_remove = nullptr;
    QLabel *m_listProblem = nullptr;
    QWidget *m_formBox = nullptr;
    QFormLayout *m_form = nullptr;
    QSpinBox *m_atStep = nullptr;
    QComboBox *m_from = nullptr;
    QWidget *m_flagsRow = nullptr;
    QList<QCheckBox *> m_flags;
    QCheckBox *m_exact = nullptr;
    QSpinBox *m_nth = nullptr;
    QSpinBox *m_count = nullptr;
    QLineEdit *m_note = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace FinAck
