// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#include "viewactions.h"

#include <QAction>
#include <QMenu>
#include <QSettings>
#include <QWidget>

#include <algorithm>
#include <cmath>

namespace FinAck {

namespace {

constexpr double kStep = 1.25;

QAction *makeAction(QWidget *window, const QList<QKeySequence> &keys, bool checkable = false)
{
    auto *action = new QAction(window);
    action->setShortcuts(keys);
    action->setShortcutContext(Qt::WindowShortcut);
    action->setCheckable(checkable);
    window->addAction(action);
    return action;
}

void setTexts(QAction *action, const QString &text)
{
    action->setText(text);
    //: an action's tooltip: %1 its name, %2 its shortcut ("F11")
    action->setToolTip(
        ViewActions::tr("%1 (%2)").arg(QString(text).remove(QLatin1Char('&')), action->shortcut().toString(QKeySequence::NativeText)));
}

} // namespace

ViewActions::ViewActions(QWidget *window)
    : QObject(window)
{
    m_menu = new QMenu(window);
    m_zoomIn = makeAction(window, {QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence(Qt::CTRL | Qt::Key_Plus)});
    m_zoomOut = makeAction(window, {QKeySequence(Qt::CTRL | Qt::Key_Minus)});
    m_actualSize = makeAction(window, {QKeySequence(Qt::CTRL | Qt::Key_0)});
    m_presentation = makeAction(window, {QKeySequence(Qt::Key_F11)}, true);
    m_scenarios = makeAction(window, {QKeySequence(Qt::Key_F9)}, true);
    m_callPanels = makeAction(window, {QKeySequence(Qt::Key_F8)}, true);
    m_scenarios->setChecked(true);
    m_callPanels->setChecked(true);
    m_menu->addAction(m_zoomIn);
    m_menu->addAction(m_zoomOut);
    m_menu->addAction(m_actualSize);
    m_menu->addSeparator();
    m_menu->addAction(m_presentation);
    m_menu->addSeparator();
    m_menu->addAction(m_scenarios);
    m_menu->addAction(m_callPanels);

    connect(m_zoomIn, &QAction::triggered, this, [this] { setTextZoom(m_zoom * kStep); });
    connect(m_zoomOut, &QAction::triggered, this, [this] { setTextZoom(m_zoom / kStep); });
    connect(m_actualSize, &QAction::triggered, this, [this] { setTextZoom(1.0); });
    connect(m_presentation, &QAction::toggled, this, [this](bool on) {
        QSettings().setValue(QStringLiteral("presentation"), on);
        Q_EMIT presentationChanged(on);
    });
    connect(m_scenarios, &QAction::toggled, this, &ViewActions::scenariosToggled);
    connect(m_callPanels, &QAction::toggled, this, &ViewActions::callPanelsToggled);
    m_zoom = std::clamp(QSettings().value(QStringLiteral("textZoom"), 1.0).toDouble(), kMinZoom, kMaxZoom);
    retranslate();
}

void ViewActions::setTextZoom(double zoom)
{
    // Steps land on round percentages: 125 %, 156 % would drift otherwise.
    zoom = std::clamp(std::round(zoom * 100) / 100, kMinZoom, kMaxZoom);
    if (zoom == m_zoom)
        return;
    m_zoom = zoom;
    QSettings().setValue(QStringLiteral("textZoom"), zoom);
    Q_EMIT textZoomChanged(zoom);
}

bool ViewActions::isPresentation() const
{
    return m_presentation->isChecked();
}

void ViewActions::setPresentation(bool on)
{
    m_presentation->setChecked(on);
}

void ViewActions::retranslate()
{
    m_menu->setTitle(tr("&View"));
    setTexts(m_zoomIn, tr("Zoom &in"));
    setTexts(m_zoomOut, tr("Zoom &out"));
    setTexts(m_actualSize, tr("&Actual size"));
    setTexts(m_presentation, tr("&Presentation"));
    setTexts(m_scenarios, tr("&Scenarios"));
    setTexts(m_callPanels, tr("&Call panels"));
}

} // namespace FinAck
