// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#include "editor/scenarioeditormeta.h"

#include "io/scenarioformat.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

#include <algorithm>

namespace FinAck {

namespace {
const QStringList kGroups{QStringLiteral("graceful"), QStringLiteral("abortive"), QStringLiteral("errors"), QStringLiteral("faults")};
// The keys this page writes; "format" and "version" are the editor's, and shown here when wrong.
const QStringList kKeys{ScenarioKey::Id,          ScenarioKey::Title,    ScenarioKey::Group,  ScenarioKey::Summary,
                        ScenarioKey::Explanation, ScenarioKey::Takeaway, ScenarioKey::Format, ScenarioKey::Version};
} // namespace

ScenarioEditorMeta::ScenarioEditorMeta(QJsonObject *scenario, QWidget *parent)
    : ScenarioEditorPage(scenario, parent)
{
    m_id = new QLineEdit(this);
    m_id->setObjectName(QStringLiteral("meta.id"));
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("meta.title"));
    m_group = new QComboBox(this);
    m_group->setObjectName(QStringLiteral("meta.group"));
    for (const QString &group : kGroups)
        m_group->addItem(QString(), group);
    m_summary = new QLineEdit(this);
    m_summary->setObjectName(QStringLiteral("meta.summary"));
    m_explanation = new QPlainTextEdit(this);
    m_explanation->setObjectName(QStringLiteral("meta.explanation"));
    m_explanation->setTabChangesFocus(true);
    m_takeaway = new QPlainTextEdit(this);
    m_takeaway->setObjectName(QStringLiteral("meta.takeaway"));
    m_takeaway->setTabChangesFocus(true);
    m_takeaway->setFixedHeight(m_takeaway->fontMetrics().lineSpacing() * 4 + 12);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #d32f2f;"));
    m_problem->hide();
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);

    m_form = new QFormLayout;
    for (QWidget *field : {static_cast<QWidget *>(m_id), static_cast<QWidget *>(m_title), static_cast<QWidget *>(m_group),
                           static_cast<QWidget *>(m_summary), static_cast<QWidget *>(m_explanation), static_cast<QWidget *>(m_takeaway)}) {
        auto *label = new QLabel(this);
        label->setBuddy(field);
        m_form->addRow(label, field);
    }
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_hint);

    m_marks = ScenarioEditorMarks(m_problem);
    const QList<QWidget *> fields{m_id, m_title, m_group, m_summary, m_explanation, m_takeaway};
    for (int i = 0; i < fields.size(); ++i)
        m_marks.add(kKeys[i], fields[i]);

    connect(m_id, &QLineEdit::textChanged, this, [this](const QString &t) { put(ScenarioKey::Id, t, true); });
    connect(m_title, &QLineEdit::textChanged, this, [this](const QString &t) { put(ScenarioKey::Title, t, true); });
    connect(m_summary, &QLineEdit::textChanged, this, [this](const QString &t) { put(ScenarioKey::Summary, t, false); });
    connect(m_group, &QComboBox::currentIndexChanged, this, [this] { put(ScenarioKey::Group, m_group->currentData().toString(), true); });
    connect(m_explanation, &QPlainTextEdit::textChanged, this,
            [this] { put(ScenarioKey::Explanation, m_explanation->toPlainText(), false); });
    connect(m_takeaway, &QPlainTextEdit::textChanged, this, [this] { put(ScenarioKey::Takeaway, m_takeaway->toPlainText(), false); });
    retranslate();
    refresh();
}

void ScenarioEditorMeta::retranslate()
{
    const char *const labels[] = {QT_TR_NOOP("Id:"),      QT_TR_NOOP("Title:"),       QT_TR_NOOP("Group:"),
                                  QT_TR_NOOP("Summary:"), QT_TR_NOOP("Explanation:"), QT_TR_NOOP("Takeaway:")};
    for (int r = 0; r < m_form->rowCount(); ++r) {
        if (auto *label = qobject_cast<QLabel *>(m_form->itemAt(r, QFormLayout::LabelRole)->widget()))
            label->setText(tr(labels[r]));
    }
    m_id->setPlaceholderText(tr("lowercase letters, digits and dashes: my-scenario"));
    m_title->setPlaceholderText(tr("A short title for the scenario list"));
    m_group->setItemText(0, tr("Graceful"));
    m_group->setItemText(1, tr("Abortive"));
    m_group->setItemText(2, tr("Errors"));
    m_group->setItemText(3, tr("Faults"));
    m_summary->setPlaceholderText(tr("One line for the scenario list"));
    m_explanation->setPlaceholderText(tr("Why this happens: shown in the explanation pane"));
    m_takeaway->setPlaceholderText(tr("The robust pattern to remember, one or two sentences"));
    m_hint->setText(tr("Write the texts in English, as the built-in scenarios are: FinAck translates the texts it knows "
                       "where they are shown, and shows the others as written."));
}

void ScenarioEditorMeta::refresh()
{
    m_loading = true;
    const auto text = [this](QLatin1String key) { return m_scenario->value(key).toString(); };
    m_id->setText(text(ScenarioKey::Id));
    m_title->setText(text(ScenarioKey::Title));
    m_group->setCurrentIndex(m_scenario->contains(ScenarioKey::Group) ? m_group->findData(text(ScenarioKey::Group)) : 0);
    m_summary->setText(text(ScenarioKey::Summary));
    if (m_explanation->toPlainText() != text(ScenarioKey::Explanation))
        m_explanation->setPlainText(text(ScenarioKey::Explanation));
    if (m_takeaway->toPlainText() != text(ScenarioKey::Takeaway))
        m_takeaway->setPlainText(text(ScenarioKey::Takeaway));
    m_loading = false;
    showProblem();
}

void ScenarioEditorMeta::put(const QString &key, const QString &value, bool keepEmpty)
{
    if (m_loading)
        return;
    if (value.isEmpty() && !keepEmpty)
        m_scenario->remove(key);
    else
        (*m_scenario)[key] = value;
    Q_EMIT edited();
}

bool ScenarioEditorMeta::owns(const QString &path) const
{
    return std::ranges::any_of(kKeys, [&path](const QString &key) { return scenarioPathWithin(path, key); });
}

void ScenarioEditorMeta::showProblem()
{
    if (m_problemPath.isEmpty())
        m_marks.clear();
    else
        m_marks.mark(m_problemPath, m_problemMessage, this);
}

void ScenarioEditorMeta::revealProblem()
{
    if (QWidget *field = m_marks.marked())
        field->setFocus(Qt::OtherFocusReason);
}

} // namespace FinAck
