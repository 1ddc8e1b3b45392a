// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectivity.h"

#include "harmonic.h"

#include <algorithm>

namespace denselab {
namespace {

std::vector<int> allPrevious(int layer)
{
    std::vector<int> sources(static_cast<std::size_t>(layer));
    for (int s = 0; s < layer; ++s)
        sources[static_cast<std::size_t>(s)] = s;
    return sources;
}

// Liu & Zeng's SparseNet as quoted in ThresholdNet eq. (1): dense until the layer has more than
// n+1 candidates, then the n/2+1 farthest maps (0..n/2) and the n/2 nearest ones.
std::vector<int> sparseKeep(int layer, int n)
{
    const int half = std::max(0, n / 2);
    std::vector<int> sources;
    for (int s = 0; s < layer; ++s) {
        if (s <= half || s >= layer - half)
            sources.push_back(s);
    }
    return sources;
}

// ThresholdNet's harmonic part above T. `stated`: eq. (3) read as HarDNet's harmonic set.
// `printed`: the sets Tables I-III print for even layers, i.e. Log-DenseNet offsets.
std::vector<int> thresholdHarmonic(int layer, HarmonicStyle style)
{
    if (layer % 2 == 1)
        return {layer - 1};
    return style == HarmonicStyle::Stated ? harmonicLinks(layer) : logDenseLinks(layer);
}

} // namespace

std::vector<int> ruleInputs(const ConnectivitySpec &spec, int layer)
{
    switch (spec.rule) {
    case ConnectivityRule::Dense:
        return allPrevious(layer);
    case ConnectivityRule::Harmonic:
        return harmonicLinks(layer);
    case ConnectivityRule::LogDense:
        return logDenseLinks(layer);
    case ConnectivityRule::SparseKeep:
        return sparseKeep(layer, spec.keep);
    case ConnectivityRule::ThresholdAB:
        return layer > spec.threshold ? thresholdHarmonic(layer, spec.harmonicStyle) : allPrevious(layer);
    case ConnectivityRule::ThresholdBC:
        // "Sparse dense" below the threshold keeps q = T/4 maps at each end: sparse-keep(n = T/2).
        return layer > spec.threshold ? thresholdHarmonic(layer, spec.harmonicStyle)
                                      : sparseKeep(layer, 2 * (spec.threshold / 4));
    case ConnectivityRule::Custom:
        if (layer >= 1 && static_cast<std::size_t>(layer) <= spec.custom.size())
            return spec.custom[static_cast<std::size_t>(layer - 1)];
        return {};
    }
    return {};
}

std::vector<std::vector<int>> ruleConnectivity(const ConnectivitySpec &spec, int layers)
{
    std::vector<std::vector<int>> inputs;
    inputs.reserve(static_cast<std::size_t>(std::max(0, layers)));
    for (int layer = 1; layer <= layers; ++layer)
        inputs.push_back(ruleInputs(spec, layer));
    return inputs;
}

bool usesHarmonicWidth(const ConnectivitySpec &spec, int layer, double multiplier)
{
    switch (spec.rule) {
    case ConnectivityRule::Harmonic:
        return true;
    case ConnectivityRule::ThresholdAB:
    case ConnectivityRule::ThresholdBC:
        return layer > spec.threshold;
    case ConnectivityRule::Custom:
        return multiplier != 1.0;
    default:
        return false;
    }
}

int layerWidth(const ConnectivitySpec &spec, int layer, int growth, double multiplier)
{
    return usesHarmonicWidth(spec, layer, multiplier) ? harmonicWidth(layer, growth, multiplier) : growth;
}

RuleRegion ruleRegion(const ConnectivitySpec &spec, int layer)
{
    switch (spec.rule) {
    case ConnectivityRule::Dense:
        return RuleRegion::Dense;
    case ConnectivityRule::Harmonic:
    case ConnectivityRule::LogDense:
        return RuleRegion::Harmonic;
    case ConnectivityRule::SparseKeep:
        return RuleRegion::Sparse;
    case ConnectivityRule::ThresholdAB:
        return layer > spec.threshold ? RuleRegion::Harmonic : RuleRegion::Dense;
    case ConnectivityRule::ThresholdBC:
        return layer > spec.threshold ? RuleRegion::Harmonic : RuleRegion::Sparse;
    case ConnectivityRule::Custom:
        return RuleRegion::Custom;
    }
    return RuleRegion::Custom;
}

} // namespace denselab
