// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#include "mainwindow.h"

#include "diagram/sequenceview.h"
#include "fileactions.h"
#include "fontscale.h"
#include "helpmenu.h"
#include "languagemenu.h"
#include "model/expectationcheck.h"
#include "panels/callpanel.h"
#include "panels/explainpanel.h"
#include "panels/networkbanner.h"
#include "panels/playbackbar.h"
#include "panels/scenariobrowser.h"
#include "panels/statepanel.h"
#include "predict/predictcontroller.h"
#include "text/scenariotext.h"
#include "viewactions.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace FinAck {

MainWindow::MainWindow(LabClient::Network network, QWidget *parent)
    : QMainWindow(parent)
    , m_session(network)
{
    m_view = new SequenceView(this);
    m_clientPanel = new CallPanel(Actor::Client, this);
    m_serverPanel = new CallPanel(Actor::Server, this);
    m_explain = new ExplainPanel(this);
    m_clientPanel->setPlayback(&playback());
    m_serverPanel->setPlayback(&playback());
    m_explain->setPlayback(&playback());

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
    m_networkBanner = new NetworkBanner(&m_session, this);
    rightLayout->addWidget(m_networkBanner);
    rightLayout->addWidget(m_vertical, 1);

    m_browser = new ScenarioBrowser(this);
    m_outer = new QSplitter(Qt::Horizontal, this);
    m_outer->addWidget(m_browser);
    m_outer->addWidget(right);
    m_outer->setStretchFactor(1, 4);
    setCentralWidget(m_outer);

    m_files = new FileActions(&m_session, m_view, this);
    menuBar()->addMenu(m_files->menu());
    connect(m_files, &FileActions::messageReady, this, &MainWindow::showMessage);
    m_viewActions = new ViewActions(this);
    menuBar()->addMenu(m_viewActions->menu());
    m_languages = new LanguageMenu(this); // after File and View: the menu bar reads File, View, Language
    m_help = new HelpMenu(this);
    buildToolBar();
    m_networkLabel = new QLabel(this);
    m_labLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_networkLabel);
    statusBar()->addPermanentWidget(m_labLabel);

    // The Session wires the lab to playback; the diagram and panels follow playback themselves.
    connect(&m_session, &Session::scenarioLoaded, this, &MainWindow::onScenarioLoaded);
    connect(&m_session, &Session::scenarioLoadFailed, this, [this](const QString &error) { statusBar()->showMessage(error, 15000); });
    connect(&m_session, &Session::fileShown, this, &MainWindow::onFileShown);
    connect(&m_session, &Session::labStateChanged, this, &MainWindow::onLabStateChanged);
    connect(&m_session, &Session::labSilenceChanged, this, &MainWindow::onLabStateChanged);
    connect(&m_session, &Session::checksChanged, this, [this](const QList<ExpectationCheck> &checks) {
        m_explain->setChecks(checks);
        updateActions();
    });
    connect(&lab(), &LabClient::headerChanged, this, &MainWindow::updateStatus);
    connect(&lab(), &LabClient::labError, this, [this](const QString &message) { statusBar()->showMessage(message, 15000); });
    connect(&playback(), &Playback::needNextStep, this, [this] {
        if (!m_session.openedFile())
            m_predict->runNextStep();
    });                               // a replay never asks
    m_view->setPlayback(&playback()); // the diagram follows playback itself, as the panels do
    connect(&playback(), &Playback::traceChanged, this, &MainWindow::updateActions);
    connect(&playback(), &Playback::playheadChanged, this, &MainWindow::updateActions);
    connect(&playback(), &Playback::playingChanged, this, &MainWindow::updateActions);
    connect(m_view, &SequenceView::eventClicked, m_clientPanel, &CallPanel::selectEvent);
    connect(m_view, &SequenceView::eventClicked, m_serverPanel, &CallPanel::selectEvent);
    connect(m_clientPanel, &CallPanel::eventSelected, m_view, &SequenceView::selectEvent);
    connect(m_serverPanel, &CallPanel::eventSelected, m_view, &SequenceView::selectEvent);
    connect(m_restartLab, &QPushButton::clicked, &m_session, &Session::startLab);
    connect(m_browser, &ScenarioBrowser::scenarioChosen, &m_session, [this](const QString &path) { m_session.loadScenarioFile(path); });

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
    m_session.startLab();
    updateStatus();
    updateActions();
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
    playback().setSpeed(box->itemData(best).toDouble());
    m_view->setSpeed(box->itemData(best).toDouble());
}

void MainWindow::playFromStart()
{
    playback().seek(0);
    playback().play();
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
    connect(m_bar->backAction(), &QAction::triggered, &playback(), &Playback::back);
    connect(m_bar->stepAction(), &QAction::triggered, &playback(), &Playback::step);
    connect(m_bar->playAction(), &QAction::triggered, &playback(), &Playback::togglePlay);
    connect(m_bar->restartAction(), &QAction::triggered, &playback(), &Playback::restart);
    connect(m_bar->trueTimeAction(), &QAction::toggled, this,
            [this](bool on) { m_view->setSpacing(on ? Spacing::TrueTime : Spacing::Even); });
    // Actual size undoes both zooms: the text's and the time axis' (Ctrl+wheel).
    m_bar->addAction(m_viewActions->actualSizeAction());
    connect(m_viewActions->actualSizeAction(), &QAction::triggered, m_view, &SequenceView::resetZoom);
    m_predict = new PredictController(this, &lab(), &playback());
    m_bar->addSeparator();
    m_bar->addAction(m_predict->action());
    connect(m_bar, &PlaybackBar::speedChanged, this, [this](double speed) {
        playback().setSpeed(speed);
        m_view->setSpeed(speed);
    });
}

bool MainWindow::openScenario(const QString &idOrFile, QString *error)
{
    return m_session.openScenario(idOrFile, error);
}

bool MainWindow::openFile(const QString &path, QString *error, int stream)
{
    return m_session.openFile(path, error, stream, [this](const QString &p, const QList<TcpStreamInfo> &streams) {
        return FileOpener::askForStream(this, p, streams);
    });
}

// The browser shows the built-in run, unchosen: choosing it again would load it again. A file of
// one's own leaves no built-in highlighted.
void MainWindow::onScenarioLoaded()
{
    const Scenario &scenario = *m_session.scenario();
    {
        const QSignalBlocker quiet(m_browser);
        if (!m_browser->select(m_session.scenarioPath()))
            m_browser->clearSelection();
    }
    m_predict->setScenario(scenario);
    m_explain->setStepCount(int(scenario.steps.size()));
    m_view->setWindowsExpected(windowsExpectations(scenario));
    for (CallPanel *panel : {m_clientPanel, m_serverPanel}) {
        panel->setWindowsExpected(windowsExpectations(scenario));
        panel->statePanel()->setEndpoint({}); // a file's endpoints are not the lab's; updateStatus() sets the lab's
    }
    updateWindowTitle();
    showExplanation();
    // The browser's item view would take Space and the arrows for itself (keyboard search,
    // expand/collapse); with the diagram focused they reach the playback shortcuts.
    m_view->setFocus();
    updateStatus();
    updateActions();
}

void MainWindow::onFileShown()
{
    const OpenedFile &file = *m_session.openedFile();
    m_predict->setScenario(std::nullopt);
    m_explain->setStepCount(file.scenario ? int(file.scenario->steps.size()) : 0);
    const QHash<int, ExpectedCall> windows = file.scenario ? windowsExpectations(*file.scenario) : QHash<int, ExpectedCall>();
    m_view->setWindowsExpected(windows);
    for (CallPanel *panel : {m_clientPanel, m_serverPanel})
        panel->setWindowsExpected(windows);
    updateWindowTitle();
    showExplanation();
    // Nothing is selected, so choosing any scenario, even the one chosen before, goes back to live runs.
    m_browser->clearSelection();
    m_view->setFocus();
    updateStatus();
    updateActions();
}

void MainWindow::copyDiagram()
{
    m_files->copyDiagram();
}

void MainWindow::showMessage(const QString &text)
{
    statusBar()->showMessage(text, 10000);
}

// The banner says the lab stopped, or that it has not answered for a while (stopped with SIGSTOP,
// or stuck); both offer a new lab. A step that blocks for its timeout still answers.
void MainWindow::onLabStateChanged()
{
    const bool stopped = m_session.labState() == Session::LabState::Stopped;
    const bool silent = m_session.labSilentMs() > 0;
    updateBanner();
    m_banner->setVisible(stopped || silent);
    m_restartLab->setVisible(stopped || silent);
    updateStatus();
    updateActions();
}

void MainWindow::updateActions()
{
    const Playback &p = playback();
    const bool opened = m_session.openedFile();
    const bool haveScenario = !m_session.scenarioPath().isEmpty();
    const bool labUp = lab().isRunning();
    const bool canAdvance = !p.isAtEnd() || (!p.isRunFinished() && labUp);
    m_bar->stepAction()->setEnabled(canAdvance && (opened || haveScenario));
    m_bar->playAction()->setEnabled(canAdvance || p.isPlaying() || (opened && !p.trace().isEmpty()));
    m_bar->setPlaying(p.isPlaying());
    m_bar->backAction()->setEnabled(p.position() > 0);
    m_bar->restartAction()->setEnabled(labUp && haveScenario && !opened);
}

void MainWindow::updateStatus()
{
    const LabClient &lab = m_session.lab();
    const OpenedFile *opened = m_session.openedFile();
    const TracePlatform &p = lab.trace().platform();
    const QString network = lab.network() == QLatin1String("private") ? tr("private network namespace") : tr("host loopback");
    const QString segments = p.segments == SegmentSource::Captured ? tr("segments captured") : tr("segments inferred");
    //: the status bar: %1 where the lab runs ("private network namespace"), %2 how segments are known ("segments captured")
    const QString live = lab.network().isEmpty() ? QString() : tr("%1, %2").arg(network, segments);
    m_networkLabel->setText(opened ? opened->description : live);
    if (opened && lab.isRunning())
        m_labLabel->setText(tr("replay: the lab is idle"));
    else if (m_session.labState() == Session::LabState::Running && m_session.labSilentMs() > 0)
        m_labLabel->setText(tr("lab not answering"));
    else if (m_session.labState() == Session::LabState::Running)
        m_labLabel->setText(tr("lab running"));
    else if (m_session.labState() == Session::LabState::Stopped)
        m_labLabel->setText(tr("lab stopped"));
    else
        m_labLabel->clear();
    if (m_clientPanel && (opened || !lab.trace().endpoint(Actor::Client).isEmpty())) {
        m_clientPanel->statePanel()->setEndpoint(shownTrace().endpoint(Actor::Client));
        m_serverPanel->statePanel()->setEndpoint(shownTrace().endpoint(Actor::Server));
    }
}

void MainWindow::updateBanner()
{
    const qint64 silentMs = m_session.labSilentMs();
    m_restartLab->setText(silentMs > 0 ? tr("End and restart the lab") : tr("Restart the lab"));
    if (silentMs > 0) {
        //: the lab is a process of its own; %n counts seconds since it last answered
        m_banner->setText(tr("The lab has not answered for %n s. It may be stopped or stuck; end it and start a new one to go on.", nullptr,
                             int(silentMs / 1000)));
        return;
    }
    if (m_session.labState() != Session::LabState::Stopped)
        return;
    //: %1 is the reason finack-lab gave or the way it ended ("finack-lab was ended by signal 9 (Killed)")
    m_banner->setText(
        tr("The lab process stopped: %1. What was recorded so far stays on screen; restart the lab to go on.").arg(m_session.labFailure()));
}

void MainWindow::updateWindowTitle()
{
    if (const OpenedFile *opened = m_session.openedFile())
        setWindowTitle(tr("%1 — FinAck").arg(opened->title));
    else if (m_session.scenario())
        setWindowTitle(tr("%1 — FinAck").arg(scenarioText(m_session.scenario()->title)));
    else
        setWindowTitle(tr("FinAck"));
}

// The panel is given the scenario's English texts and translates them itself; a file's texts
// are made in the current language by FileOpener.
void MainWindow::showExplanation()
{
    const OpenedFile *opened = m_session.openedFile();
    if (opened && opened->scenario)
        m_explain->setScenario(*opened->scenario);
    else if (opened)
        m_explain->setScenario(opened->trace.scenarioTitle(), opened->explanation, QString(),
                               opened->kind == OpenedFile::Kind::Capture ? tr("About this capture") : tr("About this record"));
    else if (m_session.scenario())
        m_explain->setScenario(*m_session.scenario());
}

// Everything the window itself shows; the panels, the diagram, the browser and the toolbar
// retranslate themselves on the same event.
void MainWindow::retranslate()
{
    updateWindowTitle();
    m_view->setAccessibleName(tr("Sequence diagram"));
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
    m_session.retranslate(); // the file's texts and the claims, in the new language
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
    m_session.restoreLastScenario();
    if (settings.value(QStringLiteral("presentation")).toBool())
        QMetaObject::invokeMethod(
            this, [this] { m_viewActions->setPresentation(true); }, Qt::QueuedConnection);
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
