// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
// The window for a classroom (issue 14): every built-in scenario, recorded on real sockets by the
// real `finack run`, replayed to its end in the window at the screens students and teachers have,
// in English and Chinese. Both lifelines and every call label lie inside the diagram's viewport
// with no sideways scrolling, and no call label loses its name, result or Windows code: checked
// on the label texts the diagram lays out (CallLabel), not on pixels. In presentation mode at
// 1920×1080 no text of the diagram or the explanation is under 24 pixels.
#include "diagram/calllabel.h"
#include "diagram/sequencescene.h"
#include "diagram/sequenceview.h"
#include "mainwindow.h"
#include "model/errnonames.h"
#include "panels/explainpanel.h"
#include "support/runfinack.h"
#include "text/diagramlabels.h"
#include "text/language.h"
#include "viewactions.h"

#include <QApplication>
#include <QDir>
#include <QFontInfo>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace FinAck;

class TestWindowFit : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QStringList m_ids;
    QString m_language;
    QSize m_size;
    std::unique_ptr<MainWindow> m_window;

    // One window per screen size and language, reused for every scenario.
    MainWindow &windowFor(const QSize &size, const QString &language)
    {
        if (!m_window || size != m_size || language != m_language) {
            m_window.reset();
            if (!Language::install(language))
                qFatal("no language %s", qPrintable(language));
            m_window = std::make_unique<MainWindow>();
            m_window->show();
            m_window->setWindowState(Qt::WindowNoState); // the offscreen screen is smaller than these
            m_window->resize(size);
            m_size = size;
            m_language = language;
        }
        return *m_window;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("FINACK_LAB", FINACK_LAB_BIN);
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        const QStringList files = QDir(QStringLiteral(FINACK_SOURCE_DIR "/resources/scenarios")).entryList({QStringLiteral("*.json")});
        QCOMPARE(files.size(), 21);
        for (const QString &file : files) {
            const QString id = QFileInfo(file).completeBaseName();
            const FinackResult r = runFinack(
                {QStringLiteral("run"), id, QStringLiteral("--trace"), m_dir.filePath(id + QStringLiteral(".json"))});
            QVERIFY2(r.exitCode == 0, qPrintable(id + QStringLiteral(": ") + r.err));
            m_ids << id;
        }
    }

    void cleanupTestCase() { m_window.reset(); }

    void diagramFitsTheScreen_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QString>("language");
        // A maximised window: the screen less a task bar.
        for (const QSize &screen : {QSize(1024, 600), QSize(1366, 768), QSize(1920, 1080)}) {
            for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
                for (const QString &id : std::as_const(m_ids))
                    QTest::addRow("%dx%d/%s/%s", screen.width(), screen.height(), qPrintable(language), qPrintable(id))
                        << id << screen - QSize(0, 40) << language;
            }
        }
    }

    void diagramFitsTheScreen()
    {
        QFETCH(QString, id);
        QFETCH(QSize, size);
        QFETCH(QString, language);
        MainWindow &window = windowFor(size, language);
        QString error;
        QVERIFY2(window.openFile(m_dir.filePath(id + QStringLiteral(".json")), &error), qPrintable(error));
        window.playback().seek(window.playback().trace().size());
        SequenceView *view = window.sequenceView();
        view->setPlayhead(window.playback().trace().size()); // no need to watch the animation
        QApplication::processEvents();

        const SequenceLayout &layout = view->layout();
        const int viewport = view->viewport()->width();
        QVERIFY2(view->horizontalScrollBar()->maximum() == 0,
                 qPrintable(QStringLiteral("the diagram needs %1 px (margin %3, band %4, side %5, middle %6), its viewport is %2 px")
                                .arg(layout.neededWidth())
                                .arg(viewport)
                                .arg(layout.metrics().margin)
                                .arg(layout.metrics().bandWidth)
                                .arg(layout.metrics().minSideWidth)
                                .arg(layout.metrics().minMiddle)));
        for (Actor actor : {Actor::Client, Actor::Server}) {
            QVERIFY(layout.lifelineX(actor) > 0);
            QVERIFY(layout.lifelineX(actor) < viewport);
        }
        const Trace &trace = view->trace();
        int calls = 0;
        for (int i = 0; i < trace.size(); ++i) {
            const auto *call = std::get_if<CallRecord>(&trace.at(i));
            if (!call)
                continue;
            ++calls;
            const QRectF side = layout.sideColumn(call->actor);
            const double room = side.width() - SceneStyle::kTextGap - 4;
            const CallLabel label = CallLabel::make(*call, layout.windowsLinesOf(trace.at(i)), view->diagramFont(), room);
            const QString where = QStringLiteral("%1: event %2, %3").arg(id).arg(i).arg(call->text);
            const QString name = call->text.left(call->text.indexOf(QLatin1Char('(')) + 1);
            QVERIFY2(label.call.startsWith(name) || !call->api.isEmpty(), qPrintable(where));
            QVERIFY2(label.result == callResultText(*call), qPrintable(where));
            QVERIFY2(label.width <= room + 0.5, qPrintable(where + QStringLiteral(": %1 px in %2").arg(label.width).arg(room)));
            QVERIFY2(side.left() >= 0 && side.right() <= viewport, qPrintable(where));
            const QFontMetricsF fm(view->diagramFont());
            for (const QString &line : label.windows)
                QVERIFY2(fm.horizontalAdvance(line) <= room + 0.5, qPrintable(where + QStringLiteral(": ") + line));
            if (call->failed() && call->api.isEmpty() && !winsockEquivalents(call->errnoName).isEmpty())
                QVERIFY2(!label.windows.isEmpty(), qPrintable(where + QStringLiteral(": no Windows code")));
        }
        QVERIFY(calls > 0);
    }

    // The course's question: recv() returns 0 here where Windows reports 10053.
    void windowsDocumentedBesideTheCall()
    {
        MainWindow &window = windowFor(QSize(1366, 728), QStringLiteral("en"));
        QVERIFY(window.openFile(m_dir.filePath(QStringLiteral("write-after-peer-close.json"))));
        const SequenceLayout &layout = window.sequenceView()->layout();
        const Trace &trace = window.sequenceView()->trace();
        QStringList lines;
        for (int i = 0; i < trace.size(); ++i)
            lines += layout.windowsLinesOf(trace.at(i));
        QVERIFY2(lines.contains(QStringLiteral("-1 WSAECONNABORTED 10053")), qPrintable(lines.join(QLatin1Char('|'))));
    }

    void presentationTextIsLargeEnough()
    {
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
            MainWindow &window = windowFor(QSize(1920, 1080), language);
            QVERIFY(window.openFile(m_dir.filePath(QStringLiteral("unread-data-rst.json"))));
            window.viewActions()->setPresentation(true);
            QVERIFY(QFontInfo(window.sequenceView()->diagramFont()).pixelSize() >= 24);
            QVERIFY(QFontInfo(window.explainPanel()->font()).pixelSize() >= 24);
            // The offscreen screen is 800×600: full screen at 1920×1080 by hand.
            window.setWindowState(Qt::WindowNoState);
            window.resize(1920, 1080);
            window.playback().seek(window.playback().trace().size());
            QTRY_VERIFY(window.sequenceView()->playhead() > 0);
            QApplication::processEvents();
            QVERIFY2(window.sequenceView()->horizontalScrollBar()->maximum() == 0,
                     qPrintable(QStringLiteral("%1 px needed in %2")
                                    .arg(window.sequenceView()->layout().neededWidth())
                                    .arg(window.sequenceView()->viewport()->width())));
            window.viewActions()->setPresentation(false);
            QVERIFY(QFontInfo(window.sequenceView()->diagramFont()).pixelSize() < 24);
            m_window.reset();
        }
    }
};

QTEST_MAIN(TestWindowFit)
#include "tst_windowfit.moc"
