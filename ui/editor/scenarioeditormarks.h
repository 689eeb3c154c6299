// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

#include <QList>
#include <QPointer>
#include <QString>
#include <QWidget>

#include <QLabel>

namespace FinAck {

// Where a loader complaint goes on a form: each field is registered under the JSON key it
// writes ("data", "value.seconds"); a complaint about a path marks the visible field whose key is
// the longest prefix of it, with a red frame (ScenarioEditorFrame), the message as its tooltip and the message in the
// form's own problem label.
class ScenarioEditorMarks
{
public:
    explicit ScenarioEditorMarks(QLabel *problemLabel = nullptr)
        : m_label(problemLabel)
    {
    }

    // Several fields may share a key (a port number or a port owner); the first visible one wins.
    void add(const QString &key, QWidget *field) { m_fields.append({key, field}); }
    // `path` is relative to the form ("value.seconds"); `within` is the form's widget, to tell
    // which fields are shown. Returns the marked field, or nullptr when no shown field matches
    // (the message is still shown in the label).
    QWidget *mark(const QString &path, const QString &message, const QWidget *within);
    void clear();
    QWidget *marked() const { return m_marked; }

    static void markWidget(QWidget *field, const QString &message);
    static void unmarkWidget(QWidget *field);
    static bool isMarked(const QWidget *field);

private:
    struct Field {
        QString key;
        QPointer<QWidget> widget;
    };
    QList<Field> m_fields;
    QPointer<QWidget> m_marked;
    QPointer<QLabel> m_label;
};

} // namespace FinAck
