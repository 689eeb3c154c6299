#include "mainwindow.h"

#include <QLabel>
#include <QStatusBar>

namespace FinAck {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("FinAck"));
    auto *placeholder = new QLabel(tr("Run a scenario from the command line for now: finack list, finack run <id>."), this);
    placeholder->setAlignment(Qt::AlignCenter);
    setCentralWidget(placeholder);
    statusBar()->showMessage(tr("No scenario loaded"));
    resize(1000, 700);
}

} // namespace FinAck
