// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// LibTorch side of core: include only from torch targets.

#include <torch/nn/module.h>

namespace denselab::nn {

/// torchvision's DenseNet initialization, for every model we train: Kaiming-normal conv
/// weights, BN weight 1 and bias 0, linear bias 0. Draws from torch's global generator, so
/// seed it first (torch::manual_seed) for a repeatable run.
void initializeWeights(torch::nn::Module &model);

/// Stores every 4-D parameter in channels-last (NHWC) order, for tensor-core convolutions.
void toChannelsLast(torch::nn::Module &model);

} // namespace denselab::nn
