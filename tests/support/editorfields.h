// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

// What the scenario editor's tests share: its fields found by name, filled and checked the way
// a teacher's typing would.
#include "editor/scenarioeditor.h"
#include "editor/scenarioeditormarks.h"
#include "editor/scenarioeditorsteps.h"

#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace EditorFields {

using namespace FinAck;

inline const QString kBuiltinDir = QStringLiteral(FINACK_SOURCE_DIR "/resources/scenarios/");

inline QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

template<typename T> T *field(const QObject &editor, const QString &name)
{
    T *widget = editor.findChild<T *>(name);
    if (!widget)
        qFatal("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
    return widget;
}

// A field shows the loader's complaint: a red frame and the message as its tooltip.
inline bool isMarked(const QWidget *widget, const QString &message)
{
    return ScenarioEditorMarks::isMarked(widget) && widget->toolTip() == message;
}

inline void addStep(ScenarioEditor &editor, Actor actor, CallKind call)
{
    editor.stepsPage()->paletteAction(actor, call)->trigger();
}

inline void setText(ScenarioEditor &editor, const QString &name, const QString &text)
{
    if (auto *line = editor.findChild<QLineEdit *>(name))
        line->setText(text);
    else
        field<QPlainTextEdit>(editor, name)->setPlainText(text);
}

inline void choose(QComboBox *box, const QString &data)
{
    const int index = box->findData(data);
    if (index < 0)
        qFatal("no choice %s", qPrintable(data));
    box->setCurrentIndex(index);
}

} // namespace EditorFields
