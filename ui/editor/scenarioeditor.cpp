// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#include "editor/scenarioeditor.h"

#include "editor/scenarioeditorexpect.h"
#include "editor/scenarioeditorfaults.h"
#include "editor/scenarioeditormeta.h"
#include "editor/scenarioeditorsteps.h"
#include "io/outputfile.h"
#include "io/scenarioformat.h"
#include "io/scenarioloader.h"

#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>

namespace FinAck {

namespace {

constexpr qint64 kMaxFileBytes = 16 << 20; // as the loader
const QString kDirectoryKey = QStringLiteral("scenarioEditor/directory");

// The JSON path at the start of a loader message: "steps[3].data", "expect.linux.calls[0].ret",
// expect["li\nux"]. Whatever does not start with one has no place in the form.
QString leadingPath(const QString &message)
{
    static const QRegularExpression path(QStringLiteral(
        R"(^((?:[A-Za-z_][A-Za-z0-9_]*|\["(?:[^"\\]|\\.)*"\])(?:\.[A-Za-z_][A-Za-z0-9_]*|\[\d+\]|\["(?:[^"\\]|\\.)*"\])*): )"));
    const QRegularExpressionMatch match = path.match(message);
    return match.hasMatch() ? match.captured(1) : QString();
}

QJsonObject emptyScenario()
{
    // Invalid on purpose: the first complaint (the id) says where to begin.
    return QJsonObject{{ScenarioKey::Format, ScenarioFormat::kName},
                       {ScenarioKey::Version, ScenarioFormat::kVersion},
                       {ScenarioKey::Id, QString()},
                       {ScenarioKey::Title, QString()},
                       {ScenarioKey::Steps, QJsonArray()}};
}

} // namespace

ScenarioEditor::ScenarioEditor(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("scenarioEditor"));
    m_scenario = emptyScenario();
    m_tabs = new QTabWidget(this);
    m_meta = new ScenarioEditorMeta(&m_scenario, m_tabs);
    m_steps = new ScenarioEditorSteps(&m_scenario, m_tabs);
    m_faults = new ScenarioEditorFaults(&m_scenario, m_tabs);
    m_expect = new ScenarioEditorExpect(&m_scenario, m_tabs);
    m_pages = {m_meta, m_steps, m_faults, m_expect};
    for (ScenarioEditorPage *page : std::as_const(m_pages)) {
        m_tabs->addTab(page, QString());
        connect(page, &ScenarioEditorPage::edited, this, [this, page] { onEdited(page); });
    }
    setCentralWidget(m_tabs);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("scenarioEditor.status"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_showProblemButton = new QToolButton(this);
    statusBar()->addWidget(m_status, 1);
    statusBar()->addPermanentWidget(m_showProblemButton);
    buildActions();
    m_showProblemButton->setDefaultAction(m_showProblem);
    retranslate();
    newScenario();
    resize(1100, 720);
}

void ScenarioEditor::buildActions()
{
    const auto action = [this](const QKeySequence &key, auto slot) {
        auto *a = new QAction(this);
        a->setShortcut(key);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    m_new = action(QKeySequence::New, &ScenarioEditor::fileNew);
    m_open = action(QKeySequence::Open, &ScenarioEditor::fileOpen);
    m_save = action(QKeySequence::Save, &ScenarioEditor::fileSave);
    m_saveAs = action(QKeySequence::SaveAs, &ScenarioEditor::fileSaveAs);
    m_close = action(QKeySequence::Close, &QWidget::close);
    m_showProblem = action(QKeySequence(Qt::Key_F8), &ScenarioEditor::revealProblem);
    m_run = action(QKeySequence(Qt::Key_F5), [this] {
        if (isValid())
            Q_EMIT runRequested(m_scenario);
    });
    m_run->setObjectName(QStringLiteral("scenarioEditor.run"));
    m_run->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    m_new->setIcon(style()->standardIcon(QStyle::SP_FileIcon));
    m_open->setIcon(style()->standardIcon(QStyle::SP_DialogOpenButton));
    m_save->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    m_addFault = new QAction(this);
    connect(m_addFault, &QAction::triggered, this, [this] {
        m_tabs->setCurrentWidget(m_faults);
        m_faults->addFault();
    });

    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addActions({m_new, m_open, m_save, m_saveAs});
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_close);
    m_editMenu = menuBar()->addMenu(QString());
    m_addStepMenu = m_editMenu->addMenu(QString());
    m_addStepMenu->addActions(m_steps->palette()->actions());
    m_editMenu->addActions({m_steps->duplicateAction(), m_steps->removeAction(), m_steps->moveUpAction(), m_steps->moveDownAction()});
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_addFault);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_showProblem);
    // Step actions from the menu act on the Steps tab, so show it.
    connect(m_editMenu, &QMenu::triggered, this, [this](QAction *a) {
        if (a != m_addFault && a != m_showProblem)
            m_tabs->setCurrentWidget(m_steps);
    });
    m_runMenu = menuBar()->addMenu(QString());
    m_runMenu->addAction(m_run);

    QToolBar *bar = addToolBar(QString());
    bar->setObjectName(QStringLiteral("scenarioEditor.toolbar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addActions({m_new, m_open, m_save});
    bar->addSeparator();
    bar->addAction(m_run);
}

void ScenarioEditor::retranslate()
{
    m_tabs->setTabText(0, tr("S&cenario"));
    m_tabs->setTabText(1, tr("S&teps"));
    m_tabs->setTabText(2, tr("Fa&ults"));
    m_tabs->setTabText(3, tr("E&xpectations"));
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_runMenu->setTitle(tr("&Run"));
    m_addStepMenu->setTitle(tr("&Add step"));
    m_new->setText(tr("&New scenario"));
    m_open->setText(tr("&Open…"));
    m_save->setText(tr("&Save"));
    m_saveAs->setText(tr("Save &As…"));
    m_close->setText(tr("&Close editor"));
    m_addFault->setText(tr("Add &fault"));
    m_showProblem->setText(tr("Show the problem"));
    m_showProblem->setToolTip(tr("Go to the field the problem is about (F8)"));
    m_run->setText(tr("&Run"));
    m_run->setToolTip(tr("Run this scenario in the window (F5); possible once it has no problem"));
    updateTitle();
    validate(); // the loader's words in the new language
}

void ScenarioEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void ScenarioEditor::replace(const QJsonObject &scenario, const QString &path)
{
    m_scenario = scenario;
    m_path = path;
    for (ScenarioEditorPage *page : std::as_const(m_pages))
        page->refresh();
    setModified(false);
    validate();
}

void ScenarioEditor::newScenario()
{
    m_suggestedName.clear();
    replace(emptyScenario(), QString());
    m_tabs->setCurrentWidget(m_meta);
}

bool ScenarioEditor::openFile(const QString &path, QString *error)
{
    ScenarioLoader loader;
    QFile file(path);
    if (file.open(QIODevice::ReadOnly) && file.size() <= kMaxFileBytes) {
        const QByteArray data = file.read(kMaxFileBytes);
        const QJsonDocument document = QJsonDocument::fromJson(data);
        // The loader's verdict only decides when the file is no scenario at all: a scenario with
        // a mistake opens, to be mended here.
        if (document.isObject() && document.object().value(ScenarioKey::Format).toString() == ScenarioFormat::kName) {
            const bool builtin = path.startsWith(u':');
            m_suggestedName = builtin ? QFileInfo(path).fileName() : QString();
            replace(document.object(), builtin ? QString() : path);
            m_tabs->setCurrentWidget(m_steps);
            return true;
        }
    }
    loader.loadFile(path);
    if (error)
        *error = loader.errorString().isEmpty() ? tr("%1: not a FinAck scenario").arg(QFileInfo(path).fileName()) : loader.errorString();
    return false;
}

bool ScenarioEditor::saveAs(const QString &path, QString *error)
{
    // Written whole or not at all: a failed save leaves the old file as it was.
    if (!m_scenario.contains(ScenarioKey::Format))
        m_scenario[ScenarioKey::Format] = ScenarioFormat::kName;
    if (!m_scenario.contains(ScenarioKey::Version))
        m_scenario[ScenarioKey::Version] = ScenarioFormat::kVersion;
    QString why;
    if (!writeOutputFile(path, QJsonDocument(m_scenario).toJson(QJsonDocument::Indented), &why)) {
        if (error)
            //: %1 the file, %2 the system's reason
            *error = tr("%1: cannot save: %2").arg(QFileInfo(path).fileName(), why);
        return false;
    }
    m_path = path;
    m_suggestedName.clear();
    setModified(false);
    validate(); // the message names the file
    Q_EMIT saved(path);
    return true;
}

bool ScenarioEditor::save(QString *error)
{
    if (m_path.isEmpty()) {
        if (error)
            *error = tr("The scenario has no file yet: use Save As.");
        return false;
    }
    return saveAs(m_path, error);
}

void ScenarioEditor::onEdited(ScenarioEditorPage *page)
{
    // The steps tab also renumbers faults and expectations, and the others show the steps' calls.
    for (ScenarioEditorPage *other : std::as_const(m_pages)) {
        if (other != page)
            other->refresh();
    }
    setModified(true);
    validate();
}

void ScenarioEditor::validate()
{
    const QString name = displayName();
    ScenarioLoader loader;
    const bool valid = loader.loadData(QJsonDocument(m_scenario).toJson(QJsonDocument::Compact), name).has_value();
    m_problem = valid ? QString() : loader.errorString();
    if (m_problem.startsWith(name + QStringLiteral(": ")))
        m_problem.remove(0, name.size() + 2);
    m_problemPath = leadingPath(m_problem);
    // A blank new scenario is invalid (no id yet), but nobody has made a mistake: it says where to
    // begin instead of greeting the author with an error. The first edit shows problems as usual.
    const bool blank = !valid && !m_modified && m_path.isEmpty() && m_scenario == emptyScenario();
    for (int i = 0; i < m_pages.size(); ++i) {
        ScenarioEditorPage *page = m_pages.at(i);
        const bool here = !blank && !m_problemPath.isEmpty() && page->owns(m_problemPath);
        page->setProblem(here ? m_problemPath : QString(), here ? m_problem : QString());
        m_tabs->setTabIcon(i, here ? style()->standardIcon(QStyle::SP_MessageBoxWarning) : QIcon());
        m_tabs->setTabToolTip(i, here ? m_problem : QString());
    }
    m_run->setEnabled(valid);
    m_showProblem->setEnabled(!valid && !blank);
    m_showProblemButton->setVisible(!valid && !blank);
    if (blank) {
        m_status->setStyleSheet(QString());
        //: the status line of the scenario editor for a new, still empty scenario
        m_status->setText(tr("A new scenario: give it an id and a title, then add its steps."));
    } else if (valid) {
        const int steps = int(m_scenario.value(ScenarioKey::Steps).toArray().size());
        m_status->setStyleSheet(QString());
        // Two texts, so that the English reads right with no translation installed.
        if (steps == 1) {
            //: the status line of the scenario editor when the loader accepts the scenario
            m_status->setText(tr("The scenario loads: %n step, ready to run.", nullptr, steps));
        } else {
            //: the status line of the scenario editor when the loader accepts the scenario
            m_status->setText(tr("The scenario loads: %n steps, ready to run.", nullptr, steps));
        }
    } else {
        m_status->setStyleSheet(QStringLiteral("color: #d32f2f;"));
        m_status->setText(m_problem);
    }
}

void ScenarioEditor::setModified(bool modified)
{
    m_modified = modified;
    setWindowModified(modified);
    updateTitle();
}

QString ScenarioEditor::displayName() const
{
    if (!m_path.isEmpty())
        return QFileInfo(m_path).fileName();
    if (!m_suggestedName.isEmpty())
        return m_suggestedName;
    //: the file name of a scenario not saved yet
    return tr("untitled.json");
}

void ScenarioEditor::updateTitle()
{
    //: the scenario editor's window title; %1 the file name, [*] where the unsaved-changes mark goes: keep it
    setWindowTitle(tr("%1[*] — FinAck scenario editor").arg(displayName()));
}

QString ScenarioEditor::suggestedPath() const
{
    if (!m_path.isEmpty())
        return m_path;
    const QString dir = QSettings().value(kDirectoryKey, QDir::homePath()).toString();
    const QString id = m_scenario.value(ScenarioKey::Id).toString();
    const QString name = !m_suggestedName.isEmpty() ? m_suggestedName : (id.isEmpty() ? displayName() : id + QStringLiteral(".json"));
    return QDir(dir).filePath(name);
}

void ScenarioEditor::fileNew()
{
    if (maybeSave())
        newScenario();
}

void ScenarioEditor::fileOpen()
{
    if (!maybeSave())
        return;
    const QString dir = QSettings().value(kDirectoryKey, QDir::homePath()).toString();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open scenario"), dir, tr("FinAck scenarios (*.json)"));
    if (path.isEmpty())
        return;
    QSettings().setValue(kDirectoryKey, QFileInfo(path).absolutePath());
    QString error;
    if (!openFile(path, &error))
        QMessageBox::warning(this, tr("Open scenario"), error);
}

bool ScenarioEditor::fileSave()
{
    if (m_path.isEmpty())
        return fileSaveAs();
    QString error;
    if (save(&error))
        return true;
    QMessageBox::warning(this, tr("Save scenario"), error);
    return false;
}

bool ScenarioEditor::fileSaveAs()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Save scenario"), suggestedPath(), tr("FinAck scenarios (*.json)"));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".json");
    QSettings().setValue(kDirectoryKey, QFileInfo(path).absolutePath());
    QString error;
    if (saveAs(path, &error))
        return true;
    QMessageBox::warning(this, tr("Save scenario"), error);
    return false;
}

bool ScenarioEditor::maybeSave()
{
    if (!m_modified)
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Unsaved changes"),
                    //: %1 the scenario's file name
                    tr("%1 has changes that are not saved.").arg(displayName()),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("scenarioEditor.unsaved"));
    box.setInformativeText(tr("Save them first?"));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save: return fileSave();
    case QMessageBox::Discard: return true;
    default: return false;
    }
}

void ScenarioEditor::closeEvent(QCloseEvent *event)
{
    if (maybeSave())
        event->accept();
    else
        event->ignore();
}

void ScenarioEditor::revealProblem()
{
    for (ScenarioEditorPage *page : std::as_const(m_pages)) {
        if (!page->problemPath().isEmpty()) {
            m_tabs->setCurrentWidget(page);
            page->revealProblem();
            return;
        }
    }
}

} // namespace FinAck
