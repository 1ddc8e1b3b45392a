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
            series.memReadWrite.push_back(0);
            series.cio.push_back(0);
        }
    }
    for (std::size_t n = 0; n < graph.nodes.size(); ++n) {
        const Node &node = graph.nodes[n];
        if (node.blockLayer < 0)
            continue;
        const auto it = pointOf.find({node.stage, node.blockLayer});
        if (it == pointOf.end())
            continue;
        series.memReadWrite[it->second] += report.perNode[n].memReadWriteBytes();
        series.cio[it->second] += report.perNode[n].cioElements;
    }
    return series;
}

} // namespace denselab
