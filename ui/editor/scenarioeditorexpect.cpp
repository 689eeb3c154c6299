// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#include "editor/scenarioeditorexpect.h"

#include "editor/scenarioeditorjson.h"
#include "editor/scenarioeditorsegments.h"
#include "io/scenarioformat.h"
#include "model/tcpstate.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QMessageBox>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace FinAck {

namespace {
const QStringList kPlatforms{QStringLiteral("linux"), QStringLiteral("windows"), QStringLiteral("textbook")};
const QColor kProblemBackground(255, 205, 210);
enum CallColumn { StepColumn, CallTextColumn, RetColumn, ErrnoColumn };
const QString kCallKeys[] = {ScenarioKey::Step, QString(), ScenarioKey::Ret, ScenarioKey::Errno};

QString cellText(const QJsonValue &v)
{
    if (v.isDouble())
        return QString::number(qint64(v.toDouble()));
    return v.isString() ? v.toString() : QString();
}

// What a cell holds as JSON: a whole number when it reads as one, else the text, for the loader
// to name ("expected an integer ..., got \"x\"").
QJsonValue cellValue(const QString &text)
{
    const QString trimmed = text.trimmed();
    bool ok = false;
    const qint64 n = trimmed.toLongLong(&ok);
    if (trimmed.isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    return ok ? QJsonValue(n) : QJsonValue(trimmed);
}

QToolButton *toolButton(QWidget *parent, QAction *action)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    return button;
}

QComboBox *stateBox(QWidget *parent, const QString &name)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(name);
    box->addItem(QString(), QString());
    for (int s = int(TcpState::Closed); s <= int(TcpState::TimeWait); ++s)
        box->addItem(tcpStateName(TcpState(s)), tcpStateName(TcpState(s)));
    return box;
}
} // namespace

ScenarioEditorExpect::ScenarioEditorExpect(QJsonObject *scenario, QWidget *parent)
    : ScenarioEditorPage(scenario, parent)
{
    m_platformLabel = new QLabel(this);
    m_platform = new QComboBox(this);
    m_platform->setObjectName(QStringLiteral("expect.platform"));
    for (const QString &platform : kPlatforms)
        m_platform->addItem(QString(), platform);
    m_platformLabel->setBuddy(m_platform);
    m_stated = new QCheckBox(this);
    m_stated->setObjectName(QStringLiteral("expect.stated"));
    auto *top = new QHBoxLayout;
    top->addWidget(m_platformLabel);
    top->addWidget(m_platform);
    top->addWidget(m_stated);
    top->addStretch(1);

    m_callsBox = new QGroupBox(this);
    m_calls = new QTableWidget(0, 4, m_callsBox);
    m_calls->setObjectName(QStringLiteral("expect.calls"));
    m_calls->verticalHeader()->hide();
    m_calls->horizontalHeader()->setSectionResizeMode(CallTextColumn, QHeaderView::Stretch);
    m_calls->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_calls->setSelectionMode(QAbstractItemView::SingleSelection);
    m_addCall = new QAction(this);
    m_removeCall = new QAction(this);
    auto *callButtons = new QHBoxLayout;
    callButtons->addWidget(toolButton(this, m_addCall));
    callButtons->addWidget(toolButton(this, m_removeCall));
    callButtons->addStretch(1);
    auto *callsLayout = new QVBoxLayout(m_callsBox);
    callsLayout->addWidget(m_calls, 1);
    callsLayout->addLayout(callButtons);

    m_segmentsBox = new ScenarioEditorSegments(this);
    connect(m_segmentsBox, &ScenarioEditorSegments::edited, this, [this](const QJsonArray &segments) {
        QJsonObject e = expectation();
        e[ScenarioKey::Segments] = segments;
        setExpectation(e);
    });

    m_statesBox = new QGroupBox(this);
    m_clientLabel = new QLabel(this);
    m_serverLabel = new QLabel(this);
    m_clientState = stateBox(this, QStringLiteral("expect.final_states.client"));
    m_serverState = stateBox(this, QStringLiteral("expect.final_states.server"));
    auto *statesLayout = new QHBoxLayout(m_statesBox);
    statesLayout->addWidget(m_clientLabel);
    statesLayout->addWidget(m_clientState);
    statesLayout->addSpacing(24);
    statesLayout->addWidget(m_serverLabel);
    statesLayout->addWidget(m_serverState);
    statesLayout->addStretch(1);

    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #d32f2f;"));
    m_problem->hide();
    auto *tables = new QHBoxLayout;
    tables->addWidget(m_callsBox, 3);
    tables->addWidget(m_segmentsBox, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(tables, 1);
    layout->addWidget(m_statesBox);
    layout->addWidget(m_problem);

    m_marks = ScenarioEditorMarks(m_problem);
    m_marks.add(ScenarioKey::Calls, m_calls);
    m_marks.add(ScenarioKey::Segments, m_segmentsBox->table());
    m_marks.add(ScenarioKey::FinalStates, m_statesBox);
    m_marks.add(ScenarioKey::path(ScenarioKey::FinalStates, QStringLiteral("client")), m_clientState);
    m_marks.add(ScenarioKey::path(ScenarioKey::FinalStates, QStringLiteral("server")), m_serverState);

    connect(m_platform, &QComboBox::currentIndexChanged, this, &ScenarioEditorExpect::refresh);
    connect(m_stated, &QCheckBox::toggled, this, [this](bool on) {
        if (m_loading)
            return;
        // A whole platform's claims go with one click: ask first.
        if (!on && !expectation().isEmpty()
            && QMessageBox::question(this, tr("Remove expectations"),
                                     //: %1 a platform: Linux, Windows or Textbook
                                     tr("Remove everything stated for %1?").arg(m_platform->currentText()))
                   != QMessageBox::Yes) {
            const QSignalBlocker blocker(m_stated);
            m_stated->setChecked(true);
            return;
        }
        setStated(on);
    });
    connect(m_calls, &QTableWidget::currentCellChanged, this, &ScenarioEditorExpect::updateEnabled);
    connect(m_calls, &QTableWidget::itemChanged, this, &ScenarioEditorExpect::onCallEdited);
    connect(m_addCall, &QAction::triggered, this, &ScenarioEditorExpect::addCall);
    connect(m_removeCall, &QAction::triggered, this, &ScenarioEditorExpect::removeCall);
    for (auto [box, side] : {std::pair{m_clientState, QStringLiteral("client")}, std::pair{m_serverState, QStringLiteral("server")}}) {
        // Init-captures: clang (and so clang-tidy) 14 cannot capture a structured binding.
        connect(box, &QComboBox::currentIndexChanged, this,
                [this, combo = box, name = side] { putFinalState(name, combo->currentData().toString()); });
    }
    retranslate();
    refresh();
}

void ScenarioEditorExpect::retranslate()
{
    m_platformLabel->setText(tr("Platform:"));
    m_platform->setItemText(0, tr("Linux"));
    m_platform->setItemText(1, tr("Windows"));
    //: the platform "textbook": what RFC 9293 and the classic books describe
    m_platform->setItemText(2, tr("Textbook"));
    m_stated->setText(tr("State what happens on this platform"));
    m_callsBox->setTitle(tr("Calls"));
    //: column headers of the expected calls: the author step's number, its call, the return value, the errno name
    m_calls->setHorizontalHeaderLabels({tr("Step"), tr("Call"), tr("Returns"), tr("errno")});
    m_calls->setToolTip(tr("Step counts the author's steps from 0. Leave Returns empty to leave it unchecked, "
                           "errno empty for a call that succeeds."));
    m_addCall->setText(tr("Add call"));
    m_removeCall->setText(tr("Remove"));
    m_statesBox->setTitle(tr("Final states"));
    m_clientLabel->setText(tr("Client:"));
    m_serverLabel->setText(tr("Server:"));
    for (QComboBox *box : {m_clientState, m_serverState})
        box->setItemText(0, tr("(not stated)"));
    refresh();
}

QString ScenarioEditorExpect::platform() const
{
    return m_platform->currentData().toString();
}

void ScenarioEditorExpect::setPlatform(const QString &platform)
{
    m_platform->setCurrentIndex(std::max(0, m_platform->findData(platform)));
}

QJsonObject ScenarioEditorExpect::expectation() const
{
    return m_scenario->value(ScenarioKey::Expect).toObject().value(platform()).toObject();
}

void ScenarioEditorExpect::setExpectation(const QJsonObject &expectation)
{
    QJsonObject expect = m_scenario->value(ScenarioKey::Expect).toObject();
    expect[platform()] = expectation;
    (*m_scenario)[ScenarioKey::Expect] = expect;
    Q_EMIT edited();
}

void ScenarioEditorExpect::setStated(bool stated)
{
    QJsonObject expect = m_scenario->value(ScenarioKey::Expect).toObject();
    if (stated)
        expect[platform()] = QJsonObject();
    else
        expect.remove(platform());
    if (expect.isEmpty())
        m_scenario->remove(ScenarioKey::Expect);
    else
        (*m_scenario)[ScenarioKey::Expect] = expect;
    refresh();
    Q_EMIT edited();
}

void ScenarioEditorExpect::refresh()
{
    m_loading = true;
    m_stated->setChecked(m_scenario->value(ScenarioKey::Expect).toObject().contains(platform()));
    fillCalls();
    m_segmentsBox->setSegments(expectation().value(ScenarioKey::Segments).toArray());
    const QJsonObject states = expectation().value(ScenarioKey::FinalStates).toObject();
    m_clientState->setCurrentIndex(std::max(0, m_clientState->findData(states.value(QStringLiteral("client")).toString())));
    m_serverState->setCurrentIndex(std::max(0, m_serverState->findData(states.value(QStringLiteral("server")).toString())));
    m_loading = false;
    updateEnabled();
    showProblem();
}

void ScenarioEditorExpect::updateEnabled()
{
    for (QWidget *box : {static_cast<QWidget *>(m_callsBox), static_cast<QWidget *>(m_segmentsBox), static_cast<QWidget *>(m_statesBox)})
        box->setEnabled(m_stated->isChecked());
    m_removeCall->setEnabled(m_calls->currentRow() >= 0);
}

void ScenarioEditorExpect::fillCalls()
{
    const bool wasLoading = std::exchange(m_loading, true);
    // setItem() below deletes the cells showProblem() marked; it marks the new ones again.
    m_markedItems.clear();
    const QJsonArray calls = expectation().value(ScenarioKey::Calls).toArray();
    m_calls->setRowCount(int(calls.size()));
    for (int row = 0; row < calls.size(); ++row) {
        const QJsonObject call = calls.at(row).toObject();
        for (int column : {StepColumn, RetColumn, ErrnoColumn})
            m_calls->setItem(row, column, new QTableWidgetItem(cellText(call.value(kCallKeys[column]))));
        auto *text = new QTableWidgetItem;
        text->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_calls->setItem(row, CallTextColumn, text);
        updateCallText(row);
    }
    m_calls->resizeColumnToContents(StepColumn);
    m_loading = wasLoading;
}

void ScenarioEditorExpect::updateCallText(int row)
{
    const QJsonValue step = expectation().value(ScenarioKey::Calls).toArray().at(row).toObject().value(ScenarioKey::Step);
    const QJsonArray steps = m_scenario->value(ScenarioKey::Steps).toArray();
    QString text;
    if (step.isDouble() && step.toDouble() >= 0 && step.toDouble() < steps.size()) {
        const QJsonObject s = steps.at(int(step.toDouble())).toObject();
        const QString actor = s.value(ScenarioKey::Actor).toString();
        if (actor == QLatin1String("server")) {
            //: %1 a call as code: recv(1024)
            text = tr("Server: %1").arg(stepCallText(s));
        } else {
            //: %1 a call as code: recv(1024)
            text = tr("Client: %1").arg(stepCallText(s));
        }
    }
    const bool wasLoading = std::exchange(m_loading, true);
    if (QTableWidgetItem *item = m_calls->item(row, CallTextColumn))
        item->setText(text);
    m_loading = wasLoading;
}

void ScenarioEditorExpect::onCallEdited(QTableWidgetItem *item)
{
    const QString key = kCallKeys[item->column()];
    if (m_loading || key.isEmpty())
        return;
    QJsonObject e = expectation();
    QJsonArray calls = e.value(ScenarioKey::Calls).toArray();
    QJsonObject call = calls.at(item->row()).toObject();
    const QJsonValue value = item->column() == ErrnoColumn && !item->text().trimmed().isEmpty() ? QJsonValue(item->text().trimmed())
                                                                                                : cellValue(item->text());
    if (value.isUndefined())
        call.remove(key);
    else
        call[key] = value;
    calls[item->row()] = call;
    e[ScenarioKey::Calls] = calls;
    setExpectation(e);
    updateCallText(item->row());
}

void ScenarioEditorExpect::putFinalState(const QString &side, const QString &state)
{
    if (m_loading)
        return;
    QJsonObject e = expectation();
    QJsonObject states = e.value(ScenarioKey::FinalStates).toObject();
    if (state.isEmpty())
        states.remove(side);
    else
        states[side] = state;
    if (states.isEmpty())
        e.remove(ScenarioKey::FinalStates);
    else
        e[ScenarioKey::FinalStates] = states;
    setExpectation(e);
}

void ScenarioEditorExpect::addCall()
{
    QJsonObject e = expectation();
    QJsonArray calls = e.value(ScenarioKey::Calls).toArray();
    // The step after the last one stated: expectations are usually written in step order.
    const int step = calls.isEmpty() ? 0 : calls.last().toObject().value(ScenarioKey::Step).toInt() + 1;
    calls.append(QJsonObject{{ScenarioKey::Step, step}, {ScenarioKey::Ret, 0}});
    e[ScenarioKey::Calls] = calls;
    setExpectation(e);
    fillCalls();
    m_calls->setCurrentCell(int(calls.size()) - 1, StepColumn);
    showProblem();
}

void ScenarioEditorExpect::removeCall()
{
    const int row = m_calls->currentRow();
    QJsonObject e = expectation();
    QJsonArray calls = e.value(ScenarioKey::Calls).toArray();
    if (row < 0 || row >= calls.size())
        return;
    calls.removeAt(row);
    e[ScenarioKey::Calls] = calls;
    setExpectation(e);
    fillCalls();
    showProblem();
}

QTableWidget *ScenarioEditorExpect::segmentsTable() const
{
    return m_segmentsBox->table();
}

void ScenarioEditorExpect::addSegment()
{
    m_segmentsBox->addSegment();
}

bool ScenarioEditorExpect::owns(const QString &path) const
{
    return scenarioPathWithin(path, ScenarioKey::Expect);
}

void ScenarioEditorExpect::showProblem()
{
    for (QTableWidgetItem *item : std::as_const(m_markedItems)) {
        item->setBackground(QBrush());
        item->setForeground(QBrush());
        item->setToolTip(QString());
    }
    m_markedItems.clear();
    ScenarioEditorMarks::unmarkWidget(m_platform);
    ScenarioEditorMarks::unmarkWidget(m_stated);
    m_segmentsBox->clearMarks();
    m_marks.clear();
    if (m_problemPath.isEmpty())
        return;
    const QString base = platformPath();
    if (!scenarioPathWithin(m_problemPath, base)) {
        // Another platform's, or the expect object itself: the platform choice is where to look.
        ScenarioEditorMarks::markWidget(m_platform, m_problemMessage);
        m_marks.mark(QString(), m_problemMessage, this);
        return;
    }
    const QString rest = m_problemPath.mid(base.size() + 1);
    if (rest.isEmpty())
        ScenarioEditorMarks::markWidget(m_stated, m_problemMessage);
    // A cell is marked on its own, the table when the problem is about a whole row or the array.
    const auto markCells = [this](QTableWidget *table, int row, const QList<int> &columns) {
        for (int column : columns) {
            if (QTableWidgetItem *item = table->item(row, column)) {
                item->setBackground(kProblemBackground);
                item->setForeground(Qt::black); // readable on the pink in a dark theme too
                item->setToolTip(m_problemMessage);
                m_markedItems << item;
            }
        }
    };
    const ScenarioElementPath call = scenarioElementPath(rest, ScenarioKey::Calls);
    const ScenarioElementPath segment = scenarioElementPath(rest, ScenarioKey::Segments);
    if (call.index >= 0 && call.index < m_calls->rowCount()) {
        const int column = call.rest.isEmpty()
                               ? 4
                               : int(std::find(std::begin(kCallKeys), std::end(kCallKeys), call.rest) - std::begin(kCallKeys));
        m_marks.mark(QString(), m_problemMessage, this);
        markCells(m_calls, call.index, column < 4 ? QList<int>{column} : QList<int>{StepColumn, CallTextColumn, RetColumn, ErrnoColumn});
    } else if (segment.index >= 0 && segment.index < m_segmentsBox->table()->rowCount()) {
        m_marks.mark(QString(), m_problemMessage, this);
        m_segmentsBox->markRow(segment.index, segment.rest, m_problemMessage);
    } else {
        m_marks.mark(rest, m_problemMessage, this);
    }
}

void ScenarioEditorExpect::revealProblem()
{
    const QStringList parts = m_problemPath.split(u'.');
    if (parts.size() > 1 && kPlatforms.contains(parts.at(1)))
        setPlatform(parts.at(1));
    const QString rest = m_problemPath.mid(platformPath().size() + 1);
    const ScenarioElementPath call = scenarioElementPath(rest, ScenarioKey::Calls);
    const ScenarioElementPath segment = scenarioElementPath(rest, ScenarioKey::Segments);
    if (call.index >= 0) {
        m_calls->setFocus(Qt::OtherFocusReason);
        m_calls->setCurrentCell(call.index, StepColumn);
    } else if (segment.index >= 0) {
        m_segmentsBox->table()->setFocus(Qt::OtherFocusReason);
        m_segmentsBox->table()->setCurrentCell(segment.index, 0);
    } else if (QWidget *field = m_marks.marked()) {
        field->setFocus(Qt::OtherFocusReason);
    } else {
        m_platform->setFocus(Qt::OtherFocusReason);
    }
}

} // namespace FinAck
