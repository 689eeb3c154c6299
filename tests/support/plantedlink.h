// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

// The attack on output files: in a sticky, world-writable folder (like /tmp), another user plants
// the name FinAck is about to write as a link to a file of the victim's. Making a link owned by
// someone else takes root (lchown), as the attack needs root's writes to matter; available()
// says whether this run can stage it.
#include <QByteArray>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

#include <sys/stat.h>
#include <unistd.h>

class PlantedLink
{
public:
    static constexpr uid_t kOtherUser = 65534; // nobody

    explicit PlantedLink(const QString &name)
    {
        if (::geteuid() != 0 || !m_dir.isValid())
            return;
        const QString shared = m_dir.filePath(QStringLiteral("shared"));
        m_victim = m_dir.filePath(QStringLiteral("victim.txt"));
        m_link = shared + QLatin1Char('/') + name;
        QFile victim(m_victim);
        m_ready = ::mkdir(QFile::encodeName(shared).constData(), 0777) == 0 && ::chmod(QFile::encodeName(shared).constData(), 01777) == 0
                  && victim.open(QIODevice::WriteOnly) && victim.write(kVictimText) == kVictimText.size() && (victim.close(), true)
                  && ::symlink(QFile::encodeName(m_victim).constData(), QFile::encodeName(m_link).constData()) == 0
                  && ::lchown(QFile::encodeName(m_link).constData(), kOtherUser, kOtherUser) == 0;
    }

    bool available() const { return m_ready; }
    QString link() const { return m_link; }

    // The victim's file has its old content and the planted name is still the other user's link.
    bool untouched() const
    {
        QFile victim(m_victim);
        struct stat st {
        };
        return victim.open(QIODevice::ReadOnly) && victim.readAll() == kVictimText
               && ::lstat(QFile::encodeName(m_link).constData(), &st) == 0 && S_ISLNK(st.st_mode) && st.st_uid == kOtherUser;
    }

private:
    static inline const QByteArray kVictimText = QByteArrayLiteral("root's own file\n");
    QTemporaryDir m_dir;
    QString m_victim;
    QString m_link;
    bool m_ready = false;
};
