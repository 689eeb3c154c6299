// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#include "labcommandreader.h"

#include <QJsonDocument>

#include <cerrno>
#include <cstring>
#include <poll.h>
#include <sys/eventfd.h>
#include <unistd.h>

namespace FinAck {

namespace {

constexpr qsizetype kChunkBytes = qsizetype(64) * 1024;
// Enough for the quoted prefix of an error (LabProtocol::kQuotedPrefixChars) in any UTF-8.
constexpr qsizetype kStartBytes = 256;

} // namespace

LabCommandReader::LabCommandReader(int fd, qsizetype maxLineBytes, Urgent urgent)
    : m_fd(fd)
    , m_maxLineBytes(maxLineBytes)
    , m_urgent(std::move(urgent))
    , m_wakeFd(::eventfd(0, EFD_CLOEXEC))
{
    m_thread = std::thread([this] { run(); });
}

LabCommandReader::~LabCommandReader()
{
    {
        std::lock_guard lock(m_mutex);
        m_quit = true;
    }
    m_changed.notify_all();
    if (m_wakeFd >= 0) {
        const quint64 one = 1;
        [[maybe_unused]] const ssize_t written = ::write(m_wakeFd, &one, sizeof one);
    }
    m_thread.join();
    if (m_wakeFd >= 0)
        ::close(m_wakeFd);
}

LabCommandReader::Line LabCommandReader::next()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return !m_queue.empty() || m_ended; });
    if (m_queue.empty())
        return {}; // End
    Line line = std::move(m_queue.front());
    m_queue.pop_front();
    if (line.kind == Line::Kind::Command)
        m_queuedBytes -= line.length;
    m_changed.notify_all(); // room for a reader waiting to queue
    return line;
}

void LabCommandReader::run()
{
    QByteArray chunk(kChunkBytes, Qt::Uninitialized);
    for (;;) {
        // Without an eventfd (none left), the quit flag is looked at ten times a second instead.
        pollfd fds[2] = {{m_fd, POLLIN, 0}, {m_wakeFd, POLLIN, 0}};
        const int ready = ::poll(fds, m_wakeFd >= 0 ? 2 : 1, m_wakeFd >= 0 ? -1 : 100);
        {
            std::lock_guard lock(m_mutex);
            if (m_quit)
                return;
        }
        if (ready < 0 && errno != EINTR)
            break;
        if (ready <= 0 || fds[0].revents == 0)
            continue;
        const ssize_t got = ::read(m_fd, chunk.data(), size_t(chunk.size()));
        if (got < 0 && (errno == EINTR || errno == EAGAIN))
            continue;
        if (got <= 0)
            break; // the end of the input, or an error that ends it as well
        readLines(chunk.constData(), got);
    }
    // A last line without its newline is a line too.
    if (!m_line.isEmpty() || m_dropped >= 0)
        finishLine();
    std::lock_guard lock(m_mutex);
    m_ended = true;
    m_changed.notify_all();
}

void LabCommandReader::readLines(const char *data, qsizetype size)
{
    while (size > 0) {
        const auto *newline = static_cast<const char *>(std::memchr(data, '\n', size_t(size)));
        const qsizetype piece = newline ? newline - data : size;
        if (m_dropped >= 0) {
            m_dropped += piece;
        } else if (m_line.size() + piece > m_maxLineBytes) {
            m_dropped = m_line.size() + piece;
            m_line = QByteArray(); // its memory goes now, not at the newline
        } else {
            m_line.append(data, piece);
        }
        if (!newline) {
            // A line longer than one read (a load): room for the longest at once. Growing step by
            // step copies, and what was freed stays resident, twice the line in all; untouched
            // room costs address space only.
            if (m_dropped < 0 && m_line.capacity() < m_maxLineBytes)
                m_line.reserve(m_maxLineBytes);
            return;
        }
        finishLine();
        data += piece + 1;
        size -= piece + 1;
    }
}

void LabCommandReader::finishLine()
{
    Line line;
    if (m_dropped >= 0) {
        line.kind = Line::Kind::TooLong;
        line.length = m_dropped;
    } else {
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(m_line, &error);
        line.object = document.object();
        line.name = line.object.value(QStringLiteral("cmd")).toString();
        line.length = m_line.size();
        if (error.error != QJsonParseError::NoError || !document.isObject() || line.name.isEmpty()) {
            line.kind = Line::Kind::NotACommand;
            line.start = m_line.left(kStartBytes);
            line.object = {};
            line.name.clear();
        } else {
            line.kind = Line::Kind::Command;
        }
    }
    m_line = QByteArray();
    m_dropped = -1;
    if (line.kind == Line::Kind::Command && m_urgent && m_urgent(line.name))
        return;
    hand(std::move(line));
}

void LabCommandReader::hand(Line line)
{
    const qsizetype bytes = line.kind == Line::Kind::Command ? line.length : 0;
    std::unique_lock lock(m_mutex);
    // Commands sent faster than the steps run wait on stdin, not in memory: the queue takes two
    // of the longest lines at most (or one of any length when empty).
    m_changed.wait(lock, [&] { return m_quit || m_queue.empty() || m_queuedBytes + bytes <= 2 * m_maxLineBytes; });
    if (m_quit)
        return;
    m_queuedBytes += bytes;
    m_queue.push_back(std::move(line));
    m_changed.notify_all();
}

} // namespace FinAck
