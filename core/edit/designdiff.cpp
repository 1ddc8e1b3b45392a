// SPDX-License-Identifier: GPL-3.0-or-later
#include "designdiff.h"

#include <algorithm>

namespace denselab {
namespace {

// Every connected cell of a block (layer rows of kept layers, then the output row).
std::vector<MatrixCell> cellsOf(const ResolvedBlock &block, int rowsUpTo, int outputRow)
{
    std::vector<MatrixCell> cells;
    for (int t = 1; t <= std::min(rowsUpTo, block.layers); ++t) {
        if (!block.kept[static_cast<std::size_t>(t)])
            continue;
        for (const int s : block.inputs[static_cast<std::size_t>(t)])
            cells.emplace_back(t, s);
    }
    for (const int s : block.outputSources)
        cells.emplace_back(outputRow, s);
    std::sort(cells.begin(), cells.end());
    return cells;
}

} // namespace

std::vector<BlockDiff> diffBlocks(const LayerGraph &a, const LayerGraph &b)
{
    std::vector<BlockDiff> diffs;
    const std::size_t n = std::max(a.blocks.size(), b.blocks.size());
    for (std::size_t i = 0; i < n; ++i) {
        BlockDiff d;
        d.index = static_cast<int>(i);
        const CompiledBlock *ba = i < a.blocks.size() ? &a.blocks[i] : nullptr;
        const CompiledBlock *bb = i < b.blocks.size() ? &b.blocks[i] : nullptr;
        if (ba) {
            d.stageA = ba->stage;
            d.layersA = ba->connectivity.layers;
        }
        if (bb) {
            d.stageB = bb->stage;
            d.layersB = bb->connectivity.layers;
        }
        // Rows past the shorter depth exist in one block only: their cells count as only in
        // that one (removed when A is deeper, added when B is). The output rows share one index
        // (max + 1) so that "the output takes x_3" compares across depths.
        const int outputRow = std::max(d.layersA, d.layersB) + 1;
        const std::vector<MatrixCell> ca = ba ? cellsOf(ba->connectivity, d.layersA, outputRow) : std::vector<MatrixCell>{};
        const std::vector<MatrixCell> cb = bb ? cellsOf(bb->connectivity, d.layersB, outputRow) : std::vector<MatrixCell>{};
        std::set_difference(cb.begin(), cb.end(), ca.begin(), ca.end(), std::back_inserter(d.added));
        std::set_difference(ca.begin(), ca.end(), cb.begin(), cb.end(), std::back_inserter(d.removed));
        diffs.push_back(std::move(d));
    }
    return diffs;
}

Cost costDelta(const Cost &a, const Cost &b)
{
    Cost d;
    d.params = b.params - a.params;
    d.macs = b.macs - a.macs;
    d.madd = b.madd - a.madd;
    d.flops = b.flops - a.flops;
    d.memoryBytes = b.memoryBytes - a.memoryBytes;
    d.memReadBytes = b.memReadBytes - a.memReadBytes;
    d.memWriteBytes = b.memWriteBytes - a.memWriteBytes;
    d.cioElements = b.cioElements - a.cioElements;
    d.trafficBytes = b.trafficBytes - a.trafficBytes;
    d.activationBytes = b.activationBytes - a.activationBytes;
    d.connections = b.connections - a.connections;
    return d;
}

} // namespace denselab
