// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cost.h"
#include "graph/layergraph.h"

#include <vector>

namespace denselab {

/// Per-node costs and their totals for a compiled graph.
struct CostReport {
    std::vector<Cost> perNode;                 ///< parallel to LayerGraph::nodes
    std::vector<std::int64_t> connectionsPerBlock;   ///< parallel to LayerGraph::blocks
    Cost total;
};

/// Costs of one node given the graph it lives in (its inputs' shapes). Pure.
Cost nodeCost(const LayerGraph &graph, const Node &node);

/// Costs of every node and the totals. Pure, linear in the number of nodes and edges.
CostReport computeCosts(const LayerGraph &graph);

/// Trainable parameters of one node (conv weight + bias, BN gamma + beta, linear weight + bias).
std::int64_t nodeParams(const LayerGraph &graph, const Node &node);

} // namespace denselab
