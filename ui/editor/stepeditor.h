// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

#include "editor/scenarioeditormarks.h"
#include "model/actor.h"
#include "model/scenario.h"

#include <QJsonObject>
#include <QStringList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace FinAck {

// The fields of one scenario step, as the JSON object of the step: the side, the call, and the
// arguments that call takes (docs/scenario-format.md, "Steps"); the rows of other calls are
// hidden. An edit writes only the key it is about, so whatever the form cannot show (an unknown
// field, a value of the wrong type) stays in the file until that field is edited.
class StepEditor : public QWidget
{
    Q_OBJECT
public:
    explicit StepEditor(QWidget *parent = nullptr);

    // `clientNames`/`serverNames`: the descriptors earlier steps of each side made, offered for fd.
    void setStep(const QJsonObject &step, const QStringList &clientNames, const QStringList &serverNames);
    QJsonObject step() const { return m_step; }

    // The loader's complaint about this step, `path` relative to it ("size", "value.seconds");
    // empty clears. Returns the field marked, if one is shown.
    QWidget *showProblem(const QString &path, const QString &message);

Q_SIGNALS:
    void edited(const QJsonObject &step);

protected:
    void changeEvent(QEvent *event) override;

private:
    enum Row {
        ActorRow,
        CallRow,
        FdRow,
        AsRow,
        DataRow,
        RepeatRow,
        SizeRow,
        FlagsRow,
        HowRow,
        OptionRow,
        ValueRow,
        LingerRow,
        PortRow,
        BacklogRow,
        TimeoutRow,
        SettleRow,
        BlocksRow,
        NoteRow,
        RowCount
    };

    void build();
    void connectFields();
    void retranslate();
    void load();
    void updateRows();
    void set(const QString &key, const QJsonValue &value);
    void remove(const QString &key);
    void changeCall(const QString &call);
    void writeOption();
    void writePort();
    QJsonObject lingerValue() const;

    QJsonObject m_step;
    QStringList m_names[2]; // client, server
    bool m_loading = false;
    ScenarioEditorMarks m_marks;

    QFormLayout *m_form = nullptr;
    QLabel *m_labels[RowCount] = {};
    QWidget *m_rows[RowCount] = {};
    QComboBox *m_actor = nullptr;
    QComboBox *m_call = nullptr;
    QComboBox *m_fd = nullptr;
    QLineEdit *m_as = nullptr;
    QPlainTextEdit *m_data = nullptr;
    QSpinBox *m_repeat = nullptr;
    QSpinBox *m_size = nullptr;
    QCheckBox *m_peek = nullptr;
    QCheckBox *m_dontWait = nullptr;
    QComboBox *m_how = nullptr;
    QComboBox *m_option = nullptr;
    QSpinBox *m_level = nullptr;
    QSpinBox *m_optionNumber = nullptr;
    QSpinBox *m_value = nullptr;
    QCheckBox *m_lingerOn = nullptr;
    QSpinBox *m_lingerSeconds = nullptr;
    QComboBox *m_portMode = nullptr;
    QSpinBox *m_port = nullptr;
    QSpinBox *m_backlog = nullptr;
    QSpinBox *m_timeout = nullptr;
    QSpinBox *m_settle = nullptr;
    QCheckBox *m_blocks = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace FinAck
