// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#include "wire/firewall.h"

#include "privatenetwork.h"

#include <nftables/libnftables.h>

namespace FinAck {

Firewall::Firewall() = default;

Firewall::~Firewall()
{
    clear();
    if (m_ctx)
        nft_ctx_free(m_ctx);
}

QString Firewall::unavailableReason()
{
    if (!inPrivateNetwork())
        return tr("faults are installed only inside FinAck's private network namespace, and this run is on the host's network");
    return {};
}

bool Firewall::run(const QString &commands, QString *error)
{
    const QString reason = unavailableReason();
    if (!reason.isEmpty()) {
        if (error)
            *error = reason;
        return false;
    }
    if (!m_ctx) {
        m_ctx = nft_ctx_new(NFT_CTX_DEFAULT);
        if (!m_ctx) {
            if (error)
                *error = tr("libnftables could not be initialised");
            return false;
        }
        nft_ctx_buffer_output(m_ctx);
        nft_ctx_buffer_error(m_ctx);
    }
    if (nft_run_cmd_from_buffer(m_ctx, commands.toUtf8().constData()) != 0) {
        if (error)
            *error = QStringLiteral("nftables: %1").arg(QString::fromUtf8(nft_ctx_get_error_buffer(m_ctx)).simplified());
        return false;
    }
    return true;
}

bool Firewall::addRule(const QString &rule, QString *error)
{
    QString commands;
    if (!m_hasTable) {
        commands = QStringLiteral("add table inet finack\n"
                                  "add chain inet finack input { type filter hook input priority 0; policy accept; }\n");
    }
    commands += QStringLiteral("add rule inet finack input %1\n").arg(rule);
    if (!run(commands, error))
        return false;
    m_hasTable = true;
    return true;
}

void Firewall::clear()
{
    if (m_hasTable)
        run(QStringLiteral("delete table inet finack\n"), nullptr);
    m_hasTable = false;
}

} // namespace FinAck
