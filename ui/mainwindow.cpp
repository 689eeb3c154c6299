#include "mainwindow.h"

#include "callpanel.h"
#include "expectationcheck.h"
#include "explainpanel.h"
#include "fileactions.h"
#include "fontscale.h"
#include "helpmenu.h"
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
#include "viewactions.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QFile>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
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
    m_bottom = new QTabWidget(this);
    m_bottom->setDocumentMode(true);
    m_bottom->addTab(m_explain, QString());
    m_bottom->tabBar()->hide(); // one tab until the window is compact
    m_vertical = new QSplitter(Qt::Vertical, this);
    m_vertical->addWidget(m_middle);
    m_vertical->addWidget(m_bottom);
    m_vertical->setStretchFactor(0, 4);
    m_vertical->setChildrenCollapsible(false);
    m_vertical->installEventFilter(this);

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
    m_viewActions = new ViewActions(this);
    menuBar()->addMenu(m_viewActions->menu());
    m_languages = new LanguageMenu(this); // after File and View: the menu bar reads File, View, Language
    m_help = new HelpMenu(this);
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
    m_view->setPlayback(&m_playback); // the diagram follows playback itself, as the panels do
    connect(&m_playback, &Playback::traceChanged, this, &MainWindow::updateActions);
    connect(&m_playback, &Playback::playheadChanged, this, &MainWindow::updateActions);
    connect(&m_playback, &Playback::playingChanged, this, &MainWindow::updateActions);
    connect(m_view, &SequenceView::eventClicked, m_clientPanel, &CallPanel::selectEvent);
    connect(m_view, &SequenceView::eventClicked, m_serverPanel, &CallPanel::selectEvent);
    connect(m_clientPanel, &CallPanel::eventSelected, m_view, &SequenceView::selectEvent);
    connect(m_serverPanel, &CallPanel::eventSelected, m_view, &SequenceView::selectEvent);
    connect(m_restartLab, &QPushButton::clicked, this, &MainWindow::startLab);
    connect(m_browser, &ScenarioBrowser::scenarioChosen, this, &MainWindow::loadScenarioFile);

    connect(m_view, &SequenceView::preferredWidthChanged, this, &MainWindow::arrange);
    connect(m_vertical, &QSplitter::splitterMoved, this, [this] {
        const QList<int> sizes = m_vertical->sizes();
        if (sizes.size() == 2 && sizes.at(0) + sizes.at(1) > 0)
            m_bottomShare = double(sizes.at(1)) / (sizes.at(0) + sizes.at(1));
    });
    connect(m_viewActions, &ViewActions::textZoomChanged, this, &MainWindow::applyTextZoom);
    connect(m_viewActions, &ViewActions::presentationChanged, this, &MainWindow::setPresentation);
    connect(m_viewActions, &ViewActions::scenariosToggled, this, &MainWindow::arrange);
    connect(m_viewActions, &ViewActions::callPanelsToggled, this, &MainWindow::arrange);

    // The diagram gets the room: an arrow's label and both sides' call texts must fit.
    resize(1600, 950);
    fitToScreen();
    m_firstStart = !QSettings().contains(QStringLiteral("geometry"));
    m_outer->setSizes({210, width() - 210});
    m_middle->setSizes({250, width() - 710, 250});
    restoreSettings();
    fitToScreen();
    // The first time, all of the screen: a classroom's laptop or projector has none to spare.
    if (m_firstStart && screen()) {
        resize(screen()->availableGeometry().size()); // where no window manager maximises
        setWindowState(windowState() | Qt::WindowMaximized);
    }
    applyTextZoom();
    m_predict->setOn(false); // a saved window layout does not turn the mode on
    retranslate();
    startLab();
}

MainWindow::~MainWindow() = default;

// At most the screen's available room (a 1366×768 laptop has less than the 1600×950 the window
// would like), centred on it.
void MainWindow::fitToScreen()
{
    const QScreen *screen = this->screen() ? this->screen() : QGuiApplication::primaryScreen();
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    const QSize size(std::min(width(), available.width()), std::min(height(), available.height()));
    if (size != this->size())
        resize(size);
    if (!available.contains(frameGeometry()))
        move(available.topLeft() + QPoint((available.width() - width()) / 2, (available.height() - height()) / 2));
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    arrange();
}

// The explanation keeps its share of the height (the user's, once dragged), so a low screen
// takes its height from both rather than from the diagram alone.
bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_vertical && event->type() == QEvent::Resize) {
        const int total = m_vertical->height() - m_vertical->handleWidth();
        if (total > 0) {
            const int bottom = int(std::lround(total * m_bottomShare));
            m_vertical->setSizes({total - bottom, bottom});
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

// The diagram has priority. The scenario list and the call panels stand beside it only while it
// keeps the width its labels need; otherwise the list hides (F9 shows it) and the panels become
// tabs under the diagram, beside the explanation. Presentation shows the diagram and the
// explanation alone.
void MainWindow::arrange()
{
    if (!m_viewActions)
        return;
    const bool presenting = m_viewActions->isPresentation();
    const int scrollBar = m_view->verticalScrollBar()->sizeHint().width() + 2 * m_view->frameWidth() + 8;
    const int diagram = int(std::ceil(m_view->preferredWidth())) + scrollBar;
    const int list = 210;
    const int panel = 220; // a call panel's table still reads at this width
    const bool compact = width() < list + 2 * panel + diagram;
    if (compact != m_compact) {
        m_compact = compact;
        // Crossing the line sets the list's default; F9 overrides it until the next crossing.
        const QSignalBlocker block(m_viewActions->scenariosAction());
        m_viewActions->scenariosAction()->setChecked(!compact);
    }
    const bool panelsShown = !presenting && m_viewActions->callPanelsAction()->isChecked();
    const bool inTabs = m_compact || presenting;
    if (inTabs != m_panelsInTabs) {
        m_panelsInTabs = inTabs;
        if (inTabs) {
            m_bottom->addTab(m_clientPanel, QString());
            m_bottom->addTab(m_serverPanel, QString());
        } else {
            m_middle->insertWidget(0, m_clientPanel);
            m_middle->insertWidget(2, m_serverPanel);
        }
        retranslate();
    }
    if (!inTabs && panelsShown) {
        // The panels share what the diagram leaves, up to 320 pixels each.
        const int room = m_middle->width() - 2 * m_middle->handleWidth();
        const int side = std::clamp((room - diagram) / 2, 150, 320);
        m_middle->setSizes({side, room - 2 * side, side});
    }
    m_clientPanel->setVisible(panelsShown || inTabs);
    m_serverPanel->setVisible(panelsShown || inTabs);
    m_bottom->tabBar()->setVisible(inTabs && panelsShown);
    if (!panelsShown || presenting)
        m_bottom->setCurrentWidget(m_explain);
    m_browser->setVisible(!presenting && m_viewActions->scenariosAction()->isChecked());
}

// Every text of the window's body follows View ▸ Zoom; presentation asks for the back row: no
// text under 24 pixels, the diagram's no larger than the rest.
void MainWindow::applyTextZoom()
{
    QFont f = QApplication::font();
    const double zoom = m_viewActions->textZoom();
    if (m_viewActions->isPresentation()) {
        const int base = QFontInfo(f).pixelSize();
        f.setPixelSize(std::max(24, int(std::lround(base * zoom))));
        m_view->setTextFactor(1.0);
    } else {
        f = scaledFont(f, zoom);
        m_view->setTextFactor(1.15);
    }
    centralWidget()->setFont(f);
    arrange();
}

void MainWindow::setPresentation(bool on)
{
    menuBar()->setVisible(!on);
    m_bar->setVisible(!on);
    statusBar()->setVisible(!on);
    if (on) {
        showFullScreen();
    } else {
        showNormal();
    }
    applyTextZoom();
    m_view->setFocus();
}

void MainWindow::setSpeed(double speed)
{
    QComboBox *box = m_bar->speedBox();
    int best = 0;
    for (int i = 0; i < box->count(); ++i) {
        if (std::abs(box->itemData(i).toDouble() - speed) < std::abs(box->itemData(best).toDouble() - speed))
            best = i;
    }
    box->setCurrentIndex(best);
    m_playback.setSpeed(box->itemData(best).toDouble());
    m_view->setSpeed(box->itemData(best).toDouble());
}

void MainWindow::playFromStart()
{
    m_playback.seek(0);
    m_playback.play();
}

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
    // Actual size undoes both zooms: the text's and the time axis' (Ctrl+wheel).
    m_bar->addAction(m_viewActions->actualSizeAction());
    connect(m_viewActions->actualSizeAction(), &QAction::triggered, m_view, &SequenceView::resetZoom);
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
    if (!m_browser->select(scenario->sourceFile)) {
        m_browser->clearSelection(); // a file of one's own: no built-in stays highlighted
        loadScenarioFile(scenario->sourceFile);
    }
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
    m_explain->setStepCount(int(m_scenario->steps.size()));
    m_view->setWindowsExpected(windowsExpectations(*m_scenario));
    for (CallPanel *panel : {m_clientPanel, m_serverPanel})
        panel->setWindowsExpected(windowsExpectations(*m_scenario));
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
    m_explain->setStepCount(m_opened->scenario ? int(m_opened->scenario->steps.size()) : 0);
    const QHash<int, ExpectedCall> windows = m_opened->scenario ? windowsExpectations(*m_opened->scenario) : QHash<int, ExpectedCall>();
    m_view->setWindowsExpected(windows);
    for (CallPanel *panel : {m_clientPanel, m_serverPanel})
        panel->setWindowsExpected(windows);
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
    m_viewActions->retranslate();
    m_help->retranslate();
    m_languages->retranslate();
    //: the tabs under the diagram: the step's explanation, then each side's calls
    m_bottom->setTabText(0, tr("This step"));
    if (m_bottom->count() == 3) {
        m_bottom->setTabText(1, tr("Client calls"));
        m_bottom->setTabText(2, tr("Server calls"));
    }
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
    m_bottomShare = std::clamp(settings.value(QStringLiteral("explanationShare"), m_bottomShare).toDouble(), 0.1, 0.7);
    m_scenarioPath = settings.value(QStringLiteral("lastScenario")).toString();
    if (settings.value(QStringLiteral("presentation")).toBool())
        QMetaObject::invokeMethod(
            this, [this] { m_viewActions->setPresentation(true); }, Qt::QueuedConnection);
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
    settings.setValue(QStringLiteral("explanationShare"), m_bottomShare);
    QMainWindow::closeEvent(event);
}

} // namespace FinAck
