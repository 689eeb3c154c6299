// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

#include <QObject>

class QAction;
class QActionGroup;
class QMainWindow;
class QMenu;

namespace FinAck {

// The Language menu: one checkable item per language FinAck speaks, each named in itself
// ("English", "简体中文") so that a reader of the other language can always find the way back.
// Choosing one installs it at once (Language::install: every widget gets a LanguageChange event
// and retranslates itself) and remembers it for the next start.
class LanguageMenu : public QObject
{
    Q_OBJECT
public:
    explicit LanguageMenu(QMainWindow *window);

    QMenu *menu() const { return m_menu; }
    // The item for a language code ("en", "zh_CN"); nullptr for one FinAck does not have.
    QAction *action(const QString &language) const;
    // The menu's title in the current language; the window calls it on LanguageChange, since a
    // QObject gets no such event.
    void retranslate();

Q_SIGNALS:
    void languageChosen(const QString &language);

private:
    void choose(QAction *item);

    QMenu *m_menu = nullptr;
    QActionGroup *m_group = nullptr;
};

} // namespace FinAck
