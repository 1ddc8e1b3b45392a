// SPDX-License-Identifier: GPL-3.0-or-later
#include "blockmatrix.h"

#include "edit/connectionedit.h"

#include <algorithm>

namespace denselab {

bool BlockMatrix::isConnected(int target, int source) const
{
    return validCell(target, source) && connected[static_cast<std::size_t>(target)][static_cast<std::size_t>(source)];
}

bool BlockMatrix::isOverridden(int target, int source) const
{
    return validCell(target, source) && overridden[static_cast<std::size_t>(target)][static_cast<std::size_t>(source)];
}

int BlockMatrix::connectionCount() const
{
    int count = 0;
    for (int t = 1; t <= layers; ++t) {
        for (int s = 0; s < t; ++s)
            count += connected[static_cast<std::size_t>(t)][static_cast<std::size_t>(s)];
    }
    return count;
}

BlockMatrix blockMatrix(const CompiledBlock &block, const DenseBlockSpec &effective)
{
    const ResolvedBlock &r = block.connectivity;
    BlockMatrix m;
    m.stage = block.stage;
    m.layers = r.layers;
    m.rule = block.rule;
    m.widths = r.widths;
    m.kept = r.kept;
    m.maxWidth = std::max(1, *std::max_element(r.widths.begin(), r.widths.end()));
    const auto rows = static_cast<std::size_t>(r.layers) + 2;
    m.regions.assign(rows, RuleRegion::Dense);
    m.connected.assign(rows, {});
    m.overridden.assign(rows, {});
    for (int t = 1; t <= r.layers + 1; ++t) {
        const auto row = static_cast<std::size_t>(t);
        m.connected[row].assign(static_cast<std::size_t>(t), 0);
        m.overridden[row].assign(static_cast<std::size_t>(t), 0);
        if (t <= r.layers)
            m.regions[row] = ruleRegion(effective.connectivity, t);
        for (int s = 0; s < t; ++s) {
            // A dropped layer's row stays empty; its rule cells show as overrides only if the user made them.
            const bool on = r.connected(t, s) && (t > r.layers || r.kept[row]);
            m.connected[row][static_cast<std::size_t>(s)] = on;
        }
    }
    for (const ConnectionOverride &o : effective.overrides) {
        if (m.validCell(o.target, o.source) && ruleConnects(effective, o.target, o.source) != o.connected)
            m.overridden[static_cast<std::size_t>(o.target)][static_cast<std::size_t>(o.source)] = 1;
    }
    const ConnectivityRule rule = effective.connectivity.rule;
    if (rule == ConnectivityRule::ThresholdAB || rule == ConnectivityRule::ThresholdBC)
        m.thresholdLayer = std::clamp(effective.connectivity.threshold, 0, r.layers);
    return m;
}

} // namespace denselab
