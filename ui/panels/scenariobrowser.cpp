// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#include "panels/scenariobrowser.h"

#include "io/scenarioloader.h"
#include "text/scenariotext.h"

#include <QEvent>
#include <QLineEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace FinAck {

namespace {

// What an item is, in the scenario's own (English) words; the texts shown are made from these.
constexpr int kPathRole = Qt::UserRole + 1;
constexpr int kGroupRole = Qt::UserRole + 2; // a group's key ("graceful")
constexpr int kIdRole = Qt::UserRole + 3;
constexpr int kTitleRole = Qt::UserRole + 4;
constexpr int kSummaryRole = Qt::UserRole + 5;

const char *const kGroups[] = {"graceful", "abortive", "errors", "faults"};

QString groupTitle(const QString &group)
{
    if (group == QLatin1String("abortive"))
        return ScenarioBrowser::tr("Abortive");
    if (group == QLatin1String("errors"))
        return ScenarioBrowser::tr("Errors");
    if (group == QLatin1String("faults"))
        return ScenarioBrowser::tr("Faults");
    return ScenarioBrowser::tr("Graceful");
}

} // namespace

ScenarioBrowser::ScenarioBrowser(QWidget *parent)
    : QWidget(parent)
{
    m_search = new QLineEdit(this);
    m_search->setClearButtonEnabled(true);
    m_tree = new QTreeWidget(this);
    m_tree->setHeaderHidden(true);
    m_tree->setRootIsDecorated(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_tree, 1);
    build();
    retranslate();
    connect(m_search, &QLineEdit::textChanged, this, &ScenarioBrowser::filter);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item && item->data(0, kPathRole).isValid())
            Q_EMIT scenarioChosen(item->data(0, kPathRole).toString());
    });
}

void ScenarioBrowser::build()
{
    QMap<QString, QTreeWidgetItem *> groups;
    for (const char *group : kGroups) {
        auto *item = new QTreeWidgetItem(m_tree);
        item->setData(0, kGroupRole, QLatin1String(group));
        item->setFlags(Qt::ItemIsEnabled);
        item->setExpanded(true);
        groups.insert(QLatin1String(group), item);
    }
    ScenarioLoader loader;
    for (const QString &id : ScenarioLoader::builtinIds()) {
        const auto s = loader.loadByIdOrFile(id);
        if (!s)
            continue;
        auto *item = new QTreeWidgetItem(groups.value(s->group, groups.first()));
        item->setData(0, kPathRole, s->sourceFile);
        item->setData(0, kIdRole, s->id);
        item->setData(0, kTitleRole, s->title);
        item->setData(0, kSummaryRole, s->summary);
    }
}

void ScenarioBrowser::retranslate()
{
    m_search->setPlaceholderText(tr("Search scenarios"));
    m_search->setAccessibleName(tr("Search scenarios"));
    m_tree->setAccessibleName(tr("Scenarios"));
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        QTreeWidgetItem *item = *it;
        if (!item->parent()) {
            item->setText(0, groupTitle(item->data(0, kGroupRole).toString()));
            continue;
        }
        const QString summary = scenarioText(item->data(0, kSummaryRole).toString());
        item->setText(0, scenarioText(item->data(0, kTitleRole).toString()));
        item->setToolTip(0, QStringLiteral("%1\n%2").arg(item->data(0, kIdRole).toString(), summary));
        item->setStatusTip(0, summary); // the one-line summary, in the status bar while pointing at it
        item->setData(0, Qt::AccessibleDescriptionRole, summary);
    }
    filter(m_search->text()); // the words searched for may now be in other titles
}

// A scenario is found by its title and summary as shown, its id, and its English title, which
// is also how teachers and forums name it.
void ScenarioBrowser::filter(const QString &text)
{
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_tree->topLevelItem(g);
        int shown = 0;
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem *item = group->child(i);
            const bool match = text.isEmpty() || item->text(0).contains(text, Qt::CaseInsensitive)
                               || item->toolTip(0).contains(text, Qt::CaseInsensitive)
                               || item->data(0, kTitleRole).toString().contains(text, Qt::CaseInsensitive);
            item->setHidden(!match);
            shown += match ? 1 : 0;
        }
        group->setHidden(shown == 0);
    }
}

bool ScenarioBrowser::select(const QString &path)
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->data(0, kPathRole).toString() != path)
            continue;
        if (m_tree->currentItem() == *it)
            Q_EMIT scenarioChosen(path);
        else
            m_tree->setCurrentItem(*it);
        return true;
    }
    return false;
}

void ScenarioBrowser::clearSelection()
{
    m_tree->setCurrentItem(nullptr);
    m_tree->clearSelection();
}

void ScenarioBrowser::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace FinAck
