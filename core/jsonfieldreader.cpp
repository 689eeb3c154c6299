#include "jsonfieldreader.h"

#include <QJsonDocument>
#include <QJsonParseError>

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
    return QStringLiteral("line %1, column %2").arg(line).arg(column);
}

} // namespace

JsonFieldReader::JsonFieldReader(QJsonObject object, QString path, std::shared_ptr<QString> error)
    : m_object(std::move(object)), m_path(std::move(path)), m_error(std::move(error))
{
}

JsonFieldReader JsonFieldReader::fromDocument(const QByteArray &json, const QString &expected)
{
    JsonFieldReader top;
    // Qt would call it "illegal value" at some column; an empty file deserves plainer words.
    if (json.trimmed().isEmpty()) {
        top.fail({}, QStringLiteral("the file is empty, expected %1 (JSON)").arg(expected));
        return top;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        top.fail({}, lineAndColumn(json, parseError.offset) + QStringLiteral(": JSON parse error: ")
                         + parseError.errorString());
    else if (!document.isObject()) // a parsed document is an object or an array, nothing else
        top.fail({}, QStringLiteral("expected a JSON object at the top level, got an array"));
    else
        top.m_object = document.object();
    return top;
}

QString JsonFieldReader::describe(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Undefined: return QStringLiteral("nothing");
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Array: return QStringLiteral("an array");
    case QJsonValue::Object: return QStringLiteral("an object");
    case QJsonValue::Double: {
        // Whole numbers in full (4294967296, not 4.29497e+09): range errors are about the digits.
        const qint64 whole = v.toInteger(0);
        return whole == v.toInteger(1) ? QString::number(whole) : QString::number(v.toDouble(), 'g', 17);
    }
    case QJsonValue::String: break;
    }
    QString s = v.toString();
    const bool cut = s.size() > 40;
    s.truncate(40);
    // Quoted and escaped as JSON, so that a newline in the value cannot break the one-line message.
    const QByteArray wrapped = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2)) + (cut ? QStringLiteral("...") : QString());
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
             QStringLiteral("expected %2, got %1: the file is from a newer FinAck (format version %1); "
                            "this one reads %3").arg(found).arg(version)
                 .arg(version == 1 ? QStringLiteral("version 1 only") : QStringLiteral("versions 1 to %1").arg(version)));
}

QString JsonFieldReader::string(const QString &key) const
{
    const QJsonValue v = value(key);
    if (v.isString())
        return v.toString();
    reject(key, QStringLiteral("a string"), v);
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
    const QString expected = min == std::numeric_limits<qint64>::min()
        ? QStringLiteral("an integer")
        : max == std::numeric_limits<qint64>::max() ? QStringLiteral("an integer >= %1").arg(min)
                                                    : QStringLiteral("an integer from %1 to %2").arg(min).arg(max);
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
        reject(key, QStringLiteral("true or false"), v);
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
    reject(key, QStringLiteral("one of ") + names.join(QStringLiteral(", ")), v);
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
        reject(key, expected, v);
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
        reject(key, expected, v);
    return JsonFieldReader(v.toObject(), path(key), m_error);
}

void JsonFieldReader::reject(const QString &key, const QString &expected, const QJsonValue &got) const
{
    if (got.isUndefined())
        fail(key, QStringLiteral("missing required field, expected ") + expected);
    else
        fail(key, QStringLiteral("expected %1, got %2").arg(expected, describe(got)));
}

void JsonFieldReader::fail(const QString &key, const QString &message) const
{
    if (failed())
        return;
    const QString where = path(key);
    *m_error = where.isEmpty() ? message : where + QStringLiteral(": ") + message;
}

} // namespace FinAck
