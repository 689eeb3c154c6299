#pragma once

#include <QObject>

class QAction;
class QMenu;
class QToolBar;

namespace FinAck {

class MainWindow;

// The File menu: Open, Save trace, Export, Copy diagram, Compare, Quit. It owns the actions and the
// dialogs that ask where and how; the work itself is the window's (MainWindow::openFile,
// saveTraceTo, exportTo, copyDiagram), which tests call without any dialog.
class FileActions : public QObject
{
    Q_OBJECT
public:
    explicit FileActions(MainWindow *window);

    QMenu *menu() const { return m_menu; }
    QAction *openAction() const { return m_open; }
    QAction *saveTraceAction() const { return m_save; }
    QAction *exportAction() const { return m_export; }
    QAction *copyAction() const { return m_copy; }
    QAction *compareAction() const { return m_compare; }
    QAction *newScenarioAction() const { return m_newScenario; }
    QAction *editScenarioAction() const { return m_editScenario; }
    QAction *quitAction() const { return m_quit; }

    // Enables what needs a record: nothing to save, export or copy before anything ran.
    void setHaveTrace(bool have);
    // Texts in the current language; the window calls it on LanguageChange (a QObject gets none).
    void retranslate();

public Q_SLOTS:
    void open();
    void saveTrace();
    void exportDiagram();
    // See MainWindow::copyDiagram().
    void copyDiagram();
    // Side by side: the record shown (if any) on the left, a trace or capture file on the right;
    // with nothing shown, two files.
    void compare();
    // The scenario editor (ui/scenarioeditor.h): a new scenario, or a copy of the built-in shown
    // (else a file chosen). Its Run opens the edited scenario here.
    void newScenario();
    void editScenario();

private:
    class ScenarioEditor *openEditor();
    QString suggestedPath(const QString &suffix) const;
    void rememberDirectory(const QString &path) const;
    void showFailure(const QString &title, const QString &error) const;

    MainWindow *m_window = nullptr;
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
