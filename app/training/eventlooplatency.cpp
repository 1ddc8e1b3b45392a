// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventlooplatency.h"

#include <QTimer>

#include <algorithm>

namespace denselab {
namespace {

constexpr int kIntervalMs = 10;

} // namespace

EventLoopLatency::EventLoopLatency(QObject *parent) : QObject(parent), m_timer(new QTimer(this))
{
    m_timer->setTimerType(Qt::PreciseTimer);
    m_timer->setInterval(kIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &EventLoopLatency::tick);
}

void EventLoopLatency::start()
{
    m_lateness.clear();
    m_clock.start();
    m_last = 0;
    m_timer->start();
}

void EventLoopLatency::stop()
{
    m_timer->stop();
}

void EventLoopLatency::tick()
{
    const qint64 now = m_clock.nsecsElapsed();
    if (m_last > 0)
        m_lateness.push_back(std::max(0.0, (now - m_last) / 1e6 - kIntervalMs));
    m_last = now;
}

double EventLoopLatency::quantileMs(double q) const
{
    if (m_lateness.empty())
        return 0.0;
    std::vector<double> sorted = m_lateness;
    std::sort(sorted.begin(), sorted.end());
    const auto index = static_cast<std::size_t>(std::clamp(q, 0.0, 1.0) * double(sorted.size() - 1));
    return sorted[index];
}

double EventLoopLatency::maxMs() const
{
    return m_lateness.empty() ? 0.0 : *std::max_element(m_lateness.begin(), m_lateness.end());
}

} // namespace denselab
