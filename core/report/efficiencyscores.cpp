// SPDX-License-Identifier: GPL-3.0-or-later
#include "efficiencyscores.h"

namespace denselab {
namespace {

double relativeEfficiency(double accuracy, std::int64_t cost, double baseAccuracy, std::int64_t baseCost)
{
    if (cost <= 0 || baseCost <= 0 || baseAccuracy <= 0.0)
        return 0.0;
    return (accuracy / double(cost)) / (baseAccuracy / double(baseCost));
}

} // namespace

double computationalEfficiency(double accuracy, std::int64_t flops, double baseAccuracy, std::int64_t baseFlops)
{
    return relativeEfficiency(accuracy, flops, baseAccuracy, baseFlops);
}

double storageEfficiency(double accuracy, std::int64_t params, double baseAccuracy, std::int64_t baseParams)
{
    return relativeEfficiency(accuracy, params, baseAccuracy, baseParams);
}

} // namespace denselab
