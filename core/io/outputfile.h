// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

#include <QFile>
#include <QString>

namespace FinAck {

// A file FinAck writes (a trace, a capture, a picture, a scenario): written whole or not at all,
// and never through another user's link.
//
// QSaveFile resolves a symbolic link and renames over its target, so root writing
// "/tmp/shared/trace.json", where another user planted that name as a link, replaced the link's
// target; fs.protected_symlinks does not stop a rename. Here the final name is looked at without
// following it:
// - a link owned by someone else is refused with the reason;
// - a link of the user's own is followed (the user made it to point there), hop by hop, each hop
//   checked the same way;
// - the new content goes to a temporary file created beside the destination (O_CREAT | O_EXCL |
//   O_NOFOLLOW, in the destination's folder) and is renamed over the destination's name, which
//   replaces a name and never writes through one.
// An existing file keeps its permission bits, as with QSaveFile.
class OutputFile
{
public:
    explicit OutputFile(const QString &path);
    ~OutputFile(); // an uncommitted temporary file is removed
    OutputFile(const OutputFile &) = delete;
    OutputFile &operator=(const OutputFile &) = delete;

    bool open();
    // The temporary file, open for writing; its handle() is a plain descriptor (libpcap writes
    // through a duplicate of it).
    QFile &device() { return m_file; }
    // Flushes, syncs and renames the temporary file to its destination.
    bool commit();
    // Why open() or commit() failed, in the user's language, without the path.
    QString errorString() const { return m_error; }

private:
    bool resolveDestination();
    void discard();

    QString m_path;
    QString m_destination; // the path after the user's own links
    int m_dirFd = -1;
    QByteArray m_tempName; // inside m_dirFd
    QByteArray m_finalName;
    QFile m_file;
    QString m_error;
};

// Writes `data` to `path` through an OutputFile; on failure *error says why, without the path.
bool writeOutputFile(const QString &path, const QByteArray &data, QString *error);

} // namespace FinAck
