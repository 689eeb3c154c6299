#include "mainwindow.h"

#include "callpanel.h"
#include "explainpanel.h"
#include "fileactions.h"
#include "scenarioloader.h"
#include "sequenceview.h"
#include "statepanel.h"
#include "traceexport.h"
#include "tracejson.h"

#include <QAction>
#include <QCloseEvent>
#include <QComboBox>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QToolBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace FinAck {

namespace {

constexpr int kPathRole = Qt::UserRole + 1;

QString groupTitle(const QString &group)
{
    if (group == QLatin1String("abortive"))
        return QObject::tr("Abortive");
    if (group == QLatin1String("errors"))
        return QObject::tr("Errors");
    if (group == QLatin1String("faults"))
        return QObject::tr("Faults");
    return QObject::tr("Graceful");
}

// The action's tooltip says its shortcut, so the keyboard way is never hidden.
QAction *makeAction(QObject *parent, const QString &text, const QKeySequence &key, const QString &tip)
{
    auto *action = new QAction(text, parent);
    action->setShortcut(key);
    action->setToolTip(QStringLiteral("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
    return action;
}

} // namespace

MainWindow::MainWindow(LabClient::Network network, QWidget *parent)
    : QMainWindow(parent)
    , m_network(network)
{
    setWindowTitle(tr("FinAck"));

    m_view = new SequenceView(this);
    m_view->setAccessibleName(tr("Sequence diagram"));
    m_clientPanel = new CallPanel(Actor::Client, this);
    m_serverPanel = new CallPanel(Actor::Server, this);
    m_explain = new ExplainPanel(this);
    m_clientPanel->setPlayback(&m_playback);
    m_serverPanel->setPlayback(&m_playback);
    m_explain->setPlayback(&m_playback);

    m_banner = new QLabel(this);
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #fde2e1; color: #5c1010; padding: 6px; border-radius: 3px; }"));
    m_banner->hide();
    m_restartLab = new QPushButton(tr("Restart the lab"), this);
    m_restartLab->hide();

    m_middle = new QSplitter(Qt::Horizontal, this);
    m_middle->addWidget(m_clientPanel);
    m_middle->addWidget(m_view);
    m_middle->addWidget(m_serverPanel);
    m_middle->setStretchFactor(1, 3);
    m_vertical = new QSplitter(Qt::Vertical, this);
    m_vertical->addWidget(m_middle);
    m_vertical->addWidget(m_explain);
    m_vertical->setStretchFactor(0, 4);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *bannerRow = new QHBoxLayout;
    bannerRow->addWidget(m_banner, 1);
    bannerRow->addWidget(m_restartLab);
    rightLayout->addLayout(bannerRow);
    rightLayout->addWidget(m_vertical, 1);

    buildBrowser();
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_browser, 1);

    m_outer = new QSplitter(Qt::Horizontal, this);
    m_outer->addWidget(left);
    m_outer->addWidget(right);
    m_outer->setStretchFactor(1, 4);
    setCentralWidget(m_outer);

    m_files = new FileActions(this);
    buildToolBar();
    m_networkLabel = new QLabel(this);
    m_labLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_networkLabel);
    statusBar()->addPermanentWidget(m_labLabel);

    // The lab streams; playback decides what is shown; the diagram and panels follow playback.
    // While a file is shown, what the lab still sends of an earlier run is not part of it.
    connect(&m_lab, &LabClient::eventReceived, this, [this](const TraceEvent &e) { if (!m_opened) m_playback.appendEvent(e); });
    connect(&m_lab, &LabClient::stepFinished, this, [this] { if (!m_opened) m_playback.stepRecorded(); });
    connect(&m_lab, &LabClient::finished, this, [this] {
        if (m_opened)
            return;
        m_playback.setRunFinished(true);
        m_explain->setChecks(m_lab.checks());
        updateActions();
    });
    connect(&m_lab, &LabClient::headerChanged, this, &MainWindow::updateStatus);
    connect(&m_lab, &LabClient::labError, this, [this](const QString &message) { statusBar()->showMessage(message, 15000); });
    connect(&m_lab, &LabClient::labFailed, this, &MainWindow::onLabFailed);
    connect(&m_playback, &Playback::needNextStep, this, [this] { if (!m_opened) m_lab.step(); }); // a replay never asks
    connect(&m_playback, &Playback::restartRequested, this, [this] { loadScenarioFile(m_scenarioPath); });
    connect(&m_playback, &Playback::traceChanged, this, [this] {
        m_view->setTrace(m_playback.trace());
        updateActions();
    });
    connect(&m_playback, &Playback::playheadChanged, this, [this](int position) {
        m_view->animatePlayheadTo(position);
        updateActions();
    });
    connect(&m_playback, &Playback::playingChanged, this, &MainWindow::updateActions);
    connect(m_view, &SequenceView::eventClicked, m_clientPanel, &CallPanel::selectEvent);
    connect(m_view, &SequenceView::eventClicked, m_serverPanel, &CallPanel::selectEvent);
    connect(m_clientPanel, &CallPanel::eventSelected, m_view, &SequenceView::selectEvent);
    connect(m_serverPanel, &CallPanel::eventSelected, m_view, &SequenceView::selectEvent);
    connect(m_restartLab, &QPushButton::clicked, this, &MainWindow::startLab);

    // The diagram gets the room: an arrow's label and both sides' call texts must fit.
    resize(1600, 950);
    m_outer->setSizes({210, 1390});
    m_middle->setSizes({250, 890, 250});
    m_vertical->setSizes({680, 220});
    restoreSettings();
    startLab();
}

MainWindow::~MainWindow() = default;

CallPanel *MainWindow::panel(Actor actor) const
{
    return actor == Actor::Client ? m_clientPanel : m_serverPanel;
}

void MainWindow::buildBrowser()
{
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search scenarios"));
    m_search->setAccessibleName(tr("Search scenarios"));
    m_search->setClearButtonEnabled(true);
    m_browser = new QTreeWidget(this);
    m_browser->setAccessibleName(tr("Scenarios"));
    m_browser->setHeaderHidden(true);
    m_browser->setRootIsDecorated(true);

    ScenarioLoader loader;
    QMap<QString, QTreeWidgetItem *> groups;
    for (const char *group : {"graceful", "abortive", "errors", "faults"}) {
        auto *item = new QTreeWidgetItem(m_browser, {groupTitle(QLatin1String(group))});
        item->setFlags(Qt::ItemIsEnabled);
        item->setExpanded(true);
        groups.insert(QLatin1String(group), item);
    }
    for (const QString &id : ScenarioLoader::builtinIds()) {
        const auto s = loader.loadByIdOrFile(id);
        if (!s)
            continue;
        auto *item = new QTreeWidgetItem(groups.value(s->group, groups.first()), {s->title});
        item->setToolTip(0, QStringLiteral("%1\n%2").arg(s->id, s->summary));
        item->setStatusTip(0, s->summary); // the one-line summary, in the status bar while pointing at it
        item->setData(0, kPathRole, s->sourceFile);
        item->setData(0, Qt::AccessibleDescriptionRole, s->summary);
    }
    connect(m_search, &QLineEdit::textChanged, this, &MainWindow::filterBrowser);
    connect(m_browser, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item && item->data(0, kPathRole).isValid())
            loadScenarioFile(item->data(0, kPathRole).toString());
    });
}

void MainWindow::filterBrowser(const QString &text)
{
    for (int g = 0; g < m_browser->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_browser->topLevelItem(g);
        int shown = 0;
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem *item = group->child(i);
            const bool match = text.isEmpty() || item->text(0).contains(text, Qt::CaseInsensitive)
                || item->toolTip(0).contains(text, Qt::CaseInsensitive);
            item->setHidden(!match);
            shown += match ? 1 : 0;
        }
        group->setHidden(shown == 0);
    }
}

void MainWindow::buildToolBar()
{
    QToolBar *bar = addToolBar(tr("Playback"));
    bar->setObjectName(QStringLiteral("playback"));
    m_backAction = makeAction(this, tr("Back"), QKeySequence(Qt::Key_Left), tr("Show the previous step again; nothing is re-run"));
    m_stepAction = makeAction(this, tr("Step"), QKeySequence(Qt::Key_Right), tr("Run and show the next step"));
    m_stepAction->setShortcuts({QKeySequence(Qt::Key_Right), QKeySequence(Qt::Key_N)});
    m_playAction = makeAction(this, tr("Play"), QKeySequence(Qt::Key_Space), tr("Play or pause"));
    m_restartAction = makeAction(this, tr("Restart"), QKeySequence(Qt::Key_R), tr("Run the scenario again on fresh sockets"));
    for (QAction *a : {m_backAction, m_stepAction, m_playAction, m_restartAction})
        a->setShortcutContext(Qt::WindowShortcut);
    bar->addAction(m_backAction);
    bar->addAction(m_stepAction);
    bar->addAction(m_playAction);
    bar->addAction(m_restartAction);
    bar->addSeparator();
    auto *speedLabel = new QLabel(tr("Speed "), this);
    m_speed = new QComboBox(this);
    m_speed->setAccessibleName(tr("Playback speed"));
    for (double s : {0.25, 0.5, 1.0, 2.0, 4.0})
        m_speed->addItem(QStringLiteral("%1×").arg(s), s);
    m_speed->setCurrentIndex(2);
    bar->addWidget(speedLabel);
    bar->addWidget(m_speed);
    bar->addSeparator();
    auto *trueTime = makeAction(this, tr("True time"), QKeySequence(Qt::Key_T), tr("Space events by their real time instead of evenly"));
    trueTime->setCheckable(true);
    connect(trueTime, &QAction::toggled, this, [this](bool on) { m_view->setSpacing(on ? Spacing::TrueTime : Spacing::Even); });
    bar->addAction(trueTime);
    auto *zoomReset = makeAction(this, tr("Actual size"), QKeySequence(Qt::CTRL | Qt::Key_0), tr("Reset the diagram's zoom (Ctrl+wheel zooms)"));
    connect(zoomReset, &QAction::triggered, m_view, &SequenceView::resetZoom);
    bar->addAction(zoomReset);
    bar->addSeparator();
    bar->addAction(m_files->openAction());
    bar->addAction(m_files->exportAction());

    connect(m_backAction, &QAction::triggered, &m_playback, &Playback::back);
    connect(m_stepAction, &QAction::triggered, &m_playback, &Playback::step);
    connect(m_playAction, &QAction::triggered, &m_playback, &Playback::togglePlay);
    connect(m_restartAction, &QAction::triggered, &m_playback, &Playback::restart);
    connect(m_speed, &QComboBox::currentIndexChanged, this, [this] {
        const double speed = m_speed->currentData().toDouble();
        m_playback.setSpeed(speed);
        m_view->setSpeed(speed);
    });
}

void MainWindow::startLab()
{
    m_banner->hide();
    m_restartLab->hide();
    QString error;
    if (!m_lab.start(m_network, &error)) {
        onLabFailed(error);
        return;
    }
    m_labState = tr("lab running");
    if (!m_scenarioPath.isEmpty() && !m_opened)
        loadScenarioFile(m_scenarioPath);
    updateStatus();
    updateActions();
}

bool MainWindow::openScenario(const QString &idOrFile, QString *error)
{
    ScenarioLoader loader;
    const auto scenario = loader.loadByIdOrFile(idOrFile);
    if (!scenario) {
        if (error)
            *error = loader.errorString();
        return false;
    }
    // A built-in is selected in the browser (which loads it); a file is loaded directly.
    QTreeWidgetItemIterator it(m_browser);
    for (; *it; ++it) {
        if ((*it)->data(0, kPathRole).toString() == scenario->sourceFile) {
            if (m_browser->currentItem() == *it)
                loadScenarioFile(scenario->sourceFile);
            else
                m_browser->setCurrentItem(*it);
            return true;
        }
    }
    loadScenarioFile(scenario->sourceFile);
    return true;
}

void MainWindow::loadScenarioFile(const QString &path)
{
    ScenarioLoader loader;
    const auto scenario = loader.loadFile(path);
    if (!scenario) {
        statusBar()->showMessage(loader.errorString(), 15000);
        return;
    }
    m_scenarioPath = path;
    if (m_opened) { // back to live runs: the file's endpoints are not the lab's
        m_opened.reset();
        m_clientPanel->statePanel()->setEndpoint({});
        m_serverPanel->statePanel()->setEndpoint({});
        updateStatus();
    }
    QSettings().setValue(QStringLiteral("lastScenario"), path);
    setWindowTitle(tr("%1 — FinAck").arg(scenario->title));
    m_playback.pause();
    m_playback.setTrace(Trace());
    m_playback.setRunFinished(false);
    m_explain->setScenario(*scenario);
    m_explain->setChecks({});
    if (!m_lab.isRunning())
        return;
    QFile file(path);
    if (file.open(QIODevice::ReadOnly))
        m_lab.load(QJsonDocument::fromJson(file.readAll()).object());
    // The browser's item view would take Space and the arrows for itself (keyboard search,
    // expand/collapse); with the diagram focused they reach the playback shortcuts.
    m_view->setFocus();
    updateActions();
}

bool MainWindow::openFile(const QString &path, QString *error, int stream)
{
    auto file = FileOpener::open(path, stream, error, [this](const QString &p, const QList<TcpStreamInfo> &streams) {
        return FileOpener::askForStream(this, p, streams);
    });
    if (!file)
        return false;
    if (file->kind == OpenedFile::Kind::Scenario)
        return openScenario(path, error);
    showOpenedFile(std::move(*file));
    return true;
}

void MainWindow::showOpenedFile(OpenedFile file)
{
    m_opened = std::move(file);
    const Trace &trace = m_opened->trace;
    setWindowTitle(tr("%1 — FinAck").arg(m_opened->title));
    // Not a step to wait for, nothing left to run: Step at the end stays at the end.
    m_playback.pause();
    m_playback.setRunFinished(true);
    m_playback.setTrace(Trace());
    m_playback.setTrace(trace);
    if (m_opened->scenario)
        m_explain->setScenario(*m_opened->scenario);
    else
        m_explain->setScenario(trace.scenarioTitle(), m_opened->explanation, QString());
    m_explain->setChecks(m_opened->checks);
    // Nothing is selected, so choosing any scenario, even the one chosen before, goes back to live runs.
    m_browser->setCurrentItem(nullptr);
    m_browser->clearSelection();
    m_view->setFocus();
    updateStatus();
    updateActions();
}

bool MainWindow::saveTraceTo(const QString &path, QString *error)
{
    return saveTrace(shownTrace(), path, error);
}

bool MainWindow::exportTo(const QString &path, const PictureOptions &options, QString *error, QString *warning)
{
    return TraceExport::write(shownTrace(), path, options, error, warning);
}

void MainWindow::copyDiagram()
{
    m_files->copyDiagram();
}

void MainWindow::showMessage(const QString &text)
{
    statusBar()->showMessage(text, 10000);
}

void MainWindow::onLabFailed(const QString &reason)
{
    m_labState = tr("lab stopped");
    if (!m_opened)
        m_playback.pause();
    m_banner->setText(tr("The lab process stopped: %1. What was recorded so far stays on screen; restart the lab to go on.").arg(reason));
    m_banner->show();
    m_restartLab->show();
    updateStatus();
    updateActions();
}

void MainWindow::updateActions()
{
    const bool labUp = m_lab.isRunning();
    const bool canAdvance = !m_playback.isAtEnd() || (!m_playback.isRunFinished() && labUp);
    m_stepAction->setEnabled(canAdvance && (m_opened || !m_scenarioPath.isEmpty()));
    m_playAction->setEnabled(canAdvance || m_playback.isPlaying() || (m_opened && !m_playback.trace().isEmpty()));
    m_playAction->setText(m_playback.isPlaying() ? tr("Pause") : tr("Play"));
    m_backAction->setEnabled(m_playback.position() > 0);
    m_restartAction->setEnabled(labUp && !m_scenarioPath.isEmpty() && !m_opened);
    m_files->setHaveTrace(!shownTrace().isEmpty());
}

void MainWindow::updateStatus()
{
    const TracePlatform &p = m_lab.trace().platform();
    const QString network = m_lab.network() == QLatin1String("private") ? tr("private network namespace") : tr("host loopback");
    const QString segments = p.segments == SegmentSource::Captured ? tr("segments captured") : tr("segments inferred");
    const QString live = m_lab.network().isEmpty() ? QString() : tr("%1, %2").arg(network, segments);
    m_networkLabel->setText(m_opened ? m_opened->description : live);
    m_labLabel->setText(m_opened && m_lab.isRunning() ? tr("replay: the lab is idle") : m_labState);
    if (m_clientPanel && (m_opened || !m_lab.trace().endpoint(Actor::Client).isEmpty())) {
        m_clientPanel->statePanel()->setEndpoint(shownTrace().endpoint(Actor::Client));
        m_serverPanel->statePanel()->setEndpoint(shownTrace().endpoint(Actor::Server));
    }
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("windowState")).toByteArray());
    m_outer->restoreState(settings.value(QStringLiteral("outerSplitter")).toByteArray());
    m_middle->restoreState(settings.value(QStringLiteral("middleSplitter")).toByteArray());
    m_vertical->restoreState(settings.value(QStringLiteral("verticalSplitter")).toByteArray());
    m_scenarioPath = settings.value(QStringLiteral("lastScenario")).toString();
    if (!m_scenarioPath.isEmpty() && !QFile::exists(m_scenarioPath))
        m_scenarioPath.clear();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("windowState"), saveState());
    settings.setValue(QStringLiteral("outerSplitter"), m_outer->saveState());
    settings.setValue(QStringLiteral("middleSplitter"), m_middle->saveState());
    settings.setValue(QStringLiteral("verticalSplitter"), m_vertical->saveState());
    QMainWindow::closeEvent(event);
}

} // namespace FinAck
