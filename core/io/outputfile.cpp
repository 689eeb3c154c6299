// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#include "io/outputfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace FinAck {

namespace {

// A chain longer than this is a loop or a trap; the kernel gives up at 40, a person never needs 8.
constexpr int kMaxLinkHops = 8;

QString tr(const char *text)
{
    return QCoreApplication::translate("FinAck::OutputFile", text);
}

QString systemError(int code)
{
    return qt_error_string(code);
}

} // namespace

OutputFile::OutputFile(const QString &path)
    : m_path(path)
{
}

OutputFile::~OutputFile()
{
    discard();
}

// Follows the final name only through the user's own links; leaves m_destination at the name the
// new file will have, and the permission bits of the file it replaces in m_file's eventual mode.
bool OutputFile::resolveDestination()
{
    QString current = QFileInfo(m_path).absoluteFilePath();
    for (int hop = 0;; ++hop) {
        struct stat st {
        };
        if (::lstat(QFile::encodeName(current).constData(), &st) != 0) {
            if (errno != ENOENT) {
                m_error = systemError(errno);
                return false;
            }
            break; // a new file
        }
        if (S_ISLNK(st.st_mode)) {
            if (st.st_uid != ::geteuid()) {
                //: %1 a user id number
                m_error = tr("it is a symbolic link owned by another user (uid %1); FinAck does not write through it: choose "
                             "another name or remove the link")
                              .arg(st.st_uid);
                return false;
            }
            if (hop == kMaxLinkHops) {
                m_error = tr("too many symbolic links");
                return false;
            }
            const QString target = QFile::symLinkTarget(current);
            if (target.isEmpty()) {
                m_error = tr("cannot read the symbolic link");
                return false;
            }
            current = target;
            continue;
        }
        if (S_ISDIR(st.st_mode)) {
            m_error = tr("it is a folder");
            return false;
        }
        if (!S_ISREG(st.st_mode)) {
            m_error = tr("it is not a regular file (a device, a pipe or a socket); FinAck writes files only");
            return false;
        }
        break;
    }
    m_destination = current;
    return true;
}

bool OutputFile::open()
{
    discard();
    m_error.clear();
    if (!resolveDestination())
        return false;
    const QFileInfo destination(m_destination);
    m_finalName = QFile::encodeName(destination.fileName());
    m_dirFd = ::open(QFile::encodeName(destination.absolutePath()).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (m_dirFd < 0) {
        m_error = systemError(errno);
        return false;
    }
    struct stat existing {
    };
    const bool replaces = ::fstatat(m_dirFd, m_finalName.constData(), &existing, AT_SYMLINK_NOFOLLOW) == 0 && S_ISREG(existing.st_mode);

    int fd = -1;
    for (int attempt = 0; fd < 0 && attempt < 100; ++attempt) {
        m_tempName = '.' + m_finalName + '.' + QByteArray::number(QRandomGenerator::global()->generate(), 36);
        fd = ::openat(m_dirFd, m_tempName.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666);
        if (fd < 0 && errno != EEXIST)
            break;
    }
    if (fd < 0) {
        m_error = systemError(errno);
        m_tempName.clear();
        return false;
    }
    if (replaces)
        (void)::fchmod(fd, existing.st_mode & 07777); // as the file it replaces; a failure leaves 0666 & ~umask
    if (!m_file.open(fd, QIODevice::WriteOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        m_error = m_file.errorString();
        return false;
    }
    return true;
}

bool OutputFile::commit()
{
    if (!m_file.isOpen()) {
        if (m_error.isEmpty())
            m_error = tr("the file was not opened");
        return false;
    }
    bool ok = m_file.flush() && m_file.error() == QFileDevice::NoError;
    if (!ok)
        m_error = m_file.errorString();
    if (ok && ::fsync(m_file.handle()) != 0) {
        m_error = systemError(errno);
        ok = false;
    }
    m_file.close();
    // rename() replaces the name itself: a link planted there since open() is replaced, never
    // followed.
    if (ok && ::renameat(m_dirFd, m_tempName.constData(), m_dirFd, m_finalName.constData()) != 0) {
        m_error = systemError(errno);
        ok = false;
    }
    if (ok)
        m_tempName.clear();
    discard();
    return ok;
}

void OutputFile::discard()
{
    if (m_file.isOpen())
        m_file.close();
    if (m_dirFd >= 0) {
        if (!m_tempName.isEmpty())
            (void)::unlinkat(m_dirFd, m_tempName.constData(), 0);
        ::close(m_dirFd);
    }
    m_dirFd = -1;
    m_tempName.clear();
}

bool writeOutputFile(const QString &path, const QByteArray &data, QString *error)
{
    OutputFile file(path);
    if (file.open() && file.device().write(data) == data.size() && file.commit())
        return true;
    if (error)
        *error = file.errorString().isEmpty() ? file.device().errorString() : file.errorString();
    return false;
}

} // namespace FinAck
