// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>

namespace denselab {

/// TissueNet's efficiency scores (seed tissuenet-stacked-units.txt): accuracy per unit of cost,
/// relative to a baseline model, so the baseline scores 1 and a model that keeps its accuracy
/// with half the cost scores 2.
///   CE = (acc / FLOPs) / (acc_base / FLOPs_base)      computational efficiency
///   SE = (acc / params) / (acc_base / params_base)    storage efficiency
/// Accuracies are fractions (or percentages, as long as both use the same). Returns 0 when the
/// scores are undefined (a zero cost or a zero baseline accuracy).
double computationalEfficiency(double accuracy, std::int64_t flops, double baseAccuracy, std::int64_t baseFlops);
double storageEfficiency(double accuracy, std::int64_t params, double baseAccuracy, std::int64_t baseParams);

} // namespace denselab
