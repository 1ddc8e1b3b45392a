// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// LibTorch side of core: include only from torch targets.

#include <torch/types.h>

namespace denselab::nn {

/// avg_pool2d (square `kernel` and `stride`, no padding) whose backward keeps only its input's
/// shape, type and layout, not the input: an average's gradient does not depend on the values
/// averaged, yet ATen's autograd node holds the whole input until backward. The fast engine
/// pools a transition's full-resolution activation with it (FastPlan::convAfterPool), which is
/// then freed as soon as it has been pooled.
torch::Tensor averagePoolKeepingShapeOnly(const torch::Tensor &x, int kernel, int stride);

} // namespace denselab::nn
