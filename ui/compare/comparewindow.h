// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

#include "model/tracecompare.h"

#include <QWidget>
#include <optional>

class QCheckBox;
class QLabel;
class QListWidget;
class QSplitter;
class QToolButton;

namespace FinAck {

class CompareView;
class StepScrollLink;
struct OpenedFile;

// Two recorded runs side by side (issue 8, "Compare"): each one's whole sequence diagram, kept
// on the same step while either scrolls, the events that differ marked, and the list of
// differences below — a click on one shows it in both diagrams. The traces come from files
// (FinAck traces or captures, as File ▸ Open reads them) or from the caller; nothing runs here.
//
// A window of its own (Qt::Window) even with a parent; the caller decides its lifetime.
class CompareWindow : public QWidget
{
    Q_OBJECT
public:
    explicit CompareWindow(QWidget *parent = nullptr);

    // Compares two traces; the names head the diagrams (a file's name). False, and nothing
    // changes, when either trace holds no event.
    bool setTraces(const Trace &left, const QString &leftName, const Trace &right, const QString &rightName);
    // Reads both files as File ▸ Open does (a FinAck trace .json, or a .pcap/.pcapng capture; a
    // capture with several connections asks which one) and compares them. False with a one-line
    // *error, and nothing changes, when either cannot be read or is a scenario (not a run);
    // false with an empty *error when the user cancelled the stream choice.
    bool openFiles(const QString &leftPath, const QString &rightPath, QString *error = nullptr);
    // Replaces one side only.
    bool openFile(CompareSide side, const QString &path, QString *error = nullptr);

    const TraceComparison &comparison() const { return m_comparison; }
    const Trace &trace(CompareSide side) const { return m_traces[index(side)]; }
    CompareView *view(CompareSide side) const { return m_views[index(side)]; }
    StepScrollLink *scrollLink() const { return m_link; }
    QListWidget *differenceList() const { return m_list; }
    QString summaryText() const;
    QString headerText(CompareSide side) const; // as plain text

    // Notes count as differences too (off by default: they are commentary, not behaviour).
    void setCompareNotes(bool compare);
    bool comparesNotes() const { return m_options.notes; }

public Q_SLOTS:
    // Selects the difference's events in both diagrams and scrolls both to it.
    void showDifference(int index);

protected:
    void changeEvent(QEvent *event) override;

private:
    static int index(CompareSide side) { return side == CompareSide::Left ? 0 : 1; }
    std::optional<OpenedFile> read(const QString &path, QString *error);
    static QString nameOf(const OpenedFile &file);
    void compare();
    void retranslate();
    void fillList();
    void onEventClicked(CompareSide side, int event);
    void chooseFile(CompareSide side);

    Trace m_traces[2];
    QString m_names[2];
    CompareOptions m_options;
    TraceComparison m_comparison;
    bool m_haveTraces = false;

    CompareView *m_views[2] = {};
    QLabel *m_headers[2] = {};
    QToolButton *m_open[2] = {};
    QLabel *m_summary = nullptr;
    QLabel *m_hint = nullptr;
    QCheckBox *m_notes = nullptr;
    QListWidget *m_list = nullptr;
    QSplitter *m_split = nullptr;
    StepScrollLink *m_link = nullptr;
};

} // namespace FinAck
