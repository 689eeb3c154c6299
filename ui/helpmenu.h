// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

#include <QObject>

class QAction;
class QMainWindow;
class QMenu;

namespace FinAck {

// The Help menu: the keys, the diagram's legend (painted by the diagram's own code, as in the
// exports) with what "observed", "derived", "captured", "inferred" and "dropped" mean, the local
// documentation and the version. Each opens a dialog of the window; nothing here runs anything.
class HelpMenu : public QObject
{
    Q_OBJECT
public:
    explicit HelpMenu(QMainWindow *window);

    QMenu *menu() const { return m_menu; }
    QAction *keysAction() const { return m_keys; }
    QAction *legendAction() const { return m_legend; }

    // The texts the dialogs show, for tests and for docs.
    static QString keysHtml();
    static QString termsHtml();
    void retranslate();

private:
    void showKeys();
    void showLegend();
    void showDocs();
    void showAbout();

    QMainWindow *m_window = nullptr;
    QMenu *m_menu = nullptr;
    QAction *m_keys = nullptr;
    QAction *m_legend = nullptr;
    QAction *m_docs = nullptr;
    QAction *m_about = nullptr;
};

} // namespace FinAck
