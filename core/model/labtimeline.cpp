// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#include "model/labtimeline.h"

#include <algorithm>

namespace FinAck {

void LabTimeline::add(qint64 endUs, qint64 lengthUs)
{
    const Pause pause{std::max<qint64>(0, endUs - std::max<qint64>(0, lengthUs)), std::max<qint64>(0, endUs)};
    if (pause.lengthUs() <= 0)
        return;
    // Pauses come with the events that carry them, almost always in time order: merge with the
    // tail. One that ends earlier than the last (an event sorted into the past) redoes the list.
    if (!m_pauses.isEmpty() && pause.endUs < m_pauses.constLast().endUs) {
        QList<Pause> all = m_pauses;
        all.append(pause);
        rebuild(std::move(all));
        return;
    }
    Pause merged = pause;
    while (!m_pauses.isEmpty() && m_pauses.constLast().endUs >= merged.startUs) {
        merged.startUs = std::min(merged.startUs, m_pauses.constLast().startUs);
        m_pauses.removeLast();
        m_before.removeLast();
    }
    m_before.append(m_pauses.isEmpty() ? 0 : m_before.constLast() + m_pauses.constLast().lengthUs());
    m_pauses.append(merged);
}

void LabTimeline::rebuild(QList<Pause> pauses)
{
    std::sort(pauses.begin(), pauses.end(), [](const Pause &a, const Pause &b) { return a.endUs < b.endUs; });
    clear();
    for (const Pause &p : std::as_const(pauses))
        add(p.endUs, p.lengthUs());
}

void LabTimeline::clear()
{
    m_pauses.clear();
    m_before.clear();
}

qint64 LabTimeline::labTimeUs(qint64 tUs) const
{
    // The last pause that starts before tUs; all before it ended before tUs too.
    const auto it = std::upper_bound(m_pauses.cbegin(), m_pauses.cend(), tUs, [](qint64 t, const Pause &p) { return t <= p.startUs; });
    if (it == m_pauses.cbegin())
        return tUs;
    const qsizetype i = it - m_pauses.cbegin() - 1;
    const Pause &p = m_pauses.at(i);
    return tUs - m_before.at(i) - (std::min(tUs, p.endUs) - p.startUs);
}

qint64 LabTimeline::wallTimeUs(qint64 labUs) const
{
    qint64 tUs = labUs;
    for (const Pause &p : m_pauses) {
        if (tUs < p.startUs)
            break;
        tUs += p.lengthUs();
    }
    return tUs;
}

int LabTimeline::pausesEndedBy(qint64 tUs) const
{
    return int(std::upper_bound(m_pauses.cbegin(), m_pauses.cend(), tUs, [](qint64 t, const Pause &p) { return t < p.endUs; })
               - m_pauses.cbegin());
}

} // namespace FinAck
