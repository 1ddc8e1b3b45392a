// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "childdesign.h"

#include <cstdint>

namespace denselab::search {

/// A child drawn at random, the baseline a search has to beat: every connection of the parent
/// is kept with one probability p, found by bisection so that the child's eta (MACs ratio, cost
/// model) comes as close to `targetEta` as the draws allow. Deterministic for a seed. Throws
/// DesignError when the parent cannot be searched (decisionSpace).
struct RandomChild {
    ConnectionMask mask;
    Design design;
    ChildCost cost;
    double keepProbability = 1.0;
};

RandomChild randomChild(const Design &parent, double targetEta, std::uint64_t seed);

} // namespace denselab::search
