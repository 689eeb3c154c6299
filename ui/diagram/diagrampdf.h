// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

#include <QList>
#include <QString>

namespace FinAck {

class DiagramPicture;

// A DiagramPicture as a PDF: a long run does not fit one page a reader can open, so the diagram is
// cut into pages as wide as it is, between rows, with the actor names repeated at the top of each;
// the title block opens the first page and the legend closes the last. Its messages keep
// DiagramPicture's translation context, beside the PNG's and the SVG's.
class DiagramPdf
{
public:
    explicit DiagramPdf(const DiagramPicture &picture);
    bool write(const QString &path, QString *error) const;

private:
    struct Page {
        double from = 0; // layout y of the first diagram pixel below the header
        double to = 0;
        bool title = false;
        bool legend = false;
    };
    // Page breaks fall between rows: the first row that does not fit starts the next page.
    QList<Page> pages() const;

    const DiagramPicture &m_picture;
    double m_width = 0;
    double m_pageHeight = 0;
};

} // namespace FinAck
