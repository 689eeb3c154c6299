// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#include "editor/scenarioeditorsegments.h"

#include "editor/scenarioeditormarks.h"
#include "io/scenarioformat.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace FinAck {

namespace {
// The order the loader and the trace format write them in.
const QStringList kFlagNames{QStringLiteral("SYN"), QStringLiteral("ACK"), QStringLiteral("FIN"), QStringLiteral("RST"),
                             QStringLiteral("PSH")};
const QColor kProblemBackground(255, 205, 210);
} // namespace

ScenarioEditorSegments::ScenarioEditorSegments(QWidget *parent)
    : QGroupBox(parent)
{
    m_table = new QTableWidget(0, 1 + int(kFlagNames.size()), this);
    m_table->setObjectName(QStringLiteral("expect.segments"));
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_add = new QAction(this);
    m_remove = new QAction(this);
    m_up = new QAction(this);
    m_down = new QAction(this);
    auto *buttons = new QHBoxLayout;
    for (QAction *action : {m_add, m_remove, m_up, m_down}) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_add, &QAction::triggered, this, &ScenarioEditorSegments::addSegment);
    connect(m_remove, &QAction::triggered, this, &ScenarioEditorSegments::removeSegment);
    connect(m_up, &QAction::triggered, this, [this] { moveSegment(-1); });
    connect(m_down, &QAction::triggered, this, [this] { moveSegment(1); });
    connect(m_table, &QTableWidget::itemChanged, this, &ScenarioEditorSegments::onItemChanged);
    connect(m_table, &QTableWidget::currentCellChanged, this, &ScenarioEditorSegments::updateEnabled);
    retranslate();
}

void ScenarioEditorSegments::retranslate()
{
    setTitle(tr("Segments, in this order (others may come between)"));
    //: the column of the side a segment comes from; the other columns are flag names
    QStringList headers{tr("From")};
    headers << kFlagNames;
    m_table->setHorizontalHeaderLabels(headers);
    m_add->setText(tr("Add segment"));
    m_remove->setText(tr("Remove"));
    m_up->setText(tr("Up"));
    m_down->setText(tr("Down"));
    fill(); // the sides' names
}

void ScenarioEditorSegments::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

void ScenarioEditorSegments::setSegments(const QJsonArray &segments)
{
    m_segments = segments;
    fill();
}

void ScenarioEditorSegments::fill()
{
    clearMarks();
    const int current = m_table->currentRow();
    m_loading = true;
    m_table->setRowCount(int(m_segments.size()));
    for (int row = 0; row < m_segments.size(); ++row) {
        const QJsonObject segment = m_segments.at(row).toObject();
        auto *from = new QComboBox(m_table);
        from->setObjectName(QStringLiteral("expect.segments.from.%1").arg(row));
        from->addItem(tr("Client"), QStringLiteral("client"));
        from->addItem(tr("Server"), QStringLiteral("server"));
        from->setCurrentIndex(from->findData(segment.value(ScenarioKey::From).toString()));
        connect(from, &QComboBox::currentIndexChanged, this,
                [this, row, from] { put(row, ScenarioKey::From, from->currentData().toString()); });
        m_table->setCellWidget(row, 0, from);
        const QJsonArray flags = segment.value(ScenarioKey::Flags).toArray();
        for (int f = 0; f < kFlagNames.size(); ++f) {
            auto *item = new QTableWidgetItem;
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            item->setCheckState(flags.contains(kFlagNames[f]) ? Qt::Checked : Qt::Unchecked);
            m_table->setItem(row, 1 + f, item);
        }
    }
    m_table->setCurrentCell(std::min(current, m_table->rowCount() - 1), 0);
    m_loading = false;
    updateEnabled();
}

void ScenarioEditorSegments::updateEnabled()
{
    const int row = m_table->currentRow();
    m_remove->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < m_table->rowCount());
}

void ScenarioEditorSegments::onItemChanged(QTableWidgetItem *item)
{
    if (m_loading || item->column() < 1)
        return;
    QJsonArray flags;
    for (int f = 0; f < kFlagNames.size(); ++f) {
        if (m_table->item(item->row(), 1 + f)->checkState() == Qt::Checked)
            flags.append(kFlagNames[f]);
    }
    put(item->row(), ScenarioKey::Flags, flags);
}

void ScenarioEditorSegments::put(int row, const QString &key, const QJsonValue &value)
{
    if (m_loading)
        return;
    QJsonObject segment = m_segments.at(row).toObject();
    segment[key] = value;
    m_segments[row] = segment;
    Q_EMIT edited(m_segments);
}

void ScenarioEditorSegments::change(const QJsonArray &segments, int select)
{
    m_segments = segments;
    fill();
    m_table->setCurrentCell(select, 0);
    Q_EMIT edited(m_segments);
}

void ScenarioEditorSegments::addSegment()
{
    QJsonArray segments = m_segments;
    segments.append(QJsonObject{{ScenarioKey::From, QStringLiteral("client")}, {ScenarioKey::Flags, QJsonArray{QStringLiteral("FIN")}}});
    change(segments, int(segments.size()) - 1);
}

void ScenarioEditorSegments::removeSegment()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_segments.size())
        return;
    QJsonArray segments = m_segments;
    segments.removeAt(row);
    change(segments, std::min(row, int(segments.size()) - 1));
}

void ScenarioEditorSegments::moveSegment(int delta)
{
    const int from = m_table->currentRow();
    const int to = from + delta;
    if (from < 0 || to < 0 || to >= m_segments.size())
        return;
    QJsonArray segments = m_segments;
    const QJsonValue moved = segments.at(from);
    segments[from] = segments.at(to);
    segments[to] = moved;
    change(segments, to);
}

void ScenarioEditorSegments::clearMarks()
{
    for (QTableWidgetItem *item : std::as_const(m_markedItems)) {
        item->setBackground(QBrush());
        item->setForeground(QBrush());
        item->setToolTip(QString());
    }
    m_markedItems.clear();
    for (int row = 0; row < m_table->rowCount(); ++row)
        ScenarioEditorMarks::unmarkWidget(m_table->cellWidget(row, 0));
}

void ScenarioEditorSegments::markRow(int row, const QString &rest, const QString &message)
{
    clearMarks();
    if (rest == ScenarioKey::From || rest.startsWith(QLatin1String("from."))) {
        ScenarioEditorMarks::markWidget(m_table->cellWidget(row, 0), message);
        return;
    }
    for (int column = 1; column < m_table->columnCount(); ++column) {
        if (QTableWidgetItem *item = m_table->item(row, column)) {
            item->setBackground(kProblemBackground);
            item->setForeground(Qt::black); // readable on the pink in a dark theme too
            item->setToolTip(message);
            m_markedItems << item;
        }
    }
}

} // namespace FinAck
