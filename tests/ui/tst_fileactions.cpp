// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
// The window's File menu on the offscreen platform: an opened trace or capture replays with no
// lab at all, Save trace writes what is shown, a bad file changes nothing, and the Open dialog and
// the stream chooser work end to end. Export and Copy: tst_exportactions.
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
#include "support/windowfiles.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
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

class TestFileActions : public QObject
{
    Q_OBJECT

    ModalWatch m_modals;
    QTemporaryDir m_dir;

    // A file of `size` bytes that starts like a trace: sparse, so it costs no disk.
    QString largeFile(const QString &name, qint64 size) const
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write("{\"format\": \"finack-trace\", \"version\": 1, \"events\": [") < 0
            || !file.resize(size))
            qFatal("cannot write %s", qPrintable(file.fileName()));
        return file.fileName();
    }

    static void stepToTheEnd(MainWindow &window)
    {
        for (int i = 0; i < 100 && !window.playback().isAtEnd(); ++i)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right);
        QVERIFY(window.playback().isAtEnd());
    }

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

    void traceReplaysWithoutSockets_data()
    {
        QTest::addColumn<bool>("withLab");
        QTest::newRow("lab running, left alone") << true;
        QTest::newRow("no lab at all") << false;
    }

    void traceReplaysWithoutSockets()
    {
        QFETCH(bool, withLab);
        if (!withLab)
            qputenv("FINACK_LAB", "/nonexistent/finack-lab");
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.lab().isRunning(), withLab);
        QSignalSpy labEvents(&window.lab(), &LabClient::eventReceived);
        QSignalSpy labErrors(&window.lab(), &LabClient::labError);
        QSignalSpy needStep(&window.playback(), &Playback::needNextStep);

        const QString path = dataFile(QStringLiteral("traces/orderly-close.json"));
        QString error;
        QVERIFY2(window.openFile(path, &error), qPrintable(error));
        const auto expected = loadTrace(path);
        QVERIFY(expected);
        QVERIFY(window.openedFile());
        QCOMPARE(window.openedFile()->kind, OpenedFile::Kind::Trace);
        QCOMPARE(window.playback().trace(), *expected);
        QCOMPARE(window.shownTrace(), *expected);
        QCOMPARE(window.playback().position(), 0);
        QVERIFY(window.windowTitle().contains(QLatin1String("orderly-close.json")));
        QVERIFY2(statusText(window).contains(QLatin1String("recorded on Linux 6.1.0-18-amd64")), qPrintable(statusText(window)));
        QVERIFY(window.explainPanel()->text().contains(QLatin1String("replayed from orderly-close.json")));

        // Step through with the keyboard, as a user would; the panels follow.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right);
        QVERIFY(window.playback().position() > 0);
        QVERIFY(window.explainPanel()->stepText().contains(QLatin1String("connects")));
        stepToTheEnd(window);
        QCOMPARE(window.sequenceView()->layout().arrowCount(), int(expected->segments().size()));
        QCOMPARE(window.panel(Actor::Client)->model()->rowCount(), int(expected->calls(Actor::Client).size()));
        QCOMPARE(window.panel(Actor::Server)->model()->rowCount(), int(expected->calls(Actor::Server).size()));
        QCOMPARE(window.panel(Actor::Client)->statePanel()->stateText(), QStringLiteral("TIME_WAIT"));
        QCOMPARE(window.panel(Actor::Server)->statePanel()->stateText(), QStringLiteral("CLOSED"));

        // Step at the end asks nobody to run anything.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right);
        QCOMPARE(needStep.count(), 0);
        QVERIFY(!window.playback().isWaitingForStep());
        QCOMPARE(window.playback().trace(), *expected);
        QCOMPARE(labEvents.count(), 0);
        QCOMPARE(labErrors.count(), 0);
        if (!withLab)
            QCOMPARE(window.lab().processId() > 0, false);

        // Back and Play move over the record only.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Left);
        QVERIFY(!window.playback().isAtEnd());
        window.playback().setPace(1, 1);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        QTRY_VERIFY(window.playback().isAtEnd() && !window.playback().isPlaying());
        QCOMPARE(needStep.count(), 0);
    }

    void choosingAScenarioGoesBackToLive()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openScenario(QStringLiteral("graceful-client-first")));
        QVERIFY(window.openFile(dataFile(QStringLiteral("traces/orderly-close.json"))));
        QVERIFY(window.openedFile());
        auto *browser = window.findChild<QTreeWidget *>();
        QVERIFY(browser);
        QVERIFY(!browser->currentItem()); // so the same scenario can be chosen again

        // The scenario chosen before the file: choosing it again runs it on real sockets.
        QTreeWidgetItem *item = nullptr;
        for (QTreeWidgetItemIterator it(browser); *it; ++it) {
            if ((*it)->toolTip(0).startsWith(QLatin1String("graceful-client-first")))
                item = *it;
        }
        QVERIFY(item);
        browser->setCurrentItem(item);
        QVERIFY(!window.openedFile());
        QVERIFY(window.playback().trace().isEmpty());
        QVERIFY(!window.windowTitle().contains(QLatin1String("orderly-close")));
        QVERIFY(!statusText(window).contains(QLatin1String("trace file")));
        window.playback().step();
        QTRY_VERIFY_WITH_TIMEOUT(!window.playback().trace().isEmpty(), 20000);
        QVERIFY(!window.lab().trace().isEmpty());
        const auto labels = window.panel(Actor::Client)->statePanel()->findChildren<QLabel *>();
        QVERIFY(std::none_of(labels.cbegin(), labels.cend(), [](QLabel *l) { return l->text() == QLatin1String("127.0.0.1:41234"); }));
    }

    void aStepUnderWayStaysOutOfTheReplay()
    {
        MainWindow window;
        QVERIFY(window.lab().isRunning());
        QVERIFY(window.openScenario(QStringLiteral("graceful-client-first")));
        QSignalSpy settled(&window.lab(), &LabClient::stepFinished);
        window.playback().step(); // the lab runs the first step on real sockets...
        QVERIFY(window.playback().isWaitingForStep());
        const QString path = dataFile(QStringLiteral("traces/orderly-close.json"));
        QVERIFY(window.openFile(path)); // ...while the user opens a file
        QVERIFY(settled.wait(20000));
        QVERIFY(!window.lab().trace().isEmpty()); // the lab did record its step
        QCOMPARE(window.playback().trace(), *loadTrace(path));
        QCOMPARE(window.playback().position(), 0);
        QVERIFY(!window.playback().isWaitingForStep());
    }

    void openingAScenarioFileRunsIt()
    {
        MainWindow window;
        QString error;
        const QString path = dataFile(QStringLiteral("scenarios/blocking-recv.json"));
        QVERIFY2(window.openFile(path, &error), qPrintable(error));
        QVERIFY(!window.openedFile());
        ScenarioLoader loader;
        QVERIFY(window.windowTitle().contains(loader.loadFile(path)->title));
    }

    void savedTraceReopensIdentical_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<int>("stream");
        QTest::newRow("trace file") << dataFile(QStringLiteral("traces/orderly-close.json")) << -1;
        QTest::newRow("trace with fields from a newer FinAck") << dataFile(QStringLiteral("traces/forward-compatible.json")) << -1;
        QTest::newRow("Qt client trace") << dataFile(QStringLiteral("traces/qt-client-reset.json")) << -1;
        QTest::newRow("capture, second stream") << dataFile(QStringLiteral("pcap/two-streams.pcap")) << 1;
    }

    void savedTraceReopensIdentical()
    {
        QFETCH(QString, source);
        QFETCH(int, stream);
        MainWindow window;
        QString error;
        QVERIFY2(window.openFile(source, &error, stream), qPrintable(error));
        const Trace shown = window.shownTrace();
        QVERIFY(!shown.isEmpty());
        QVERIFY(window.fileActions()->saveTraceAction()->isEnabled());
        QTemporaryDir dir;
        const QString saved = dir.filePath(QStringLiteral("saved.json"));
        QVERIFY2(window.saveTraceTo(saved, &error), qPrintable(error));
        QVERIFY2(window.openFile(saved, &error), qPrintable(error));
        QCOMPARE(window.openedFile()->path, saved);
        QCOMPARE(window.shownTrace(), shown);
        QCOMPARE(window.playback().trace(), shown);
    }

    void liveRunSavedAndReopened()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openScenario(QStringLiteral("graceful-client-first")));
        QVERIFY(!window.fileActions()->saveTraceAction()->isEnabled()); // nothing recorded yet
        auto *speed = window.findChild<QComboBox *>();
        speed->setCurrentIndex(speed->count() - 1);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        QTRY_VERIFY_WITH_TIMEOUT(window.playback().isRunFinished() && window.playback().isAtEnd(), 60000);
        const Trace live = window.lab().trace();
        QCOMPARE(window.shownTrace(), live);
        QCOMPARE(live.scenarioId(), QStringLiteral("graceful-client-first"));
        QVERIFY(window.fileActions()->saveTraceAction()->isEnabled());

        QTemporaryDir dir;
        const QString saved = dir.filePath(QStringLiteral("run.json"));
        QString error;
        QVERIFY2(window.saveTraceTo(saved, &error), qPrintable(error));
        QVERIFY2(window.openFile(saved, &error), qPrintable(error));
        QCOMPARE(window.shownTrace(), live);
        QCOMPARE(window.playback().trace(), live);
        QVERIFY(!window.fileActions()->openAction()->text().isEmpty());

        // A trace of a built-in scenario brings that scenario's explanation and checked claims.
        const auto scenario = ScenarioLoader().loadByIdOrFile(QStringLiteral("graceful-client-first"));
        QVERIFY(scenario);
        QVERIFY(window.openedFile()->scenario);
        QVERIFY(window.explainPanel()->text().contains(scenario->title));
        stepToTheEnd(window);
        QVERIFY2(window.explainPanel()->text().contains(QStringLiteral("✔")), qPrintable(window.explainPanel()->text()));
        QCOMPARE(window.panel(Actor::Client)->statePanel()->stateText(), QStringLiteral("TIME_WAIT"));
    }

    void badFileChangesNothing_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("reason");
        QTest::newRow("trace that is not JSON") << dataFile(QStringLiteral("bad/trace-parse-error.json")) << "parse error";
        QTest::newRow("trace with a wrong field") << dataFile(QStringLiteral("bad/trace-unknown-state.json")) << "state";
        QTest::newRow("JSON of another format")
            << dataFile(QStringLiteral("bad/trace-wrong-format.json")) << "\"format\" is \"pcap-ng\": not a FinAck trace";
        QTest::newRow("JSON without a format") << dataFile(QStringLiteral("bad/trace-missing-format.json")) << "no \"format\"";
        QTest::newRow("broken scenario") << dataFile(QStringLiteral("bad/scenario-unknown-call.json")) << "call";
        QTest::newRow("pcap of garbage") << dataFile(QStringLiteral("bad/pcap-garbage.pcap")) << "pcap-garbage.pcap";
        QTest::newRow("truncated pcap") << dataFile(QStringLiteral("bad/pcap-truncated-header.pcap")) << "pcap-truncated-header.pcap";
        QTest::newRow("pcap without TCP") << dataFile(QStringLiteral("bad/pcap-no-tcp.pcap")) << "pcap-no-tcp.pcap";
        QTest::newRow("corrupt pcapng") << dataFile(QStringLiteral("bad/pcap-ng-bad-block.pcapng")) << "pcap-ng-bad-block.pcapng";
        QTest::newRow("missing file") << QStringLiteral("/nonexistent/x.json") << "/nonexistent/x.json";
        // Refused by its size before a byte is parsed (docs/limits.md).
        QTest::newRow("JSON of 40 MB") << largeFile(QStringLiteral("large.json"), 40'000'000)
                                       << "large.json: larger than 32 MiB, expected a FinAck trace or scenario of at most 32 MiB";
    }

    void badFileChangesNothing()
    {
        QFETCH(QString, path);
        QFETCH(QString, reason);
        MainWindow window;
        QVERIFY(window.openFile(dataFile(QStringLiteral("traces/orderly-close.json"))));
        window.playback().step();
        window.playback().step();
        const Trace before = window.shownTrace();
        const int position = window.playback().position();
        const QString title = window.windowTitle();
        const QString status = statusText(window);
        const QString explanation = window.explainPanel()->text();

        QString error;
        QVERIFY(!window.openFile(path, &error));
        QVERIFY2(error.contains(reason), qPrintable(error));
        QVERIFY2(!error.contains(QLatin1Char('\n')), qPrintable(error));
        QCOMPARE(window.shownTrace(), before);
        QCOMPARE(window.playback().trace(), before);
        QCOMPARE(window.playback().position(), position);
        QCOMPARE(window.windowTitle(), title);
        QCOMPARE(statusText(window), status);
        QCOMPARE(window.explainPanel()->text(), explanation);
        QVERIFY(window.openedFile()->path.endsWith(QLatin1String("orderly-close.json")));
    }

    void garbageWithAnyNameIsRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("garbage named .pcap") << "x.pcap" << QByteArray("\x01\x02\x03 not a capture at all");
        QTest::newRow("pcap magic, nothing after") << "x.bin" << QByteArray("\xd4\xc3\xb2\xa1", 4);
        QTest::newRow("empty .json") << "x.json" << QByteArray();
        QTest::newRow("binary named .json") << "x.json" << QByteArray("\x00\xff\x00\xff", 4);
    }

    void garbageWithAnyNameIsRefused()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        const QString path = dir.filePath(name);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        MainWindow window;
        QString error;
        QVERIFY(!window.openFile(path, &error));
        QVERIFY2(!error.isEmpty() && !error.contains(QLatin1Char('\n')), qPrintable(error));
        QVERIFY(!window.openedFile());
    }

    void captureShowsTheChosenStream_data()
    {
        QTest::addColumn<int>("stream");
        QTest::addColumn<QString>("clientState");
        QTest::newRow("first stream: reset") << 0 << "CLOSED";
        QTest::newRow("second stream: closed in order") << 1 << "TIME_WAIT";
    }

    void captureShowsTheChosenStream()
    {
        QFETCH(int, stream);
        QFETCH(QString, clientState);
        const QString path = dataFile(QStringLiteral("pcap/two-streams.pcap"));
        PcapReader reader;
        QVERIFY(reader.open(path));
        QCOMPARE(reader.streams().size(), 2);
        const Trace expected = reader.trace(stream);

        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QString error;
        QVERIFY2(window.openFile(path, &error, stream), qPrintable(error));
        QCOMPARE(window.openedFile()->kind, OpenedFile::Kind::Capture);
        QCOMPARE(window.openedFile()->stream, stream);
        QCOMPARE(window.shownTrace(), expected);
        QVERIFY2(statusText(window).contains(QStringLiteral("capture file two-streams.pcap, stream %1 of 2").arg(stream + 1)),
                 qPrintable(statusText(window)));
        QVERIFY(statusText(window).contains(QLatin1String("inferred")));
        QVERIFY(window.explainPanel()->text().contains(QLatin1String("inferred")));
        stepToTheEnd(window);
        QCOMPARE(window.sequenceView()->layout().arrowCount(), int(expected.segments().size()));
        QCOMPARE(window.panel(Actor::Client)->statePanel()->stateText(), clientState);
        QCOMPARE(window.panel(Actor::Client)->statePanel()->snapshot().source, StateSource::Derived);

        QVERIFY(!window.openFile(path, &error, 2));
        QVERIFY2(error.contains(QLatin1String("no stream 3")), qPrintable(error));
        QCOMPARE(window.openedFile()->stream, stream);
    }

    void streamChooserAsks_data()
    {
        QTest::addColumn<int>("choice"); // -1: cancel
        QTest::newRow("second stream chosen") << 1;
        QTest::newRow("first stream chosen") << 0;
        QTest::newRow("cancelled") << -1;
    }

    void streamChooserAsks()
    {
        QFETCH(int, choice);
        MainWindow window;
        QVERIFY(window.openFile(dataFile(QStringLiteral("traces/orderly-close.json"))));
        const Trace before = window.shownTrace();
        QStringList offered;
        m_modals.when<QInputDialog>([&offered, choice](QInputDialog *dialog) {
            offered = dialog->comboBoxItems();
            if (choice < 0) {
                dialog->reject();
                return;
            }
            dialog->setTextValue(offered.value(choice));
            dialog->accept();
        });
        QString error = QStringLiteral("untouched");
        const bool opened = window.openFile(dataFile(QStringLiteral("pcap/two-streams.pcap")), &error);
        QCOMPARE(offered.size(), 2);
        QVERIFY(offered.at(1).startsWith(QLatin1String("Stream 2: ")));
        QCOMPARE(opened, choice >= 0);
        if (choice < 0) {
            QVERIFY(error.isEmpty()); // nothing to report: the user said no
            QCOMPARE(window.shownTrace(), before);
            return;
        }
        QCOMPARE(window.openedFile()->stream, choice);
    }

    void openThroughTheMenuReportsABadFile()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSettings().setValue(QStringLiteral("files/lastDirectory"), dataFile(QStringLiteral("bad")));
        // The whole path: the dialog starts wherever the last file was, which differs per user.
        const QString bad = dataFile(QStringLiteral("bad/trace-parse-error.json"));
        QString shownError;
        m_modals.when<QFileDialog>([this, bad, &shownError](QFileDialog *dialog) {
            m_modals.when<QMessageBox>([&shownError](QMessageBox *box) {
                shownError = box->text();
                box->done(QMessageBox::Ok);
            });
            dialog->selectFile(bad);
            static_cast<QDialog *>(dialog)->accept(); // QFileDialog's own is protected
        });
        window.fileActions()->openAction()->trigger();
        QVERIFY2(shownError.contains(QLatin1String("trace-parse-error.json")) && shownError.contains(QLatin1String("parse error")),
                 qPrintable(shownError));
        QVERIFY(!window.openedFile());
    }
};

QTEST_MAIN(TestFileActions)
#include "tst_fileactions.moc"
