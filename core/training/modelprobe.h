// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Torch-free entry to "does this design build and run as a LibTorch module?" (the CLI's
// `model` command), so that no torch header reaches the CLI's sources.

#include "design/design.h"

#include <cstdint>
#include <vector>

namespace denselab::training {

struct ModelProbe {
    std::int64_t params = 0;            ///< parameters of the built module, counted by LibTorch
    std::vector<std::int64_t> output;   ///< shape of the logits for a batch of zeros
};

/// Builds the module of `design` and runs one forward pass on `batch` zero images, on every
/// core. Throws DesignError for a design that does not compile, whose weights would take more
/// than half of this machine's memory, or whose module cannot be built or run (one line, no
/// LibTorch backtrace).
ModelProbe probeModel(const Design &design, int batch);

} // namespace denselab::training
