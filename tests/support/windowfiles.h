// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

// What the File-menu tests (tst_fileactions, tst_exportactions) read back from the window and the
// files it wrote.
#include "mainwindow.h"

#include <QFile>
#include <QLabel>
#include <QStatusBar>
#include <QString>
#include <QStringList>

inline QString dataFile(const QString &relative)
{
    return QStringLiteral(FINACK_TEST_DATA "/") + relative;
}

// Every label of the status bar, joined by '|'.
inline QString statusText(const FinAck::MainWindow &window)
{
    QStringList texts;
    for (QLabel *label : window.statusBar()->findChildren<QLabel *>())
        texts << label->text();
    return texts.join(QLatin1Char('|'));
}

inline QByteArray fileHead(const QString &path, int bytes)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.read(bytes) : QByteArray();
}
