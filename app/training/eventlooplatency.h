// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>

#include <vector>

class QTimer;

namespace denselab {

/// Measures how late the GUI event loop runs: a precise 10 ms timer records, for every tick,
/// how much later than due it fired. While training runs on other threads this is what a user
/// feels as lag; the target is p99 <= 50 ms. GUI thread only.
class EventLoopLatency : public QObject {
    Q_OBJECT
public:
    explicit EventLoopLatency(QObject *parent = nullptr);
    void start();
    void stop();
    int samples() const { return static_cast<int>(m_lateness.size()); }
    /// Lateness quantile in milliseconds (q in 0..1), 0 without samples.
    double quantileMs(double q) const;
    double maxMs() const;

private:
    void tick();

    QTimer *m_timer = nullptr;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    std::vector<double> m_lateness;
};

} // namespace denselab
