// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "design/design.h"

#include <string>
#include <vector>

namespace denselab::training {

/// A change that makes a design trainable on a dataset it does not fit; the interface words it.
struct RunFix {
    enum class Kind {
        ResizeImages,     ///< resize the images to the design's input (`input`)
        SmallInputStem,   ///< the small-input stem (one 3x3 convolution, no down-sampling)
        FewerStages,      ///< drop the last `removeStages` of `stages` stages
    };
    Kind kind = Kind::ResizeImages;
    InputShape input;
    int removeStages = 0;
    int stages = 0;
};

/// Whether a design can be trained on a dataset, decided before a run starts (no run folder,
/// no dataset read): the design is adapted to the images as the run would adapt it and
/// compiled. When it cannot be built, `fixes` lists the changes that were tried and do build,
/// in the order a user would try them.
struct RunFit {
    std::string problem;                ///< the compiler's message; empty when the run fits
    std::vector<RunFix> fixes;
    bool ok() const { return problem.empty(); }
};

/// The design as a run trains it on images of `images` shape with `classes` classes: its input
/// follows the images unless they are resized to it; its classifier follows the classes.
Design adaptedToImages(Design design, const InputShape &images, int classes, bool resizeImages);

/// `images`: the dataset's image shape; `resizeImages`: the run resizes the images to the
/// design's input instead of adapting the design's input to them.
RunFit checkRunFit(const Design &design, const InputShape &images, int classes, bool resizeImages);

} // namespace denselab::training
