// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace FinAck {

// The View menu: text zoom for every text of the window (Ctrl+= / Ctrl+- / Ctrl+0, 50–300 %),
// presentation mode (F11: full screen, the diagram and the step's explanation only, text for the
// back row), and the scenario list and call panels, which give way to the diagram when the
// window is small and come back with one key (F9, F8). It holds the choices and remembers zoom
// and mode (QSettings); the window arranges itself when they change.
class ViewActions : public QObject
{
    Q_OBJECT
public:
    static constexpr double kMinZoom = 0.5;
    static constexpr double kMaxZoom = 3.0;

    // The actions are added to `window`, so their keys work with the menu bar hidden.
    explicit ViewActions(QWidget *window);

    QMenu *menu() const { return m_menu; }
    QAction *zoomInAction() const { return m_zoomIn; }
    QAction *zoomOutAction() const { return m_zoomOut; }
    QAction *actualSizeAction() const { return m_actualSize; }
    QAction *presentationAction() const { return m_presentation; }
    QAction *scenariosAction() const { return m_scenarios; }
    QAction *callPanelsAction() const { return m_callPanels; }

    double textZoom() const { return m_zoom; }
    void setTextZoom(double zoom); // clamped to [kMinZoom, kMaxZoom], remembered
    bool isPresentation() const;
    void setPresentation(bool on);
    void retranslate();

Q_SIGNALS:
    void textZoomChanged(double zoom);
    void presentationChanged(bool on);
    void scenariosToggled(bool shown);
    void callPanelsToggled(bool shown);

private:
    QMenu *m_menu = nullptr;
    QAction *m_zoomIn = nullptr;
    QAction *m_zoomOut = nullptr;
    QAction *m_actualSize = nullptr;
    QAction *m_presentation = nullptr;
    QAction *m_scenarios = nullptr;
    QAction *m_callPanels = nullptr;
    double m_zoom = 1.0;
};

} // namespace FinAck
