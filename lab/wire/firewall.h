// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

#include <QCoreApplication>
#include <QString>

struct nft_ctx;

namespace FinAck {

// nftables rules in the lab's private network namespace, through libnftables: one table,
// "inet finack", with an input chain, so a dropped segment is still seen by the capture on lo
// (libpcap reads loopback packets as they arrive, before the input hook) and dies there.
//
// Every change first asks inPrivateNetwork(): in the host's namespace nothing is installed, even
// when the process runs as root. The host's firewall is never touched.
class Firewall
{
    Q_DECLARE_TR_FUNCTIONS(Firewall)

public:
    Firewall();
    ~Firewall();
    Firewall(const Firewall &) = delete;
    Firewall &operator=(const Firewall &) = delete;

    // Why faults cannot be installed here, or empty when they can.
    static QString unavailableReason();

    // Adds one rule (nft syntax, after "add rule inet finack input") to the chain, creating the
    // table on first use.
    bool addRule(const QString &rule, QString *error);
    // Removes the table and every rule in it.
    void clear();

private:
    bool run(const QString &commands, QString *error);

    nft_ctx *m_ctx = nullptr;
    bool m_hasTable = false;
};

} // namespace FinAck
