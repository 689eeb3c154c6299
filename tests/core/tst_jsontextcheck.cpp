// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
// JsonTextCheck: the strict reading of a JSON file's text before Qt parses it. Where each problem
// is (byte offset, JSON path) and what valid JSON it must let through.
#include "io/json/jsontextcheck.h"

#include <QTest>

using namespace FinAck;

class TestJsonTextCheck : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void validTextPasses_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("empty object") << QByteArray("{}");
        QTest::newRow("empty array") << QByteArray(" [ ] \r\n\t");
        QTest::newRow("UTF-8 byte order mark") << QByteArray("\xEF\xBB\xBF{\"a\": 1}");
        QTest::newRow("every literal and number form")
            << QByteArray("[true, false, null, 0, -0, 12, -3.25, 1e308, 2.5E-300, 1e+2, 123456789012345678901234567890]");
        QTest::newRow("every escape") << QByteArray("[\"\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u0000 \\u00e9 \\ud83d\\ude00\"]");
        QTest::newRow("UTF-8 of 2, 3 and 4 bytes")
            << QByteArray("[\"\xC3\xA9 \xE2\x82\xAC \xEF\xBF\xBF \xF0\x9F\x98\x80 \xF4\x8F\xBF\xBF\"]");
        QTest::newRow("same key in sibling objects") << QByteArray("[{\"a\": 1}, {\"a\": 2}, {\"b\": {\"a\": 3}}]");
        QByteArray many = "{";
        for (int i = 0; i < 40; ++i)
            many += QByteArray(i ? "," : "") + "\"k" + QByteArray::number(i) + "\": " + QByteArray::number(i);
        QTest::newRow("40 distinct keys") << many + "}";
        QTest::newRow("32 levels") << QByteArray(32, '[') + QByteArray(32, ']');
    }

    void validTextPasses()
    {
        QFETCH(QByteArray, json);
        const auto problem = JsonTextCheck::check(json, {});
        QVERIFY2(!problem, problem ? qPrintable(problem->path + QStringLiteral(": ") + problem->message) : "");
    }

    void problemsAreLocated_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("path");
        QTest::addColumn<qsizetype>("offset");
        QTest::addColumn<QString>("message");
        QTest::addColumn<bool>("syntax");
        QTest::newRow("invalid UTF-8 in a value") << QByteArray("{\"a\": [\"ok\", \"x\xC3\x28\"]}") << "a[1]" << qsizetype(15)
                                                  << "invalid UTF-8 at byte 15 (line 1) (0xC3), expected UTF-8 text" << false;
        QTest::newRow("invalid UTF-8 in a key") << QByteArray("{\"a\": {\"\xFF\": 1}}") << "a" << qsizetype(8) << "(0xFF)" << false;
        QTest::newRow("invalid UTF-8 outside strings") << QByteArray("{\"a\": \xE9}") << "a" << qsizetype(6) << "(0xE9)" << false;
        QTest::newRow("surrogate in UTF-8") << QByteArray("[\"\xED\xBF\xBF\"]") << "[0]" << qsizetype(2) << "(0xED 0xBF 0xBF)" << false;
        QTest::newRow("beyond U+10FFFF") << QByteArray("[\"\xF4\x90\x80\x80\"]") << "[0]" << qsizetype(2) << "(0xF4 0x90 0x80 0x80)"
                                         << false;
        QTest::newRow("cut off at the end") << QByteArray("[\"\xE2\x82") << "[0]" << qsizetype(2) << "invalid UTF-8" << false;
        QTest::newRow("line counted") << QByteArray("{\n\"a\":\n\"\x80\"}") << "a" << qsizetype(8) << "at byte 8 (line 3)" << false;
        QTest::newRow("low surrogate alone") << QByteArray("[\"ab\\udc00\"]") << "[0]" << qsizetype(4)
                                             << "unpaired UTF-16 surrogate \\uDC00 at byte 4" << false;
        QTest::newRow("high surrogate then a letter") << QByteArray("[\"\\ud800\\u0041\"]") << "[0]" << qsizetype(2) << "\\uD800" << false;
        QTest::newRow("short \\u escape") << QByteArray("[\"\\u12\"]") << "[0]" << qsizetype(2) << "an invalid escape at byte 2" << false;
        QTest::newRow("unknown escape") << QByteArray("[\"\\a\"]") << "[0]" << qsizetype(2) << "an invalid escape" << false;
        QTest::newRow("raw tab") << QByteArray("[\"a\tb\"]") << "[0]" << qsizetype(3) << "control character U+0009" << false;
        QTest::newRow("duplicate") << QByteArray("{\"x\": {\"a\": 1, \"b\": 2, \"a\": 3}}") << "x.a" << qsizetype(23)
                                   << "duplicate key at byte 23 (line 1), the first at byte 7" << false;
        QTest::newRow("duplicate by escape") << QByteArray("{\"\\u00e9\": 1, \"\xC3\xA9\": 2}") << "[\"é\"]" << qsizetype(14)
                                             << "the first at byte 1" << false;
        QByteArray many = "{";
        for (int i = 0; i < 40; ++i)
            many += "\"k" + QByteArray::number(i) + "\": 0, ";
        QTest::newRow("duplicate among 40 keys") << many + "\"k7\": 1}"
                                                 << "k7" << qsizetype(many.size()) << "duplicate key" << false;
        QTest::newRow("key not a plain name") << QByteArray("{\"a b\": {\"c\": [1, NaN]}}") << "[\"a b\"].c[1]" << qsizetype(18)
                                              << "NaN at byte 18" << false;
        QTest::newRow("-Infinity") << QByteArray("[-Infinity]") << "[0]" << qsizetype(1)
                                   << "-Infinity at byte 1 (line 1) is not a JSON number" << false;
        QTest::newRow("too large") << QByteArray("[1.5e309]") << "[0]" << qsizetype(1)
                                   << "the number 1.5e309 at byte 1 (line 1) is too large" << false;
        QTest::newRow("too small") << QByteArray("[-1e-999]") << "[0]" << qsizetype(1) << "is too close to 0" << false;
        QTest::newRow("310 digits") << "[" + QByteArray(310, '9') + "]"
                                    << "[0]" << qsizetype(1) << "999999999999999999999999..." << false;
        QTest::newRow("33 levels") << QByteArray(33, '[') + QByteArray(33, ']') << "[0][0][0][0][0]...[0][0][0]" << qsizetype(32)
                                   << "nesting deeper than 32 levels at byte 32" << false;
        QTest::newRow("UTF-16") << QByteArray("\xFF\xFE{\0}\0", 6) << "" << qsizetype(0) << "a UTF-16 byte order mark" << false;
        QTest::newRow("UTF-16 without a mark") << QByteArray("{\0}\0", 4) << "" << qsizetype(1) << "a NUL byte at byte 1" << false;
        QTest::newRow("1. (Qt takes it)") << QByteArray("[1.]") << "[0]" << qsizetype(3) << "invalid JSON at byte 3" << true;
        QTest::newRow(".5 (Qt takes it)") << QByteArray("[.5]") << "[0]" << qsizetype(1) << "invalid JSON at byte 1" << true;
        QTest::newRow("missing comma") << QByteArray("[1 2]") << "[0]" << qsizetype(3) << "invalid JSON at byte 3" << true;
        QTest::newRow("cut off") << QByteArray("{\"a\": [1,") << "a[1]" << qsizetype(9) << "the text ends at byte 9" << true;
        QTest::newRow("trailing text") << QByteArray("{} x") << "" << qsizetype(3) << "invalid JSON at byte 3" << true;
        QTest::newRow("a scalar at the top") << QByteArray("1") << "" << qsizetype(0) << "invalid JSON at byte 0" << true;
    }

    void problemsAreLocated()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, path);
        QFETCH(qsizetype, offset);
        QFETCH(QString, message);
        QFETCH(bool, syntax);
        const auto problem = JsonTextCheck::check(json, {});
        QVERIFY(problem);
        QCOMPARE(problem->path, path);
        QCOMPARE(problem->offset, offset);
        QVERIFY2(problem->message.contains(message), qPrintable(problem->message));
        QCOMPARE(problem->syntax, syntax);
    }

    void limits()
    {
        const JsonTextLimits small{3, 5, 4};
        QVERIFY(!JsonTextCheck::check("[[[1, 2]]]", small));
        auto problem = JsonTextCheck::check("[[[[1]]]]", small);
        QVERIFY(problem && problem->message.startsWith(QLatin1String("nesting deeper than 3 levels at byte 3")));
        problem = JsonTextCheck::check("[1, 2, 3, 4, 5]", small);
        QVERIFY(problem && problem->path == QLatin1String("[4]")
                && problem->message.startsWith(QLatin1String("more than 5 values by byte 13")));
        QVERIFY(!JsonTextCheck::check("[\"abcd\"]", small)); // the bytes between the quotes
        problem = JsonTextCheck::check("[\"abcde\"]", small);
        QVERIFY(problem && problem->message.startsWith(QLatin1String("a string longer than 4 bytes at byte 1")));
    }

    void memberPaths_data()
    {
        QTest::addColumn<QString>("parent");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("path");
        QTest::newRow("top level") << ""
                                   << "steps"
                                   << "steps";
        QTest::newRow("nested") << "steps[2]"
                                << "data"
                                << "steps[2].data";
        QTest::newRow("digits first") << "a"
                                      << "2x"
                                      << "a[\"2x\"]";
        QTest::newRow("newline") << "expect"
                                 << "li\nux"
                                 << "expect[\"li\\nux\"]";
        QTest::newRow("line separator") << "" << QString::fromUtf16(u"a\u2028b") << "[\"a\\u2028b\"]";
        QTest::newRow("empty") << "x"
                               << ""
                               << "x[\"\"]";
        QTest::newRow("long") << "" << QString(50, u'é') << QStringLiteral("[\"") + QString(40, u'é') + QStringLiteral("\"...]");
    }

    void memberPaths()
    {
        QFETCH(QString, parent);
        QFETCH(QString, key);
        QFETCH(QString, path);
        QCOMPARE(JsonTextCheck::memberPath(parent, key), path);
    }
};

QTEST_GUILESS_MAIN(TestJsonTextCheck)
#include "tst_jsontextcheck.moc"
