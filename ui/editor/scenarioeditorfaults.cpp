// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#include "editor/scenarioeditorfaults.h"

#include "io/scenarioformat.h"
#include "model/actor.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QSplitter>
#include <QStyle>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace FinAck {

namespace {
// The order the loader and the trace format write them in.
const QStringList kFlagNames{QStringLiteral("SYN"), QStringLiteral("ACK"), QStringLiteral("FIN"), QStringLiteral("RST"),
                             QStringLiteral("PSH")};
const QColor kProblemBackground(255, 205, 210);

QSpinBox *spinBox(QWidget *parent, const QString &name, int min, int max)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(name);
    box->setRange(min, max);
    return box;
}

int intOf(const QJsonValue &v, int absent)
{
    return v.isDouble() ? int(std::clamp(v.toDouble(), -1e9, 1e9)) : absent;
}
} // namespace

ScenarioEditorFaults::ScenarioEditorFaults(QJsonObject *scenario, QWidget *parent)
    : ScenarioEditorPage(scenario, parent)
{
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("faults.list"));
    m_list->setColumnCount(4);
    m_list->setRootIsDecorated(false);
    m_list->setAllColumnsShowFocus(true);
    m_list->header()->setStretchLastSection(true);
    for (int c = 0; c < 3; ++c)
        m_list->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_add = new QAction(this);
    m_remove = new QAction(this);
    connect(m_add, &QAction::triggered, this, &ScenarioEditorFaults::addFault);
    connect(m_remove, &QAction::triggered, this, &ScenarioEditorFaults::removeFault);
    auto *buttons = new QHBoxLayout;
    for (QAction *action : {m_add, m_remove}) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    m_listProblem = new QLabel(this);
    m_listProblem->setWordWrap(true);
    m_listProblem->setStyleSheet(QStringLiteral("color: #d32f2f;"));
    m_listProblem->hide();
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addLayout(buttons);
    leftLayout->addWidget(m_listProblem);

    // The lowest value of an optional number stands for "not in the file": the loader's default.
    m_atStep = spinBox(this, QStringLiteral("fault.at_step"), -1, 1000000);
    m_from = new QComboBox(this);
    m_from->setObjectName(QStringLiteral("fault.from"));
    m_from->addItem(QString(), QStringLiteral("client"));
    m_from->addItem(QString(), QStringLiteral("server"));
    m_flagsRow = new QWidget(this);
    auto *flagsLayout = new QHBoxLayout(m_flagsRow);
    flagsLayout->setContentsMargins(0, 0, 0, 0);
    for (const QString &name : kFlagNames) {
        auto *box = new QCheckBox(name, m_flagsRow);
        box->setObjectName(QStringLiteral("fault.flags.") + name);
        flagsLayout->addWidget(box);
        m_flags << box;
        connect(box, &QCheckBox::toggled, this, [this] { put(ScenarioKey::Flags, flagsValue()); });
    }
    flagsLayout->addStretch(1);
    m_exact = new QCheckBox(this);
    m_exact->setObjectName(QStringLiteral("fault.exact"));
    m_nth = spinBox(this, QStringLiteral("fault.nth"), 0, 1000000);
    m_count = spinBox(this, QStringLiteral("fault.count"), -1, 1000000);
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("fault.note"));
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #d32f2f;"));
    m_problem->hide();

    m_formBox = new QWidget(this);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    for (QWidget *field : {static_cast<QWidget *>(m_atStep), static_cast<QWidget *>(m_from), m_flagsRow, static_cast<QWidget *>(m_exact),
                           static_cast<QWidget *>(m_nth), static_cast<QWidget *>(m_count), static_cast<QWidget *>(m_note)})
        m_form->addRow(new QLabel(m_formBox), field);
    auto *formLayout = new QVBoxLayout(m_formBox);
    formLayout->addLayout(m_form);
    formLayout->addWidget(m_problem);
    formLayout->addStretch(1);

    m_marks = ScenarioEditorMarks(m_problem);
    m_marks.add(ScenarioKey::AtStep, m_atStep);
    m_marks.add(ScenarioKey::From, m_from);
    m_marks.add(ScenarioKey::Flags, m_flagsRow);
    m_marks.add(ScenarioKey::Exact, m_exact);
    m_marks.add(ScenarioKey::Nth, m_nth);
    m_marks.add(ScenarioKey::Count, m_count);
    m_marks.add(ScenarioKey::Note, m_note);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(m_formBox);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(splitter, 1);

    const auto optionalNumber = [this](QSpinBox *box, const QString &key) {
        connect(box, &QSpinBox::valueChanged, this,
                [this, box, key](int v) { put(key, v == box->minimum() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(v)); });
    };
    optionalNumber(m_atStep, ScenarioKey::AtStep);
    optionalNumber(m_nth, ScenarioKey::Nth);
    optionalNumber(m_count, ScenarioKey::Count);
    connect(m_from, &QComboBox::currentIndexChanged, this, [this] { put(ScenarioKey::From, m_from->currentData().toString()); });
    connect(m_exact, &QCheckBox::toggled, this,
            [this](bool on) { put(ScenarioKey::Exact, on ? QJsonValue(true) : QJsonValue(QJsonValue::Undefined)); });
    connect(m_note, &QLineEdit::textChanged, this,
            [this](const QString &text) { put(ScenarioKey::Note, text.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(text)); });
    connect(m_list, &QTreeWidget::currentItemChanged, this, &ScenarioEditorFaults::loadForm);
    retranslate();
    refresh();
}

void ScenarioEditorFaults::retranslate()
{
    m_intro->setText(tr("Each fault drops segments on arrival, inside FinAck's private network: the capture still "
                        "sees them, the peer never gets them. A scenario with faults runs only where that network exists."));
    //: column headers of the list of faults
    m_list->setHeaderLabels({tr("#"), tr("From step"), tr("Side"), tr("Flags")});
    m_add->setText(tr("Add fault"));
    m_remove->setText(tr("Remove"));
    const char *const labels[] = {QT_TR_NOOP("From step:"), QT_TR_NOOP("Segments from:"),   QT_TR_NOOP("Carrying:"),
                                  QT_TR_NOOP("Exactly:"),   QT_TR_NOOP("The how-many-th:"), QT_TR_NOOP("How many:"),
                                  QT_TR_NOOP("Note:")};
    for (int r = 0; r < m_form->rowCount(); ++r) {
        if (auto *label = qobject_cast<QLabel *>(m_form->itemAt(r, QFormLayout::LabelRole)->widget()))
            label->setText(tr(labels[r]));
    }
    m_from->setItemText(0, tr("the client"));
    m_from->setItemText(1, tr("the server"));
    m_exact->setText(tr("these flags and no others (a pure ACK)"));
    //: at_step left out: the fault is in force from the first step
    m_atStep->setSpecialValueText(tr("default (0: from the start)"));
    m_nth->setSpecialValueText(tr("default (1: the first)"));
    //: a count of 0 would mean "every one from then on"; this is the field left out
    m_count->setSpecialValueText(tr("default (1)"));
    for (QSpinBox *box : {m_atStep, m_nth, m_count})
        fitSpecialValueText(box);
    m_count->setToolTip(tr("0: every matching segment from then on"));
    m_flagsRow->setToolTip(tr("None ticked: every segment from that side (a peer whose host vanished)"));
    m_note->setPlaceholderText(tr("What the loss stands for: the client's final ACK is lost"));
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        updateItem(i);
    showProblem();
}

QJsonArray ScenarioEditorFaults::faults() const
{
    return m_scenario->value(ScenarioKey::Faults).toArray();
}

int ScenarioEditorFaults::currentFault() const
{
    return m_list->currentItem() ? m_list->indexOfTopLevelItem(m_list->currentItem()) : -1;
}

void ScenarioEditorFaults::setCurrentFault(int index)
{
    m_list->setCurrentItem(m_list->topLevelItem(index));
    loadForm();
}

void ScenarioEditorFaults::refresh()
{
    const int keep = currentFault();
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        for (qsizetype i = 0; i < faults().size(); ++i)
            m_list->addTopLevelItem(new QTreeWidgetItem);
        for (int i = 0; i < m_list->topLevelItemCount(); ++i)
            updateItem(i);
    }
    setCurrentFault(std::min(std::max(keep, 0), int(faults().size()) - 1));
}

void ScenarioEditorFaults::updateItem(int index)
{
    QTreeWidgetItem *item = m_list->topLevelItem(index);
    if (!item)
        return;
    const QJsonObject fault = faults().at(index).toObject();
    QStringList flags;
    for (const auto &flag : fault.value(ScenarioKey::Flags).toArray())
        flags << flag.toString();
    item->setText(0, QString::number(index));
    item->setText(1, QString::number(intOf(fault.value(ScenarioKey::AtStep), 0)));
    const QString from = fault.value(ScenarioKey::From).toString();
    const auto actor = actorFromName(from);
    if (actor == Actor::Client)
        item->setText(2, tr("Client"));
    else if (actor == Actor::Server)
        item->setText(2, tr("Server"));
    else
        item->setText(2, from);
    if (flags.isEmpty())
        item->setText(3, tr("any segment"));
    else
        item->setText(3, flags.join(fault.value(ScenarioKey::Exact).toBool() ? QStringLiteral("+") : QStringLiteral(", ")));
    item->setIcon(0, QIcon());
    for (int c = 0; c < 4; ++c) {
        item->setBackground(c, QBrush());
        item->setForeground(c, QBrush());
        item->setToolTip(c, fault.value(ScenarioKey::Note).toString());
    }
}

void ScenarioEditorFaults::loadForm()
{
    const int index = currentFault();
    m_formBox->setEnabled(index >= 0);
    m_remove->setEnabled(index >= 0);
    const QJsonObject fault = faults().at(index).toObject();
    m_loading = true;
    m_atStep->setValue(intOf(fault.value(ScenarioKey::AtStep), m_atStep->minimum()));
    m_from->setCurrentIndex(m_from->findData(fault.value(ScenarioKey::From).toString()));
    const QJsonArray flags = fault.value(ScenarioKey::Flags).toArray();
    for (int i = 0; i < m_flags.size(); ++i)
        m_flags[i]->setChecked(flags.contains(kFlagNames[i]));
    m_exact->setChecked(fault.value(ScenarioKey::Exact).toBool());
    m_nth->setValue(intOf(fault.value(ScenarioKey::Nth), m_nth->minimum()));
    m_count->setValue(intOf(fault.value(ScenarioKey::Count), m_count->minimum()));
    m_note->setText(fault.value(ScenarioKey::Note).toString());
    m_loading = false;
    showProblem();
}

QJsonValue ScenarioEditorFaults::flagsValue() const
{
    QJsonArray flags;
    for (int i = 0; i < m_flags.size(); ++i) {
        if (m_flags[i]->isChecked())
            flags.append(kFlagNames[i]);
    }
    return flags.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(flags);
}

void ScenarioEditorFaults::put(const QString &key, const QJsonValue &value)
{
    const int index = currentFault();
    if (m_loading || index < 0)
        return;
    QJsonArray all = faults();
    QJsonObject fault = all.at(index).toObject();
    if (value.isUndefined())
        fault.remove(key);
    else
        fault[key] = value;
    all[index] = fault;
    (*m_scenario)[ScenarioKey::Faults] = all;
    updateItem(index);
    Q_EMIT edited();
}

void ScenarioEditorFaults::setFaults(const QJsonArray &all, int select)
{
    // No faults, no key: the file stays as short as the format allows.
    if (all.isEmpty())
        m_scenario->remove(ScenarioKey::Faults);
    else
        (*m_scenario)[ScenarioKey::Faults] = all;
    refresh();
    setCurrentFault(select);
    Q_EMIT edited();
}

void ScenarioEditorFaults::addFault()
{
    QJsonArray all = faults();
    all.append(QJsonObject{{ScenarioKey::From, QStringLiteral("client")},
                           {ScenarioKey::Flags, QJsonArray{QStringLiteral("ACK")}},
                           {ScenarioKey::Exact, true}});
    setFaults(all, int(all.size()) - 1);
}

void ScenarioEditorFaults::removeFault()
{
    const int index = currentFault();
    if (index < 0)
        return;
    QJsonArray all = faults();
    all.removeAt(index);
    setFaults(all, std::min(index, int(all.size()) - 1));
}

bool ScenarioEditorFaults::owns(const QString &path) const
{
    return scenarioPathWithin(path, ScenarioKey::Faults);
}

void ScenarioEditorFaults::showProblem()
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        updateItem(i);
    ScenarioEditorMarks::unmarkWidget(m_list);
    m_marks.clear();
    m_listProblem->hide();
    if (m_problemPath.isEmpty())
        return;
    const ScenarioElementPath element = scenarioElementPath(m_problemPath, ScenarioKey::Faults);
    if (element.index >= 0 && element.index == currentFault()) {
        m_marks.mark(element.rest, m_problemMessage, m_formBox);
    } else {
        m_listProblem->setText(m_problemMessage);
        m_listProblem->show();
    }
    if (QTreeWidgetItem *item = m_list->topLevelItem(element.index)) {
        item->setIcon(0, style()->standardIcon(QStyle::SP_MessageBoxWarning));
        for (int c = 0; c < 4; ++c) {
            item->setBackground(c, kProblemBackground);
            item->setForeground(c, Qt::black); // readable on the pink in a dark theme too
            item->setToolTip(c, m_problemMessage);
        }
    } else {
        ScenarioEditorMarks::markWidget(m_list, m_problemMessage);
    }
}

void ScenarioEditorFaults::revealProblem()
{
    const ScenarioElementPath element = scenarioElementPath(m_problemPath, ScenarioKey::Faults);
    if (element.index >= 0) {
        setCurrentFault(element.index);
        if (QWidget *field = m_marks.marked()) {
            field->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
    m_list->setFocus(Qt::OtherFocusReason);
}

} // namespace FinAck
