#pragma once

#include <QMainWindow>

namespace FinAck {

// The main window. For now only its frame: the sequence diagram, panels and playback arrive with
// the window issue.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
};

} // namespace FinAck
