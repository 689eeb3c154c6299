#include "callpanel.h"

#include "calltablemodel.h"
#include "playback.h"
#include "statepanel.h"

#include <QEvent>
#include <QFontDatabase>
#include <QHeaderView>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace FinAck {

// Core only says which rows are errors; the colours are the view's, taken from the palette so
// that they read on light and dark themes alike.
class CallPanel::RowDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void setCurrentStepStart(int eventIndex) { m_currentStepStart = eventIndex; }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const bool dark = option->palette.color(QPalette::Base).lightness() < 128;
        const bool error = index.data(CallTableModel::IsErrorRole).toBool();
        const bool signal = index.data(CallTableModel::RowKindRole).toInt() == int(CallTableModel::RowKind::Signal);
        if (error)
            option->palette.setColor(QPalette::Text, dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e));
        else if (signal)
            option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
        const int column = index.column();
        if (column == CallTableModel::CallColumn || column == CallTableModel::ResultColumn) {
            QFont code = QFontDatabase::systemFont(QFontDatabase::FixedFont);
            code.setPointSizeF(std::max(code.pointSizeF(), option->font.pointSizeF()));
            option->font = code;
        }
        if (signal)
            option->font.setItalic(true);
        if (index.data(CallTableModel::EventIndexRole).toInt() >= m_currentStepStart
            || (column == CallTableModel::ResultColumn && index.data(CallTableModel::IsEndOfStreamRole).toBool()))
            option->font.setBold(true);
        option->fontMetrics = QFontMetrics(option->font);
    }

private:
    int m_currentStepStart = 0;
};

CallPanel::CallPanel(Actor actor, QWidget *parent)
    : QWidget(parent)
    , m_actor(actor)
{
    m_model = new CallTableModel(actor, this);
    m_state = new StatePanel(actor, this);
    m_table = new QTableView(this);
    // Rows come and go as the playhead moves; the view then moves its current row by itself.
    // Connected before the view's own handlers, so that is never taken for a choice of the user's.
    const auto hold = [this] {
        m_selecting = true;
        m_heldEvent = selectedEvent();
    };
    const auto release = [this] { selectEvent(m_heldEvent); }; // the same event, or none when its row is gone
    connect(m_model, &QAbstractItemModel::rowsAboutToBeRemoved, this, hold);
    connect(m_model, &QAbstractItemModel::rowsAboutToBeInserted, this, hold);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, hold);
    m_table->setModel(m_model);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, release);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, release);
    connect(m_model, &QAbstractItemModel::modelReset, this, release);
    m_delegate = new RowDelegate(m_table);
    m_table->setItemDelegate(m_delegate);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(true); // meaning
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setHighlightSections(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(10);
    layout->addWidget(m_state);
    layout->addWidget(m_table, 1);
    retranslate();

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CallPanel::onSelectionChanged);
    // The header's ResizeToContents mode does not look at rows added later, so the columns are
    // fitted whenever rows come or go; the newest call is the one to read, so it stays in view.
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        fitColumns();
        m_table->scrollToBottom();
    });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &CallPanel::fitColumns);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CallPanel::fitColumns);
    m_table->viewport()->installEventFilter(this);
    fitColumns();
}

void CallPanel::retranslate()
{
    if (m_actor == Actor::Client) {
        setAccessibleName(tr("Client panel"));
        m_table->setAccessibleName(tr("Client calls"));
    } else {
        setAccessibleName(tr("Server panel"));
        m_table->setAccessibleName(tr("Server calls"));
    }
}

// CallTableModel makes its headings and words (" (end of stream)", "blocked …") when asked, in
// the language of that moment; the view caches sizes, so it is told that all of it changed.
void CallPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() != QEvent::LanguageChange)
        return;
    retranslate();
    Q_EMIT m_model->headerDataChanged(Qt::Horizontal, 0, CallTableModel::ColumnCount - 1);
    if (m_model->rowCount() > 0)
        Q_EMIT m_model->dataChanged(m_model->index(0, 0), m_model->index(m_model->rowCount() - 1, CallTableModel::ColumnCount - 1));
    fitColumns();
}

void CallPanel::setPlayback(Playback *playback)
{
    for (const auto &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_playback = playback;
    m_model->setPlayback(playback);
    if (playback) {
        m_connections << connect(playback, &Playback::traceChanged, this, &CallPanel::refresh);
        m_connections << connect(playback, &Playback::playheadChanged, this, &CallPanel::refresh);
    }
    refresh();
}

void CallPanel::refresh()
{
    if (!m_playback) {
        m_state->setSnapshot({});
        return;
    }
    const Playback &p = *m_playback;
    // A live run's playback holds events only; its endpoints come from the lab's header, which
    // the window passes on. A replayed file's trace names them itself.
    if (!p.trace().endpoint(m_actor).isEmpty())
        m_state->setEndpoint(p.trace().endpoint(m_actor));
    m_state->setSnapshot(sideSnapshotAt(p.trace(), m_actor, p.position()));
    // The current step starts at the last boundary before the playhead.
    const QList<int> bounds = p.stepBoundaries();
    const auto at = std::lower_bound(bounds.cbegin(), bounds.cend(), p.position());
    m_delegate->setCurrentStepStart(at == bounds.cbegin() ? 0 : *(at - 1));
    m_table->viewport()->update();
}

// Every column gets what it needs up to a share of the width, and then wraps: on a projector
// the whole call has to be readable, not elided. Meaning takes what is left.
void CallPanel::fitColumns()
{
    static constexpr double kShare[CallTableModel::MeaningColumn] = {0.12, 0.42, 0.16, 0.18, 0.22};
    const int width = m_table->viewport()->width();
    for (int column = 0; column < CallTableModel::MeaningColumn; ++column) {
        m_table->resizeColumnToContents(column);
        const int cap = std::max(80, int(width * kShare[column]));
        if (m_table->columnWidth(column) > cap)
            m_table->setColumnWidth(column, cap);
    }
    m_table->resizeRowsToContents();
}

bool CallPanel::eventFilter(QObject *watched, QEvent *event)
{
    // The viewport's own size is what the shares are of; the panel's resize comes before it.
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    return QWidget::eventFilter(watched, event);
}

int CallPanel::selectedEvent() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : m_model->eventIndex(rows.constFirst().row());
}

void CallPanel::selectEvent(int traceIndex)
{
    const int row = m_model->rowForEvent(traceIndex);
    m_selecting = true;
    if (row < 0) {
        m_table->clearSelection();
    } else {
        m_table->selectRow(row);
        m_table->scrollTo(m_model->index(row, 0));
    }
    m_lastEmitted = selectedEvent();
    m_selecting = false;
}

void CallPanel::onSelectionChanged()
{
    // Only a choice of the user's is news: rows vanishing as the playhead moves back, or the
    // diagram selecting through selectEvent(), are not.
    const int event = selectedEvent();
    if (m_selecting || event < 0 || event == m_lastEmitted)
        return;
    m_lastEmitted = event;
    Q_EMIT eventSelected(event);
}

} // namespace FinAck
