// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cost/costmodel.h"
#include "graph/layergraph.h"

#include <string>

namespace denselab {

/// "3x32x32": a shape as the CLI, the tables and the reports print it.
std::string shapeText(const Shape &shape);

/// One CSV field, quoted when it holds a comma, quote or newline (RFC 4180).
std::string csvField(const std::string &text);

/// The cost report as CSV: a header, one row per node when `perLayer`, then the totals row.
/// Exact integers only, so a spreadsheet can recompute every figure (shared by the CLI's
/// `costs --format csv` and the desktop app's export).
std::string costReportCsv(const LayerGraph &graph, const CostReport &report, bool perLayer);

/// The cost report as a Markdown document: totals (with a delta column against `baseline` when
/// given), the dense blocks, warnings and the per-layer table. `baselineName` labels the delta.
std::string costReportMarkdown(const LayerGraph &graph, const CostReport &report, const CostReport *baseline,
                               const std::string &baselineName);

} // namespace denselab
