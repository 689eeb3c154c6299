// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#include "languagemenu.h"

#include "text/language.h"

#include <QActionGroup>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>

namespace FinAck {

LanguageMenu::LanguageMenu(QMainWindow *window)
    : QObject(window)
{
    m_menu = window->menuBar()->addMenu(QString());
    m_menu->setObjectName(QStringLiteral("languageMenu"));
    m_group = new QActionGroup(this);
    m_group->setExclusive(true);
    for (const QString &language : Language::available()) {
        // Never translated: each language keeps its own name in every language.
        auto *item = new QAction(Language::nativeName(language), m_group);
        item->setObjectName(QStringLiteral("language-%1").arg(language));
        item->setCheckable(true);
        item->setData(language);
        m_menu->addAction(item);
    }
    connect(m_group, &QActionGroup::triggered, this, &LanguageMenu::choose);
    retranslate();
}

QAction *LanguageMenu::action(const QString &language) const
{
    const QString code = Language::canonical(language);
    const auto items = m_group->actions();
    for (QAction *item : items) {
        if (item->data().toString() == code)
            return item;
    }
    return nullptr;
}

void LanguageMenu::retranslate()
{
    m_menu->setTitle(tr("&Language"));
    // The language may also have been installed from elsewhere (--lang, a test).
    if (QAction *current = action(Language::current()))
        current->setChecked(true);
}

void LanguageMenu::choose(QAction *item)
{
    const QString language = item->data().toString();
    if (language == Language::current())
        return;
    QString error;
    if (!Language::install(language, &error)) {
        retranslate(); // back to the item of the language still installed
        return;
    }
    QSettings().setValue(QStringLiteral("language"), language);
    Q_EMIT languageChosen(language);
}

} // namespace FinAck
