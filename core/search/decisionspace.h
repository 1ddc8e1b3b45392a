// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "graph/connectionmask.h"
#include "graph/layergraph.h"

#include <vector>

namespace denselab::search {

/// One decision of the LWP controller (seed LWP, section 2): layer `layer` of dense block
/// `block` keeps or drops each of its n_i = layer candidate sources x_0..x_{layer-1}.
struct DecisionLayer {
    int block = 0;                      ///< index into LayerGraph::blocks
    int layer = 1;                      ///< 1..L within the block
    std::vector<bool> inParent;         ///< [j], j < layer: the parent has the connection j -> layer
};

/// The K decisions of a search over `parent`, in order: every layer of every dense block (the
/// parent's kept layers). Only the parent's connections can be kept, so a sparse parent
/// (HarDNet, ThresholdNet) is searched inside its own connectivity.
struct DecisionSpace {
    std::vector<DecisionLayer> layers;
    int maxCandidates = 0;              ///< the longest decision (the controller's output width)
    int parentConnections = 0;          ///< connections the parent has among the decisions
};

/// Throws DesignError saying why when `parent` cannot be searched: no dense block, or a layer
/// or block output whose input is not read by one convolution or linear layer (so a dropped
/// source cannot be sliced away), e.g. a block feeding the next block without a transition.
DecisionSpace decisionSpace(const LayerGraph &parent);

/// The child network a set of decisions selects: actions[k][j] for decision k and candidate
/// j (only candidates in the parent are read). Rows of the block outputs keep the parent's
/// sources; resolveMask then removes the layers left without sources.
ConnectionMask maskFromActions(const LayerGraph &parent, const DecisionSpace &space,
                               const std::vector<std::vector<bool>> &actions);

/// Whether the mask leaves every block output at least one source (a block whose output takes
/// only the odd layers and the last can lose all of them); resolveMask throws otherwise.
bool hasBlockOutputs(const LayerGraph &parent, const ConnectionMask &mask);

} // namespace denselab::search
