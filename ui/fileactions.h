// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

#include <QObject>

class QAction;
class QMenu;
class QToolBar;
class QWidget;

namespace FinAck {

class Session;
class SequenceView;

// The File menu: Open, Save trace, Export, Copy diagram, Compare, Quit. It owns the actions and the
// dialogs that ask where and how; the work itself is the Session's (Session::openFile,
// saveTraceTo, exportTo), which tests call without any dialog. It enables its actions itself,
// from the record the Session shows. The dialogs and messages belong to `window`; the diagram
// gives the spacing and the colours the exports and the copy are made in.
class FileActions : public QObject
{
    Q_OBJECT
public:
    FileActions(Session *session, SequenceView *view, QWidget *window);

    QMenu *menu() const { return m_menu; }
    QAction *openAction() const { return m_open; }
    QAction *saveTraceAction() const { return m_save; }
    QAction *exportAction() const { return m_export; }
    QAction *copyAction() const { return m_copy; }
    QAction *compareAction() const { return m_compare; }
    QAction *newScenarioAction() const { return m_newScenario; }
    QAction *editScenarioAction() const { return m_editScenario; }
    QAction *quitAction() const { return m_quit; }

    // Enables what needs a record: nothing to save, export or copy before anything ran. Called
    // by the actions themselves whenever the record shown changes.
    void setHaveTrace(bool have);
    // Texts in the current language; the window calls it on LanguageChange (a QObject gets none).
    void retranslate();

Q_SIGNALS:
    // An action is done and says so in one line (the window's status bar shows it).
    void messageReady(const QString &text);

public Q_SLOTS:
    void open();
    void saveTrace();
    void exportDiagram();
    // See MainWindow::copyDiagram().
    void copyDiagram();
    // Side by side: the record shown (if any) on the left, a trace or capture file on the right;
    // with nothing shown, two files.
    void compare();
    // The scenario editor (ui/editor/scenarioeditor.h): a new scenario, or a copy of the built-in shown
    // (else a file chosen). Its Run opens the edited scenario here.
    void newScenario();
    void editScenario();

private:
    class ScenarioEditor *openEditor();
    QString suggestedPath(const QString &suffix) const;
    void rememberDirectory(const QString &path) const;
    void showFailure(const QString &title, const QString &error) const;

    void updateEnabled();

    Session *m_session = nullptr;
    SequenceView *m_view = nullptr;
    QWidget *m_window = nullptr;
    QMenu *m_menu = nullptr;
    QAction *m_open = nullptr;
    QAction *m_save = nullptr;
    QAction *m_export = nullptr;
    QAction *m_copy = nullptr;
    QAction *m_compare = nullptr;
    QAction *m_newScenario = nullptr;
    QAction *m_editScenario = nullptr;
    QAction *m_quit = nullptr;
};

} // namespace FinAck
