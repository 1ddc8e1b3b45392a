// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cost/cost.h"
#include "design/design.h"
#include "graph/connectionmask.h"
#include "graph/layergraph.h"

namespace denselab::search {

/// The design of the child network that `mask` selects from `parent` (compiled as
/// `parentGraph`): every dense block keeps its rule and states the difference as connection
/// overrides, so the child opens in the workspace with the dropped connections visible against
/// its parent. Layers left without sources drop out as in resolveMask. A transition after a
/// block keeps the parent's output width (a masked supernet cannot narrow it), so the child
/// built from this design computes what the masked supernet computes. Pure.
Design childDesign(const Design &parent, const LayerGraph &parentGraph, const ConnectionMask &mask);

/// Costs of a child and its ratio to the parent: eta = child MACs / parent MACs, the seed's
/// SUBFLOPs / FLOPs (its FLOPs are 2 x MACs, which cancels in the ratio).
struct ChildCost {
    Cost child;
    double eta = 1.0;
    int droppedLayers = 0;
};

/// Compiles and costs the child of `mask` (DesignError when it cannot be built).
ChildCost childCost(const Design &parent, const LayerGraph &parentGraph, const Cost &parentCost,
                    const ConnectionMask &mask);

} // namespace denselab::search
