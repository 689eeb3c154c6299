// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
// Pictures of a trace as files: each opens as what it claims to be and holds the diagram's texts.
// No pixel comparisons: sizes, text content and a few colours that carry meaning.
#include "diagram/diagrampicture.h"
#include "diagram/sequencerenderer.h"
#include "io/tracejson.h"
#include "traceexport.h"

#include <QApplication>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace FinAck;

namespace {

Trace loadTestTrace(const QString &name)
{
    QString error;
    auto trace = loadTrace(QStringLiteral(FINACK_TEST_DATA "/traces/%1.json").arg(name), &error);
    if (!trace)
        qFatal("%s", qPrintable(error));
    return *trace;
}

// The labels the diagram must show for a trace: its flags and errno names.
QStringList expectedLabels(const Trace &trace)
{
    QStringList labels;
    for (const Segment &s : trace.segments())
        labels << SequenceRenderer::flagsText(s);
    for (Actor a : {Actor::Client, Actor::Server}) {
        for (const CallRecord &c : trace.calls(a)) {
            if (!c.errnoName.isEmpty() && !c.timedOut) // a timed-out call shows "timed out"
                labels << c.errnoName;
        }
    }
    labels.removeDuplicates();
    return labels;
}

// All character data of an SVG's <text> elements, joined; fails the test on malformed XML.
QString svgText(const QByteArray &svg, bool *wellFormed)
{
    QXmlStreamReader xml(svg);
    QString text;
    int depth = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("text"))
            ++depth;
        else if (xml.isEndElement() && xml.name() == QLatin1String("text"))
            --depth;
        else if (xml.isCharacters() && depth > 0)
            text += xml.text().toString() + QLatin1Char('\n');
    }
    *wellFormed = !xml.hasError();
    return text;
}

// A long generated run: many steps of send/recv with their segments, for pages and PNG bounds.
Trace longTrace(int rounds)
{
    Trace trace;
    trace.setScenarioTitle(QStringLiteral("Many rounds (generated)"));
    trace.setEndpoint(Actor::Client, QStringLiteral("127.0.0.1:40000"));
    trace.setEndpoint(Actor::Server, QStringLiteral("127.0.0.1:50000"));
    qint64 t = 0;
    quint32 seq = 1;
    trace.appendRelative(StateChange{t, Actor::Client, TcpState::Established, StateSource::Observed, {}, {}, {}});
    trace.appendRelative(StateChange{t, Actor::Server, TcpState::Established, StateSource::Observed, {}, {}, {}});
    for (int i = 0; i < rounds; ++i) {
        CallRecord call;
        call.tUs = t += 100;
        call.step = i;
        call.call = QStringLiteral("send");
        call.text = QStringLiteral("send(3, \"x\", 1, 0)");
        call.ret = 1;
        trace.appendRelative(call);
        Segment data{t += 10, Actor::Client, TcpFlag::Psh | TcpFlag::Ack, seq, 1, 1, 512, SegmentSource::Captured, false};
        trace.appendRelative(data);
        seq += 1;
        Segment ack{t += 10, Actor::Server, TcpFlag::Ack, 1, seq, 0, 512, SegmentSource::Captured, false};
        trace.appendRelative(ack);
    }
    return trace;
}

} // namespace

class TestDiagramExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pngHasThePicturesSize_data()
    {
        QTest::addColumn<double>("scale");
        QTest::newRow("scale 1") << 1.0;
        QTest::newRow("scale 2, for slides") << 2.0;
        QTest::newRow("scale 0.5") << 0.5;
    }
    void pngHasThePicturesSize()
    {
        QFETCH(double, scale);
        const Trace trace = loadTestTrace(QStringLiteral("orderly-close"));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("close.png"));
        PictureOptions options;
        options.scale = scale;
        QString error;
        QVERIFY2(TraceExport::write(trace, path, options, &error), qPrintable(error));
        QImage image(path);
        QVERIFY(!image.isNull());
        const QSizeF natural = DiagramPicture(trace, options).size();
        QCOMPARE(image.width(), int(std::ceil(natural.width() * scale)));
        QCOMPARE(image.height(), int(std::ceil(natural.height() * scale)));
        // The whole diagram is in it: taller than its header and all its rows.
        QVERIFY(natural.height() > DiagramPicture(trace, options).layout().totalHeight());
        QCOMPARE(qRound(image.dotsPerMeterX() * 0.0254), qRound(96 * scale));
    }

    void themeSetsTheBackground_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }
    void themeSetsTheBackground()
    {
        QFETCH(bool, dark);
        PictureOptions options;
        options.dark = dark;
        const QImage image = DiagramPicture(loadTestTrace(QStringLiteral("orderly-close")), options).image(1.0);
        const QColor corner = image.pixelColor(1, 1);
        const QColor expected = dark ? DiagramPalette::dark().background : DiagramPalette::light().background;
        QCOMPARE(corner.rgb(), expected.rgb());
    }

    void svgHoldsTheLabelsAsText_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("orderly close") << QStringLiteral("orderly-close");
        QTest::newRow("reset, inferred segments") << QStringLiteral("reset-inferred");
        QTest::newRow("Qt client") << QStringLiteral("qt-client-reset");
    }
    void svgHoldsTheLabelsAsText()
    {
        QFETCH(QString, name);
        const Trace trace = loadTestTrace(name);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("d.svg"));
        QString error;
        QVERIFY2(TraceExport::write(trace, path, {}, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        bool wellFormed = false;
        const QString text = svgText(file.readAll(), &wellFormed);
        QVERIFY(wellFormed);
        for (const QString &label : expectedLabels(trace))
            QVERIFY2(text.contains(label), qPrintable(label));
        QVERIFY(text.contains(trace.scenarioTitle()));
        QVERIFY(text.contains(trace.endpoint(Actor::Client)));
        // The legend and the footer are part of the picture.
        QVERIFY(text.contains(DiagramPicture::tr("the whole run")));
        QVERIFY(text.contains(QLatin1String("FinAck ")));
    }

    // FIN_WAIT_1 polled again while the FIN waits for its ACK (closing-state, lost-fin): the
    // queue that did not move is labelled once, not once more over or under itself.
    void anUnchangedQueueIsLabelledOnce()
    {
        Trace trace;
        qint64 t = 0;
        trace.appendRelative(StateChange{t, Actor::Client, TcpState::Established, StateSource::Observed, {}, 0, 0});
        CallRecord close;
        close.tUs = t += 100;
        close.call = QStringLiteral("close");
        close.text = QStringLiteral("close(3)");
        trace.appendRelative(close);
        for (qint64 timer : {200, 400, 800})
            trace.appendRelative(StateChange{t += 200000, Actor::Client, TcpState::FinWait1, StateSource::Observed, timer, 0, 1});
        trace.appendRelative(StateChange{t += 200000, Actor::Client, TcpState::FinWait1, StateSource::Observed, 100, 0, 0});
        bool wellFormed = false;
        const QString text = svgText(DiagramPicture(trace, {}).svg(), &wellFormed);
        QVERIFY(wellFormed);
        QCOMPARE(text.count(QLatin1String("send-Q 1")), 1);
        QCOMPARE(text.count(QLatin1String("send-Q 0")), 1); // the ACK came: the queue emptied
    }

    // The lab's notes about its own running are no part of the picture (labnote.h).
    void labNotesAreNotDrawn()
    {
        const Trace trace = loadTestTrace(QStringLiteral("close/closing-state"));
        bool wellFormed = false;
        const QString text = svgText(DiagramPicture(trace, {}).svg(), &wellFormed);
        QVERIFY(wellFormed);
        QVERIFY(text.contains(QLatin1String("FIN_WAIT_1")));
        QVERIFY(!text.contains(QLatin1String("had not settled")));
    }

    void pdfHoldsTheLabelsAsText()
    {
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        const Trace trace = loadTestTrace(QStringLiteral("orderly-close"));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("d.pdf"));
        QString error;
        QVERIFY2(TraceExport::write(trace, path, {}, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        if (pdftotext.isEmpty())
            QSKIP("pdftotext (poppler-utils, installed by test.sh) is not installed");
        QProcess p;
        p.start(pdftotext, {path, QStringLiteral("-")});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        const QString text = QString::fromUtf8(p.readAllStandardOutput());
        for (const QString &label : expectedLabels(trace))
            QVERIFY2(text.contains(label), qPrintable(label + QStringLiteral(" not in:\n") + text));
        QVERIFY(text.contains(QLatin1String("page 1 of 1")));
    }

    void longPdfHasPagesWithTheActorsOnEach()
    {
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (pdftotext.isEmpty())
            QSKIP("pdftotext (poppler-utils, installed by test.sh) is not installed");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("long.pdf"));
        QString error;
        QVERIFY2(TraceExport::write(longTrace(200), path, {}, &error), qPrintable(error));
        QProcess p;
        p.start(pdftotext, {path, QStringLiteral("-")});
        QVERIFY(p.waitForFinished(30000));
        const QStringList pages = QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\f'), Qt::SkipEmptyParts);
        QVERIFY2(pages.size() > 3, qPrintable(QString::number(pages.size())));
        for (const QString &page : pages) {
            QVERIFY(page.contains(QLatin1String("Client")) && page.contains(QLatin1String("Server")));
            QVERIFY(page.contains(QStringLiteral("of %1").arg(pages.size())));
        }
        // Every segment is on some page: 200 data segments and 200 ACKs.
        QCOMPARE(pages.join(QString()).count(QLatin1String("PSH ACK")), 200);
    }

    void stepsMakeASlide()
    {
        const Trace trace = loadTestTrace(QStringLiteral("orderly-close"));
        PictureOptions options;
        options.steps = StepRange{2, 3};
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("slide.svg"));
        QString error;
        QVERIFY2(TraceExport::write(trace, path, options, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        bool wellFormed = false;
        const QString text = svgText(file.readAll(), &wellFormed);
        QVERIFY(text.contains(DiagramPicture::tr("steps %1–%2").arg(2).arg(3)));
        const auto slice = sliceSteps(trace, *options.steps);
        QVERIFY(DiagramPicture(*slice, options).size().height() < DiagramPicture(trace, {}).size().height());
    }

    void hugePngIsScaledDownWholeWithAWarning()
    {
        const Trace trace = longTrace(2000);
        const DiagramPicture picture(trace, {});
        QVERIFY(picture.size().height() > DiagramPicture::kMaxPngSide);
        QString warning;
        const QImage image = picture.image(1.0, &warning);
        QVERIFY(image.height() <= DiagramPicture::kMaxPngSide);
        QVERIFY(qint64(image.width()) * image.height() <= DiagramPicture::kMaxPngPixels);
        QVERIFY2(warning.contains(QLatin1String("scaled to")), qPrintable(warning));
        // Whole: the proportions are kept, not the top cut off.
        QVERIFY(qAbs(double(image.height()) / image.width() - picture.size().height() / picture.size().width())
                < 0.05 * picture.size().height() / picture.size().width());
    }

    void unknownSuffixIsRefused()
    {
        QString error;
        QVERIFY(!TraceExport::write(loadTestTrace(QStringLiteral("orderly-close")), QStringLiteral("/tmp/x.bmp"), {}, &error));
        QVERIFY2(error.contains(QLatin1String("x.bmp")) && error.contains(QLatin1String(".svg")), qPrintable(error));
    }

    void unwritableFileGivesTheReason_data()
    {
        QTest::addColumn<QString>("suffix");
        for (TraceExport::Format f : TraceExport::formats())
            QTest::newRow(qPrintable(TraceExport::suffix(f))) << TraceExport::suffix(f);
    }
    void unwritableFileGivesTheReason()
    {
        QFETCH(QString, suffix);
        const QString path = QStringLiteral("/nonexistent/dir/out.") + suffix;
        QString error;
        QVERIFY(!TraceExport::write(loadTestTrace(QStringLiteral("orderly-close")), path, {}, &error));
        QVERIFY2(error.contains(QLatin1String("out.") + suffix) && !error.contains(QLatin1Char('\n')), qPrintable(error));
    }
};

QTEST_MAIN(TestDiagramExport)
#include "tst_diagramexport.moc"
