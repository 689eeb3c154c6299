// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#include "panels/statepanel.h"

#include "fontscale.h"

#include "model/networkmode.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QRegularExpression>
#include <QVBoxLayout>

#include <algorithm>
#include <cerrno>
#include <limits>

namespace FinAck {

namespace {

// close(N) names the descriptor it gives up; the calls that make one return it.
void trackDescriptors(const CallRecord &c, SideSnapshot &side)
{
    if (c.api == QLatin1String("qt")) {
        side.qtSocket = true;
        return;
    }
    if (c.call == QLatin1String("crash")) { // the process died: the kernel closed all it held
        side.descriptors.clear();
        return;
    }
    if (c.call == QLatin1String("close")) {
        static const QRegularExpression fd(QStringLiteral("^close\\((\\d+)\\)"));
        // On Linux close() releases the number even when it reports an error, except EBADF.
        if (const auto m = fd.match(c.text); m.hasMatch() && c.errnoNumber != EBADF)
            side.descriptors.removeAll(m.captured(1).toInt());
        return;
    }
    const bool opens = c.call == QLatin1String("socket") || c.call == QLatin1String("accept") || c.call == QLatin1String("dup");
    if (opens && c.ret >= 0 && !side.descriptors.contains(int(c.ret))) {
        side.descriptors.append(int(c.ret));
        std::sort(side.descriptors.begin(), side.descriptors.end());
    }
}

QString bytesText(const std::optional<qint64> &bytes)
{
    if (!bytes)
        return QStringLiteral("\u2014");
    // Two numerus texts, so the English reads right with no translator installed.
    const int n = int(std::min<qint64>(*bytes, std::numeric_limits<int>::max()));
    return n == 1 ? StatePanel::tr("%n byte", nullptr, n) : StatePanel::tr("%n bytes", nullptr, n);
}

QLabel *caption(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

SideSnapshot sideSnapshotAt(const Trace &trace, Actor actor, int position)
{
    SideSnapshot side;
    side.fromCaptureFile = trace.platform().network == kCaptureFileNetwork;
    position = std::clamp(position, 0, trace.size());
    qint64 stateTimeUs = 0;
    for (int i = 0; i < position; ++i) {
        const TraceEvent &event = trace.at(i);
        if (const auto *s = std::get_if<StateChange>(&event); s && s->actor == actor) {
            side.state = s->state;
            side.source = s->source;
            side.timerLeftMs = s->timerMs;
            // Queues come with the kernel's reports only; a derived state or a socket without a
            // descriptor reports none, and an older number would be a guess.
            side.recvQ = s->recvQ;
            side.sendQ = s->sendQ;
            stateTimeUs = s->tUs;
        } else if (const auto *c = std::get_if<CallRecord>(&event); c && c->actor == actor) {
            trackDescriptors(*c, side);
        }
    }
    if (side.timerLeftMs && position > 0) {
        const qint64 elapsedMs = (eventTime(trace.at(position - 1)) - stateTimeUs) / 1000;
        side.timerLeftMs = std::max<qint64>(0, *side.timerLeftMs - elapsedMs);
    }
    return side;
}

StatePanel::StatePanel(Actor actor, QWidget *parent)
    : QWidget(parent)
    , m_actor(actor)
{
    m_title = new QLabel(this);
    m_endpoint = caption(this);
    m_endpoint->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_endpoint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stateLabel = new QLabel(this);
    m_detail = caption(this);
    m_detail->setWordWrap(true);
    m_recvQ = new QLabel(this);
    m_sendQ = new QLabel(this);
    m_descriptors = new QLabel(this);
    m_descriptors->setWordWrap(true);

    auto *head = new QHBoxLayout;
    head->addWidget(m_title);
    head->addStretch(1);
    head->addWidget(m_endpoint);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(24);
    grid->setVerticalSpacing(0);
    m_recvCaption = caption(this);
    m_sendCaption = caption(this);
    m_fdCaption = caption(this);
    // A Chinese caption is narrower than its English; the values below set the columns' width.
    grid->addWidget(m_recvCaption, 0, 0);
    grid->addWidget(m_sendCaption, 0, 1);
    grid->addWidget(m_fdCaption, 0, 2);
    grid->addWidget(m_recvQ, 1, 0);
    grid->addWidget(m_sendQ, 1, 1);
    grid->addWidget(m_descriptors, 1, 2);
    grid->setColumnStretch(2, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(head);
    layout->addWidget(m_stateLabel);
    layout->addWidget(m_detail);
    layout->addSpacing(6);
    layout->addLayout(grid);
    applyFonts();
    retranslate();
}

// Whole sentences per side, not "%1 state" with a side's name put in: word order differs.
void StatePanel::retranslate()
{
    if (m_actor == Actor::Client) {
        m_title->setText(tr("Client"));
        setAccessibleName(tr("Client state"));
        m_stateLabel->setAccessibleName(tr("Client TCP state"));
        m_recvQ->setAccessibleName(tr("Client receive queue"));
        m_sendQ->setAccessibleName(tr("Client send queue"));
        m_descriptors->setAccessibleName(tr("Client descriptors"));
    } else {
        m_title->setText(tr("Server"));
        setAccessibleName(tr("Server state"));
        m_stateLabel->setAccessibleName(tr("Server TCP state"));
        m_recvQ->setAccessibleName(tr("Server receive queue"));
        m_sendQ->setAccessibleName(tr("Server send queue"));
        m_descriptors->setAccessibleName(tr("Server descriptors"));
    }
    m_recvCaption->setText(tr("receive queue"));
    m_recvCaption->setToolTip(tr("Bytes that arrived and the program has not read yet"));
    m_sendCaption->setText(tr("send queue"));
    m_sendCaption->setToolTip(tr("Bytes sent and not yet acknowledged by the peer"));
    m_fdCaption->setText(tr("descriptors"));
    m_fdCaption->setToolTip(tr("The socket descriptors this side's program holds open"));
    setSnapshot(m_state);
}

// The address belongs to a socket: until this run reports one, an address would be the last
// run's (the lab's header of the new run comes later), beside "no socket reported yet".
void StatePanel::setEndpoint(const QString &endpoint)
{
    m_endpointText = endpoint;
    m_endpoint->setText(m_state.state ? m_endpointText : QString());
}

void StatePanel::setSnapshot(const SideSnapshot &state)
{
    m_state = state;
    m_stateLabel->setText(stateText());
    m_detail->setText(detailText());
    m_endpoint->setText(m_state.state ? m_endpointText : QString());
    m_recvQ->setText(recvQueueText());
    m_recvQ->setToolTip(finInReceiveQueue() ? tr("The kernel counts the peer's FIN as one more byte in the receive queue, "
                                                 "until the program's reads reach it")
                                            : QString());
    m_sendQ->setText(bytesText(state.sendQ));
    m_descriptors->setText(descriptorsText());
    m_stateLabel->setToolTip(m_detail->text());
}

QString StatePanel::stateText() const
{
    return m_state.state ? tcpStateName(*m_state.state) : QStringLiteral("\u2014");
}

QString StatePanel::detailText() const
{
    if (!m_state.state)
        return tr("no socket reported yet");
    QString text = m_state.source == StateSource::Observed ? tr("reported by the kernel")
                   : m_state.fromCaptureFile               ? tr("inferred from the captured segments: a capture file has no kernel to ask")
                                                           : tr("worked out from the segments: too brief for the kernel to be asked");
    if (m_state.timerLeftMs) {
        //: %1 says where the state comes from ("reported by the kernel"), %2 the seconds left on its timer
        return tr("%1 \u00b7 timer %2 s left").arg(text, QString::number(*m_state.timerLeftMs / 1000.0, 'f', 1));
    }
    return text;
}

QString StatePanel::queuesText() const
{
    return tr("receive queue %1, send queue %2").arg(recvQueueText(), bytesText(m_state.sendQ));
}

// Linux's receive queue (sock_diag's, as ss shows it) runs to the next sequence number expected,
// and the FIN takes one: CLOSE_WAIT with 13 unread bytes reports 14. Said, not corrected, so the
// number stays the kernel's.
bool StatePanel::finInReceiveQueue() const
{
    const bool peerFinIn = m_state.state == TcpState::CloseWait || m_state.state == TcpState::LastAck || m_state.state == TcpState::Closing;
    return peerFinIn && m_state.recvQ.value_or(0) >= 1;
}

QString StatePanel::recvQueueText() const
{
    if (!finInReceiveQueue())
        return bytesText(m_state.recvQ);
    //: the receive queue when it holds the peer's FIN: %1 the unread bytes ("13 bytes"), the FIN counts one more
    return tr("%1 + FIN").arg(bytesText(*m_state.recvQ - 1));
}

QString StatePanel::descriptorsText() const
{
    QStringList numbers;
    for (int fd : m_state.descriptors)
        numbers << QString::number(fd);
    if (m_state.qtSocket) // Qt keeps its descriptor to itself
        return numbers.isEmpty() ? tr("a QTcpSocket") : tr("a QTcpSocket and %1").arg(numbers.join(QStringLiteral(", ")));
    return numbers.isEmpty() ? tr("none") : numbers.join(QStringLiteral(", "));
}

void StatePanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::ApplicationFontChange)
        applyFonts();
    else if (event->type() == QEvent::LanguageChange)
        retranslate();
}

// Sizes are relative to the user's font, so a projector setup with a larger system font scales
// everything; nothing is ever smaller than that font.
void StatePanel::applyFonts()
{
    const QFont base = font();
    QFont title = base;
    title.setBold(true);
    title = scaledFont(title, 1.15);
    m_title->setFont(title);
    QFont big = base;
    big.setBold(true);
    big = scaledFont(big, 2.4);
    m_stateLabel->setFont(big);
    QFont value = base;
    value = scaledFont(value, 1.3);
    for (QLabel *l : {m_recvQ, m_sendQ, m_descriptors})
        l->setFont(value);
}

} // namespace FinAck
