// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
// The call table of one side: what each row says (the result with errno by name and number and
// what Windows reports, in one cell; Qt's errors and signals), which trace event it stands for, and that moving the
// playhead inserts and removes rows instead of resetting the model. QAbstractItemModelTester
// watches every mutation.
#include "io/tracejson.h"
#include "session/calltablemodel.h"
#include "session/playback.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace FinAck;

namespace {

Trace recorded(const QString &name)
{
    QString error;
    const auto trace = loadTrace(QStringLiteral(FINACK_TEST_DATA "/traces/%1.json").arg(name), &error);
    if (!trace)
        qFatal("%s", qPrintable(error));
    return *trace;
}

using Claims = QHash<int, ExpectedCall>;

} // namespace

class TestCallTableModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rowsSayWhatTheCallDid_data()
    {
        QTest::addColumn<QString>("trace");
        QTest::addColumn<Actor>("actor");
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("isError");
        QTest::addColumn<int>("eventIndex");
        using M = CallTableModel;
        const Actor client = Actor::Client;
        const Actor server = Actor::Server;
        QTest::newRow("reset: time") << "reset-inferred" << server << 0 << int(M::TimeColumn) << "250.000" << true << 4;
        QTest::newRow("reset: call") << "reset-inferred" << server << 0 << int(M::CallColumn) << "recv(4, buf, 4096, 0)" << true << 4;
        QTest::newRow("reset: value, errno and Windows in one cell")
            << "reset-inferred" << server << 0 << int(M::ResultColumn) << "-1 ECONNRESET 104 \u00b7 WSAECONNRESET 10054" << true << 4;
        QTest::newRow("reset: meaning") << "reset-inferred" << server << 0 << int(M::MeaningColumn) << "Connection reset by peer" << true
                                        << 4;
        QTest::newRow("timed out: Winsock") << "reset-inferred" << server << 1 << int(M::ResultColumn)
                                            << "-1 EAGAIN 11 \u00b7 WSAEWOULDBLOCK 10035" << true << 6;
        QTest::newRow("timed out: meaning says so") << "reset-inferred" << server << 1 << int(M::MeaningColumn)
                                                    << "Resource temporarily unavailable \u2014 timed out after 2.0 s" << true << 6;
        QTest::newRow("setsockopt: no errno") << "reset-inferred" << client << 0 << int(M::ResultColumn) << "0" << false << 0;
        QTest::newRow("close: no Winsock") << "reset-inferred" << client << 1 << int(M::ResultColumn) << "0" << false << 1;
        QTest::newRow("recv 0: end of stream") << "orderly-close" << server << 1 << int(M::ResultColumn) << "0 (end of stream)" << false
                                               << 15;
        QTest::newRow("accept: the new descriptor") << "orderly-close" << server << 0 << int(M::ResultColumn) << "4" << false << 7;
        QTest::newRow("Qt: void call") << "qt-client-reset" << client << 0 << int(M::ResultColumn) << "\u2014" << false << 6;
        QTest::newRow("Qt: bool result") << "qt-client-reset" << client << 1 << int(M::ResultColumn) << "true" << false << 7;
        QTest::newRow("Qt: signal inside a call")
            << "qt-client-reset" << client << 2 << int(M::CallColumn) << "socket.stateChanged(HostLookupState)" << false << 8;
        QTest::newRow("Qt: a signal says it is one") << "qt-client-reset" << client << 2 << int(M::ResultColumn) << "signal" << false << 8;
        QTest::newRow("Qt: where the signal came from")
            << "qt-client-reset" << client << 2 << int(M::MeaningColumn) << "emitted inside connectToHost()" << false << 8;
        QTest::newRow("Qt: errorOccurred is an error")
            << "qt-client-reset" << client << 8 << int(M::CallColumn) << "socket.errorOccurred(RemoteHostClosedError)" << true << 29;
        QTest::newRow("Qt: signal from the event loop")
            << "qt-client-reset" << client << 8 << int(M::MeaningColumn) << "emitted from the event loop" << true << 29;
        QTest::newRow("Qt: failed wait returns false, socket.error() beside it, no Winsock")
            << "qt-client-reset" << client << 13 << int(M::ResultColumn) << "false RemoteHostClosedError" << true << 37;
        QTest::newRow("Qt: errorString as meaning")
            << "qt-client-reset" << client << 13 << int(M::MeaningColumn) << "The remote host closed the connection" << true << 37;
        QTest::newRow("Qt: the server stays POSIX")
            << "qt-client-reset" << server << 0 << int(M::CallColumn) << "socket(AF_INET, SOCK_STREAM, IPPROTO_TCP)" << false << 2;
    }

    void rowsSayWhatTheCallDid()
    {
        QFETCH(QString, trace);
        QFETCH(Actor, actor);
        QFETCH(int, row);
        QFETCH(int, column);
        QFETCH(QString, text);
        QFETCH(bool, isError);
        QFETCH(int, eventIndex);
        CallTableModel model(actor);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Trace t = recorded(trace);
        model.update(t, t.size());
        QVERIFY(row < model.rowCount());
        const QModelIndex index = model.index(row, column);
        QCOMPARE(index.data().toString(), text);
        QCOMPARE(index.data(CallTableModel::IsErrorRole).toBool(), isError);
        QCOMPARE(index.data(CallTableModel::EventIndexRole).toInt(), eventIndex);
        QCOMPARE(model.eventIndex(row), eventIndex);
        QCOMPARE(model.rowForEvent(eventIndex), row);
        QVERIFY(!index.data(Qt::ToolTipRole).toString().isEmpty());
    }

    void headersNameTheColumns()
    {
        CallTableModel model(Actor::Client);
        QCOMPARE(model.columnCount(), int(CallTableModel::ColumnCount));
        QCOMPARE(model.headerData(CallTableModel::ResultColumn, Qt::Horizontal).toString(), QStringLiteral("result"));
        const QString tip = model.headerData(CallTableModel::ResultColumn, Qt::Horizontal, Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QLatin1String("errno")) && tip.contains(QLatin1String("Windows")), qPrintable(tip));
    }

    // The scenario's "windows" claim for a step: where Windows does otherwise than this kernel the
    // cell says what, headed as documented (the diagram's words); where it agrees, nothing is added.
    void windowsDocumentedWhereThisKernelDiffers_data()
    {
        QTest::addColumn<Claims>("windows");
        QTest::addColumn<QString>("text");
        const auto claim = [](std::optional<qint64> ret, const QString &errnoName) {
            return QHash<int, ExpectedCall>{{3, ExpectedCall{3, ret, errnoName}}};
        };
        QTest::newRow("no claim") << QHash<int, ExpectedCall>() << "0 (end of stream)";
        QTest::newRow("Windows agrees") << claim(0, QString()) << "0 (end of stream)";
        QTest::newRow("Windows aborts the connection")
            << claim(-1, QStringLiteral("WSAECONNABORTED")) << "0 (end of stream) \u00b7 Windows, documented: -1 WSAECONNABORTED 10053";
        QTest::newRow("a claim on another step")
            << QHash<int, ExpectedCall>{{4, ExpectedCall{4, -1, QStringLiteral("WSAECONNABORTED")}}} << "0 (end of stream)";
    }

    void windowsDocumentedWhereThisKernelDiffers()
    {
        QFETCH(Claims, windows);
        QFETCH(QString, text);
        CallTableModel model(Actor::Server);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.update(recorded(QStringLiteral("orderly-close")), 22);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setWindowsExpected(windows);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.constFirst().at(0).toModelIndex().column(), int(CallTableModel::ResultColumn));
        QCOMPARE(model.index(1, CallTableModel::ResultColumn).data().toString(), text);
        QCOMPARE(model.index(0, CallTableModel::ResultColumn).data().toString(), QStringLiteral("4"));
    }

    void endOfStreamAndTooltip()
    {
        CallTableModel model(Actor::Server);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.update(recorded(QStringLiteral("orderly-close")), 22);
        QVERIFY(model.index(1, 0).data(CallTableModel::IsEndOfStreamRole).toBool());
        QVERIFY(!model.index(0, 0).data(CallTableModel::IsEndOfStreamRole).toBool());
        QCOMPARE(model.index(1, 0).data(CallTableModel::RowKindRole).toInt(), int(CallTableModel::RowKind::Call));
        model.update(recorded(QStringLiteral("reset-inferred")), 8);
        const QString tip = model.index(0, CallTableModel::CallColumn).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QLatin1String("WSAECONNRESET (10054)")), qPrintable(tip));
        QVERIFY2(tip.contains(QLatin1String("Connection reset by peer")), qPrintable(tip));
    }

    void playheadMovesInsertAndRemoveRows_data()
    {
        QTest::addColumn<QList<int>>("positions");
        QTest::addColumn<QList<int>>("rowCounts");
        QTest::addColumn<int>("inserts");
        QTest::addColumn<int>("removes");
        QTest::newRow("forward step by step") << QList<int>{7, 8, 15, 16, 22} << QList<int>{0, 1, 1, 2, 3} << 3 << 0;
        QTest::newRow("to the end and back") << QList<int>{22, 16, 0} << QList<int>{3, 2, 0} << 1 << 2;
        QTest::newRow("onto a call and past it") << QList<int>{15, 16} << QList<int>{1, 2} << 2 << 0;
    }

    void playheadMovesInsertAndRemoveRows()
    {
        QFETCH(QList<int>, positions);
        QFETCH(QList<int>, rowCounts);
        QFETCH(int, inserts);
        QFETCH(int, removes);
        Playback playback;
        playback.setTrace(recorded(QStringLiteral("orderly-close")));
        CallTableModel model(Actor::Server);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPlayback(&playback);
        QCOMPARE(model.rowCount(), 0);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        for (int i = 0; i < positions.size(); ++i) {
            playback.seek(positions.at(i));
            QCOMPARE(model.rowCount(), rowCounts.at(i));
        }
        QCOMPARE(inserted.size(), inserts);
        QCOMPARE(removed.size(), removes);
        QCOMPARE(reset.size(), 0);
    }

    void streamedEventsExtendTheRows()
    {
        const Trace full = recorded(QStringLiteral("qt-client-reset"));
        Playback playback;
        CallTableModel model(Actor::Client);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPlayback(&playback);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        playback.step(); // asks for a step: what streams in is shown as it arrives
        for (const TraceEvent &event : full.events())
            playback.appendEvent(event);
        QCOMPARE(playback.position(), full.size());
        QCOMPARE(model.rowCount(), 15);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(removed.size(), 0);
    }

    void anEventLandingBeforeTheRowsRenumbersThem()
    {
        const Trace full = recorded(QStringLiteral("orderly-close"));
        Trace partial;
        for (int i = 0; i < full.size(); ++i) {
            if (i != 4) // the handshake's last ACK arrives late
                partial.appendRelative(full.at(i));
        }
        Playback playback;
        playback.setTrace(partial);
        playback.seek(partial.size());
        CallTableModel model(Actor::Server);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPlayback(&playback);
        QCOMPARE(model.eventIndex(0), 6);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        playback.appendEvent(full.at(4));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.eventIndex(0), 7);
        QCOMPARE(model.rowForEvent(16), 2);
        QCOMPARE(model.rowForEvent(6), -1);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.constFirst().at(2).value<QList<int>>(), QList<int>{CallTableModel::EventIndexRole});
        QCOMPARE(inserted.size(), 0);
        QCOMPARE(removed.size(), 0);
    }

    void anotherRunReplacesTheRows()
    {
        Playback playback;
        playback.setTrace(recorded(QStringLiteral("orderly-close")));
        playback.seek(22);
        CallTableModel model(Actor::Server);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPlayback(&playback);
        QCOMPARE(model.rowCount(), 3);
        playback.setTrace(recorded(QStringLiteral("reset-inferred")));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, CallTableModel::ResultColumn).data().toString(),
                 QStringLiteral("-1 ECONNRESET 104 \u00b7 WSAECONNRESET 10054"));
        playback.restart();
        QCOMPARE(model.rowCount(), 0);
        // Detached, it keeps what it showed.
        playback.setTrace(recorded(QStringLiteral("orderly-close")));
        model.setPlayback(nullptr);
        playback.seek(22);
        QCOMPARE(model.rowCount(), 0);
    }

    void rowForEventOutsideTheRows_data()
    {
        QTest::addColumn<int>("traceIndex");
        QTest::newRow("a segment") << 3;
        QTest::newRow("the other side's call") << 9;
        QTest::newRow("beyond the playhead") << 16;
        QTest::newRow("negative") << -1;
        QTest::newRow("beyond the trace") << 100;
    }

    void rowForEventOutsideTheRows()
    {
        QFETCH(int, traceIndex);
        CallTableModel model(Actor::Server);
        model.update(recorded(QStringLiteral("orderly-close")), 16);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowForEvent(traceIndex), -1);
        QCOMPARE(model.eventIndex(5), -1);
    }
};

QTEST_GUILESS_MAIN(TestCallTableModel)
#include "tst_calltablemodel.moc"
