// SPDX-License-Identifier: GPL-3.0-or-later
#include "childdesign.h"

#include "cost/costmodel.h"
#include "edit/connectionedit.h"
#include "graph/compiler.h"

namespace denselab::search {

Design childDesign(const Design &parent, const LayerGraph &parentGraph, const ConnectionMask &mask)
{
    const ResolvedMask resolved = resolveMask(parentGraph, mask);
    Design child = parent;
    for (std::size_t b = 0; b < parentGraph.blocks.size(); ++b) {
        const CompiledBlock &compiled = parentGraph.blocks[b];
        const std::size_t stage = std::size_t(compiled.stage);
        auto &spec = std::get<DenseBlockSpec>(child.stages[stage]);
        const DenseBlockSpec effective = effectiveBlock(parent, spec, compiled.designedInputChannels);
        const auto &rows = resolved.mask.keep[b];
        const ResolvedBlock &r = compiled.connectivity;
        bool outputNarrowed = false;
        for (int t = 1; t <= r.layers + 1; ++t) {
            for (int s = 0; s < t; ++s) {
                const bool keep = rows[std::size_t(t)][std::size_t(s)];
                if (keep != r.connected(t, s) || keep != ruleConnects(effective, t, s))
                    setConnection(spec, effective, t, s, keep);
                outputNarrowed = outputNarrowed || (t == r.layers + 1 && r.connected(t, s) && !keep);
            }
        }
        if (!outputNarrowed || stage + 1 >= child.stages.size())
            continue;
        if (auto *transition = std::get_if<TransitionSpec>(&child.stages[stage + 1]); transition && transition->width == 0) {
            const std::string conv = "stage" + std::to_string(stage + 2) + ".conv";
            for (const Node &node : parentGraph.nodes)
                if (node.name == conv)
                    transition->width = node.designedChannels;
        }
    }
    return child;
}

ChildCost childCost(const Design &parent, const LayerGraph &parentGraph, const Cost &parentCost,
                    const ConnectionMask &mask)
{
    ChildCost c;
    const LayerGraph graph = compile(childDesign(parent, parentGraph, mask));
    c.child = computeCosts(graph).total;
    c.eta = parentCost.macs > 0 ? double(c.child.macs) / double(parentCost.macs) : 1.0;
    for (const CompiledBlock &block : graph.blocks)
        c.droppedLayers += int(block.connectivity.droppedLayers.size());
    return c;
}

} // namespace denselab::search
