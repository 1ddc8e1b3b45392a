// SPDX-License-Identifier: GPL-3.0-or-later
#include "layerseries.h"

#include <map>
#include <utility>

namespace denselab {

LayerSeries blockLayerSeries(const LayerGraph &graph, const CostReport &report)
{
    LayerSeries series;
    std::map<std::pair<int, int>, std::size_t> pointOf;   // (stage, layer) -> point
    for (std::size_t b = 0; b < graph.blocks.size(); ++b) {
        const CompiledBlock &block = graph.blocks[b];
        series.blockStart.push_back(static_cast<int>(series.layer.size()));
        for (int i = 1; i <= block.connectivity.layers; ++i) {
            if (!block.connectivity.kept[static_cast<std::size_t>(i)])
                continue;
            pointOf[{block.stage, i}] = series.layer.size();
            series.block.push_back(static_cast<int>(b));
            series.layer.push_back(i);
            series.inputChannels.push_back(block.connectivity.inputChannels(i));
            series.designedInputChannels.push_back(series.inputChannels.back());
            series.memReadWrite.push_back(0);
            series.cio.push_back(0);
        }
    }
    std::vector<bool> seen(series.layer.size(), false);
    for (std::size_t n = 0; n < graph.nodes.size(); ++n) {
        const Node &node = graph.nodes[n];
        if (node.blockLayer < 0)
            continue;
        const auto it = pointOf.find({node.stage, node.blockLayer});
        if (it == pointOf.end())
            continue;
        if (!seen[it->second]) {   // the layer's first node: its concatenation, or what reads its lone source
            seen[it->second] = true;
            series.designedInputChannels[it->second] =
                node.op == OpKind::Concat ? node.designedChannels
                                          : graph.nodes[static_cast<std::size_t>(node.inputs.front())].designedChannels;
        }
        series.memReadWrite[it->second] += report.perNode[n].memReadWriteBytes();
        series.cio[it->second] += report.perNode[n].cioElements;
    }
    return series;
}

LayerComparison inputChannelsAgainst(const LayerGraph &parent, const LayerGraph &child)
{
    LayerComparison c;
    for (std::size_t b = 0; b < parent.blocks.size(); ++b) {
        const ResolvedBlock &p = parent.blocks[b].connectivity;
        const ResolvedBlock *k = b < child.blocks.size() ? &child.blocks[b].connectivity : nullptr;
        for (int i = 1; i <= p.layers; ++i) {
            if (!p.kept[static_cast<std::size_t>(i)])
                continue;
            c.labels.push_back(std::to_string(b + 1) + "." + std::to_string(i));
            c.parent.push_back(p.inputChannels(i));
            const bool kept = k && i <= k->layers && k->kept[static_cast<std::size_t>(i)];
            c.child.push_back(kept ? k->inputChannels(i) : 0);
        }
    }
    return c;
}

} // namespace denselab
