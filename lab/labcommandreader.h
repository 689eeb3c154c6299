// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

namespace FinAck {

// finack-lab's stdin, read on a thread of its own. A step blocks the lab's main thread for as long
// as its call may (a recv up to its timeout), so the main thread cannot also be the one that shows
// the lab is alive: this thread answers the urgent commands (ping) at once and queues the others
// for the main thread, in order. Lines are read in chunks and never kept beyond `maxLineBytes`: a
// longer line is dropped up to its newline and handed on as TooLong, whatever its length.
class LabCommandReader
{
public:
    struct Line {
        enum class Kind { Command, NotACommand, TooLong, End };
        Kind kind = Kind::End;
        QString name;       // Command: the "cmd" field
        QJsonObject object; // Command: the whole line
        QByteArray start;   // NotACommand: the line's first bytes, for the error
        qint64 length = 0;  // the line's length in bytes, without its newline
    };
    // Runs on the reader's thread, for each command in order: true when it has answered the
    // command itself, which then is not queued.
    using Urgent = std::function<bool(const QString &name)>;

    LabCommandReader(int fd, qsizetype maxLineBytes, Urgent urgent);
    ~LabCommandReader();
    LabCommandReader(const LabCommandReader &) = delete;
    LabCommandReader &operator=(const LabCommandReader &) = delete;

    // The next line that is not urgent, waiting for it; End once the input has ended.
    Line next();

private:
    void run();
    void readLines(const char *data, qsizetype size);
    void finishLine();
    void hand(Line line);

    const int m_fd;
    const qsizetype m_maxLineBytes;
    Urgent m_urgent;
    int m_wakeFd = -1; // an eventfd: the destructor ends a read that waits for input

    // The reader thread's own, while a line comes in.
    QByteArray m_line;
    qint64 m_dropped = -1; // >= 0: the line is too long; bytes of it seen so far

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Line> m_queue;
    qsizetype m_queuedBytes = 0; // the queue waits for the main thread beyond two longest lines
    bool m_ended = false;
    bool m_quit = false;
    std::thread m_thread;
};

} // namespace FinAck
