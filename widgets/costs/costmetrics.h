// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cost/cost.h"

#include <QString>
#include <QVector>

#include <cstdint>

namespace denselab {

/// One figure of the cost model as the UI shows it: translated label, how to read it from a
/// Cost, and whether it is bytes (binary units) or a count (decimal units).
struct CostMetric {
    QString label;
    std::int64_t (*value)(const Cost &);
    bool bytes;
};

/// Every total the cost panel and the comparison list, in display order.
const QVector<CostMetric> &costMetrics();

/// A figure of the cost model ("1.23 M", always with a decimal point, like the CLI) with the
/// interface's decimal separator ("1,23 M" in German).
QString localizedNumber(QString text);

/// "7.98 M" / "359.71 MiB" for a metric value; signed ("+1.2 k", "−3 B") when `delta`.
QString formatMetric(const CostMetric &metric, std::int64_t value, bool delta = false);

/// "+12.5 %", "−3.0 %", "" when the base is 0.
QString formatPercent(std::int64_t value, std::int64_t base);

} // namespace denselab
