// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

#include "io/pcap/tcpstreams.h"
#include "model/expectationcheck.h"
#include "model/scenario.h"
#include "model/trace.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <functional>
#include <optional>

class QWidget;

namespace FinAck {

// What File ▸ Open found in a file. A scenario is only named (the window runs it through the
// lab); a trace or a capture is read whole, ready to replay without any socket.
struct OpenedFile {
    enum class Kind { Scenario, Trace, Capture };
    Kind kind = Kind::Trace;
    QString path;
    Trace trace;         // Trace and Capture
    int stream = -1;     // Capture: the stream shown, 0-based
    int streamCount = 0; // Capture: how many the file holds
    // One line for the status bar: "trace file x.json, recorded on Linux 6.1.0 (…)".
    QString description;
    QString title; // for the window's title
    // The built-in scenario a trace was recorded from: the explanation panel shows its texts.
    std::optional<Scenario> scenario;
    // Otherwise, what the explanation panel says about the file.
    QString explanation;
    // The scenario's claims checked against the trace, when they are for the platform it was
    // recorded on and its client is the POSIX one they were written for.
    QList<ExpectationCheck> checks;
};

// Tells the three kinds of file apart by their content, not their name: a capture by its
// pcap/pcapng magic number, a scenario or a trace by the "format" of its JSON. A file that is
// none of them, or is broken, is refused with ONE line naming the file and what is wrong.
class FileOpener
{
    Q_DECLARE_TR_FUNCTIONS(FileOpener)
public:
    // Asked which stream to show when a capture holds several: the index, or -1 to cancel.
    using StreamChooser = std::function<int(const QString &path, const QList<TcpStreamInfo> &streams)>;

    // `stream` >= 0 picks the capture's stream without asking (out of range is an error); -1
    // takes the only one, or asks `choose`. nullopt with an empty *error when the user cancelled.
    static std::optional<OpenedFile> open(const QString &path, int stream, QString *error, const StreamChooser &choose = {});

    // Makes the file's texts (description, title, explanation, the claims) in the current
    // language from what was read; the window calls it again when the language changes.
    static void describe(OpenedFile &file);

    // The chooser the window uses: a list of the streams, one line each.
    static int askForStream(QWidget *parent, const QString &path, const QList<TcpStreamInfo> &streams);

    // For QFileDialog: everything Open reads, then each kind alone.
    static QString fileFilters();

    static bool looksLikeCapture(const QByteArray &head);
};

} // namespace FinAck
