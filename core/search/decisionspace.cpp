// SPDX-License-Identifier: GPL-3.0-or-later
#include "decisionspace.h"

#include "design/designerror.h"
#include "graph/slicechain.h"

#include <algorithm>
#include <string>

namespace denselab::search {

DecisionSpace decisionSpace(const LayerGraph &parent)
{
    if (parent.blocks.empty())
        throw DesignError("LWP searches the connections of dense blocks, and this design has none");
    const auto chains = sliceChains(parent);
    DecisionSpace space;
    for (std::size_t b = 0; b < parent.blocks.size(); ++b) {
        const ResolvedBlock &r = parent.blocks[b].connectivity;
        for (int t = 1; t <= r.layers + 1; ++t) {
            const SliceChain &chain = chains[b][std::size_t(t)];
            const bool dropped = t <= r.layers && !r.kept[std::size_t(t)];
            if (!dropped && chain.sources.size() > 1 && !(chain.sliceable && chain.concatNode >= 0)) {
                const std::string what = t == r.layers + 1 ? "the block output" : "layer " + std::to_string(t);
                throw DesignError("block " + std::to_string(b + 1) + " (stage " + std::to_string(parent.blocks[b].stage + 1)
                                  + "): " + what + " is not read by a single convolution or linear layer, so its "
                                  + "sources cannot be dropped; put a transition or the head after each dense block");
            }
        }
        for (int t = 1; t <= r.layers; ++t) {
            if (!r.kept[std::size_t(t)])
                continue;
            DecisionLayer d;
            d.block = int(b);
            d.layer = t;
            d.inParent.assign(std::size_t(t), false);
            for (const int s : r.inputs[std::size_t(t)]) {
                d.inParent[std::size_t(s)] = true;
                ++space.parentConnections;
            }
            space.maxCandidates = std::max(space.maxCandidates, t);
            space.layers.push_back(std::move(d));
        }
    }
    return space;
}

ConnectionMask maskFromActions(const LayerGraph &parent, const DecisionSpace &space,
                               const std::vector<std::vector<bool>> &actions)
{
    if (actions.size() != space.layers.size())
        throw std::invalid_argument("LWP: " + std::to_string(actions.size()) + " decisions for "
                                    + std::to_string(space.layers.size()) + " layers");
    ConnectionMask mask = connectionMaskOf(parent);
    for (std::size_t k = 0; k < space.layers.size(); ++k) {
        const DecisionLayer &d = space.layers[k];
        auto &row = mask.keep[std::size_t(d.block)][std::size_t(d.layer)];
        for (std::size_t j = 0; j < row.size(); ++j)
            row[j] = d.inParent[j] && j < actions[k].size() && actions[k][j];
    }
    return mask;
}

bool hasBlockOutputs(const LayerGraph &parent, const ConnectionMask &mask)
{
    return resolveMask(parent, mask).blocksWithoutOutput.empty();
}

} // namespace denselab::search
