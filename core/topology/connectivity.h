// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "design/design.h"

#include <vector>

namespace denselab {

/// The sources a connectivity rule gives layer `layer` (1-based) of a block; 0 is the block
/// input. Pure function of the rule's parameters; per-cell overrides are applied elsewhere
/// (resolveBlock). Sources come in the order the reference code concatenates them: ascending
/// for dense and sparse rules, nearest first for harmonic and log-dense sets.
/// For Custom, returns the stored list as is (validated by resolveBlock); empty if missing.
std::vector<int> ruleInputs(const ConnectivitySpec &spec, int layer);

/// ruleInputs for layers 1..layers; element 0 of the result is layer 1.
std::vector<std::vector<int>> ruleConnectivity(const ConnectivitySpec &spec, int layers);

/// Whether the rule weights layer `layer` like HarDNet (k * m^v, even-rounded) rather than
/// giving it k channels: harmonic layers, threshold layers above T, and custom blocks whose
/// multiplier is not 1.
bool usesHarmonicWidth(const ConnectivitySpec &spec, int layer, double multiplier);

/// Output channels of layer `layer` under the rule's channel weighting.
int layerWidth(const ConnectivitySpec &spec, int layer, int growth, double multiplier);

/// Which part of a rule produced a connection, for shading the matrix editor.
enum class RuleRegion { Dense, Sparse, Harmonic, Custom };
RuleRegion ruleRegion(const ConnectivitySpec &spec, int layer);

} // namespace denselab
