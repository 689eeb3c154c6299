// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#include "io/json/jsontextcheck.h"

#include "io/json/jsonfieldreader.h"

#include <QHash>
#include <QJsonValue>
#include <QList>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstring>
#include <utility>

namespace FinAck {

namespace {

// The length of the UTF-8 sequence at p, 0 when it is not one (RFC 3629: no overlong forms, no
// surrogates, nothing above U+10FFFF, nothing cut short by the end of the text).
int utf8Length(const uchar *p, qsizetype available)
{
    const uchar c = p[0];
    if (c < 0x80)
        return 1;
    int length = 0;
    uchar low = 0x80;
    uchar high = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
        length = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
        length = 3;
        if (c == 0xE0)
            low = 0xA0; // below: overlong
        else if (c == 0xED)
            high = 0x9F; // above: a surrogate
    } else if (c >= 0xF0 && c <= 0xF4) {
        length = 4;
        if (c == 0xF0)
            low = 0x90; // below: overlong
        else if (c == 0xF4)
            high = 0x8F; // above: beyond U+10FFFF
    } else {
        return 0;
    }
    if (available < length || p[1] < low || p[1] > high)
        return 0;
    for (int i = 2; i < length; ++i) {
        if ((p[i] & 0xC0) != 0x80)
            return 0;
    }
    return length;
}

QString hex(uint value, int digits)
{
    return QString::number(value, 16).toUpper().rightJustified(digits, u'0');
}

// A broken sequence as the message shows it: its lead byte and the continuation bytes after it.
QString hexBytes(const uchar *p, qsizetype available)
{
    QString text = QStringLiteral("0x") + hex(p[0], 2);
    for (qsizetype i = 1; i < available && i < 4 && (p[i] & 0xC0) == 0x80; ++i)
        text += QStringLiteral(" 0x") + hex(p[i], 2);
    return text;
}

int hexDigit(uchar c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

void appendUtf8(QByteArray &out, char32_t cp)
{
    if (cp < 0x80) {
        out += char(cp);
    } else if (cp < 0x800) {
        out += char(0xC0 | (cp >> 6));
        out += char(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += char(0xE0 | (cp >> 12));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    } else {
        out += char(0xF0 | (cp >> 18));
        out += char(0x80 | ((cp >> 12) & 0x3F));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    }
}

// The keys of one object so far. Objects in FinAck files have a dozen keys: a list is searched
// until it grows, then a hash takes over, so that an object of a million keys stays linear.
class KeySet
{
public:
    // The offset of an earlier equal key, or -1 after adding this one.
    qsizetype insert(const QByteArray &key, qsizetype offset)
    {
        if (m_hash.isEmpty()) {
            for (const auto &[known, at] : std::as_const(m_list)) {
                if (known == key)
                    return at;
            }
            m_list.append({key, offset});
            if (m_list.size() > 16) {
                for (const auto &[known, at] : std::as_const(m_list))
                    m_hash.insert(known, at);
                m_list.clear();
            }
            return -1;
        }
        const auto found = m_hash.constFind(key);
        if (found != m_hash.cend())
            return *found;
        m_hash.insert(key, offset);
        return -1;
    }

private:
    QList<std::pair<QByteArray, qsizetype>> m_list;
    QHash<QByteArray, qsizetype> m_hash;
};

// Recursive descent over the text; the recursion is as deep as the nesting, which the limit
// stops long before the stack could mind. Every function returns false once a problem is set.
class Scanner
{
public:
    Scanner(const QByteArray &json, const JsonTextLimits &limits)
        : m_data(reinterpret_cast<const uchar *>(json.constData()))
        , m_size(json.size())
        , m_limits(limits)
    {
    }

    std::optional<JsonTextCheck::Problem> run();

private:
    struct Frame {
        bool isArray = false;
        qsizetype index = -1; // array: the element being read
        bool hasKey = false;  // object: the member being read
        QByteArray key;       // its key, as UTF-8
    };

    bool value(int depth);
    bool tooDeep(int depth);
    bool object(int depth);
    bool array(int depth);
    bool string(QByteArray *key);
    bool escape(QByteArray *key);
    bool number();
    bool literal(const char *word);
    bool notJson();
    void skipSpace();
    bool at(char c) const { return m_pos < m_size && m_data[m_pos] == uchar(c); }
    bool fail(qsizetype offset, const QString &message, bool syntax = false);
    QString where(qsizetype offset) const;
    QString path() const;

    const uchar *m_data;
    qsizetype m_size;
    qsizetype m_pos = 0;
    JsonTextLimits m_limits;
    qsizetype m_values = 0;
    QList<Frame> m_frames;
    std::optional<JsonTextCheck::Problem> m_problem;
};

std::optional<JsonTextCheck::Problem> Scanner::run()
{
    const auto startsWith = [this](std::initializer_list<uchar> bytes) {
        return m_size >= qsizetype(bytes.size()) && std::equal(bytes.begin(), bytes.end(), m_data);
    };
    // UTF-32 first: its little-endian mark starts like UTF-16's.
    if (startsWith({0xFF, 0xFE, 0x00, 0x00}) || startsWith({0x00, 0x00, 0xFE, 0xFF}))
        //: %1 is "byte 0 (line 1)"
        fail(0, JsonTextCheck::tr("a UTF-32 byte order mark at %1, expected UTF-8 text (save the file as UTF-8)").arg(where(0)));
    else if (startsWith({0xFF, 0xFE}) || startsWith({0xFE, 0xFF}))
        //: %1 is "byte 0 (line 1)"
        fail(0, JsonTextCheck::tr("a UTF-16 byte order mark at %1, expected UTF-8 text (save the file as UTF-8)").arg(where(0)));
    if (m_problem)
        return m_problem;
    if (startsWith({0xEF, 0xBB, 0xBF}))
        m_pos = 3;
    skipSpace();
    // A FinAck file is an object; an array gets the loader's "expected an object" after parsing.
    if (at('{') || at('['))
        value(1);
    else
        notJson();
    if (!m_problem) {
        skipSpace();
        if (m_pos < m_size)
            notJson();
    }
    return m_problem;
}

void Scanner::skipSpace()
{
    while (m_pos < m_size) {
        const uchar c = m_data[m_pos];
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            return;
        ++m_pos;
    }
}

bool Scanner::value(int depth)
{
    if (++m_values > m_limits.maxValues)
        //: %1 the limit, %2 "byte 120 (line 7)": where the file goes past it
        return fail(m_pos, JsonTextCheck::tr("more than %1 values by %2, expected at most %1 in this kind of file")
                               .arg(QString::number(m_limits.maxValues), where(m_pos)));
    if (m_pos >= m_size)
        return notJson();
    switch (m_data[m_pos]) {
    case '{': return object(depth);
    case '[': return array(depth);
    case '"': return string(nullptr);
    case 't': return literal("true");
    case 'f': return literal("false");
    case 'n': return literal("null");
    default: return number();
    }
}

bool Scanner::tooDeep(int depth)
{
    if (depth <= m_limits.maxDepth)
        return false;
    //: %1 the limit, %2 "byte 120 (line 7)"
    fail(m_pos, JsonTextCheck::tr("nesting deeper than %1 levels at %2, expected at most %1")
                    .arg(QString::number(m_limits.maxDepth), where(m_pos)));
    return true;
}

bool Scanner::object(int depth)
{
    if (tooDeep(depth))
        return false;
    ++m_pos;
    m_frames.append(Frame{});
    KeySet keys;
    skipSpace();
    if (at('}')) {
        ++m_pos;
        m_frames.removeLast();
        return true;
    }
    while (true) {
        skipSpace();
        if (!at('"'))
            return notJson();
        m_frames.last().hasKey = false;
        const qsizetype keyOffset = m_pos;
        QByteArray key;
        if (!string(&key))
            return false;
        m_frames.last().key = key;
        m_frames.last().hasKey = true;
        if (const qsizetype first = keys.insert(key, keyOffset); first >= 0)
            //: %1 is "byte 120 (line 7)", %2 a byte offset: where the two equal keys are
            return fail(keyOffset, JsonTextCheck::tr("duplicate key at %1, the first at byte %2; expected each key once per object")
                                       .arg(where(keyOffset), QString::number(first)));
        skipSpace();
        if (!at(':'))
            return notJson();
        ++m_pos;
        skipSpace();
        if (!value(depth + 1))
            return false;
        skipSpace();
        if (at(',')) {
            ++m_pos;
            continue;
        }
        if (!at('}'))
            return notJson();
        ++m_pos;
        m_frames.removeLast();
        return true;
    }
}

bool Scanner::array(int depth)
{
    if (tooDeep(depth))
        return false;
    ++m_pos;
    Frame frame;
    frame.isArray = true;
    m_frames.append(frame);
    skipSpace();
    if (at(']')) {
        ++m_pos;
        m_frames.removeLast();
        return true;
    }
    while (true) {
        ++m_frames.last().index;
        skipSpace();
        if (!value(depth + 1))
            return false;
        skipSpace();
        if (at(',')) {
            ++m_pos;
            continue;
        }
        if (!at(']'))
            return notJson();
        ++m_pos;
        m_frames.removeLast();
        return true;
    }
}

// A key is decoded into *key (UTF-8), so that "a" and "\u0061" are the same key; a value is only
// checked. An unescaped key is a view into the text, not a copy.
bool Scanner::string(QByteArray *key)
{
    const qsizetype start = m_pos++;
    qsizetype copied = start + 1; // bytes before this are in *key (once an escape forced a copy)
    bool decoding = false;
    while (true) {
        if (m_pos >= m_size)
            return notJson();                            // unterminated
        if (m_pos - start - 1 > m_limits.maxStringBytes) // the bytes between the quotes
            //: %1 the limit, %2 "byte 120 (line 7)": where the string starts
            return fail(start, JsonTextCheck::tr("a string longer than %1 bytes at %2, expected a shorter one")
                                   .arg(QString::number(m_limits.maxStringBytes), where(start)));
        const uchar c = m_data[m_pos];
        if (c == '"') {
            if (key && !decoding)
                *key = QByteArray::fromRawData(reinterpret_cast<const char *>(m_data) + start + 1, m_pos - start - 1);
            else if (key)
                key->append(reinterpret_cast<const char *>(m_data) + copied, m_pos - copied);
            ++m_pos;
            return true;
        }
        if (c == '\\') {
            if (key) {
                key->append(reinterpret_cast<const char *>(m_data) + copied, m_pos - copied);
                decoding = true;
            }
            if (!escape(key))
                return false;
            copied = m_pos;
            continue;
        }
        if (c < 0x20) {
            //: %1 is the character's code ("0009"), %2 "byte 120 (line 7)"
            return fail(m_pos, JsonTextCheck::tr("a control character U+%1 in a string at %2, expected it escaped (\\n, \\t, \\u%1)")
                                   .arg(hex(c, 4), where(m_pos)));
        }
        if (c >= 0x80) {
            const int length = utf8Length(m_data + m_pos, m_size - m_pos);
            if (length == 0)
                //: %1 "byte 120 (line 7)", %2 the bytes in hex ("0xC3 0x28")
                return fail(m_pos, JsonTextCheck::tr("invalid UTF-8 at %1 (%2), expected UTF-8 text")
                                       .arg(where(m_pos), hexBytes(m_data + m_pos, m_size - m_pos)));
            m_pos += length;
            continue;
        }
        ++m_pos;
    }
}

bool Scanner::escape(QByteArray *key)
{
    const qsizetype start = m_pos;
    const auto invalidEscape = [this, start] {
        //: keep the escapes as they are: they are JSON syntax
        return fail(start, JsonTextCheck::tr("an invalid escape at %1, expected one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX")
                               .arg(where(start)));
    };
    const auto unit = [this](qsizetype at) -> int {
        if (at + 6 > m_size || m_data[at] != '\\' || m_data[at + 1] != 'u')
            return -1;
        int u = 0;
        for (int i = 2; i < 6; ++i) {
            const int d = hexDigit(m_data[at + i]);
            if (d < 0)
                return -1;
            u = u * 16 + d;
        }
        return u;
    };
    if (m_pos + 1 >= m_size)
        return notJson();
    const uchar e = m_data[m_pos + 1];
    static constexpr char simple[] = "\"\\/bfnrt";
    static constexpr char meaning[] = "\"\\/\b\f\n\r\t";
    if (const char *found = e ? std::strchr(simple, e) : nullptr) {
        if (key)
            key->append(meaning[found - simple]);
        m_pos += 2;
        return true;
    }
    if (e != 'u')
        return invalidEscape();
    const int first = unit(m_pos);
    if (first < 0)
        return invalidEscape();
    auto cp = char32_t(first);
    m_pos += 6;
    if (first >= 0xD800 && first <= 0xDFFF) {
        const int second = first <= 0xDBFF ? unit(m_pos) : -1;
        if (second < 0xDC00 || second > 0xDFFF)
            //: %1 is the escape's four hex digits, %2 "byte 120 (line 7)"; \\u is JSON syntax
            return fail(start, JsonTextCheck::tr("an unpaired UTF-16 surrogate \\u%1 at %2, expected a whole character "
                                                 "(\\uD800-\\uDBFF followed by \\uDC00-\\uDFFF)")
                                   .arg(hex(uint(first), 4), where(start)));
        cp = 0x10000 + ((char32_t(first) - 0xD800) << 10) + (char32_t(second) - 0xDC00);
        m_pos += 6;
    }
    if (key)
        appendUtf8(*key, cp);
    return true;
}

bool Scanner::number()
{
    const qsizetype start = m_pos;
    const auto digits = [this] {
        const qsizetype from = m_pos;
        while (m_pos < m_size && m_data[m_pos] >= '0' && m_data[m_pos] <= '9')
            ++m_pos;
        return m_pos - from;
    };
    if (at('-'))
        ++m_pos;
    if (at('0'))
        ++m_pos;
    else if (digits() == 0) {
        m_pos = start; // "-Infinity" is named from its start
        return notJson();
    }
    bool exponent = false;
    if (at('.')) {
        ++m_pos;
        if (digits() == 0)
            return notJson();
    }
    if (at('e') || at('E')) {
        exponent = true;
        ++m_pos;
        if (at('+') || at('-'))
            ++m_pos;
        if (digits() == 0)
            return notJson();
    }
    // Without an exponent, fewer than 309 digits always fit a double: parse only the others.
    if (!exponent && m_pos - start < 300)
        return true;
    const QByteArray text(reinterpret_cast<const char *>(m_data) + start, m_pos - start);
    bool ok = false;
    const double d = text.toDouble(&ok);
    if (ok && std::isfinite(d))
        return true;
    const QString shown = text.size() > 24 ? QString::fromLatin1(text.left(24)) + QStringLiteral("...") : QString::fromLatin1(text);
    // toDouble() gives 0 for both; a negative exponent is the tiny kind.
    const qsizetype e = std::max(text.indexOf('e'), text.indexOf('E'));
    if (e < 0 || text.at(e + 1) != '-')
        //: %1 is the number as written, %2 "byte 120 (line 7)"
        return fail(start, JsonTextCheck::tr("the number %1 at %2 is too large, expected at most about 1.8e308 either way (a double)")
                               .arg(shown, where(start)));
    //: %1 is the number as written, %2 "byte 120 (line 7)"
    return fail(start,
                JsonTextCheck::tr("the number %1 at %2 is too close to 0, expected 0 or at least about 2.2e-308 either way (a double)")
                    .arg(shown, where(start)));
}

bool Scanner::literal(const char *word)
{
    const auto length = qsizetype(std::strlen(word));
    if (m_size - m_pos < length || std::memcmp(m_data + m_pos, word, length) != 0)
        return notJson();
    m_pos += length;
    return true;
}

// Not JSON at m_pos. Some of it deserves better words than "illegal value"; the rest is left to
// Qt's parser (Problem::syntax), which says what it expected.
bool Scanner::notJson()
{
    if (m_pos >= m_size)
        //: %1 "byte 120 (line 7)"
        return fail(m_size, JsonTextCheck::tr("the text ends at %1, expected more JSON").arg(where(m_size)), true);
    const uchar c = m_data[m_pos];
    if (c == 0)
        //: %1 "byte 120 (line 7)"
        return fail(m_pos,
                    JsonTextCheck::tr("a NUL byte at %1, expected UTF-8 text (is it UTF-16, or not text at all?)").arg(where(m_pos)));
    if (c >= 0x80 && utf8Length(m_data + m_pos, m_size - m_pos) == 0)
        //: %1 "byte 120 (line 7)", %2 the bytes in hex ("0xC3 0x28")
        return fail(m_pos, JsonTextCheck::tr("invalid UTF-8 at %1 (%2), expected UTF-8 text")
                               .arg(where(m_pos), hexBytes(m_data + m_pos, m_size - m_pos)));
    // What JavaScript and Python write for numbers JSON cannot hold.
    qsizetype end = m_pos;
    while (end < m_size && end - m_pos < 12 && (std::isalpha(m_data[end]) || m_data[end] == '-' || m_data[end] == '+'))
        ++end;
    const QString word = QString::fromLatin1(reinterpret_cast<const char *>(m_data) + m_pos, end - m_pos);
    static const QStringList notNumbers{QStringLiteral("nan"), QStringLiteral("inf"), QStringLiteral("infinity")};
    QString bare = word.toLower();
    if (bare.startsWith(u'-') || bare.startsWith(u'+'))
        bare.remove(0, 1);
    if (notNumbers.contains(bare))
        //: %1 is what the file has (NaN, Infinity), %2 "byte 120 (line 7)"
        return fail(m_pos, JsonTextCheck::tr("%1 at %2 is not a JSON number, expected a finite number").arg(word, where(m_pos)));
    //: %1 "byte 120 (line 7)"
    return fail(m_pos, JsonTextCheck::tr("invalid JSON at %1").arg(where(m_pos)), true);
}

bool Scanner::fail(qsizetype offset, const QString &message, bool syntax)
{
    if (!m_problem)
        m_problem = JsonTextCheck::Problem{path(), offset, message, syntax};
    return false;
}

QString Scanner::where(qsizetype offset) const
{
    const qsizetype line = 1 + std::count(m_data, m_data + std::min(offset, m_size), uchar('\n'));
    //: where a problem is in a file: "byte 412 (line 9)", counted from 0 and 1
    return JsonTextCheck::tr("byte %1 (line %2)").arg(QString::number(offset), QString::number(line));
}

// Deep inside nested arrays the path would be "[0]" thirty times: the middle is left out.
QString Scanner::path() const
{
    QString path;
    const qsizetype count = m_frames.size();
    for (qsizetype i = 0; i < count; ++i) {
        if (count > 10 && i == 5)
            path += QStringLiteral("...");
        if (count > 10 && i >= 5 && i < count - 3)
            continue;
        const Frame &frame = m_frames.at(i);
        if (frame.isArray && frame.index >= 0)
            path += QStringLiteral("[%1]").arg(frame.index);
        else if (!frame.isArray && frame.hasKey && path.endsWith(QLatin1String("...")))
            path += JsonTextCheck::memberPath({}, QString::fromUtf8(frame.key));
        else if (!frame.isArray && frame.hasKey)
            path = JsonTextCheck::memberPath(path, QString::fromUtf8(frame.key));
    }
    return path;
}

bool isPlainName(const QString &key)
{
    if (key.isEmpty() || key.size() > 64 || key.front().isDigit())
        return false;
    return std::all_of(key.cbegin(), key.cend(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_';
    });
}

} // namespace

std::optional<JsonTextCheck::Problem> JsonTextCheck::check(const QByteArray &json, const JsonTextLimits &limits)
{
    return Scanner(json, limits).run();
}

QString JsonTextCheck::memberPath(const QString &parent, const QString &key)
{
    if (isPlainName(key))
        return parent.isEmpty() ? key : parent + u'.' + key;
    return parent + u'[' + JsonFieldReader::describe(QJsonValue(key)) + u']';
}

} // namespace FinAck
