// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

#include "io/json/jsontextcheck.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <limits>
#include <memory>
#include <optional>

namespace FinAck {

// Typed reading of the JSON files FinAck loads (traces, scenarios), so that all of them refuse bad
// input in the same words, on one line: "<json path>: expected <what>, got <value>" or
// "<json path>: missing required field, expected <what>".
//
// The first error wins and later reads return harmless defaults (0 or the nearest bound, "", the
// first choice), so a loader reads straight through and asks failed() once: no exceptions, and no
// check after every field. Readers made from this one (object(), element(), objectOf()) share its
// error, so the message is always the first problem in reading order.
class JsonFieldReader
{
    Q_DECLARE_TR_FUNCTIONS(JsonFieldReader)

public:
    // An empty object with no path: the root for reading a lone value with objectOf().
    JsonFieldReader() = default;

    // The top-level object of a whole file. The text is checked first (JsonTextCheck: broken
    // UTF-8, duplicate keys, the limits), with the byte offset and JSON path in the message; text
    // that is not JSON is placed as "line L, column C" (in characters, as an editor counts them)
    // with Qt's words. `expected` names what an empty file should have been ("a FinAck trace").
    static JsonFieldReader fromDocument(const QByteArray &json, const QString &expected, const JsonTextLimits &limits = {});

    // What a value is, for "got ...": short and on one line whatever the input holds.
    static QString describe(const QJsonValue &value);
    static QString elementKey(const QString &arrayKey, qsizetype index); // "steps[3]"

    bool failed() const { return !m_error->isEmpty(); }
    QString error() const { return *m_error; }

    // A key may be "[3]" or a quoted ["key"] (JsonTextCheck::memberPath), which takes no dot.
    QString path(const QString &key) const { return m_path.isEmpty() || key.startsWith(u'[') ? m_path + key : m_path + u'.' + key; }
    bool has(const QString &key) const { return m_object.contains(key); }
    QJsonValue value(const QString &key) const { return m_object.value(key); }
    QStringList keys() const { return m_object.keys(); }

    // Every FinAck file starts with these two. Checked first, so that some other JSON file gets
    // the one message that matters, and a file from a newer FinAck says so instead of failing on
    // whichever new field comes first.
    void checkFormat(const QString &format, int version) const;

    QString string(const QString &key) const;
    QString optionalString(const QString &key, const QString &absent = {}) const;

    // Whole numbers that fit, nothing else: 1.5 and 1e19 are refused, never rounded or clamped.
    // The default bounds are left out of the message ("an integer >= 0").
    qint64 integer(const QString &key, qint64 min = std::numeric_limits<qint64>::min(),
                   qint64 max = std::numeric_limits<qint64>::max()) const;
    // Absent is nullopt rather than a default: some fields mean something by not being there.
    std::optional<qint64> optionalInteger(const QString &key, qint64 min, qint64 max) const;

    // Both formats use booleans only as optional switches.
    bool boolean(const QString &key, bool absent = false) const;

    // The index of the value in `names`. Names are matched exactly: the files are written by
    // programs or copied from the documentation, and "fin_wait_2" is more likely a mistake.
    int choice(const QString &key, const QStringList &names) const;
    int optionalChoice(const QString &key, const QStringList &names, int absent) const;
    // For a value that is not a member of this object, such as an array element.
    int choiceOf(const QJsonValue &value, const QString &key, const QStringList &names) const;

    // An enum whose values run from 0 to `last`, spelled as `nameOf` spells them:
    // enumChoice<tcpStateName, TcpState::TimeWait>("state"). The names are built once per enum.
    template<auto nameOf, auto last> decltype(last) enumChoice(const QString &key) const
    {
        using Enum = decltype(last);
        static const QStringList names = [] {
            QStringList list;
            for (int i = 0; i <= int(last); ++i)
                list.append(nameOf(Enum(i)));
            return list;
        }();
        return Enum(choice(key, names));
    }

    // Containers. `expected` says what belongs there, for the message ("an array of events");
    // empty says "an object" or "an array" (translated when the message is made).
    JsonFieldReader object(const QString &key, const QString &expected = {}) const;
    QJsonArray array(const QString &key, const QString &expected = {}) const;
    QJsonArray optionalArray(const QString &key, const QString &expected = {}) const;
    JsonFieldReader element(const QString &arrayKey, const QJsonArray &array, qsizetype index) const;
    JsonFieldReader objectOf(const QJsonValue &value, const QString &key, const QString &expected = {}) const;

    // "expected <what>, got <value>", or the missing-field message when there is no value.
    void reject(const QString &key, const QString &expected) const { reject(key, expected, value(key)); }
    void reject(const QString &key, const QString &expected, const QJsonValue &got) const;
    // Any other message, at path(key); an empty key at the top level means "no path".
    void fail(const QString &key, const QString &message) const;

private:
    JsonFieldReader(QJsonObject object, QString path, std::shared_ptr<QString> error);

    QJsonObject m_object;
    QString m_path;
    std::shared_ptr<QString> m_error = std::make_shared<QString>();
};

} // namespace FinAck
