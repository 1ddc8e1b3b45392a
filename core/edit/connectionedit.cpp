// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionedit.h"

#include "topology/connectivity.h"
#include "topology/resolvedblock.h"

#include <algorithm>

namespace denselab {

bool ruleConnects(const DenseBlockSpec &effective, int target, int source)
{
    if (target == effective.layers + 1) {
        const std::vector<int> out = ruleOutputSources(effective);
        return std::find(out.begin(), out.end(), source) != out.end();
    }
    const std::vector<int> in = ruleInputs(effective.connectivity, target);
    return std::find(in.begin(), in.end(), source) != in.end();
}

void setConnection(DenseBlockSpec &spec, const DenseBlockSpec &effective, int target, int source, bool connected)
{
    if (target < 1 || target > spec.layers + 1 || source < 0 || source >= target)
        return;
    auto &overrides = spec.overrides;
    overrides.erase(std::remove_if(overrides.begin(), overrides.end(),
                                   [&](const ConnectionOverride &o) { return o.target == target && o.source == source; }),
                    overrides.end());
    if (ruleConnects(effective, target, source) != connected)
        overrides.push_back({target, source, connected});
}

DenseBlockSpec adaptBlockEdit(const DenseBlockSpec &before, const DenseBlockSpec &effectiveBefore, DenseBlockSpec after)
{
    auto &custom = after.connectivity.custom;
    if (after.connectivity.rule == ConnectivityRule::Custom && before.connectivity.rule != ConnectivityRule::Custom) {
        custom = ruleConnectivity(effectiveBefore.connectivity, before.layers);
        std::vector<ConnectionOverride> outputRow;
        for (const ConnectionOverride &o : before.overrides) {
            if (o.target <= before.layers) {
                auto &sources = custom[static_cast<std::size_t>(o.target - 1)];
                const auto it = std::find(sources.begin(), sources.end(), o.source);
                if (o.connected && it == sources.end())
                    sources.push_back(o.source);
                else if (!o.connected && it != sources.end())
                    sources.erase(it);
                std::sort(sources.begin(), sources.end());
            } else {
                outputRow.push_back(o);
            }
        }
        after.overrides = outputRow;
    }
    if (after.layers != before.layers) {
        if (after.connectivity.rule == ConnectivityRule::Custom) {
            const auto oldSize = static_cast<int>(custom.size());
            custom.resize(static_cast<std::size_t>(after.layers));
            for (int i = oldSize + 1; i <= after.layers; ++i) {
                auto &sources = custom[static_cast<std::size_t>(i - 1)];
                sources.clear();
                for (int s = 0; s < i; ++s)
                    sources.push_back(s);
            }
        }
        std::vector<ConnectionOverride> kept;
        for (ConnectionOverride o : after.overrides) {
            if (o.target == before.layers + 1)
                o.target = after.layers + 1;   // the output row moves with the depth
            if (o.target <= after.layers + 1 && o.source < o.target && o.source <= after.layers)
                kept.push_back(o);
        }
        after.overrides = kept;
    }
    return after;
}

std::vector<int> denseBlockStages(const Design &design)
{
    std::vector<int> stages;
    for (std::size_t i = 0; i < design.stages.size(); ++i) {
        if (std::holds_alternative<DenseBlockSpec>(design.stages[i]))
            stages.push_back(static_cast<int>(i));
    }
    return stages;
}

Design denseCounterpart(const Design &design)
{
    Design dense = design;
    dense.name = design.name + " (dense)";
    dense.channelThreshold.enabled = false;
    dense.widths.clear();   // full density, full width: pruned widths belong to the pruned design
    for (Stage &stage : dense.stages) {
        if (auto *block = std::get_if<DenseBlockSpec>(&stage)) {
            block->connectivity.rule = ConnectivityRule::Dense;
            block->connectivity.custom.clear();
            block->overrides.clear();
            block->output = BlockOutput::AllLayers;
            block->keepBase = false;
        }
    }
    return dense;
}

} // namespace denselab
