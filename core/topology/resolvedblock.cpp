// SPDX-License-Identifier: GPL-3.0-or-later
#include "resolvedblock.h"

#include "connectivity.h"
#include "design/designerror.h"
#include "design/designlimits.h"

#include <algorithm>
#include <cstdint>

namespace denselab {

int ResolvedBlock::inputChannels(int layer) const
{
    int channels = 0;
    for (const int s : inputs[static_cast<std::size_t>(layer)])
        channels += widths[static_cast<std::size_t>(s)];
    return channels;
}

int ResolvedBlock::outputChannels() const
{
    int channels = 0;
    for (const int s : outputSources)
        channels += widths[static_cast<std::size_t>(s)];
    return channels;
}

int ResolvedBlock::connections() const
{
    int total = 0;
    for (int i = 1; i <= layers; ++i) {
        if (kept[static_cast<std::size_t>(i)])
            total += static_cast<int>(inputs[static_cast<std::size_t>(i)].size());
    }
    return total;
}

bool ResolvedBlock::connected(int target, int source) const
{
    const std::vector<int> &list = target == layers + 1 ? outputSources : inputs[static_cast<std::size_t>(target)];
    return std::find(list.begin(), list.end(), source) != list.end();
}

namespace {

// Far beyond any real network; keeps channel sums comfortably inside int.

} // namespace

std::vector<int> ruleOutputSources(const DenseBlockSpec &spec)
{
    std::vector<int> sources;
    for (int i = 0; i <= spec.layers; ++i) {
        const bool take = spec.output == BlockOutput::AllLayers
            ? true
            : (i == 0 ? spec.keepBase : (i % 2 == 1 || i == spec.layers));
        if (take)
            sources.push_back(i);
    }
    return sources;
}

namespace {

void checkSources(const std::vector<int> &sources, int target, const std::string &where, const char *what)
{
    std::vector<bool> seen(static_cast<std::size_t>(std::max(target, 0)), false);
    for (const int s : sources) {
        if (s < 0 || s >= target) {
            throw DesignError(where + ", layer " + std::to_string(target) + ": " + what + " source "
                              + std::to_string(s) + " is not an earlier layer (allowed 0.."
                              + std::to_string(target - 1) + "; a forward reference)");
        }
        // Concatenated twice otherwise, and past the connection limit's L(L+1)/2 (#15).
        if (seen[static_cast<std::size_t>(s)])
            throw DesignError(where + ", layer " + std::to_string(target) + ": " + what + " source "
                              + std::to_string(s) + " is listed twice");
        seen[static_cast<std::size_t>(s)] = true;
    }
}

void applyOverride(std::vector<int> &sources, const ConnectionOverride &o)
{
    const auto it = std::find(sources.begin(), sources.end(), o.source);
    if (o.connected && it == sources.end()) {
        sources.push_back(o.source);
        std::sort(sources.begin(), sources.end());
    } else if (!o.connected && it != sources.end()) {
        sources.erase(it);
    }
}

} // namespace

ResolvedBlock resolveBlock(const DenseBlockSpec &spec, int inputChannels, const std::string &where)
{
    if (spec.layers < 1 || spec.layers > kMaxBlockLayers)
        throw DesignError(where + ": depth must be 1.." + std::to_string(kMaxBlockLayers) + " layers (got "
                          + std::to_string(spec.layers) + ")");
    if (spec.growth < 1)
        throw DesignError(where + ": growth rate must be positive (got " + std::to_string(spec.growth) + ")");
    if (spec.multiplier <= 0.0)
        throw DesignError(where + ": HarDNet multiplier must be positive");
    if (spec.connectivity.rule == ConnectivityRule::Custom
        && spec.connectivity.custom.size() != static_cast<std::size_t>(spec.layers)) {
        throw DesignError(where + ": custom connectivity lists " + std::to_string(spec.connectivity.custom.size())
                          + " layers but the block has " + std::to_string(spec.layers));
    }

    const auto n = static_cast<std::size_t>(spec.layers) + 1;
    ResolvedBlock block;
    block.layers = spec.layers;
    block.inputs.resize(n);
    block.widths.resize(n);
    block.kept.assign(n, true);
    block.widths[0] = inputChannels;
    for (int i = 1; i <= spec.layers; ++i) {
        block.inputs[static_cast<std::size_t>(i)] = ruleInputs(spec.connectivity, i);
        checkSources(block.inputs[static_cast<std::size_t>(i)], i, where, "custom");
        const int width = layerWidth(spec.connectivity, i, spec.growth, spec.multiplier);
        if (width < 1 || width > kMaxChannels) {
            throw DesignError(where + ", layer " + std::to_string(i) + ": width " + std::to_string(width)
                              + " is outside 1.." + std::to_string(kMaxChannels));
        }
        block.widths[static_cast<std::size_t>(i)] = width;
    }
    block.outputSources = ruleOutputSources(spec);

    for (const ConnectionOverride &o : spec.overrides) {
        if (o.target < 1 || o.target > spec.layers + 1) {
            throw DesignError(where + ": override target " + std::to_string(o.target) + " is outside 1.."
                              + std::to_string(spec.layers + 1));
        }
        const int limit = o.target == spec.layers + 1 ? spec.layers + 1 : o.target;
        checkSources({o.source}, limit, where, "override");
        applyOverride(o.target == spec.layers + 1 ? block.outputSources : block.inputs[static_cast<std::size_t>(o.target)], o);
    }

    // Drop layers left without inputs, then everything that only they fed, until nothing changes
    // (LWP removes a layer whose keep bits are all zero).
    for (bool changed = true; changed;) {
        changed = false;
        for (int i = 1; i <= spec.layers; ++i) {
            auto &sources = block.inputs[static_cast<std::size_t>(i)];
            if (!block.kept[static_cast<std::size_t>(i)])
                continue;
            sources.erase(std::remove_if(sources.begin(), sources.end(),
                                         [&](int s) { return !block.kept[static_cast<std::size_t>(s)]; }),
                          sources.end());
            if (sources.empty()) {
                block.kept[static_cast<std::size_t>(i)] = false;
                block.droppedLayers.push_back(i);
                changed = true;
            }
        }
    }
    std::sort(block.droppedLayers.begin(), block.droppedLayers.end());
    auto &out = block.outputSources;
    out.erase(std::remove_if(out.begin(), out.end(), [&](int s) { return !block.kept[static_cast<std::size_t>(s)]; }),
              out.end());
    if (out.empty())
        throw DesignError(where + ": the block output has no connected layer");
    std::int64_t widest = 0;
    for (int i = 1; i <= spec.layers; ++i) {
        std::int64_t channels = 0;
        for (const int s : block.inputs[static_cast<std::size_t>(i)])
            channels += block.widths[static_cast<std::size_t>(s)];
        widest = std::max(widest, channels);
    }
    std::int64_t outChannels = 0;
    for (const int s : out)
        outChannels += block.widths[static_cast<std::size_t>(s)];
    if (std::max(widest, outChannels) > kMaxChannels) {
        throw DesignError(where + ": concatenations reach " + std::to_string(std::max(widest, outChannels))
                          + " channels (at most " + std::to_string(kMaxChannels) + ")");
    }
    return block;
}

} // namespace denselab
