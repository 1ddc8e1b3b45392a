// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "design/design.h"

#include <string>
#include <vector>

namespace denselab {

/// A dense-style block with its rule, overrides and dropped layers worked out: what the compiler
/// builds, the matrix editor draws and the cost model counts. Index 0 is the block input x_0.
struct ResolvedBlock {
    int layers = 0;
    std::vector<std::vector<int>> inputs;   ///< inputs[i]: sources of layer i (inputs[0] empty)
    std::vector<int> widths;                ///< widths[0] = C0, widths[i] = output channels of layer i
    std::vector<bool> kept;                 ///< kept[i]: false for a layer dropped for lack of inputs
    std::vector<int> outputSources;         ///< concatenated into the block output, ascending
    std::vector<int> droppedLayers;         ///< layers removed because no input was left (LWP)

    /// Concatenated input channels of layer i.
    int inputChannels(int layer) const;
    /// Channels of the block output.
    int outputChannels() const;
    /// Edges into kept layers, block-output edges not counted (DenseNet's L(L+1)/2, Huang et al. 2017).
    int connections() const;
    /// Whether source -> target is connected; target == layers + 1 asks about the output row.
    bool connected(int target, int source) const;
};

/// The sources the block's output takes before overrides: every layer (AllLayers) or the odd
/// ones and the last, plus x_0 when `keepBase` (OddAndLast), ascending.
std::vector<int> ruleOutputSources(const DenseBlockSpec &spec);

/// Works out a block from its spec with `inputChannels` = C0 channels coming in. `where` names
/// the block in error messages ("stage 3 (dense-block)"). Throws DesignError for a non-positive
/// depth or width, an override or custom source outside 0..target-1 (a forward reference) and
/// a block left with no output. Layers left without inputs are dropped and listed.
ResolvedBlock resolveBlock(const DenseBlockSpec &spec, int inputChannels, const std::string &where);

} // namespace denselab
