// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "design/design.h"
#include "graph/layergraph.h"
#include "topology/connectivity.h"

#include <vector>

namespace denselab {

/// What the matrix editor and the block diagram draw for one dense block: a plain value built
/// from the compiled block, so the widgets never re-derive connectivity themselves.
/// Rows are targets 1..L and L+1 (the block output); columns are sources 0..L (0 = block input).
struct BlockMatrix {
    int stage = -1;                              ///< Design stage index of the block
    int layers = 0;
    ConnectivityRule rule = ConnectivityRule::Dense;
    std::vector<int> widths;                     ///< [s]: channels source s carries
    std::vector<bool> kept;                      ///< [t]: false for layers dropped for lack of inputs
    std::vector<RuleRegion> regions;             ///< [t]: the part of the rule that made row t
    std::vector<std::vector<char>> connected;    ///< [t][s], t in 1..L+1
    std::vector<std::vector<char>> overridden;   ///< [t][s]: differs from the rule (a custom override)
    int thresholdLayer = 0;                      ///< ThresholdNet T: a line under row T (0: none)
    int maxWidth = 1;

    bool isConnected(int target, int source) const;
    bool isOverridden(int target, int source) const;
    bool validCell(int target, int source) const
    {
        return layers >= 1 && target >= 1 && target <= layers + 1 && source >= 0 && source < target && source <= layers;
    }
    int connectionCount() const;   ///< edges into kept layers (the output row excluded), as the cost model counts
};

/// Builds the drawable matrix of `block`. `effective` is its spec after the channel-threshold
/// mechanism (compiler.h effectiveBlock), used to tell rule cells from overrides.
BlockMatrix blockMatrix(const CompiledBlock &block, const DenseBlockSpec &effective);

} // namespace denselab
