// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#include "panels/networkbanner.h"

#include "session.h"
#include "text/networknotice.h"

#include <QEvent>

namespace FinAck {

NetworkBanner::NetworkBanner(const Session *session, QWidget *parent)
    : QLabel(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("networkBanner"));
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse); // the command in it is to be copied
    setStyleSheet(QStringLiteral("QLabel { background: #fff4d6; color: #4a3500; padding: 6px; border-radius: 3px; }"));
    hide();
    connect(session, &Session::labStateChanged, this, &NetworkBanner::refresh);
    refresh();
}

void NetworkBanner::refresh()
{
    const LabClient &lab = m_session->lab();
    const bool running = m_session->labState() == Session::LabState::Running && !lab.network().isEmpty();
    const QString notice = running ? NetworkNotice::text(lab.network(), lab.fallbackReason()) : QString();
    setText(notice);
    setVisible(!notice.isEmpty());
}

void NetworkBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QLabel::changeEvent(event);
}

} // namespace FinAck
