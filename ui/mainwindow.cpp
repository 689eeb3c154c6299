#include "mainwindow.h"

#include "callpanel.h"
#include "explainpanel.h"
#include "fileactions.h"
#include "language.h"
#include "languagemenu.h"
#include "playbackbar.h"
#include "predictcontroller.h"
#include "scenariobrowser.h"
#include "scenarioloader.h"
#include "scenariotext.h"
#include "sequenceview.h"
#include "statepanel.h"
#include "traceexport.h"
#include "tracejson.h"

#include <QAction>
#include <QCloseEvent>
#include <QFile>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QVBoxLayout>

namespace FinAck {

MainWindow::MainWindow(LabClient::Network network, QWidget *parent)
    : QMainWindow(parent)
    , m_network(network)
{
    m_view = new SequenceView(this);
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
    m_restartLab = new QPushButton(this);
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

    m_browser = new ScenarioBrowser(this);
    m_outer = new QSplitter(Qt::Horizontal, this);
    m_outer->addWidget(m_browser);
    m_outer->addWidget(right);
    m_outer->setStretchFactor(1, 4);
    setCentralWidget(m_outer);

    m_files = new FileActions(this);
    m_languages = new LanguageMenu(this); // after File: the menu bar reads File, Language
    buildToolBar();
    m_networkLabel = new QLabel(this);
    m_labLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_networkLabel);
    statusBar()->addPermanentWidget(m_labLabel);

    // The lab streams; playback decides what is shown; the diagram and panels follow playback.
    // While a file is shown, what the lab still sends of an earlier run is not part of it.
    connect(&m_lab, &LabClient::eventReceived, this, [this](const TraceEvent &e) {
        if (!m_opened)
            m_playback.appendEvent(e);
    });
    connect(&m_lab, &LabClient::stepFinished, this, [this] {
        if (!m_opened)
            m_playback.stepRecorded();
    });
    connect(&m_lab, &LabClient::finished, this, [this] {
        if (m_opened)
            return;
        m_playback.setRunFinished(true);
        m_explain->setChecks(liveChecks());
        updateActions();
    });
    connect(&m_lab, &LabClient::headerChanged, this, &MainWindow::updateStatus);
    connect(&m_lab, &LabClient::labError, this, [this](const QString &message) { statusBar()->showMessage(message, 15000); });
    connect(&m_lab, &LabClient::labFailed, this, &MainWindow::onLabFailed);
    connect(&m_playback, &Playback::needNextStep, this, [this] {
        if (!m_opened)
            m_predict->runNextStep();
    }); // a replay never asks
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
    connect(m_browser, &ScenarioBrowser::scenarioChosen, this, &MainWindow::loadScenarioFile);

    // The diagram gets the room: an arrow's label and both sides' call texts must fit.
    resize(1600, 950);
    m_outer->setSizes({210, 1390});
    m_middle->setSizes({250, 890, 250});
    m_vertical->setSizes({680, 220});
    restoreSettings();
    m_predict->setOn(false); // a saved window layout does not turn the mode on
    retranslate();
    startLab();
}

MainWindow::~MainWindow() = default;

CallPanel *MainWindow::panel(Actor actor) const
{
    return actor == Actor::Client ? m_clientPanel : m_serverPanel;
}

void MainWindow::buildToolBar()
{
    m_bar = new PlaybackBar(this);
    addToolBar(m_bar);
    m_bar->addSeparator();
    m_bar->addAction(m_files->openAction());
    m_bar->addAction(m_files->exportAction());
    connect(m_bar->backAction(), &QAction::triggered, &m_playback, &Playback::back);
    connect(m_bar->stepAction(), &QAction::triggered, &m_playback, &Playback::step);
    connect(m_bar->playAction(), &QAction::triggered, &m_playback, &Playback::togglePlay);
    connect(m_bar->restartAction(), &QAction::triggered, &m_playback, &Playback::restart);
    connect(m_bar->trueTimeAction(), &QAction::toggled, this,
            [this](bool on) { m_view->setSpacing(on ? Spacing::TrueTime : Spacing::Even); });
    connect(m_bar->zoomResetAction(), &QAction::triggered, m_view, &SequenceView::resetZoom);
    m_predict = new PredictController(this, &m_lab, &m_playback);
    m_bar->addSeparator();
    m_bar->addAction(m_predict->action());
    connect(m_bar, &PlaybackBar::speedChanged, this, [this](double speed) {
        m_playback.setSpeed(speed);
        m_view->setSpeed(speed);
    });
}

// The lab is told the language when it starts (FINACK_LANG) and writes its own notes in it.
bool MainWindow::launchLab()
{
    m_banner->hide();
    m_restartLab->hide();
    QString error;
    m_labLanguage = Language::current();
    if (!m_lab.start(m_network, &error)) {
        onLabFailed(error);
        return false;
    }
    m_labState = LabState::Running;
    return true;
}

void MainWindow::startLab()
{
    if (!launchLab())
        return;
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
    if (!m_browser->select(scenario->sourceFile))
        loadScenarioFile(scenario->sourceFile);
    return true;
}

void MainWindow::loadScenarioFile(const QString &path)
{
    ScenarioLoader loader;
    auto scenario = loader.loadFile(path);
    if (!scenario) {
        statusBar()->showMessage(loader.errorString(), 15000);
        return;
    }
    m_scenarioPath = path;
    m_scenario = std::move(scenario);
    m_predict->setScenario(m_scenario);
    if (m_opened) { // back to live runs: the file's endpoints are not the lab's
        m_opened.reset();
        m_clientPanel->statePanel()->setEndpoint({});
        m_serverPanel->statePanel()->setEndpoint({});
        updateStatus();
    }
    QSettings().setValue(QStringLiteral("lastScenario"), path);
    updateWindowTitle();
    m_playback.pause();
    m_playback.setTrace(Trace());
    m_playback.setRunFinished(false);
    showExplanation();
    m_explain->setChecks({});
    if (!m_lab.isRunning())
        return;
    // Nothing is lost by a fresh lab between runs, and the new run's own notes then come in the
    // language chosen since the lab started.
    if (m_labLanguage != Language::current() && !launchLab())
        return;
    QFile file(path);
    if (file.open(QIODevice::ReadOnly))
        m_lab.load(QJsonDocument::fromJson(file.readAll()).object());
    // The browser's item view would take Space and the arrows for itself (keyboard search,
    // expand/collapse); with the diagram focused they reach the playback shortcuts.
    m_view->setFocus();
    updateStatus();
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
    m_predict->setScenario(std::nullopt);
    const Trace &trace = m_opened->trace;
    updateWindowTitle();
    // Not a step to wait for, nothing left to run: Step at the end stays at the end.
    m_playback.pause();
    m_playback.setRunFinished(true);
    m_playback.setTrace(Trace());
    m_playback.setTrace(trace);
    showExplanation();
    m_explain->setChecks(m_opened->checks);
    // Nothing is selected, so choosing any scenario, even the one chosen before, goes back to live runs.
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
    m_labState = LabState::Stopped;
    m_labFailure = reason;
    if (!m_opened)
        m_playback.pause();
    updateBanner();
    m_banner->show();
    m_restartLab->show();
    updateStatus();
    updateActions();
}

void MainWindow::updateActions()
{
    const bool labUp = m_lab.isRunning();
    const bool canAdvance = !m_playback.isAtEnd() || (!m_playback.isRunFinished() && labUp);
    m_bar->stepAction()->setEnabled(canAdvance && (m_opened || !m_scenarioPath.isEmpty()));
    m_bar->playAction()->setEnabled(canAdvance || m_playback.isPlaying() || (m_opened && !m_playback.trace().isEmpty()));
    m_bar->setPlaying(m_playback.isPlaying());
    m_bar->backAction()->setEnabled(m_playback.position() > 0);
    m_bar->restartAction()->setEnabled(labUp && !m_scenarioPath.isEmpty() && !m_opened);
    m_files->setHaveTrace(!shownTrace().isEmpty());
}

void MainWindow::updateStatus()
{
    const TracePlatform &p = m_lab.trace().platform();
    const QString network = m_lab.network() == QLatin1String("private") ? tr("private network namespace") : tr("host loopback");
    const QString segments = p.segments == SegmentSource::Captured ? tr("segments captured") : tr("segments inferred");
    //: the status bar: %1 where the lab runs ("private network namespace"), %2 how segments are known ("segments captured")
    const QString live = m_lab.network().isEmpty() ? QString() : tr("%1, %2").arg(network, segments);
    m_networkLabel->setText(m_opened ? m_opened->description : live);
    if (m_opened && m_lab.isRunning())
        m_labLabel->setText(tr("replay: the lab is idle"));
    else if (m_labState == LabState::Running)
        m_labLabel->setText(tr("lab running"));
    else if (m_labState == LabState::Stopped)
        m_labLabel->setText(tr("lab stopped"));
    else
        m_labLabel->clear();
    if (m_clientPanel && (m_opened || !m_lab.trace().endpoint(Actor::Client).isEmpty())) {
        m_clientPanel->statePanel()->setEndpoint(shownTrace().endpoint(Actor::Client));
        m_serverPanel->statePanel()->setEndpoint(shownTrace().endpoint(Actor::Server));
    }
}

void MainWindow::updateBanner()
{
    if (m_labState != LabState::Stopped)
        return;
    //: %1 is the reason finack-lab gave or the way it ended ("finack-lab was ended by signal 9 (Killed)")
    m_banner->setText(
        tr("The lab process stopped: %1. What was recorded so far stays on screen; restart the lab to go on.").arg(m_labFailure));
}

void MainWindow::updateWindowTitle()
{
    if (m_opened)
        setWindowTitle(tr("%1 — FinAck").arg(m_opened->title));
    else if (m_scenario)
        setWindowTitle(tr("%1 — FinAck").arg(scenarioText(m_scenario->title)));
    else
        setWindowTitle(tr("FinAck"));
}

// The panel is given the scenario's English texts and translates them itself; a file's texts
// are made in the current language by FileOpener.
void MainWindow::showExplanation()
{
    if (m_opened && m_opened->scenario)
        m_explain->setScenario(*m_opened->scenario);
    else if (m_opened)
        m_explain->setScenario(m_opened->trace.scenarioTitle(), m_opened->explanation, QString(),
                               m_opened->kind == OpenedFile::Kind::Capture ? tr("About this capture") : tr("About this record"));
    else if (m_scenario)
        m_explain->setScenario(*m_scenario);
}

// The lab states its claims in the language it was started in. The same claims checked here, on
// the same record, are in the window's language; they are shown when they agree with the lab's
// verdicts, which stay the authority.
QList<ExpectationCheck> MainWindow::liveChecks() const
{
    const QList<ExpectationCheck> &lab = m_lab.checks();
    if (!m_scenario || lab.isEmpty())
        return lab;
    const QList<ExpectationCheck> here = checkExpectation(*m_scenario, m_lab.trace());
    if (here.size() != lab.size())
        return lab;
    for (qsizetype i = 0; i < here.size(); ++i) {
        if (here.at(i).held != lab.at(i).held)
            return lab;
    }
    return here;
}

// Everything the window itself shows; the panels, the diagram, the browser and the toolbar
// retranslate themselves on the same event.
void MainWindow::retranslate()
{
    updateWindowTitle();
    m_view->setAccessibleName(tr("Sequence diagram"));
    m_restartLab->setText(tr("Restart the lab"));
    updateBanner();
    m_files->retranslate();
    m_languages->retranslate();
    m_predict->retranslate();
    if (m_opened) {
        FileOpener::describe(*m_opened);
        m_explain->setChecks(m_opened->checks);
    } else if (m_lab.isFinished()) {
        m_explain->setChecks(liveChecks());
    }
    showExplanation();
    updateStatus();
    updateActions();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
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
