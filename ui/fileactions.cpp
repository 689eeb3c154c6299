// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#include "fileactions.h"

#include "compare/comparewindow.h"
#include "diagram/sequenceview.h"
#include "editor/scenarioeditor.h"
#include "exportdialog.h"
#include "fileopener.h"
#include "io/outputfile.h"
#include "io/scenarioloader.h"
#include "model/tracesteps.h"
#include "session.h"
#include "traceexport.h"

#include <QAction>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>

namespace FinAck {

namespace {

const QString kDirectoryKey = QStringLiteral("files/lastDirectory");

// Where the file dialogs start: where the last file went, else Documents. A directory that is
// gone would be taken for a file name by the dialog.
QString startDirectory()
{
    QString dir = QSettings().value(kDirectoryKey).toString();
    if (dir.isEmpty() || !QFileInfo(dir).isDir())
        dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileInfo(dir).isDir() ? dir : QDir::homePath();
}

QAction *makeAction(QObject *parent, const QKeySequence &key)
{
    auto *action = new QAction(parent);
    action->setShortcut(key);
    action->setShortcutContext(Qt::WindowShortcut);
    return action;
}

// The key's name is translated by Qt ("Ctrl+O" stays, "Space" would not), so the tooltip is
// made again with the text on every language change.
void setTexts(QAction *action, const QString &text, const QString &tip)
{
    action->setText(text);
    //: an action's tooltip: %1 says what it does, %2 is its shortcut ("Ctrl+O")
    action->setToolTip(FileActions::tr("%1 (%2)").arg(tip, action->shortcut().toString(QKeySequence::NativeText)));
    action->setStatusTip(tip);
}

// The static dialogs keep what was typed; a name without the format's suffix gets it, so the
// file is written in the format chosen rather than refused for a name it cannot read.
QString withSuffix(const QString &path, const QString &suffix)
{
    return QFileInfo(path).suffix().compare(suffix, Qt::CaseInsensitive) == 0 ? path : path + QLatin1Char('.') + suffix;
}

} // namespace

FileActions::FileActions(Session *session, SequenceView *view, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_view(view)
    , m_window(window)
{
    m_open = makeAction(this, QKeySequence(Qt::CTRL | Qt::Key_O));
    m_save = makeAction(this, QKeySequence(Qt::CTRL | Qt::Key_S));
    m_export = makeAction(this, QKeySequence(Qt::CTRL | Qt::Key_E));
    m_copy = makeAction(this, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_compare = makeAction(this, QKeySequence(Qt::CTRL | Qt::Key_D));
    m_newScenario = makeAction(this, QKeySequence(Qt::CTRL | Qt::Key_N));
    m_editScenario = makeAction(this, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_quit = makeAction(this, QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quit->setMenuRole(QAction::QuitRole);

    m_menu = new QMenu(window);
    m_menu->addAction(m_open);
    m_menu->addAction(m_save);
    m_menu->addSeparator();
    m_menu->addAction(m_export);
    m_menu->addAction(m_copy);
    m_menu->addSeparator();
    m_menu->addAction(m_compare);
    m_menu->addSeparator();
    m_menu->addAction(m_newScenario);
    m_menu->addAction(m_editScenario);
    m_menu->addSeparator();
    m_menu->addAction(m_quit);

    connect(m_open, &QAction::triggered, this, &FileActions::open);
    connect(m_save, &QAction::triggered, this, &FileActions::saveTrace);
    connect(m_export, &QAction::triggered, this, &FileActions::exportDiagram);
    connect(m_copy, &QAction::triggered, this, &FileActions::copyDiagram);
    connect(m_compare, &QAction::triggered, this, &FileActions::compare);
    connect(m_newScenario, &QAction::triggered, this, &FileActions::newScenario);
    connect(m_editScenario, &QAction::triggered, this, &FileActions::editScenario);
    connect(m_quit, &QAction::triggered, window, &QWidget::close);
    // Whatever changes the record shown passes through playback, or ends the lab's run.
    connect(&session->playback(), &Playback::traceChanged, this, &FileActions::updateEnabled);
    connect(&session->lab(), &LabClient::finished, this, &FileActions::updateEnabled);
    connect(session, &Session::fileShown, this, &FileActions::updateEnabled);
    connect(session, &Session::scenarioLoaded, this, &FileActions::updateEnabled);
    updateEnabled();
    retranslate();
}

void FileActions::retranslate()
{
    m_menu->setTitle(tr("&File"));
    setTexts(m_open, tr("&Open…"), tr("Open a scenario, a saved trace or a pcap/pcapng capture"));
    setTexts(m_save, tr("&Save trace…"), tr("Save the record shown as a FinAck trace (JSON) that replays anywhere"));
    setTexts(m_export, tr("&Export…"), tr("Export the diagram: PNG, SVG, PDF, pcap, trace JSON, Mermaid or PlantUML"));
    setTexts(m_copy, tr("&Copy diagram"), tr("Copy the diagram as shown to the clipboard, as an image and as SVG"));
    setTexts(m_compare, tr("Compare &with…"), tr("Compare the record shown with a trace or capture file, side by side, step by step"));
    setTexts(m_newScenario, tr("&New scenario…"), tr("Write a scenario of your own in the scenario editor"));
    setTexts(m_editScenario, tr("Edit scenario…"),
             tr("Open the scenario shown (a copy of a built-in one) or a scenario file in the editor"));
    setTexts(m_quit, tr("&Quit"), tr("Quit FinAck"));
}

void FileActions::setHaveTrace(bool have)
{
    for (QAction *a : {m_save, m_export, m_copy})
        a->setEnabled(have);
}

void FileActions::updateEnabled()
{
    setHaveTrace(!m_session->shownTrace().isEmpty());
}

void FileActions::open()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open a scenario, trace or capture"), startDirectory(),
                                                      FileOpener::fileFilters());
    if (path.isEmpty())
        return;
    rememberDirectory(path);
    QString error;
    const auto choose = [this](const QString &p, const QList<TcpStreamInfo> &streams) {
        return FileOpener::askForStream(m_window, p, streams);
    };
    if (!m_session->openFile(path, &error, -1, choose) && !error.isEmpty()) // empty: the user cancelled the stream choice
        showFailure(tr("Cannot open the file"), error);
}

void FileActions::saveTrace()
{
    const QString chosen = QFileDialog::getSaveFileName(m_window, tr("Save trace"), suggestedPath(QStringLiteral("json")),
                                                        TraceExport::description(TraceExport::Format::Json) + QLatin1String(" (*.json)"));
    if (chosen.isEmpty())
        return;
    const QString path = withSuffix(chosen, QStringLiteral("json"));
    rememberDirectory(path);
    QString error;
    if (!m_session->saveTraceTo(path, &error))
        showFailure(tr("Cannot save the trace"), error);
    else
        Q_EMIT messageReady(tr("Saved the trace to %1").arg(QDir::toNativeSeparators(path)));
}

void FileActions::exportDiagram()
{
    ExportDialog dialog(stepSpan(m_session->shownTrace()), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const TraceExport::Format format = dialog.format();
    PictureOptions options = dialog.options();
    options.spacing = m_view->spacing(); // the file is spaced like the screen
    QString base = suggestedPath(TraceExport::suffix(format));
    if (options.steps) {
        const QFileInfo info(base);
        base = info.dir().filePath(QStringLiteral("%1-steps-%2-%3.%4")
                                       .arg(info.completeBaseName())
                                       .arg(options.steps->first)
                                       .arg(options.steps->last)
                                       .arg(info.suffix()));
    }
    const QString filter = QStringLiteral("%1 (*.%2)").arg(TraceExport::description(format), TraceExport::suffix(format));
    const QString chosen = QFileDialog::getSaveFileName(m_window, tr("Export as %1").arg(TraceExport::description(format)), base, filter);
    if (chosen.isEmpty())
        return;
    const QString path = withSuffix(chosen, TraceExport::suffix(format));
    rememberDirectory(path);
    QString error;
    QString warning;
    if (!m_session->exportTo(path, options, &error, &warning)) {
        showFailure(tr("Cannot export"), error);
        return;
    }
    if (!warning.isEmpty())
        QMessageBox::information(m_window, tr("Exported, with a change"), warning);
    Q_EMIT messageReady(tr("Exported %1").arg(QDir::toNativeSeparators(path)));
}

void FileActions::copyDiagram()
{
    const Trace &whole = m_session->shownTrace();
    const int shown = std::min(m_session->playback().position(), whole.size());
    Trace trace = whole;
    if (shown > 0 && shown < whole.size()) {
        trace = Trace();
        trace.setScenarioId(whole.scenarioId());
        trace.setScenarioTitle(whole.scenarioTitle());
        trace.setPlatform(whole.platform());
        trace.setEndpoint(Actor::Client, whole.endpoint(Actor::Client));
        trace.setEndpoint(Actor::Server, whole.endpoint(Actor::Server));
        trace.setOriginUs(whole.originUs());
        for (int i = 0; i < shown; ++i)
            trace.appendRelative(whole.at(i));
    }
    PictureOptions options;
    options.dark = m_view->diagramPalette().isDark;
    options.spacing = m_view->spacing();
    const DiagramPicture picture(trace, options);
    auto *data = new QMimeData;
    data->setImageData(picture.image(2.0));
    data->setData(QStringLiteral("image/svg+xml"), picture.svg());
    QGuiApplication::clipboard()->setMimeData(data);
    Q_EMIT messageReady(shown > 0 && shown < whole.size() ? tr("Copied the diagram up to the playhead, as an image and as SVG")
                                                          : tr("Copied the whole diagram, as an image and as SVG"));
}

void FileActions::compare()
{
    const Trace &shown = m_session->shownTrace();
    QString leftPath;
    if (shown.isEmpty()) {
        leftPath = QFileDialog::getOpenFileName(m_window, tr("Compare: the first trace or capture"), startDirectory(),
                                                FileOpener::fileFilters());
        if (leftPath.isEmpty())
            return;
        rememberDirectory(leftPath);
    }
    const QString rightPath = QFileDialog::getOpenFileName(m_window, tr("Compare with a trace or capture"), startDirectory(),
                                                           FileOpener::fileFilters());
    if (rightPath.isEmpty())
        return;
    rememberDirectory(rightPath);
    auto *window = new CompareWindow(m_window);
    window->setAttribute(Qt::WA_DeleteOnClose);
    QString error;
    bool opened = false;
    if (shown.isEmpty()) {
        opened = window->openFiles(leftPath, rightPath, &error);
    } else {
        const QString leftName = m_session->openedFile() ? QFileInfo(m_session->openedFile()->path).fileName() : tr("this run");
        const auto right = FileOpener::open(rightPath, -1, &error, [this](const QString &path, const QList<TcpStreamInfo> &streams) {
            return FileOpener::askForStream(m_window, path, streams);
        });
        if (right && right->kind == OpenedFile::Kind::Scenario)
            error = tr("%1: a scenario, not a recorded run: run it, save its trace, and compare the trace file").arg(rightPath);
        else if (right)
            opened = window->setTraces(shown, leftName, right->trace, QFileInfo(rightPath).fileName());
    }
    if (!opened) {
        delete window;
        if (!error.isEmpty()) // empty: the user cancelled the stream choice
            showFailure(tr("Cannot compare"), error);
        return;
    }
    window->show();
}

ScenarioEditor *FileActions::openEditor()
{
    auto *editor = new ScenarioEditor(m_window);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    // Run: the edited scenario, as it is now, runs in the window from a file of its own (the lab
    // and the browser read scenarios from files; the editor's own file may be unsaved). The file
    // is in the user's own cache folder, not the shared temporary one, where another user could
    // plant the name first; the id only decorates the name, so a "/" in it goes nowhere.
    connect(editor, &ScenarioEditor::runRequested, this, [this](const QJsonObject &scenario) {
        QString id = scenario.value(QStringLiteral("id")).toString();
        id.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_-]")), QStringLiteral("_"));
        const QDir folder(QStandardPaths::writableLocation(QStandardPaths::CacheLocation));
        const QString path = folder.filePath(QStringLiteral("editor-%1.json").arg(id.isEmpty() ? QStringLiteral("scenario") : id.left(64)));
        QString error;
        if (!folder.mkpath(QStringLiteral(".")) || !writeOutputFile(path, QJsonDocument(scenario).toJson(), &error)) {
            showFailure(tr("Cannot run the scenario"), tr("%1: cannot write: %2").arg(path, error));
            return;
        }
        if (!m_session->openScenario(path, &error))
            showFailure(tr("Cannot run the scenario"), error);
        m_window->window()->raise();
        m_window->window()->activateWindow();
    });
    return editor;
}

void FileActions::newScenario()
{
    ScenarioEditor *editor = openEditor();
    editor->newScenario();
    editor->show();
}

void FileActions::editScenario()
{
    QString path;
    const QString id = m_session->shownTrace().scenarioId();
    if (ScenarioLoader::builtinIds().contains(id)) {
        path = ScenarioLoader::builtinPath(id);
    } else {
        path = QFileDialog::getOpenFileName(m_window, tr("Edit a scenario"), startDirectory(), tr("Scenarios (*.json)"));
        if (path.isEmpty())
            return;
        rememberDirectory(path);
    }
    ScenarioEditor *editor = openEditor();
    QString error;
    if (!editor->openFile(path, &error)) {
        delete editor;
        showFailure(tr("Cannot open the scenario"), error);
        return;
    }
    editor->show();
}

QString FileActions::suggestedPath(const QString &suffix) const
{
    const QString dir = startDirectory();
    QString base = m_session->shownTrace().scenarioId();
    if (const OpenedFile *file = m_session->openedFile()) {
        base = QFileInfo(file->path).completeBaseName();
        if (file->kind == OpenedFile::Kind::Capture && file->streamCount > 1)
            base += QStringLiteral("-stream-%1").arg(file->stream + 1);
    }
    if (base.isEmpty())
        base = QStringLiteral("finack");
    return QDir(dir).filePath(base + QLatin1Char('.') + suffix);
}

void FileActions::rememberDirectory(const QString &path) const
{
    QSettings().setValue(kDirectoryKey, QFileInfo(path).absolutePath());
}

void FileActions::showFailure(const QString &title, const QString &error) const
{
    QMessageBox::warning(m_window, title, error);
}

} // namespace FinAck
