// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "layergraph.h"

#include <vector>

namespace denselab {

/// Which connections of each dense block are active in one forward pass of a supernet (the
/// child networks that LWP's connection search samples). keep[b][t][s]: block b in
/// LayerGraph::blocks order, target t in 1..L+1 (L+1 is the block output), source s < t
/// (s = 0 is the block input). Plain value; no torch.
struct ConnectionMask {
    std::vector<std::vector<std::vector<bool>>> keep;

    bool operator==(const ConnectionMask &o) const { return keep == o.keep; }
};

/// The connectivity `graph` was compiled with, as a mask (what a rule-built child looks like).
ConnectionMask connectionMaskOf(const LayerGraph &graph);

/// Active edges into kept layers, as ResolvedBlock::connections counts them.
int maskConnections(const ConnectionMask &mask);

/// What a mask really runs once layers left without sources are dropped (seed LWP: "the input
/// channel is 0 means this layer is dropped"): a dropped layer's output leaves every later row
/// and the block output, which may drop further layers in turn. `keep` has the same layout as
/// ConnectionMask::keep; alive[b][t] (t in 0..L) is false for a dropped layer.
struct ResolvedMask {
    ConnectionMask mask;
    std::vector<std::vector<bool>> alive;
    int droppedLayers = 0;
    /// Blocks whose output lost every source: no network can be built from such a mask.
    std::vector<int> blocksWithoutOutput;
};

/// Resolves `mask` against `graph` (the supernet it will run on). Throws std::invalid_argument
/// naming the block and cell when the mask does not fit the graph (block count, row lengths) or
/// asks for a connection the graph does not have.
ResolvedMask resolveMask(const LayerGraph &graph, const ConnectionMask &mask);

} // namespace denselab
