// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
// How long one frame of the sequence diagram takes: the visible 1280x800 part of a generated
// 10,000-segment bulk transfer, painted into a QImage exactly as SequenceView's paintEvent does.
// Target: a median of 8 ms per frame at most (docs/performance.md). tests/benchmarks/run.sh paint runs it; by hand:
//   cmake -B build-bench -DFINACK_BENCHMARKS=ON -DCMAKE_BUILD_TYPE=Release && ninja -C build-bench bench_paint
//   QT_QPA_PLATFORM=offscreen build-bench/tests/benchmarks/bench_paint
#include "benchstats.h"
#include "bulktransfer.h"
#include "diagram/sequenceview.h"

#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QTest>

#include <algorithm>

using namespace FinAck;

namespace {

constexpr int kSegments = 10000;
constexpr int kFrames = 200;
constexpr double kTargetMs = 8.0;

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.at(std::min<qsizetype>(values.size() - 1, qsizetype(p * double(values.size()))));
}

} // namespace

class BenchPaint : public QObject
{
    Q_OBJECT
    Trace m_trace = bulkTransfer(kSegments);

private Q_SLOTS:
    void initTestCase()
    {
        QCOMPARE(m_trace.segments().size(), kSegments);
        qInfo("trace: %d events, %lld segments", m_trace.size(), qlonglong(m_trace.segments().size()));
    }

    void layout()
    {
        QList<double> ms;
        for (int i = 0; i < 20; ++i) {
            QElapsedTimer timer;
            timer.start();
            SequenceLayout layout(m_trace);
            layout.setWidth(1280);
            ms << timer.nsecsElapsed() / 1e6;
            QCOMPARE(layout.arrowCount(), kSegments);
        }
        qInfo("layout of the whole trace: median %.2f ms", percentile(ms, 0.5));
    }

    void paintViewport_data()
    {
        QTest::addColumn<Spacing>("spacing");
        QTest::addColumn<double>("scrollFraction"); // 0 top, 1 bottom
        QTest::addColumn<double>("zoom");
        QTest::addColumn<bool>("dark");
        QTest::addColumn<bool>("hover");
        QTest::addColumn<bool>("target"); // held to kTargetMs; the others are reported only
        QTest::newRow("even_top") << Spacing::Even << 0.0 << 1.0 << false << false << true;
        QTest::newRow("even_middle") << Spacing::Even << 0.5 << 1.0 << false << false << true;
        QTest::newRow("even_end") << Spacing::Even << 1.0 << 1.0 << false << false << true;
        QTest::newRow("even_middle_dark_hover_selection") << Spacing::Even << 0.5 << 1.0 << true << true << true;
        // Stress: many rows per screen, or thousands of segments within a few pixels.
        QTest::newRow("even_zoomed_out_0_25") << Spacing::Even << 0.5 << 0.25 << false << false << false;
        QTest::newRow("true_time_all_in_one_screen") << Spacing::TrueTime << 0.0 << 1.0 << false << false << false;
        QTest::newRow("true_time_zoom_20") << Spacing::TrueTime << 0.5 << 20.0 << false << false << false;
    }

    void paintViewport()
    {
        QFETCH(Spacing, spacing);
        QFETCH(double, scrollFraction);
        QFETCH(double, zoom);
        QFETCH(bool, dark);
        QFETCH(bool, hover);
        QFETCH(bool, target);
        // The widget measures its fonts into the layout; paint what it would paint.
        SequenceView view;
        view.resize(1280 + 2, 800 + 2);
        view.setTrace(m_trace);
        view.setSpacing(spacing);
        view.setZoom(zoom);
        view.setPlayhead(m_trace.size());
        view.setDiagramPalette(dark ? DiagramPalette::dark() : DiagramPalette::light());
        const SequenceLayout &layout = view.layout();
        const QSize size(1280, 800);
        const double y = std::max(0.0, layout.totalHeight() - size.height()) * scrollFraction;
        const QRectF visible(QPointF(0, y), QSizeF(size));
        RenderOptions options = view.renderOptions(visible);
        if (hover) {
            const auto [first, last] = layout.rowsIn(visible.top(), visible.bottom());
            options.selected = layout.row(first).first;
            options.hovered = layout.row(last).first;
        }

        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        QList<double> ms;
        RenderStats stats;
        for (int frame = 0; frame < kFrames; ++frame) {
            QElapsedTimer timer;
            timer.start();
            QPainter painter(&image);
            painter.translate(-visible.topLeft());
            stats = SequenceRenderer::paint(painter, layout, m_trace, options);
            painter.end();
            ms << timer.nsecsElapsed() / 1e6;
        }
        const double median = percentile(ms, 0.5);
        qInfo("%-34s median %6.2f ms  p95 %6.2f ms  max %6.2f ms  (arrows %d + %d merged, bands %d, calls %d, labels skipped %d)",
              QTest::currentDataTag(), median, percentile(ms, 0.95), percentile(ms, 1.0), stats.arrows, stats.arrowsMerged, stats.bands,
              stats.calls, stats.labelsSkipped);
        const QString tag = QString::fromLatin1(QTest::currentDataTag());
        if (tag == QLatin1String("even_middle") || tag == QLatin1String("true_time_all_in_one_screen"))
            Bench::summary(QStringLiteral("diagram paint, 10,000 segments, 1280x800 frame (%1), median / p95").arg(tag),
                           QStringLiteral("%1 / %2").arg(Bench::ms(median, 2), Bench::ms(percentile(ms, 0.95), 2)),
                           target ? QStringLiteral("target %1 ms").arg(kTargetMs)
                                  : QStringLiteral("target %1 ms (not held to it)").arg(kTargetMs),
                           QStringLiteral("%1x").arg(median / kTargetMs, 0, 'f', 2));
        QVERIFY(stats.arrows > 0);
        QVERIFY2(!target || median <= kTargetMs,
                 qPrintable(QStringLiteral("median %1 ms over the %2 ms target").arg(median).arg(kTargetMs)));
    }
};

QTEST_MAIN(BenchPaint)
#include "bench_paint.moc"
