// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cost/costmodel.h"
#include "graph/layergraph.h"

#include <cstdint>
#include <string>
#include <vector>

namespace denselab {

/// Per dense-block layer figures in network order, for the cost panel's charts (seed LWP Fig. 2
/// left plots input channels per layer). Layers dropped for lack of inputs are skipped.
struct LayerSeries {
    std::vector<int> block;                      ///< 0-based dense block of each point
    std::vector<int> layer;                      ///< 1-based layer within its block
    std::vector<std::int64_t> inputChannels;     ///< concatenated channels the layer reads
    std::vector<std::int64_t> designedInputChannels;   ///< the same before width overrides (pruning)
    std::vector<std::int64_t> memReadWrite;      ///< torchstat MemR+W of the layer's nodes, bytes
    std::vector<std::int64_t> cio;               ///< HarDNet CIO of the layer's convolutions
    std::vector<int> blockStart;                 ///< index of each block's first point
};

LayerSeries blockLayerSeries(const LayerGraph &graph, const CostReport &report);

/// Every dense layer of `parent` (labelled "block.layer", 1-based) with its input channels and
/// those of the same layer in `child`, 0 where the child dropped it: seed LWP, Fig. 2 left.
struct LayerComparison {
    std::vector<std::string> labels;
    std::vector<std::int64_t> parent;
    std::vector<std::int64_t> child;
};
LayerComparison inputChannelsAgainst(const LayerGraph &parent, const LayerGraph &child);

} // namespace denselab
