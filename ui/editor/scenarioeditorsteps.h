// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

#include "editor/scenarioeditorpage.h"
#include "model/actor.h"
#include "model/scenario.h"

#include <QJsonArray>

class QAction;
class QComboBox;
class QLabel;
class QMenu;
class QToolButton;
class QTreeWidget;

namespace FinAck {

class StepEditor;

// The Steps tab: what runs before the steps ("setup"), the list of steps, and the fields of the
// selected one. Steps are added from a palette of the calls for either side, duplicated, removed
// and moved with buttons or keys; a complaint of the loader about a step marks its row, and its
// field once the step is selected.
class ScenarioEditorSteps final : public ScenarioEditorPage
{
    Q_OBJECT
public:
    explicit ScenarioEditorSteps(QJsonObject *scenario, QWidget *parent = nullptr);

    void refresh() override;
    bool owns(const QString &path) const override;
    void revealProblem() override;

    int currentStep() const;
    void setCurrentStep(int index);
    int stepCount() const;
    StepEditor *stepEditor() const { return m_editor; }
    QTreeWidget *list() const { return m_list; }

    // The palette: "add <side> <call>" actions, also in the editor's Edit menu.
    QMenu *palette() const { return m_palette; }
    QAction *paletteAction(Actor actor, CallKind call) const;
    QAction *addStepAction() const { return m_add; }
    QAction *duplicateAction() const { return m_duplicate; }
    QAction *removeAction() const { return m_remove; }
    QAction *moveUpAction() const { return m_up; }
    QAction *moveDownAction() const { return m_down; }

    // A step after the selected one (at the end when none is), selected.
    void addStep(Actor actor, CallKind call);
    void duplicateStep();
    void removeStep();
    void moveStep(int delta);

protected:
    void showProblem() override;
    void retranslate() override;

private:
    QJsonArray steps() const;
    void setSteps(const QJsonArray &all, int select);
    void fillList();
    void updateItem(int index);
    void loadEditor();
    void updateActions();
    void onStepEdited(const QJsonObject &step);

    QLabel *m_setupLabel = nullptr;
    QComboBox *m_setup = nullptr;
    QTreeWidget *m_list = nullptr;
    StepEditor *m_editor = nullptr;
    QLabel *m_listProblem = nullptr;
    QLabel *m_noStep = nullptr;
    QMenu *m_palette = nullptr;
    QMenu *m_clientMenu = nullptr;
    QMenu *m_serverMenu = nullptr;
    QList<QAction *> m_addActions; // client's calls, then server's
    QToolButton *m_addButton = nullptr;
    QAction *m_add = nullptr;
    QAction *m_duplicate = nullptr;
    QAction *m_remove = nullptr;
    QAction *m_up = nullptr;
    QAction *m_down = nullptr;
};

} // namespace FinAck
