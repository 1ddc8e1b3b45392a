// SPDX-License-Identifier: GPL-3.0-or-later
#include "runfit.h"

#include "design/designerror.h"
#include "edit/stemedit.h"
#include "graph/compiler.h"
#include "presets/presets.h"

namespace denselab::training {
namespace {

/// Empty when `design` compiles, else the compiler's message.
std::string compileProblem(const Design &design)
{
    try {
        compile(design);
        return {};
    } catch (const DesignError &e) {
        return e.what();
    }
}

} // namespace

Design adaptedToImages(Design design, const InputShape &images, int classes, bool resizeImages)
{
    retarget(design, resizeImages ? design.input : images, classes);
    return design;
}

RunFit checkRunFit(const Design &design, const InputShape &images, int classes, bool resizeImages)
{
    RunFit fit;
    fit.problem = compileProblem(adaptedToImages(design, images, classes, resizeImages));
    if (fit.ok())
        return fit;

    // 1. Keep the design's input and resize the images to it.
    if (!resizeImages && !(design.input == images) && compileProblem(adaptedToImages(design, images, classes, true)).empty())
        fit.fixes.push_back({RunFix::Kind::ResizeImages, design.input});

    // 2. The small-input (CIFAR) stem: one 3x3 convolution, no down-sampling, same width.
    if (design.stem.kind == StemKind::ImageNet || design.stem.kind == StemKind::TwoConv) {
        Design small = design;
        small.stem = stemOfKind(design.stem, StemKind::Cifar);
        if (compileProblem(adaptedToImages(small, images, classes, resizeImages)).empty())
            fit.fixes.push_back({RunFix::Kind::SmallInputStem, {}});
    }

    // 3. Fewer stages: the deepest prefix of the stages that still has room to down-sample.
    for (std::size_t keep = design.stages.size(); keep-- > 1;) {
        Design shorter = design;
        shorter.stages.resize(keep);
        if (compileProblem(adaptedToImages(shorter, images, classes, resizeImages)).empty()) {
            fit.fixes.push_back({RunFix::Kind::FewerStages, {}, int(design.stages.size() - keep), int(design.stages.size())});
            break;
        }
    }
    return fit;
}

} // namespace denselab::training
