// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

#include <QJsonObject>
#include <QMainWindow>

class QAction;
class QLabel;
class QMenu;
class QTabWidget;
class QToolButton;

namespace FinAck {

class ScenarioEditorExpect;
class ScenarioEditorFaults;
class ScenarioEditorMeta;
class ScenarioEditorPage;
class ScenarioEditorSteps;

// A window to write a scenario (docs/scenario-editor.md): its texts, the steps of both sides,
// faults and the expectations per platform. The model is the scenario's JSON object itself, edited
// in place by the tabs; after every edit the real ScenarioLoader reads it, and its one-line
// complaint is shown at the field its JSON path names, in the tab's title and in the status line.
// Run hands a scenario the loader accepts to whoever shows runs (runRequested); New, Open, Save
// and Save As work on files in the scenario format, and nothing unsaved is lost without asking.
class ScenarioEditor : public QMainWindow
{
    Q_OBJECT
public:
    explicit ScenarioEditor(QWidget *parent = nullptr);

    // These replace the scenario without asking; the File menu asks first (maybeSave()).
    void newScenario();
    // Any JSON object of the scenario format opens, also one the loader refuses (the problem is
    // shown where it is); anything else is refused with the loader's line in *error. A built-in
    // (":/scenarios/x.json") opens as an untitled copy.
    bool openFile(const QString &path, QString *error = nullptr);
    bool saveAs(const QString &path, QString *error = nullptr);
    // Saves to filePath(); false with *error when there is none yet.
    bool save(QString *error = nullptr);
    // When there are unsaved changes: asks whether to save them. True when it is fine to go on
    // (saved, discarded, or nothing to save), false when the user cancelled or saving failed.
    bool maybeSave();

    QJsonObject scenario() const { return m_scenario; }
    QString filePath() const { return m_path; }
    bool isModified() const { return m_modified; }
    // The loader's complaint about the scenario as it stands, without the file name
    // ("steps[3].size: expected ..."); empty when it loads.
    QString problem() const { return m_problem; }
    QString problemPath() const { return m_problemPath; }
    bool isValid() const { return m_problem.isEmpty(); }

    QTabWidget *tabs() const { return m_tabs; }
    ScenarioEditorMeta *metaPage() const { return m_meta; }
    ScenarioEditorSteps *stepsPage() const { return m_steps; }
    ScenarioEditorFaults *faultsPage() const { return m_faults; }
    ScenarioEditorExpect *expectPage() const { return m_expect; }
    QAction *runAction() const { return m_run; }
    QAction *showProblemAction() const { return m_showProblem; }
    QLabel *statusLabel() const { return m_status; }

public Q_SLOTS:
    // The File menu's actions, with their dialogs.
    void fileNew();
    void fileOpen();
    bool fileSave();
    bool fileSaveAs();
    // Shows the tab and the field the loader complains about, and gives it the focus.
    void revealProblem();

Q_SIGNALS:
    // Run: the scenario as it stands, which the loader accepts. The window runs it in the lab.
    void runRequested(const QJsonObject &scenario);
    void saved(const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildActions();
    void retranslate();
    void replace(const QJsonObject &scenario, const QString &path);
    void onEdited(ScenarioEditorPage *page);
    void validate();
    void setModified(bool modified);
    void updateTitle();
    QString displayName() const;
    QString suggestedPath() const;

    QJsonObject m_scenario;
    QString m_path;
    QString m_suggestedName; // for Save As of an untitled scenario, e.g. a built-in's copy
    bool m_modified = false;
    QString m_problem;
    QString m_problemPath;

    QTabWidget *m_tabs = nullptr;
    ScenarioEditorMeta *m_meta = nullptr;
    ScenarioEditorSteps *m_steps = nullptr;
    ScenarioEditorFaults *m_faults = nullptr;
    ScenarioEditorExpect *m_expect = nullptr;
    QList<ScenarioEditorPage *> m_pages;
    QLabel *m_status = nullptr;
    QToolButton *m_showProblemButton = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_runMenu = nullptr;
    QMenu *m_addStepMenu = nullptr;
    QAction *m_new = nullptr;
    QAction *m_open = nullptr;
    QAction *m_save = nullptr;
    QAction *m_saveAs = nullptr;
    QAction *m_close = nullptr;
    QAction *m_addFault = nullptr;
    QAction *m_showProblem = nullptr;
    QAction *m_run = nullptr;
};

} // namespace FinAck
