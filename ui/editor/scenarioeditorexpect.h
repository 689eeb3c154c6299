// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

#include "editor/scenarioeditormarks.h"
#include "editor/scenarioeditorpage.h"

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QTableWidget;
class QTableWidgetItem;

namespace FinAck {

class ScenarioEditorSegments;

// The Expectations tab: for each platform (linux, windows, textbook) what the author expects —
// calls with their return value and errno, each side's final state, and segments in order
// (docs/scenario-format.md, "Expectations"). A run is compared with the expectation of the
// platform it runs on.
class ScenarioEditorExpect final : public ScenarioEditorPage
{
    Q_OBJECT
public:
    explicit ScenarioEditorExpect(QJsonObject *scenario, QWidget *parent = nullptr);

    void refresh() override;
    bool owns(const QString &path) const override;
    void revealProblem() override;

    // "linux", "windows" or "textbook".
    QString platform() const;
    void setPlatform(const QString &platform);
    QCheckBox *statedBox() const { return m_stated; }
    QTableWidget *callsTable() const { return m_calls; }
    QTableWidget *segmentsTable() const;
    QComboBox *finalStateBox(int side) const { return side == 0 ? m_clientState : m_serverState; }

    // A row as the button adds it: the step after the last one stated, returning 0.
    void addCall();
    void removeCall();
    void addSegment();

protected:
    void showProblem() override;
    void retranslate() override;

private:
    QString platformPath() const { return QStringLiteral("expect.") + platform(); }
    QJsonObject expectation() const;
    void setExpectation(const QJsonObject &expectation);
    void setStated(bool stated);
    void fillCalls();
    void updateCallText(int row);
    void onCallEdited(QTableWidgetItem *item);
    void putFinalState(const QString &side, const QString &state);
    void updateEnabled();

    bool m_loading = false;
    ScenarioEditorMarks m_marks;
    QLabel *m_platformLabel = nullptr;
    QComboBox *m_platform = nullptr;
    QCheckBox *m_stated = nullptr;
    QGroupBox *m_callsBox = nullptr;
    QTableWidget *m_calls = nullptr;
    QAction *m_addCall = nullptr;
    QAction *m_removeCall = nullptr;
    QGroupBox *m_statesBox = nullptr;
    QLabel *m_clientLabel = nullptr;
    QLabel *m_serverLabel = nullptr;
    QComboBox *m_clientState = nullptr;
    QComboBox *m_serverState = nullptr;
    ScenarioEditorSegments *m_segmentsBox = nullptr;
    QLabel *m_problem = nullptr;
    QList<QTableWidgetItem *> m_markedItems;
};

} // namespace FinAck
