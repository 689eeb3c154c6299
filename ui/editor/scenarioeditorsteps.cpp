// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#include "editor/scenarioeditorsteps.h"

#include "editor/scenarioeditorjson.h"
#include "editor/scenarioeditormarks.h"
#include "editor/stepeditor.h"
#include "io/scenarioformat.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QStyle>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace FinAck {

namespace {
const QColor kProblemBackground(255, 205, 210);

QToolButton *toolButton(QWidget *parent, QAction *action)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}
} // namespace

ScenarioEditorSteps::ScenarioEditorSteps(QJsonObject *scenario, QWidget *parent)
    : ScenarioEditorPage(scenario, parent)
{
    m_setupLabel = new QLabel(this);
    m_setup = new QComboBox(this);
    m_setup->setObjectName(QStringLiteral("steps.setup"));
    m_setup->addItem(QString(), QStringLiteral("connected"));
    m_setup->addItem(QString(), QStringLiteral("none"));
    m_setupLabel->setBuddy(m_setup);
    auto *setupRow = new QHBoxLayout;
    setupRow->addWidget(m_setupLabel);
    setupRow->addWidget(m_setup, 1);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("steps.list"));
    m_list->setColumnCount(3);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->header()->setStretchLastSection(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_listProblem = new QLabel(this);
    m_listProblem->setObjectName(QStringLiteral("steps.problem"));
    m_listProblem->setWordWrap(true);
    m_listProblem->setStyleSheet(QStringLiteral("color: #d32f2f;"));
    m_listProblem->hide();

    m_palette = new QMenu(this);
    m_clientMenu = m_palette->addMenu(QString());
    m_serverMenu = m_palette->addMenu(QString());
    for (Actor actor : {Actor::Client, Actor::Server}) {
        for (const QString &name : callKindNames()) {
            const CallKind call = *callKindFromName(name);
            QAction *action = (actor == Actor::Client ? m_clientMenu : m_serverMenu)->addAction(name);
            action->setObjectName(QStringLiteral("add.%1.%2").arg(actorName(actor), name));
            connect(action, &QAction::triggered, this, [this, actor, call] { addStep(actor, call); });
            m_addActions << action;
        }
    }
    // The shortcuts work wherever the focus is on this page, and never in another tab.
    const auto pageAction = [this](const QKeySequence &key, void (ScenarioEditorSteps::*slot)()) {
        auto *action = new QAction(this);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        if (slot)
            connect(action, &QAction::triggered, this, slot);
        QWidget::addAction(action);
        return action;
    };
    m_addButton = new QToolButton(this);
    m_addButton->setMenu(m_palette);
    m_addButton->setPopupMode(QToolButton::InstantPopup);
    m_addButton->setObjectName(QStringLiteral("steps.add"));
    m_add = pageAction(QKeySequence(Qt::Key_Insert), nullptr);
    connect(m_add, &QAction::triggered, m_addButton, &QToolButton::showMenu);
    m_duplicate = pageAction(QKeySequence(Qt::CTRL | Qt::Key_D), &ScenarioEditorSteps::duplicateStep);
    m_remove = pageAction(QKeySequence(Qt::CTRL | Qt::Key_Delete), &ScenarioEditorSteps::removeStep);
    m_up = new QAction(this);
    m_down = new QAction(this);
    for (auto [action, key, delta] : {std::tuple{m_up, Qt::Key_Up, -1}, std::tuple{m_down, Qt::Key_Down, 1}}) {
        action->setShortcut(QKeySequence(Qt::ALT | key));
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        // An init-capture: clang (and so clang-tidy) 14 cannot capture a structured binding.
        connect(action, &QAction::triggered, this, [this, step = delta] { moveStep(step); });
        QWidget::addAction(action);
    }
    // Delete alone only in the list: in a text field it deletes text.
    auto *deleteKey = new QShortcut(QKeySequence::Delete, m_list, nullptr, nullptr, Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, this, &ScenarioEditorSteps::removeStep);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    for (QAction *action : {m_duplicate, m_remove, m_up, m_down})
        buttons->addWidget(toolButton(this, action));
    buttons->addStretch(1);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addLayout(buttons);
    leftLayout->addWidget(m_listProblem);

    m_editor = new StepEditor(this);
    m_noStep = new QLabel(this);
    m_noStep->setWordWrap(true);
    m_noStep->setAlignment(Qt::AlignCenter);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->addWidget(m_editor);
    rightLayout->addWidget(m_noStep, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the form fits the width it gets
    scroll->setWidget(right);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(setupRow);
    layout->addWidget(splitter, 1);

    connect(m_setup, &QComboBox::currentIndexChanged, this, [this](int index) {
        // "connected" is the default: written only when it was in the file already.
        if (index == 1 || m_scenario->contains(ScenarioKey::Setup))
            (*m_scenario)[ScenarioKey::Setup] = m_setup->currentData().toString();
        loadEditor(); // the descriptors the steps start with changed
        Q_EMIT edited();
    });
    connect(m_list, &QTreeWidget::currentItemChanged, this, &ScenarioEditorSteps::loadEditor);
    connect(m_editor, &StepEditor::edited, this, &ScenarioEditorSteps::onStepEdited);
    retranslate();
    refresh();
}

void ScenarioEditorSteps::retranslate()
{
    //: what runs before the author's steps: the "setup" field of a scenario
    m_setupLabel->setText(tr("Before the steps:"));
    m_setup->setItemText(0, tr("connected: the server listens, the client connects, the server accepts (sock, listener, conn)"));
    m_setup->setItemText(1, tr("none: the steps make their own sockets"));
    //: column headers of the list of steps: its number, the side that makes the call, the call
    m_list->setHeaderLabels({tr("#"), tr("Side"), tr("Call")});
    m_list->setAccessibleName(tr("Steps"));
    m_clientMenu->setTitle(tr("&Client"));
    m_serverMenu->setTitle(tr("&Server"));
    m_add->setText(tr("Add step"));
    m_addButton->setText(tr("Add step"));
    m_addButton->setToolTip(tr("Add a step after the selected one (Insert)"));
    m_duplicate->setText(tr("Duplicate"));
    m_duplicate->setToolTip(tr("Duplicate the selected step (Ctrl+D)"));
    m_remove->setText(tr("Remove"));
    m_remove->setToolTip(tr("Remove the selected step (Delete in the list, Ctrl+Delete anywhere on this tab)"));
    m_up->setText(tr("Move up"));
    m_up->setToolTip(tr("Move the selected step up (Alt+Up)"));
    m_down->setText(tr("Move down"));
    m_down->setToolTip(tr("Move the selected step down (Alt+Down)"));
    m_noStep->setText(tr("No step selected. Add one with Add step (Insert): the client's and the server's calls."));
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        updateItem(i);
    showProblem();
}

QJsonArray ScenarioEditorSteps::steps() const
{
    return m_scenario->value(ScenarioKey::Steps).toArray();
}

int ScenarioEditorSteps::stepCount() const
{
    return int(steps().size());
}

int ScenarioEditorSteps::currentStep() const
{
    return m_list->currentItem() ? m_list->indexOfTopLevelItem(m_list->currentItem()) : -1;
}

void ScenarioEditorSteps::setCurrentStep(int index)
{
    m_list->setCurrentItem(m_list->topLevelItem(index));
    loadEditor();
}

QAction *ScenarioEditorSteps::paletteAction(Actor actor, CallKind call) const
{
    const int perActor = int(callKindNames().size());
    return m_addActions.value((actor == Actor::Client ? 0 : perActor) + int(call));
}

void ScenarioEditorSteps::refresh()
{
    const int keep = currentStep();
    m_setup->blockSignals(true);
    m_setup->setCurrentIndex(m_scenario->value(ScenarioKey::Setup).toString() == QLatin1String("none") ? 1 : 0);
    m_setup->blockSignals(false);
    fillList();
    setCurrentStep(std::min(keep < 0 ? 0 : keep, stepCount() - 1));
}

void ScenarioEditorSteps::fillList()
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (qsizetype i = 0; i < steps().size(); ++i)
        m_list->addTopLevelItem(new QTreeWidgetItem);
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        updateItem(i);
}

void ScenarioEditorSteps::updateItem(int index)
{
    QTreeWidgetItem *item = m_list->topLevelItem(index);
    if (!item)
        return;
    const QJsonObject step = steps().at(index).toObject();
    const QString actor = step.value(ScenarioKey::Actor).toString();
    item->setText(0, QString::number(index));
    if (actor == QLatin1String("client"))
        item->setText(1, tr("Client"));
    else if (actor == QLatin1String("server"))
        item->setText(1, tr("Server"));
    else
        item->setText(1, actor);
    item->setText(2, stepCallText(step));
    item->setIcon(0, QIcon());
    for (int c = 0; c < 3; ++c) {
        item->setBackground(c, QBrush());
        item->setForeground(c, QBrush());
        item->setToolTip(c, step.value(ScenarioKey::Note).toString());
    }
}

void ScenarioEditorSteps::loadEditor()
{
    const int index = currentStep();
    m_editor->setVisible(index >= 0);
    m_noStep->setVisible(index < 0);
    if (index >= 0)
        m_editor->setStep(steps().at(index).toObject(), descriptorsBefore(*m_scenario, index, Actor::Client),
                          descriptorsBefore(*m_scenario, index, Actor::Server));
    updateActions();
    showProblem();
}

void ScenarioEditorSteps::updateActions()
{
    const int index = currentStep();
    m_duplicate->setEnabled(index >= 0);
    m_remove->setEnabled(index >= 0);
    m_up->setEnabled(index > 0);
    m_down->setEnabled(index >= 0 && index + 1 < stepCount());
}

void ScenarioEditorSteps::onStepEdited(const QJsonObject &step)
{
    const int index = currentStep();
    if (index < 0)
        return;
    QJsonArray all = steps();
    all[index] = step;
    (*m_scenario)[ScenarioKey::Steps] = all;
    updateItem(index);
    Q_EMIT edited();
}

void ScenarioEditorSteps::setSteps(const QJsonArray &all, int select)
{
    (*m_scenario)[ScenarioKey::Steps] = all;
    fillList();
    setCurrentStep(select);
    Q_EMIT edited();
}

void ScenarioEditorSteps::addStep(Actor actor, CallKind call)
{
    QJsonArray all = steps();
    const int at = currentStep() < 0 ? int(all.size()) : currentStep() + 1;
    all.insert(at, defaultStepJson(actor, call));
    renumberSteps(*m_scenario, [at](int i) { return i >= at ? i + 1 : i; });
    setSteps(all, at);
}

void ScenarioEditorSteps::duplicateStep()
{
    const int index = currentStep();
    if (index < 0)
        return;
    QJsonArray all = steps();
    all.insert(index + 1, all.at(index));
    renumberSteps(*m_scenario, [index](int i) { return i > index ? i + 1 : i; });
    setSteps(all, index + 1);
}

void ScenarioEditorSteps::removeStep()
{
    const int index = currentStep();
    if (index < 0)
        return;
    QJsonArray all = steps();
    all.removeAt(index);
    // A fault from the start of the removed step now starts with the step that took its place.
    renumberSteps(*m_scenario, [index](int i) { return i == index ? -1 : (i > index ? i - 1 : i); });
    setSteps(all, std::min(index, int(all.size()) - 1));
}

void ScenarioEditorSteps::moveStep(int delta)
{
    const int from = currentStep();
    const int to = from + delta;
    QJsonArray all = steps();
    if (from < 0 || to < 0 || to >= all.size())
        return;
    const QJsonValue moved = all.at(from);
    all[from] = all.at(to);
    all[to] = moved;
    renumberSteps(*m_scenario, [from, to](int i) { return i == from ? to : (i == to ? from : i); });
    setSteps(all, to);
}

bool ScenarioEditorSteps::owns(const QString &path) const
{
    return scenarioPathWithin(path, ScenarioKey::Steps) || scenarioPathWithin(path, ScenarioKey::Setup);
}

void ScenarioEditorSteps::showProblem()
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (!m_list->topLevelItem(i)->icon(0).isNull())
            updateItem(i);
    }
    ScenarioEditorMarks::unmarkWidget(m_setup);
    ScenarioEditorMarks::unmarkWidget(m_list);
    m_editor->showProblem(QString(), QString());
    m_listProblem->hide();
    if (m_problemPath.isEmpty())
        return;
    const ScenarioElementPath element = scenarioElementPath(m_problemPath, ScenarioKey::Steps);
    if (element.index == currentStep() && element.index >= 0) {
        m_editor->showProblem(element.rest, m_problemMessage);
    } else {
        m_listProblem->setText(m_problemMessage);
        m_listProblem->show();
    }
    if (QTreeWidgetItem *item = m_list->topLevelItem(element.index)) {
        item->setIcon(0, style()->standardIcon(QStyle::SP_MessageBoxWarning));
        for (int c = 0; c < 3; ++c) {
            item->setBackground(c, kProblemBackground);
            item->setForeground(c, Qt::black); // readable on the pink in a dark theme too
            item->setToolTip(c, m_problemMessage);
        }
    } else if (scenarioPathWithin(m_problemPath, ScenarioKey::Setup)) {
        ScenarioEditorMarks::markWidget(m_setup, m_problemMessage);
    } else {
        ScenarioEditorMarks::markWidget(m_list, m_problemMessage);
    }
}

void ScenarioEditorSteps::revealProblem()
{
    const ScenarioElementPath element = scenarioElementPath(m_problemPath, ScenarioKey::Steps);
    if (element.index >= 0 && element.index < stepCount()) {
        setCurrentStep(element.index);
        if (QWidget *field = m_editor->showProblem(element.rest, m_problemMessage)) {
            field->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
    if (scenarioPathWithin(m_problemPath, ScenarioKey::Setup))
        m_setup->setFocus(Qt::OtherFocusReason);
    else
        m_list->setFocus(Qt::OtherFocusReason);
}

} // namespace FinAck
