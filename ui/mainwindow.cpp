#include "mainwindow.h"

#include "scenarioloader.h"
#include "tracetable.h"

#include <QComboBox>
#include <QFile>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QStatusBar>
#include <QTextCursor>
#include <QVBoxLayout>

namespace FinAck {

MainWindow::MainWindow(LabClient::Network network, QWidget *parent)
    : QMainWindow(parent)
    , m_network(network)
{
    setWindowTitle(tr("FinAck"));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);

    auto *bar = new QHBoxLayout;
    m_scenarios = new QComboBox(central);
    ScenarioLoader loader;
    for (const QString &id : ScenarioLoader::builtinIds()) {
        if (const auto s = loader.loadByIdOrFile(id))
            m_scenarios->addItem(QStringLiteral("%1 — %2").arg(id, s->title), ScenarioLoader::builtinPath(id));
    }
    m_step = new QPushButton(tr("&Step"), central);
    m_step->setToolTip(tr("Run the next step on real sockets (N)"));
    m_run = new QPushButton(tr("&Run to end"), central);
    bar->addWidget(m_scenarios, 1);
    bar->addWidget(m_step);
    bar->addWidget(m_run);
    layout->addLayout(bar);

    m_banner = new QLabel(central);
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #fde2e1; color: #5c1010; padding: 6px; border-radius: 3px; }"));
    m_banner->hide();
    m_restartLab = new QPushButton(tr("Restart the lab"), central);
    m_restartLab->hide();
    auto *bannerRow = new QHBoxLayout;
    bannerRow->addWidget(m_banner, 1);
    bannerRow->addWidget(m_restartLab);
    layout->addLayout(bannerRow);

    m_text = new QPlainTextEdit(central);
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    layout->addWidget(m_text, 1);
    setCentralWidget(central);

    m_networkLabel = new QLabel(this);
    m_labLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_networkLabel);
    statusBar()->addPermanentWidget(m_labLabel);

    connect(m_scenarios, &QComboBox::currentIndexChanged, this, &MainWindow::loadSelected);
    connect(m_step, &QPushButton::clicked, &m_lab, &LabClient::step);
    connect(m_run, &QPushButton::clicked, &m_lab, &LabClient::run);
    connect(m_restartLab, &QPushButton::clicked, this, &MainWindow::startLab);
    new QShortcut(QKeySequence(Qt::Key_N), this, [this] { m_step->click(); });
    new QShortcut(QKeySequence(Qt::Key_Right), this, [this] { m_step->click(); });
    connect(&m_lab, &LabClient::eventReceived, this, &MainWindow::onEvent);
    connect(&m_lab, &LabClient::stepFinished, this, &MainWindow::onStepFinished);
    connect(&m_lab, &LabClient::finished, this, &MainWindow::onFinished);
    connect(&m_lab, &LabClient::labError, this, [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    connect(&m_lab, &LabClient::labFailed, this, &MainWindow::onLabFailed);
    resize(1000, 700);
    startLab();
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
    loadSelected();
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
    int index = m_scenarios->findData(scenario->sourceFile);
    if (index < 0) {
        m_scenarios->addItem(QStringLiteral("%1 — %2").arg(scenario->id, scenario->title), scenario->sourceFile);
        index = m_scenarios->count() - 1;
    }
    if (index == m_scenarios->currentIndex())
        loadSelected();
    else
        m_scenarios->setCurrentIndex(index);
    return true;
}

void MainWindow::loadSelected()
{
    QFile file(m_scenarios->currentData().toString());
    if (!m_lab.isRunning() || !file.open(QIODevice::ReadOnly))
        return;
    m_text->clear();
    m_lab.load(QJsonDocument::fromJson(file.readAll()).object());
    m_step->setEnabled(true);
    m_run->setEnabled(true);
    updateStatus();
}

QString MainWindow::traceText() const
{
    return m_text->toPlainText();
}

void MainWindow::onEvent(const TraceEvent &event)
{
    m_text->appendPlainText(traceRow(event));
    updateStatus();
}

void MainWindow::onStepFinished(int step, bool atEnd)
{
    Q_UNUSED(atEnd)
    // Events stream in as they are recorded; derived states arrive after the step settles. The
    // settled step is shown again in time order.
    m_text->setPlainText(traceTable(m_lab.trace()));
    m_text->moveCursor(QTextCursor::End);
    statusBar()->showMessage(tr("Step %1 done").arg(step), 3000);
}

void MainWindow::onFinished(const QStringList &differences)
{
    m_step->setEnabled(false);
    m_run->setEnabled(false);
    m_text->setPlainText(traceTable(m_lab.trace()).trimmed());
    if (!m_lab.checks().isEmpty()) {
        m_text->appendPlainText(tr("\nExpected on this platform:"));
        for (const ExpectationCheck &check : m_lab.checks()) {
            m_text->appendPlainText(QStringLiteral("  %1 %2%3").arg(check.held ? QStringLiteral("\u2714") : QStringLiteral("\u2718"), check.claim,
                                                                   check.held ? QString() : tr("  (the kernel: %1)").arg(check.observed)));
        }
    }
    m_text->appendPlainText(differences.isEmpty() ? tr("The kernel did what the scenario expects.")
                                                  : tr("%n difference(s) from the scenario's expectation.", nullptr, int(differences.size())));
}

void MainWindow::onLabFailed(const QString &reason)
{
    m_labState = tr("lab stopped");
    m_banner->setText(tr("The lab process stopped: %1. What was recorded so far stays on screen; restart the lab to go on.").arg(reason));
    m_banner->show();
    m_restartLab->show();
    m_step->setEnabled(false);
    m_run->setEnabled(false);
    updateStatus();
}

void MainWindow::updateStatus()
{
    const TracePlatform &p = m_lab.trace().platform();
    const QString network = m_lab.network() == QLatin1String("private") ? tr("private network namespace") : tr("host loopback");
    const QString segments = p.segments == SegmentSource::Captured ? tr("captured") : tr("inferred");
    m_networkLabel->setText(m_lab.network().isEmpty() ? QString() : tr("%1, segments %2").arg(network, segments));
    m_labLabel->setText(m_labState);
}

} // namespace FinAck
