// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

#include <QLabel>

namespace FinAck {

class Session;

// A lasting banner above the diagram while the lab runs on the computer's own network: why the
// private namespace is not used, what that limits, and how to allow it (NetworkNotice). Hidden
// while the lab runs in its namespace, and while no lab runs.
class NetworkBanner : public QLabel
{
    Q_OBJECT
public:
    explicit NetworkBanner(const Session *session, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    const Session *m_session = nullptr;
};

} // namespace FinAck
