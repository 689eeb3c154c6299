// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
// What of a window is still in English: every text a user can read in its widgets, checked word
// by word against the technical names that stay as they are in every language. Also a stand-in
// for a complete Chinese translation, so that the check can be seen to pass before the real one
// is written. Header-only, for tst_language.

#pragma once

#include "io/scenarioloader.h"
#include "model/scenario.h"
#include "text/language.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QStatusBar>
#include <QTableView>
#include <QTextDocument>
#include <QTextEdit>
#include <QToolBar>
#include <QToolButton>
#include <QTranslator>
#include <QTreeWidget>

namespace EnglishLeft {

// Names, not words: they are the same in a Chinese text. Each is a product, tool, format, unit,
// key-cap or field name; no ordinary English word belongs here. Words in ALL CAPS (FIN_WAIT_2,
// ECONNRESET, WSAECONNRESET, SO_LINGER, TCP, POSIX) and code-like tokens need no entry.
inline const QSet<QString> &fixedNames()
{
    static const QSet<QString> names = {
        QStringLiteral("FinAck"),   QStringLiteral("Linux"),      QStringLiteral("Windows"), QStringLiteral("Winsock"),
        QStringLiteral("Qt"),       QStringLiteral("QTcpSocket"), QStringLiteral("pcap"),    QStringLiteral("pcapng"),
        QStringLiteral("tcpdump"),  QStringLiteral("Wireshark"),  QStringLiteral("tshark"),  QStringLiteral("Mermaid"),
        QStringLiteral("PlantUML"), QStringLiteral("Inkscape"),   QStringLiteral("KiB"),     QStringLiteral("MiB"),
        QStringLiteral("Ctrl"),     QStringLiteral("Shift"),                             // key caps; Qt's own Chinese keeps them too
        QStringLiteral("errno"),                                                         // the C variable
        QStringLiteral("seq"),      QStringLiteral("ack"),        QStringLiteral("len"), // tcpdump's fields (docs/translating.md)
    };
    return names;
}

// The API's function names (the calls a scenario can make) and the built-in scenarios' ids.
inline const QSet<QString> &technicalNames()
{
    static const QSet<QString> names = [] {
        QSet<QString> set = fixedNames();
        for (const QString &call : FinAck::callKindNames())
            set.insert(call);
        for (const QString &id : FinAck::ScenarioLoader::builtinIds())
            set.insert(id);
        return set;
    }();
    return names;
}

// The English words of `text`: words of three or more Latin letters that are not technical names.
// Code is skipped whole: a call with its arguments ("setsockopt(3, SOL_SOCKET, SO_LINGER, {1, 0})"),
// a C string literal ("hello"), and any token with ( ) _ :: / = or a dot inside (a file, a host,
// socket.error, .png), letters and digits together (amd64, 6.1.0-18), or camelCase (waitForConnected).
// Parentheses around words are punctuation: "(end of stream)" is English.
inline QStringList englishWords(const QString &text)
{
    static const QRegularExpression call(QStringLiteral(R"([A-Za-z_][\w.:>-]*\((?:[^()]|\([^()]*\))*\))"));
    static const QRegularExpression literal(QStringLiteral(R"("[^"\n]*")"));
    // Runs of printable ASCII: Chinese characters and their punctuation separate tokens.
    static const QRegularExpression token(QStringLiteral(R"([!-~]+)"));
    static const QRegularExpression edges(QStringLiteral(R"(^[^A-Za-z0-9_]+|[^A-Za-z0-9_]+$)"));
    static const QRegularExpression codeMark(QStringLiteral(R"([()_/=\\]|::|[A-Za-z0-9]\.[A-Za-z0-9]|[a-z][A-Z])"));
    static const QRegularExpression letterDigit(QStringLiteral(R"([A-Za-z][0-9]|[0-9][A-Za-z])"));
    static const QRegularExpression word(QStringLiteral(R"([A-Za-z]+)"));
    static const QRegularExpression suffix(QStringLiteral(R"((?:^|[(*])\.[A-Za-z])"));
    QString rest = text;
    rest.replace(call, QStringLiteral(" "));
    rest.replace(literal, QStringLiteral(" "));
    QStringList found;
    for (auto t = token.globalMatch(rest); t.hasNext();) {
        QString piece = t.next().captured();
        if (piece.contains(suffix)) // a file suffix: (.png), *.pcapng
            continue;
        piece.remove(edges);
        piece.remove(QLatin1Char('&')); // a mnemonic: "&File"
        if (piece.isEmpty() || technicalNames().contains(piece) || piece.contains(codeMark) || piece.contains(letterDigit))
            continue;
        for (auto w = word.globalMatch(piece); w.hasNext();) {
            const QString candidate = w.next().captured();
            if (candidate.size() < 3 || candidate == candidate.toUpper() || technicalNames().contains(candidate))
                continue;
            found << candidate;
        }
    }
    return found;
}

// One text a user can read, and where it is.
struct Piece {
    QString where;
    QString text;
};

inline QString plain(const QString &text)
{
    if (!Qt::mightBeRichText(text))
        return text;
    QTextDocument document;
    document.setHtml(text);
    return document.toPlainText();
}

inline QString describe(const QObject *object)
{
    const QString name = object->objectName().isEmpty() ? QString() : QStringLiteral(" \"%1\"").arg(object->objectName());
    return QString::fromLatin1(object->metaObject()->className()) + name;
}

inline void addActions(QList<Piece> &out, const QString &where, const QList<QAction *> &actions, const QSet<QAction *> &skip)
{
    for (QAction *action : actions) {
        if (action->isSeparator() || !action->isVisible() || skip.contains(action))
            continue;
        const QString place = QStringLiteral("%1 > %2").arg(where, action->text());
        out << Piece{place, action->text()} << Piece{place + QStringLiteral(" (tooltip)"), action->toolTip()}
            << Piece{place + QStringLiteral(" (status tip)"), action->statusTip()};
        if (action->menu())
            addActions(out, place, action->menu()->actions(), skip);
    }
}

inline void addItemView(QList<Piece> &out, const QAbstractItemView *view, const QSet<int> &skipColumns)
{
    const QAbstractItemModel *model = view->model();
    if (!model)
        return;
    const QString where = describe(view);
    if (const auto *tree = qobject_cast<const QTreeWidget *>(view)) {
        for (QTreeWidgetItemIterator it(const_cast<QTreeWidget *>(tree)); *it; ++it) {
            if ((*it)->isHidden())
                continue;
            const QString place = QStringLiteral("%1 item \"%2\"").arg(where, (*it)->text(0));
            out << Piece{place, (*it)->text(0)} << Piece{place + QStringLiteral(" (tooltip)"), (*it)->toolTip(0)}
                << Piece{place + QStringLiteral(" (status tip)"), (*it)->statusTip(0)};
        }
        return;
    }
    const auto *table = qobject_cast<const QTableView *>(view);
    const QHeaderView *header = table ? table->horizontalHeader() : nullptr;
    for (int column = 0; column < model->columnCount(); ++column) {
        if (header && header->isVisible() && !header->isSectionHidden(column)) {
            const QString place = QStringLiteral("%1 heading %2").arg(where).arg(column);
            out << Piece{place, model->headerData(column, Qt::Horizontal).toString()}
                << Piece{place + QStringLiteral(" (tooltip)"), model->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString()};
        }
        if (skipColumns.contains(column))
            continue;
        for (int row = 0; row < model->rowCount(); ++row)
            out << Piece{QStringLiteral("%1 cell %2,%3").arg(where).arg(row).arg(column), model->index(row, column).data().toString()};
    }
}

// Every text the window shows or shows on pointing at it: its title, the menus and toolbars
// (text, tooltip, status tip), and each visible widget's text, placeholder, tooltip, items,
// headings and cells. `skipActions` are left out (the languages, each named in itself);
// `skipColumns(view)` names a view's columns of data that is never translated (C call text).
template<typename SkipColumns> QList<Piece> visibleTexts(QMainWindow *window, const QSet<QAction *> &skipActions, SkipColumns skipColumns)
{
    QList<Piece> out{{QStringLiteral("window title"), window->windowTitle()}};
    addActions(out, QStringLiteral("menu bar"), window->menuBar()->actions(), skipActions);
    for (QToolBar *bar : window->findChildren<QToolBar *>()) {
        if (bar->isVisible())
            addActions(out, describe(bar), bar->actions(), skipActions);
    }
    out << Piece{QStringLiteral("status bar message"), window->statusBar()->currentMessage()};
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        // A toolbar's buttons show its actions, read above; menus are read through their actions.
        const auto *toolButton = qobject_cast<QToolButton *>(widget);
        if (!widget->isVisible() || qobject_cast<QMenu *>(widget) || (toolButton && toolButton->defaultAction()))
            continue;
        const QString where = describe(widget);
        if (!widget->toolTip().isEmpty())
            out << Piece{where + QStringLiteral(" (tooltip)"), plain(widget->toolTip())};
        if (const auto *label = qobject_cast<QLabel *>(widget))
            out << Piece{where, plain(label->text())};
        else if (const auto *button = qobject_cast<QAbstractButton *>(widget))
            out << Piece{where, button->text()};
        else if (const auto *line = qobject_cast<QLineEdit *>(widget))
            out << Piece{where, line->text()} << Piece{where + QStringLiteral(" (placeholder)"), line->placeholderText()};
        else if (const auto *combo = qobject_cast<QComboBox *>(widget))
            out << Piece{where, combo->currentText()};
        else if (const auto *edit = qobject_cast<QTextEdit *>(widget))
            out << Piece{where, edit->toPlainText()};
        else if (const auto *view = qobject_cast<QAbstractItemView *>(widget); view && !qobject_cast<QHeaderView *>(widget))
            addItemView(out, view, skipColumns(view)); // a table's headings come with the table
    }
    return out;
}

// "where: the English words (the text)", one line per piece that has any.
inline QStringList findings(const QList<Piece> &pieces)
{
    QStringList lines;
    for (const Piece &piece : pieces) {
        const QStringList words = englishWords(piece.text);
        if (!words.isEmpty())
            lines << QStringLiteral("%1: %2  [%3]").arg(piece.where, words.join(QStringLiteral(", ")), piece.text.simplified().left(160));
    }
    lines.removeDuplicates();
    return lines;
}

// A complete Chinese translation before the real one is written: every text of every context,
// FinAck's, the scenarios' and Qt's, becomes Chinese characters around the text's own
// placeholders, while zh_CN is the language installed (so switching back to English works as
// with the real files). It shows what is left when nothing is missing from the .ts files: text
// that never went through tr(), scenarioText() or noteText().
class PseudoChinese : public QTranslator
{
public:
    using QTranslator::QTranslator;
    bool isEmpty() const override { return false; }
    QString translate(const char *, const char *source, const char *, int) const override
    {
        if (FinAck::Language::current() != QLatin1String("zh_CN") || !source || !*source)
            return {};
        static const QRegularExpression placeholder(QStringLiteral("%L?(?:n|[1-9][0-9]?)"));
        QString text = QStringLiteral("中文");
        for (auto m = placeholder.globalMatch(QString::fromUtf8(source)); m.hasNext();)
            text += m.next().captured() + QStringLiteral("中文");
        return text;
    }
};

} // namespace EnglishLeft
