// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
// Export and Copy in the window on the offscreen platform: every format written from what is
// shown, a refusal in one line, the clipboard's picture, and the Export dialog end to end.
#include "diagram/sequenceview.h"
#include "exportdialog.h"
#include "fileactions.h"
#include "io/pcap/pcapreader.h"
#include "io/scenarioloader.h"
#include "io/tracejson.h"
#include "mainwindow.h"
#include "panels/callpanel.h"
#include "panels/explainpanel.h"
#include "panels/statepanel.h"
#include "session/calltablemodel.h"
#include "support/modalwatch.h"
#include "support/plantedlink.h"
#include "support/windowfiles.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFileDialog>
#include <QImage>
#include <QInputDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <functional>

using namespace FinAck;

Q_DECLARE_METATYPE(std::optional<FinAck::StepRange>)

class TestExportActions : public QObject
{
    Q_OBJECT

    ModalWatch m_modals;

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("FINACK_LAB", FINACK_LAB_BIN);
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void cleanup()
    {
        m_modals.clear();
        QSettings().clear();
        qputenv("FINACK_LAB", FINACK_LAB_BIN);
    }

    void exportsEveryFormat_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("magic");
        QTest::newRow("PNG") << "x.png" << QByteArray("\x89PNG\r\n\x1a\n");
        QTest::newRow("SVG") << "x.svg" << QByteArray("<?xml");
        QTest::newRow("PDF") << "x.pdf" << QByteArray("%PDF");
        QTest::newRow("pcap") << "x.pcap" << QByteArray("\xd4\xc3\xb2\xa1", 4);
        QTest::newRow("trace JSON") << "x.json" << QByteArray("{");
        QTest::newRow("Mermaid") << "x.mmd" << QByteArray("sequenceDiagram");
        QTest::newRow("PlantUML") << "x.puml" << QByteArray("@startuml");
    }

    void exportsEveryFormat()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, magic);
        MainWindow window;
        QVERIFY(window.openFile(dataFile(QStringLiteral("traces/orderly-close.json"))));
        QTemporaryDir dir;
        const QString path = dir.filePath(name);
        QString error;
        QVERIFY2(window.exportTo(path, PictureOptions{}, &error), qPrintable(error));
        const QByteArray head = fileHead(path, 64);
        QVERIFY2(head.startsWith(magic) || (name.endsWith(QLatin1String(".mmd")) && head.contains(magic)), head.constData());
        if (name.endsWith(QLatin1String(".json")))
            QCOMPARE(*loadTrace(path), window.shownTrace());
        if (name.endsWith(QLatin1String(".png"))) {
            // Part of the run is a shorter picture than the whole of it.
            const QImage whole(path);
            const QString part = dir.filePath(QStringLiteral("part.png"));
            PictureOptions steps;
            steps.steps = StepRange{3, 3};
            QVERIFY2(window.exportTo(part, steps, &error), qPrintable(error));
            QVERIFY(!whole.isNull());
            QVERIFY(QImage(part).height() < whole.height());
        }
    }

    void exportRefusalIsOneLine_data()
    {
        QTest::addColumn<QString>("trace");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("reason");
        QTest::newRow("pcap of inferred segments") << "traces/reset-inferred.json"
                                                   << "x.pcap"
                                                   << "captured";
        QTest::newRow("unknown suffix") << "traces/orderly-close.json"
                                        << "x.doc"
                                        << "format";
        QTest::newRow("no such directory") << "traces/orderly-close.json"
                                           << "no/such/dir/x.svg"
                                           << "x.svg";
    }

    void exportRefusalIsOneLine()
    {
        QFETCH(QString, trace);
        QFETCH(QString, name);
        QFETCH(QString, reason);
        MainWindow window;
        QVERIFY(window.openFile(dataFile(trace)));
        QTemporaryDir dir;
        QString error;
        QVERIFY(!window.exportTo(dir.filePath(name), PictureOptions{}, &error));
        QVERIFY2(error.contains(reason), qPrintable(error));
        QVERIFY(!error.contains(QLatin1Char('\n')));
    }

    // Save and Export from the window, as root, into a shared folder where another user planted
    // the name as a link to root's file: refused, and root's file keeps its content.
    void exportNeverFollowsAnotherUsersLink_data()
    {
        QTest::addColumn<QString>("name");
        for (const char *name : {"x.png", "x.svg", "x.pdf", "x.pcap", "x.json", "x.mmd", "x.puml"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void exportNeverFollowsAnotherUsersLink()
    {
        QFETCH(QString, name);
        PlantedLink planted(name);
        if (!planted.available())
            QSKIP("staging another user's link takes root");
        MainWindow window;
        QVERIFY(window.openFile(dataFile(QStringLiteral("traces/orderly-close.json"))));
        QString error;
        QVERIFY(!window.exportTo(planted.link(), PictureOptions{}, &error));
        QVERIFY2(error.contains(QLatin1String("symbolic link owned by another user")), qPrintable(error));
        QVERIFY(!error.contains(QLatin1Char('\n')));
        QVERIFY(planted.untouched());
    }

    void copyPutsImageAndSvgOnTheClipboard()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(dataFile(QStringLiteral("traces/orderly-close.json"))));
        QApplication::clipboard()->clear();

        // Before the first step: the whole record. With the shortcut, as a user would.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        const QMimeData *data = QApplication::clipboard()->mimeData();
        QVERIFY(data && data->hasImage());
        const QImage whole = qvariant_cast<QImage>(data->imageData());
        QVERIFY(!whole.isNull());
        QVERIFY(data->hasFormat(QStringLiteral("image/svg+xml")));
        const QByteArray svg = data->data(QStringLiteral("image/svg+xml"));
        QVERIFY(svg.startsWith("<?xml") && svg.contains("<svg"));
        QVERIFY(svg.contains("FIN"));
        // Twice the size of the PNG export at scale 1, for sharpness.
        QTemporaryDir dir;
        QVERIFY(window.exportTo(dir.filePath(QStringLiteral("one.png")), PictureOptions{}));
        QVERIFY(qAbs(whole.width() - 2 * QImage(dir.filePath(QStringLiteral("one.png"))).width()) <= 2);

        // After one step: what is shown, a shorter diagram.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right);
        window.copyDiagram();
        const QImage part = qvariant_cast<QImage>(QApplication::clipboard()->mimeData()->imageData());
        QVERIFY(!part.isNull());
        QVERIFY(part.height() < whole.height());
    }

    void exportThroughTheDialog()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(dataFile(QStringLiteral("traces/orderly-close.json"))));
        QTemporaryDir dir;
        QSettings().setValue(QStringLiteral("files/lastDirectory"), dir.path());
        const QString chosen = dir.filePath(QStringLiteral("slide")); // no suffix typed: the format's is added
        int stepChoices = -1;
        m_modals.when<ExportDialog>([this, chosen, &stepChoices](ExportDialog *dialog) {
            auto *last = dialog->findChild<QSpinBox *>(QString(), Qt::FindChildrenRecursively);
            stepChoices = last ? last->maximum() : -1;
            dialog->setFormat(TraceExport::Format::Svg);
            dialog->setSteps(StepRange{3, 4});
            m_modals.when<QFileDialog>([chosen](QFileDialog *files) {
                files->selectFile(chosen);
                static_cast<QDialog *>(files)->accept();
            });
            dialog->accept();
        });
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_E, Qt::ControlModifier);
        QTRY_VERIFY(QFile::exists(chosen + QLatin1String(".svg")));
        QCOMPARE(stepChoices, 5); // orderly-close.json's gutter numbers its steps 1 to 5
        QVERIFY(fileHead(chosen + QLatin1String(".svg"), 5).startsWith("<?xml"));
        QVERIFY(statusText(window).contains(QLatin1String("slide.svg"))
                || window.statusBar()->currentMessage().contains(QLatin1String("slide.svg")));
        // The choices are remembered for the next export.
        ExportDialog next(StepRange{1, 5});
        QCOMPARE(next.format(), TraceExport::Format::Svg);
        QCOMPARE(next.options().steps, std::optional<StepRange>(StepRange{3, 4}));
    }

    void exportDialogRemembers_data()
    {
        QTest::addColumn<int>("nextSteps");
        QTest::addColumn<std::optional<StepRange>>("expected");
        QTest::newRow("same length") << 7 << std::optional<StepRange>(StepRange{3, 6});
        QTest::newRow("shorter: clamped") << 4 << std::optional<StepRange>(StepRange{3, 4});
        QTest::newRow("no steps: the whole run") << 0 << std::optional<StepRange>();
    }

    void exportDialogRemembers()
    {
        QFETCH(int, nextSteps);
        QFETCH(std::optional<StepRange>, expected);
        {
            ExportDialog dialog(StepRange{1, 7});
            QCOMPARE(dialog.format(), TraceExport::Format::Png); // the first time
            QVERIFY(!dialog.options().steps);
            dialog.setFormat(TraceExport::Format::Pdf);
            dialog.setSteps(StepRange{3, 6});
            dialog.setScale(3.0);
            dialog.setDark(true);
            dialog.accept();
        }
        ExportDialog next(nextSteps > 0 ? std::optional<StepRange>(StepRange{1, nextSteps}) : std::nullopt);
        QCOMPARE(next.format(), TraceExport::Format::Pdf);
        const PictureOptions options = next.options();
        QCOMPARE(options.steps, expected);
        QCOMPARE(options.scale, 3.0);
        QVERIFY(options.dark);
        {
            ExportDialog cancelled(StepRange{1, 7});
            cancelled.setFormat(TraceExport::Format::Mermaid);
            cancelled.reject();
        }
        QCOMPARE(ExportDialog(StepRange{1, 7}).format(), TraceExport::Format::Pdf);
    }
};

QTEST_MAIN(TestExportActions)
#include "tst_exportactions.moc"
