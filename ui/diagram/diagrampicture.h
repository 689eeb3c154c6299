// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

#include "diagram/diagrampalette.h"
#include "diagram/sequencelayout.h"
#include "model/tracesteps.h"

#include <QCoreApplication>
#include <QFont>
#include <QImage>
#include <QSizeF>
#include <optional>

class QPainter;

namespace FinAck {

// How a picture of a trace is made; the CLI's flags and the window's export dialog fill it.
struct PictureOptions {
    std::optional<StepRange> steps; // a slide of part of the run; the whole trace when empty
    double scale = 1.0;             // PNG: pixels per diagram pixel (2 for a sharp slide)
    bool dark = false;
    Spacing spacing = Spacing::Even;
};

// The exported page: a title block (the scenario's title, its id and the steps shown), the whole
// diagram painted by SequenceRenderer::paint() — never cut by a row cap —, the legend and a
// footer saying where the run was recorded. Screen and files share the diagram's paint code;
// this class only adds what a slide needs around it.
class DiagramPicture
{
    Q_DECLARE_TR_FUNCTIONS(DiagramPicture)
public:
    // `trace` is the part to show (already sliced to options.steps); the options say how.
    DiagramPicture(const Trace &trace, const PictureOptions &options);

    // The font every export uses, fixed in pixels so that a file's size does not depend on the
    // screen it was made on.
    static QFont exportFont();

    QSizeF size() const;                 // in diagram pixels
    void paint(QPainter &painter) const; // the whole picture at (0, 0)

    // PNG pixels are bounded (kMaxPngSide, kMaxPngPixels): a longer diagram is scaled down to fit,
    // whole, and `warning` says so and what to do instead.
    static constexpr int kMaxPngSide = 32000;
    static constexpr qint64 kMaxPngPixels = 64'000'000;
    QImage image(double scale, QString *warning = nullptr) const;

    bool writePng(const QString &path, QString *error, QString *warning = nullptr) const;
    bool writeSvg(const QString &path, QString *error) const;
    QByteArray svg() const;
    // PDF: pages as wide as the diagram, the actor names repeated at the top of each.
    bool writePdf(const QString &path, QString *error) const;

    // The parts a page is made of, for the PDF (DiagramPdf), which lays them out on pages.
    struct Block {
        double title = 0;  // height of the title block above the diagram
        double legend = 0; // height of the legend below it
        double footer = 0;
    };
    const Block &block() const { return m_block; }
    const SequenceLayout &layout() const { return m_layout; }
    const Trace &trace() const { return m_trace; }
    const DiagramPalette &palette() const { return m_palette; }
    const QFont &font() const { return m_font; }
    double margin() const { return m_margin; }
    void paintTitle(QPainter &painter, double width) const;
    void paintFooter(QPainter &painter, const QRectF &rect, const QString &page = {}) const;

private:
    QString subtitle() const;
    QString footerText() const;

    Trace m_trace;
    PictureOptions m_options;
    DiagramPalette m_palette;
    QFont m_font;
    SequenceLayout m_layout;
    Block m_block;
    double m_margin = 24;
};

} // namespace FinAck
