// SPDX-License-Identifier: GPL-3.0-or-later
#include "runfit.h"

#include "design/designerror.h"
#include "edit/stemedit.h"
#include "graph/compiler.h"
#include "presets/presets.h"

namespace denselab::training {
namespace {

std::string shapeText(const InputShape &s)
{
    return std::to_string(s.channels) + "x" + std::to_string(s.height) + "x" + std::to_string(s.width);
}

/// The design as the run would train it (see prepareData).
Design adapted(Design design, const InputShape &images, int classes, bool resizeImages)
{
    retarget(design, resizeImages ? design.input : images, classes);
    return design;
}

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

RunFit checkRunFit(const Design &design, const InputShape &images, int classes, bool resizeImages)
{
    RunFit fit;
    fit.problem = compileProblem(adapted(design, images, classes, resizeImages));
    if (fit.ok())
        return fit;

    // 1. Keep the design's input and resize the images to it.
    if (!resizeImages && !(design.input == images) && compileProblem(adapted(design, images, classes, true)).empty())
        fit.fixes.push_back("resize the images to the design's input " + shapeText(design.input)
                            + " (\"Resize images\")");

    // 2. The small-input (CIFAR) stem: one 3x3 convolution, no down-sampling, same width.
    if (design.stem.kind == StemKind::ImageNet || design.stem.kind == StemKind::TwoConv) {
        Design small = design;
        small.stem = stemOfKind(design.stem, StemKind::Cifar);
        if (compileProblem(adapted(small, images, classes, resizeImages)).empty())
            fit.fixes.push_back("choose the small-input stem (one 3x3 convolution, no down-sampling) on the Network tab");
    }

    // 3. Fewer stages: the deepest prefix of the stages that still has room to down-sample.
    for (std::size_t keep = design.stages.size(); keep-- > 1;) {
        Design shorter = design;
        shorter.stages.resize(keep);
        if (compileProblem(adapted(shorter, images, classes, resizeImages)).empty()) {
            fit.fixes.push_back("remove the last " + std::to_string(design.stages.size() - keep) + " of "
                                + std::to_string(design.stages.size()) + " stages");
            break;
        }
    }
    return fit;
}

} // namespace denselab::training
