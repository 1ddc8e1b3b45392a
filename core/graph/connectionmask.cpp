// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionmask.h"

#include <stdexcept>
#include <string>

namespace denselab {

ConnectionMask connectionMaskOf(const LayerGraph &graph)
{
    ConnectionMask mask;
    for (const CompiledBlock &block : graph.blocks) {
        const ResolvedBlock &r = block.connectivity;
        std::vector<std::vector<bool>> rows(static_cast<std::size_t>(r.layers) + 2);
        for (int t = 1; t <= r.layers + 1; ++t) {
            auto &row = rows[static_cast<std::size_t>(t)];
            row.assign(static_cast<std::size_t>(t), false);
            for (int s = 0; s < t; ++s)
                row[static_cast<std::size_t>(s)] = r.connected(t, s);
        }
        mask.keep.push_back(std::move(rows));
    }
    return mask;
}

int maskConnections(const ConnectionMask &mask)
{
    int total = 0;
    for (const auto &block : mask.keep)
        for (std::size_t t = 1; t + 1 < block.size(); ++t)   // the output row is not counted
            for (const bool k : block[t])
                total += k ? 1 : 0;
    return total;
}

ResolvedMask resolveMask(const LayerGraph &graph, const ConnectionMask &mask)
{
    if (mask.keep.size() != graph.blocks.size())
        throw std::invalid_argument("connection mask has " + std::to_string(mask.keep.size()) + " blocks, the network has "
                                    + std::to_string(graph.blocks.size()));
    ResolvedMask result;
    result.mask = mask;
    for (std::size_t b = 0; b < graph.blocks.size(); ++b) {
        const ResolvedBlock &r = graph.blocks[b].connectivity;
        auto &rows = result.mask.keep[b];
        const std::string where = "connection mask, block " + std::to_string(b + 1);
        if (rows.size() != static_cast<std::size_t>(r.layers) + 2)
            throw std::invalid_argument(where + ": expected rows for targets 1.." + std::to_string(r.layers + 1));
        std::vector<bool> alive(static_cast<std::size_t>(r.layers) + 1, true);
        for (int t = 1; t <= r.layers + 1; ++t) {
            auto &row = rows[static_cast<std::size_t>(t)];
            if (row.size() != static_cast<std::size_t>(t))
                throw std::invalid_argument(where + ", target " + std::to_string(t) + ": expected " + std::to_string(t)
                                            + " sources, got " + std::to_string(row.size()));
            const bool output = t == r.layers + 1;
            bool any = false;
            for (int s = 0; s < t; ++s) {
                if (!row[static_cast<std::size_t>(s)])
                    continue;
                if (!r.connected(t, s) || (!output && !r.kept[static_cast<std::size_t>(t)]))
                    throw std::invalid_argument(where + ": connection " + std::to_string(s) + " -> " + std::to_string(t)
                                                + " is not in the supernet");
                if (!alive[static_cast<std::size_t>(s)])
                    row[static_cast<std::size_t>(s)] = false;   // its source was dropped
                else
                    any = true;
            }
            if (output) {
                if (!any)
                    result.blocksWithoutOutput.push_back(int(b));
            } else if (!any) {
                alive[static_cast<std::size_t>(t)] = false;
                if (r.kept[static_cast<std::size_t>(t)])
                    ++result.droppedLayers;   // layers the supernet itself lacks are not the mask's doing
            }
        }
        result.alive.push_back(std::move(alive));
    }
    return result;
}

} // namespace denselab
