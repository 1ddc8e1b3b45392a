// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

namespace denselab::training {

/// How strongly each layer of a trained dense block uses each of its sources (seed LWP, Fig. 2
/// right): for target layer t and source s, the mean absolute weight of t's first convolution
/// over the input channels that come from s. No torch in this header.
struct BlockStrength {
    int stage = -1;                              ///< Design stage of the block
    int layers = 0;
    std::vector<std::vector<double>> strength;   ///< [t][s], t in 1..L; -1 where s does not feed t
    double maximum = 0.0;
};

/// Computes the strengths from a run's best checkpoint (else its last), on the CPU. Slow for
/// big networks (it builds the module and loads the weights): call it off the GUI thread.
/// Throws std::runtime_error naming the run directory or file when there is no usable checkpoint.
std::vector<BlockStrength> connectionStrength(const std::string &runDir);

} // namespace denselab::training
