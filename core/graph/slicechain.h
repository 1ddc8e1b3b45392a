// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "layergraph.h"

#include <vector>

namespace denselab {

/// The nodes that read one dense-block concatenation channel by channel, up to and including
/// the first convolution or linear layer: what a connection mask has to slice when it drops
/// some of the concatenated sources. For a layer that is [concat] -> BN -> ReLU -> conv; for a
/// block output that is the concat -> transition BN -> ReLU -> conv (or the head's BN -> ReLU
/// -> pool -> flatten -> linear).
struct SliceChain {
    int block = -1;
    int target = 0;                 ///< 1..L for a layer, L+1 for the block output
    int concatNode = -1;            ///< -1 when a single source feeds the target (nothing to slice)
    std::vector<int> sources;       ///< block sources in concatenation order
    std::vector<int> offsets;       ///< first channel of each source in the concatenation
    std::vector<int> widths;        ///< channels of each source
    std::vector<int> nodes;         ///< BN / activation / pooling nodes, ending with a conv or linear
    bool sliceable = false;         ///< false when the chain branches or meets another op
};

/// The chain of every target of every dense block of `graph`: result[b][t], t in 1..L+1
/// (index 0 unused). Pure function of the graph.
std::vector<std::vector<SliceChain>> sliceChains(const LayerGraph &graph);

/// Channel indices, in the concatenation of `chain`, of the channels that `kept` sources carry
/// (kept[i] refers to chain.sources[i]).
std::vector<long> keptChannels(const SliceChain &chain, const std::vector<bool> &kept);

} // namespace denselab
