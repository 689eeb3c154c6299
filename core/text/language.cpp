// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#include "text/language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace FinAck::Language {

namespace {

struct Installed {
    QString language = QStringLiteral("en");
    std::unique_ptr<QTranslator> finack;
    std::unique_ptr<QTranslator> qt;
};

Installed &installed()
{
    static Installed state;
    return state;
}

} // namespace

QStringList available()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN")};
}

QString canonical(const QString &language)
{
    const QString code = language.trimmed().replace(QLatin1Char('-'), QLatin1Char('_'));
    if (code.compare(QLatin1String("zh"), Qt::CaseInsensitive) == 0 || code.startsWith(QLatin1String("zh_"), Qt::CaseInsensitive))
        return QStringLiteral("zh_CN"); // Simplified Chinese is the Chinese FinAck has
    if (code.compare(QLatin1String("en"), Qt::CaseInsensitive) == 0 || code.startsWith(QLatin1String("en_"), Qt::CaseInsensitive)
        || code == QLatin1String("C") || code == QLatin1String("POSIX"))
        return QStringLiteral("en");
    return {};
}

QString systemDefault()
{
    for (const QString &ui : QLocale::system().uiLanguages()) {
        QString code = canonical(ui);
        if (!code.isEmpty())
            return code;
    }
    return QStringLiteral("en");
}

QString nativeName(const QString &language)
{
    return language == QLatin1String("zh_CN") ? QStringLiteral("简体中文") : QStringLiteral("English");
}

bool install(const QString &requested, QString *error)
{
    const QString language = canonical(requested);
    if (language.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("FinAck::Language", "--lang: expected one of %1, got \"%2\"")
                         .arg(available().join(QStringLiteral(", ")), requested);
        return false;
    }
    Installed &state = installed();
    // Removed first: QCoreApplication asks the most recently installed translator first.
    for (auto *translator : {state.finack.get(), state.qt.get()}) {
        if (translator)
            QCoreApplication::removeTranslator(translator);
    }
    state.finack = std::make_unique<QTranslator>();
    state.qt = std::make_unique<QTranslator>();
    // FinAck's own, built into the library (qt_add_translations, RESOURCE_PREFIX /i18n).
    if (state.finack->load(QStringLiteral(":/i18n/finack_%1.qm").arg(language)))
        QCoreApplication::installTranslator(state.finack.get());
    // Qt's, from the system (qt6-translations-l10n); missing is not fatal: only standard buttons stay English.
    if (state.qt->load(QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(state.qt.get());
    QLocale::setDefault(QLocale(language == QLatin1String("zh_CN") ? QStringLiteral("zh_CN") : QStringLiteral("en_US")));
    state.language = language;
    return true;
}

QString current()
{
    return installed().language;
}

} // namespace FinAck::Language
