// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#include "io/json/jsonfieldreader.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QLocale>

#include <algorithm>
#include <utility>

namespace FinAck {

namespace {

QString lineAndColumn(const QByteArray &json, qsizetype offset)
{
    offset = qBound(qsizetype(0), offset, json.size());
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < offset; ++i) {
        const char c = json.at(i);
        if (c == '\n') {
            ++line;
            column = 1;
        } else if ((uchar(c) & 0xC0) != 0x80) { // count characters, not UTF-8 continuation bytes
            ++column;
        }
    }
    //: where a JSON file stops being JSON, as an editor counts
    return JsonFieldReader::tr("line %1, column %2").arg(line).arg(column);
}

} // namespace

JsonFieldReader::JsonFieldReader(QJsonObject object, QString path, std::shared_ptr<QString> error)
    : m_object(std::move(object))
    , m_path(std::move(path))
    , m_error(std::move(error))
{
}

JsonFieldReader JsonFieldReader::fromDocument(const QByteArray &json, const QString &expected, const JsonTextLimits &limits)
{
    JsonFieldReader top;
    // Qt would call it "illegal value" at some column; an empty file deserves plainer words.
    // Blank after an optional UTF-8 byte order mark; looked at without copying a large file.
    const QByteArrayView text = json.startsWith("\xEF\xBB\xBF") ? QByteArrayView(json).sliced(3) : QByteArrayView(json);
    if (std::all_of(text.begin(), text.end(),
                    [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'; })) {
        //: %1 is what the file should hold: "a FinAck trace", "a FinAck scenario"
        const QString message = tr("the file is empty, expected %1 (JSON)").arg(expected);
        top.fail(QString(), message);
        return top;
    }
    const std::optional<JsonTextCheck::Problem> problem = JsonTextCheck::check(json, limits);
    if (problem && !problem->syntax) {
        top.fail(problem->path, problem->message);
        return top;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        //: %1 is "line 3, column 7", %2 Qt's reason ("unterminated string")
        const QString message = tr("%1: JSON parse error: %2").arg(lineAndColumn(json, parseError.offset), parseError.errorString());
        top.fail(QString(), message);
    } else if (problem) {
        // Qt takes a few things JSON does not ("1.", ".5"); they are refused all the same.
        top.fail(problem->path, problem->message);
    } else if (!document.isObject()) { // a parsed document is an object or an array, nothing else
        top.fail(QString(), tr("expected a JSON object at the top level, got an array"));
    } else {
        top.m_object = document.object();
    }
    return top;
}

QString JsonFieldReader::describe(const QJsonValue &v)
{
    switch (v.type()) {
    // null, true, false and numbers are JSON itself and stay as they are.
    //: what a JSON field held: "expected a string, got nothing"
    case QJsonValue::Undefined: return tr("nothing");
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    //: a JSON value: "expected a string, got an array"
    case QJsonValue::Array: return tr("an array");
    //: a JSON value: "expected a string, got an object"
    case QJsonValue::Object: return tr("an object");
    case QJsonValue::Double: {
        // Whole numbers in full (4294967296, not 4.29497e+09): range errors are about the digits.
        const qint64 whole = v.toInteger(0);
        return whole == v.toInteger(1) ? QString::number(whole) : QString::number(v.toDouble(), 'g', QLocale::FloatingPointShortest);
    }
    case QJsonValue::String: break;
    }
    QString s = v.toString();
    const bool cut = s.size() > 40;
    s.truncate(s.size() > 40 && s.at(39).isHighSurrogate() ? 39 : 40); // never half a character
    // Quoted and escaped as JSON, so that a newline in the value cannot break the one-line message;
    // JSON leaves the other line breaks (U+0085, U+2028, U+2029) and C1 controls as they are.
    const QByteArray wrapped = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact);
    QString quoted = QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
    for (qsizetype i = quoted.size() - 1; i >= 0; --i) {
        const QChar c = quoted.at(i);
        if (c.category() == QChar::Other_Control || c.category() == QChar::Separator_Line || c.category() == QChar::Separator_Paragraph)
            quoted.replace(i, 1, QStringLiteral("\\u%1").arg(QString::number(c.unicode(), 16).rightJustified(4, u'0')));
    }
    return quoted + (cut ? QStringLiteral("...") : QString());
}

QString JsonFieldReader::elementKey(const QString &arrayKey, qsizetype index)
{
    return QStringLiteral("%1[%2]").arg(arrayKey).arg(index);
}

void JsonFieldReader::checkFormat(const QString &format, int version) const
{
    if (value(QStringLiteral("format")) != QJsonValue(format))
        reject(QStringLiteral("format"), u'"' + format + u'"');
    const qint64 found = integer(QStringLiteral("version"), 1);
    if (!failed() && found > version)
        fail(QStringLiteral("version"),
             //: %1 the file's format version, %2 the newest this FinAck reads, %3 "version 1 only" or "versions 1 to 3"
             tr("expected %2, got %1: the file is from a newer FinAck (format version %1); "
                "this one reads %3")
                 .arg(QString::number(found), QString::number(version),
                      version == 1 ? tr("version 1 only") : tr("versions 1 to %1").arg(version)));
}

QString JsonFieldReader::string(const QString &key) const
{
    const QJsonValue v = value(key);
    if (v.isString())
        return v.toString();
    reject(key, tr("a string"), v);
    return {};
}

QString JsonFieldReader::optionalString(const QString &key, const QString &absent) const
{
    return has(key) ? string(key) : absent;
}

qint64 JsonFieldReader::integer(const QString &key, qint64 min, qint64 max) const
{
    const QJsonValue v = value(key);
    // toInteger() falls back to its default unless the number is whole and fits in 64 bits.
    const qint64 whole = v.toInteger(0);
    if (v.isDouble() && whole == v.toInteger(1) && whole >= min && whole <= max)
        return whole;
    const QString expected = min == std::numeric_limits<qint64>::min()   ? tr("an integer")
                             : max == std::numeric_limits<qint64>::max() ? tr("an integer >= %1").arg(min)
                                                                         : tr("an integer from %1 to %2").arg(min).arg(max);
    reject(key, expected, v);
    // In range even now, so that a size read after the error cannot ask for absurd memory.
    return qBound(min, qint64(0), max);
}

std::optional<qint64> JsonFieldReader::optionalInteger(const QString &key, qint64 min, qint64 max) const
{
    if (!has(key))
        return std::nullopt;
    return integer(key, min, max);
}

bool JsonFieldReader::boolean(const QString &key, bool absent) const
{
    const QJsonValue v = value(key);
    if (v.isBool())
        return v.toBool();
    if (!v.isUndefined())
        //: keep true and false: they are the JSON values
        reject(key, tr("true or false"), v);
    return absent;
}

int JsonFieldReader::choice(const QString &key, const QStringList &names) const
{
    return choiceOf(value(key), key, names);
}

int JsonFieldReader::optionalChoice(const QString &key, const QStringList &names, int absent) const
{
    return has(key) ? choice(key, names) : absent;
}

int JsonFieldReader::choiceOf(const QJsonValue &v, const QString &key, const QStringList &names) const
{
    const int index = v.isString() ? int(names.indexOf(v.toString())) : -1;
    if (index >= 0)
        return index;
    //: %1 lists the names a field accepts: "one of client, server"
    reject(key, tr("one of %1").arg(names.join(QStringLiteral(", "))), v);
    return 0; // callers index with it without checking
}

JsonFieldReader JsonFieldReader::object(const QString &key, const QString &expected) const
{
    return objectOf(value(key), key, expected);
}

QJsonArray JsonFieldReader::array(const QString &key, const QString &expected) const
{
    const QJsonValue v = value(key);
    if (!v.isArray())
        reject(key, expected.isEmpty() ? tr("an array") : expected, v);
    return v.toArray();
}

QJsonArray JsonFieldReader::optionalArray(const QString &key, const QString &expected) const
{
    return has(key) ? array(key, expected) : QJsonArray();
}

JsonFieldReader JsonFieldReader::element(const QString &arrayKey, const QJsonArray &array, qsizetype index) const
{
    return objectOf(array.at(index), elementKey(arrayKey, index));
}

JsonFieldReader JsonFieldReader::objectOf(const QJsonValue &v, const QString &key, const QString &expected) const
{
    if (!v.isObject())
        reject(key, expected.isEmpty() ? tr("an object") : expected, v);
    return JsonFieldReader(v.toObject(), path(key), m_error);
}

void JsonFieldReader::reject(const QString &key, const QString &expected, const QJsonValue &got) const
{
    if (got.isUndefined())
        //: %1 is what the field should hold ("a string", "one of client, server")
        fail(key, tr("missing required field, expected %1").arg(expected));
    else
        //: %1 what the field should hold, %2 what it holds ("a string", "42")
        fail(key, tr("expected %1, got %2").arg(expected, describe(got)));
}

void JsonFieldReader::fail(const QString &key, const QString &message) const
{
    if (failed())
        return;
    const QString where = path(key);
    *m_error = where.isEmpty() ? message : where + QStringLiteral(": ") + message;
}

} // namespace FinAck
