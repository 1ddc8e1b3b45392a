// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionmask.h"

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

} // namespace denselab
