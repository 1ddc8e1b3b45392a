// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "design/design.h"
#include "layergraph.h"

namespace denselab {

/// Compiles a Design into the flat layer graph that both the cost model and the LibTorch
/// model builder consume, so a cost shown can never disagree with the model trained.
/// Pure and thread-agnostic. Throws DesignError naming the stage (and layer) for designs that
/// cannot be built: spatial size below 1, non-positive widths, forward references in a custom
/// matrix, a block without output, channel counts that do not split into units.
/// Layers left without inputs are dropped and reported in LayerGraph::warnings.
LayerGraph compile(const Design &design);

/// "stage 3 (dense-block)": how errors and warnings name a stage (1-based, as shown to users).
std::string describeStage(const Design &design, int stageIndex);

/// The rule and block output a dense block gets once the ThreshNet channel-threshold mechanism
/// (when enabled) has looked at its `inputChannels`.
DenseBlockSpec effectiveBlock(const Design &design, const DenseBlockSpec &block, int inputChannels);

} // namespace denselab
