// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#include "helpmenu.h"

#include "diagram/sequencerenderer.h"

#include <QAction>
#include <QBuffer>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QImage>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace FinAck {

namespace {

void showHtml(QWidget *parent, const QString &title, const QString &html)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    auto *text = new QTextBrowser(&dialog);
    text->setOpenExternalLinks(true);
    text->setHtml(html);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(text);
    layout->addWidget(buttons);
    dialog.resize(640, 560);
    dialog.exec();
}

QString row(const QString &key, const QString &what)
{
    return QStringLiteral("<tr><td style='padding-right:16px'><b>%1</b></td><td>%2</td></tr>")
        .arg(key.toHtmlEscaped(), what.toHtmlEscaped());
}

// Where the documentation is: installed with the package, or beside the sources of this build.
QString docsFolder()
{
    const QString app = QCoreApplication::applicationDirPath();
    for (const QString &candidate : {app + QStringLiteral("/../share/doc/finack"), QStringLiteral(FINACK_DOCS_DIR)}) {
        if (QDir(candidate).exists())
            return QDir(candidate).canonicalPath();
    }
    return {};
}

} // namespace

HelpMenu::HelpMenu(QMainWindow *window)
    : QObject(window)
    , m_window(window)
{
    m_menu = window->menuBar()->addMenu(QString());
    m_keys = m_menu->addAction(QString(), this, &HelpMenu::showKeys);
    m_keys->setShortcut(QKeySequence(Qt::Key_F1));
    m_keys->setShortcutContext(Qt::WindowShortcut);
    window->addAction(m_keys);
    m_legend = m_menu->addAction(QString(), this, &HelpMenu::showLegend);
    m_docs = m_menu->addAction(QString(), this, &HelpMenu::showDocs);
    m_menu->addSeparator();
    m_about = m_menu->addAction(QString(), this, &HelpMenu::showAbout);
    retranslate();
}

void HelpMenu::retranslate()
{
    m_menu->setTitle(tr("&Help"));
    m_keys->setText(tr("&Keys"));
    m_legend->setText(tr("&Legend and terms"));
    m_docs->setText(tr("&Documentation"));
    m_about->setText(tr("&About FinAck"));
}

QString HelpMenu::keysHtml()
{
    // Key names come from Qt's own translations ("Space" is 空格), joined with " / ".
    const auto keys = [](std::initializer_list<QKeySequence> sequences) {
        QStringList names;
        for (const QKeySequence &k : sequences)
            names << k.toString(QKeySequence::NativeText);
        return names.join(QStringLiteral(" / "));
    };
    QString html = QStringLiteral("<table cellpadding='3'>");
    html += row(keys({Qt::Key_Space}), tr("Play or pause"));
    html += row(keys({Qt::Key_Right, Qt::Key_N}), tr("Run and show the next step"));
    html += row(keys({Qt::Key_Left}), tr("Show the previous step again (nothing is re-run)"));
    html += row(keys({Qt::Key_R}), tr("Run the scenario again on fresh sockets"));
    html += row(keys({Qt::Key_T}), tr("True time: space events by their real time"));
    html += row(keys({Qt::Key_P}), tr("Predict mode"));
    html += row(keys({Qt::CTRL | Qt::Key_Equal, Qt::CTRL | Qt::Key_Minus, Qt::CTRL | Qt::Key_0}),
                tr("Bigger text, smaller text, actual size"));
    //: the key and the mouse: hold Ctrl and turn the wheel
    html += row(tr("Ctrl+wheel"), tr("Stretch the diagram's time axis"));
    html += row(keys({Qt::Key_F11}), tr("Presentation: full screen, the diagram and the explanation only"));
    html += row(keys({Qt::Key_F9}), tr("Show or hide the scenario list"));
    html += row(keys({Qt::Key_F8}), tr("Show or hide the call panels"));
    html += row(keys({Qt::CTRL | Qt::Key_O}), tr("Open a scenario, trace or capture"));
    html += row(keys({Qt::CTRL | Qt::Key_E}), tr("Export the diagram, the trace or the capture"));
    html += row(keys({Qt::Key_F1}), tr("This list"));
    return html + QStringLiteral("</table>");
}

QString HelpMenu::termsHtml()
{
    QString html = QStringLiteral("<table cellpadding='3'>");
    html += row(tr("observed"), tr("a state the kernel reported (sock_diag or TCP_INFO): a solid strip beside the lifeline"));
    html += row(tr("derived"),
                tr("a state too short-lived to be polled, worked out from the segments: a broken strip, the name in italics"));
    html += row(tr("captured"), tr("a segment seen on the wire by libpcap: a solid arrow"));
    html += row(tr("inferred"), tr("a segment worked out from the calls and states where capture was not allowed: a dashed arrow"));
    html += row(tr("dropped"), tr("a segment a fault removed on purpose before it arrived: a red cross on the arrow"));
    html +=
        row(tr("Windows"),
            tr("under a call: what Windows reports for it; \"documented\" when Windows' documentation differs from what this kernel did"));
    html += row(QStringLiteral("1, 2, 3 …"),
                tr("the step numbers, left of the rows: step 5 in the explanation and the claims is the row marked 5"));
    return html + QStringLiteral("</table>");
}

void HelpMenu::showKeys()
{
    showHtml(m_window, tr("Keys"), keysHtml());
}

void HelpMenu::showLegend()
{
    // The legend the exports print, painted by the diagram's own code into an image.
    RenderOptions options;
    options.font = m_window->font();
    const double width = 560;
    const double height = SequenceRenderer::paintLegend(nullptr, QPointF(0, 0), width, options);
    const qreal ratio = m_window->devicePixelRatioF();
    QImage image(QSize(int(width), int(std::ceil(height)) + 4) * ratio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(options.palette.background);
    {
        QPainter painter(&image);
        SequenceRenderer::paintLegend(&painter, QPointF(0, 2), width, options);
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    const QString img =
        QStringLiteral("<p><img width='%1' src='data:image/png;base64,%2'></p>").arg(int(width)).arg(QString::fromLatin1(png.toBase64()));
    showHtml(m_window, tr("Legend and terms"), img + termsHtml());
}

void HelpMenu::showDocs()
{
    const QString folder = docsFolder();
    if (folder.isEmpty() || !QDesktopServices::openUrl(QUrl::fromLocalFile(folder)))
        QMessageBox::information(m_window, tr("Documentation"),
                                 folder.isEmpty() ? tr("The documentation is not installed on this machine.")
                                                  : tr("The documentation is in %1.").arg(QDir::toNativeSeparators(folder)));
}

void HelpMenu::showAbout()
{
    QMessageBox::about(m_window, tr("About FinAck"),
                       tr("<b>FinAck %1</b><p>How TCP connections end, on real sockets: every call, every segment on the wire and "
                          "each side's state as the kernel reports it. Nothing is simulated.</p>")
                           .arg(QStringLiteral(FINACK_VERSION)));
}

} // namespace FinAck
