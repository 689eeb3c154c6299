// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
// The translation files are complete and current: no entry unfinished or obsolete, every string
// the sources mark is in them (lupdate run on a copy finds nothing new), and every translation
// keeps its source's placeholders. See docs/translating.md for how to fix a failure.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Entry {
    QString context;
    QString source;
    QString type;             // "", "unfinished", "obsolete", "vanished"
    QStringList translations; // one, or the numerus forms
};

QList<Entry> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + QStringLiteral(": cannot open");
        return {};
    }
    QList<Entry> entries;
    QXmlStreamReader xml(&file);
    QString context;
    Entry entry;
    bool inName = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("name"))
                context = xml.readElementText();
            else if (xml.name() == QLatin1String("message"))
                entry = Entry{context, {}, {}, {}};
            else if (xml.name() == QLatin1String("source"))
                entry.source = xml.readElementText();
            else if (xml.name() == QLatin1String("translation")) {
                entry.type = xml.attributes().value(QLatin1String("type")).toString();
                inName = true;
            } else if (xml.name() == QLatin1String("numerusform"))
                entry.translations << xml.readElementText();
        } else if (xml.isCharacters() && inName && !xml.isWhitespace()) {
            entry.translations << xml.text().toString();
        } else if (xml.isEndElement()) {
            if (xml.name() == QLatin1String("translation"))
                inName = false;
            else if (xml.name() == QLatin1String("message"))
                entries << entry;
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1: %2 at line %3").arg(path, xml.errorString()).arg(xml.lineNumber());
    return entries;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(?:L?\\d+|n)"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    found.sort();
    return found;
}

const QStringList kTsFiles{QStringLiteral("finack_zh_CN.ts"), QStringLiteral("finack_en.ts")};

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyEntryIsFinished_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString &file : kTsFiles)
            QTest::newRow(qPrintable(file)) << file;
    }
    void everyEntryIsFinished()
    {
        QFETCH(QString, file);
        QString error;
        const QList<Entry> entries = readTs(QStringLiteral(FINACK_SOURCE_DIR "/translations/") + file, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(entries.size() > 500);
        QStringList problems;
        for (const Entry &e : entries) {
            if (!e.type.isEmpty())
                problems << QStringLiteral("%1 [%2]: %3").arg(e.type, e.context, e.source.left(100));
            else if (e.translations.isEmpty() || e.translations.contains(QString()))
                problems << QStringLiteral("empty [%1]: %2").arg(e.context, e.source.left(100));
            else {
                for (const QString &t : e.translations) {
                    // %n may be left out of a singular form ("one step"); every other one stays.
                    QStringList want = placeholders(e.source);
                    QStringList have = placeholders(t);
                    if (!have.contains(QStringLiteral("%n")))
                        want.removeAll(QStringLiteral("%n"));
                    if (want != have)
                        problems << QStringLiteral("placeholders %1 vs %2 [%3]: %4")
                                        .arg(want.join(u' '), have.join(u' '), e.context, e.source.left(100));
                }
            }
        }
        for (const QString &p : problems)
            qInfo().noquote() << p;
        QVERIFY2(
            problems.isEmpty(),
            qPrintable(
                QStringLiteral("%1 problem(s) in translations/%2, listed above; see docs/translating.md").arg(problems.size()).arg(file)));
    }

    // lupdate on a copy: a string marked in the sources but missing from the .ts comes back as a
    // new unfinished entry, a string no longer in the sources disappears (-no-obsolete).
    void lupdateFindsNothingNew_data() { everyEntryIsFinished_data(); }
    void lupdateFindsNothingNew()
    {
        QFETCH(QString, file);
        QTemporaryDir dir;
        const QString copy = dir.filePath(file);
        QVERIFY(QFile::copy(QStringLiteral(FINACK_SOURCE_DIR "/translations/") + file, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QProcess lupdate;
        lupdate.setWorkingDirectory(QStringLiteral(FINACK_SOURCE_DIR));
        lupdate.start(QStringLiteral(FINACK_LUPDATE),
                      {QStringLiteral("core"), QStringLiteral("lab"), QStringLiteral("ui"), QStringLiteral("app"), QStringLiteral("-ts"),
                       copy, QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none")});
        QVERIFY(lupdate.waitForFinished(120000));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());
        QString error;
        const QList<Entry> before = readTs(QStringLiteral(FINACK_SOURCE_DIR "/translations/") + file, &error);
        const QList<Entry> after = readTs(copy, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList news;
        for (const Entry &e : after) {
            if (e.type == QLatin1String("unfinished"))
                news << QStringLiteral("[%1] %2").arg(e.context, e.source.left(100));
        }
        for (const QString &n : news)
            qInfo().noquote() << "not in the .ts:" << n;
        QVERIFY2(news.isEmpty(), qPrintable(QStringLiteral("%1 string(s) of the sources are missing from translations/%2: run "
                                                           "scripts/update-translations.sh, then translate them")
                                                .arg(news.size())
                                                .arg(file)));
        QVERIFY2(before.size() == after.size(),
                 qPrintable(QStringLiteral("translations/%1 holds %2 entries, the sources %3: run scripts/update-translations.sh")
                                .arg(file)
                                .arg(before.size())
                                .arg(after.size())));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
