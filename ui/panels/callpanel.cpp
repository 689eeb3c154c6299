// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#include "panels/callpanel.h"

#include "panels/statepanel.h"
#include "session/calltablemodel.h"
#include "session/playback.h"

#include <QApplication>
#include <QEvent>
#include <QFontDatabase>
#include <QHeaderView>
#include <QPainter>
#include <QRegularExpression>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTextLayout>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace FinAck {

namespace {

// Lines of `text` `width` pixels wide: at spaces where it can, inside a word only when one is
// wider than the column (a Qt signal's name in a 220 px panel). Never elided: the view's own
// word wrap elides a word that does not fit, and "ECONNRE…" is what users could not read.
qreal layOut(QTextLayout &layout, qreal width, Qt::Alignment alignment)
{
    QTextOption option(alignment & Qt::AlignHorizontal_Mask);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    qreal height = 0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, height));
        height += line.height();
    }
    layout.endLayout();
    return height;
}

int textMargin(const QWidget *widget)
{
    const QStyle *style = widget ? widget->style() : QApplication::style();
    return style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
}

QString layoutText(QString text)
{
    return text.replace(QLatin1Char('\n'), QChar::LineSeparator);
}

} // namespace

// Core only says which rows are errors; the colours are the view's, taken from the palette so
// that they read on light and dark themes alike.
class CallPanel::RowDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void setCurrentStepStart(int eventIndex) { m_currentStepStart = eventIndex; }
    // The font a cell is drawn in, for measuring it.
    QFont cellFont(const QModelIndex &index, const QWidget *view) const
    {
        QStyleOptionViewItem option;
        option.initFrom(view);
        option.font = view->font();
        initStyleOption(&option, index);
        return option.font;
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString text = opt.text;
        opt.text.clear(); // the style draws the background, selection and focus; the text is ours
        const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
        const int margin = textMargin(opt.widget);
        const QRect rect = opt.rect.adjusted(margin, 0, -margin, 0);
        QTextLayout layout(layoutText(text), opt.font);
        const qreal height = layOut(layout, rect.width(), opt.displayAlignment);
        const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
                                           : (opt.state & QStyle::State_Active) ? QPalette::Normal
                                                                                : QPalette::Inactive;
        painter->save();
        painter->setPen(opt.palette.color(group, opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
        layout.draw(painter, QPointF(rect.left(), rect.top() + std::max(0.0, (rect.height() - height) / 2)));
        painter->restore();
    }

    // The view asks for a row's height with the column's width in option.rect (word wrap on).
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        if (option.rect.width() <= 0)
            return size;
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        QTextLayout layout(layoutText(opt.text), opt.font);
        const int padding = std::max(0, size.height() - QFontMetrics(opt.font).height());
        const qreal height = layOut(layout, opt.rect.width() - 2 * textMargin(opt.widget), opt.displayAlignment);
        size.setHeight(std::max(size.height(), int(std::ceil(height)) + padding));
        return size;
    }

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
    // fitColumns() gives the columns the viewport's width between them: no horizontal scrolling.
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
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

void CallPanel::setWindowsExpected(const QHash<int, ExpectedCall> &windows)
{
    m_model->setWindowsExpected(windows);
    fitColumns();
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

// Nothing is elided and no column scrolls out of sight (a projector, a 1366x768 laptop): each
// column gets its one-line width if all fit, else at least its longest word and a share of the
// rest in proportion to what it lacks, and wraps. Where even the longest words do not fit
// (a panel ~220 px wide) the time column goes first (the row's tooltip has the time too), and
// then the columns share the width by their longest words, which break inside (layOut()).
void CallPanel::fitColumns()
{
    constexpr int kColumns = CallTableModel::ColumnCount;
    const int width = m_table->viewport()->width();
    const int margins = 2 * textMargin(m_table) + 2;
    int natural[kColumns] = {};
    int minimum[kColumns] = {};
    for (int column = 0; column < kColumns; ++column) {
        natural[column] = std::max(static_cast<const QAbstractItemView *>(m_table)->sizeHintForColumn(column),
                                   m_table->horizontalHeader()->sectionSizeHint(column));
        minimum[column] = std::min(natural[column], longestWord(column) + margins);
    }
    // The time is one word; its heading may wrap no more than a number.
    minimum[CallTableModel::TimeColumn] = natural[CallTableModel::TimeColumn];
    const auto sum = [](const int *widths, int from) { return std::accumulate(widths + from, widths + kColumns, 0); };
    const bool dropTime = sum(minimum, 0) > width;
    if (m_table->isColumnHidden(CallTableModel::TimeColumn) != dropTime)
        m_table->setColumnHidden(CallTableModel::TimeColumn, dropTime);
    const int first = dropTime ? 1 : 0;
    int widths[kColumns] = {};
    if (sum(natural, first) <= width) {
        std::copy(natural, natural + kColumns, widths);
    } else if (sum(minimum, first) <= width) {
        const int lacking = sum(natural, first) - sum(minimum, first);
        const int spare = width - sum(minimum, first);
        for (int column = first; column < kColumns; ++column)
            widths[column] = minimum[column] + (lacking > 0 ? int(qint64(spare) * (natural[column] - minimum[column]) / lacking) : 0);
    } else {
        // The result keeps its words whole while the others can keep a few letters a line; the
        // other columns share the rest by their longest words.
        constexpr int kResult = CallTableModel::ResultColumn;
        constexpr int kFew = 48;
        const int others = kColumns - first - 1;
        const bool resultWhole = minimum[kResult] + others * kFew <= width;
        const int shared = kColumns - first - (resultWhole ? 1 : 0);
        const int room = width - (resultWhole ? minimum[kResult] : 0);
        const int few = std::min(kFew, room / std::max(1, shared));
        int lacking = 0;
        for (int column = first; column < kColumns; ++column)
            lacking += resultWhole && column == kResult ? 0 : std::max(0, minimum[column] - few);
        const int spare = room - shared * few;
        for (int column = first; column < kColumns; ++column) {
            if (resultWhole && column == kResult)
                widths[column] = minimum[column];
            else
                widths[column] = few + (lacking > 0 ? int(qint64(spare) * std::max(0, minimum[column] - few) / lacking) : 0);
        }
    }
    // Meaning takes what is left (set here: a stretched last section keeps at least its default size).
    widths[CallTableModel::MeaningColumn] = width - std::accumulate(widths + first, widths + CallTableModel::MeaningColumn, 0);
    for (int column = first; column < kColumns; ++column)
        m_table->setColumnWidth(column, std::max(widths[column], m_table->horizontalHeader()->minimumSectionSize()));
    m_table->resizeRowsToContents();
}

// The widest word of a column, heading included, in the fonts its cells are drawn in: no narrower
// than that, a wrapped cell would still be elided.
int CallPanel::longestWord(int column) const
{
    int widest = 0;
    const auto measure = [&widest](const QString &text, const QFontMetrics &fm) {
        for (const QString &word : text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts))
            widest = std::max(widest, fm.horizontalAdvance(word));
    };
    measure(m_model->headerData(column, Qt::Horizontal).toString(), m_table->horizontalHeader()->fontMetrics());
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, column);
        measure(index.data().toString(), QFontMetrics(m_delegate->cellFont(index, m_table)));
    }
    return widest;
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
