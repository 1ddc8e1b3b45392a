// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "design/design.h"

#include <string>
#include <vector>

namespace denselab::training {

/// Whether a design can be trained on a dataset, decided before a run starts (no run folder,
/// no dataset read): the design is adapted to the images as the run would adapt it and
/// compiled. When it cannot be built, `fixes` lists the changes that were tried and do build,
/// in the order a user would try them.
struct RunFit {
    std::string problem;                ///< the compiler's message; empty when the run fits
    std::vector<std::string> fixes;     ///< e.g. "resize the images to 3x224x224"
    bool ok() const { return problem.empty(); }
};

/// `images`: the dataset's image shape; `resizeImages`: the run resizes the images to the
/// design's input instead of adapting the design's input to them.
RunFit checkRunFit(const Design &design, const InputShape &images, int classes, bool resizeImages);

} // namespace denselab::training
