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

} // namespace denselab
