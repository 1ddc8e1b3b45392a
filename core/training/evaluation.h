// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// LibTorch side of training: include only from torch targets.

#include "batchloader.h"
#include "trainingconfig.h"

#include "graph/connectionmask.h"

#include <torch/nn/module.h>

#include <functional>
#include <optional>

namespace denselab::training {

struct Evaluation {
    double loss = 0.0;      ///< mean cross-entropy per image
    double top1 = 0.0;      ///< 0..1
    double top5 = 0.0;      ///< 0..1; top-k with k = min(5, classes)
    std::int64_t images = 0;
};

/// Loss and top-1/top-5 accuracy of `model` (switched to eval mode) on `set`, in order,
/// without augmentation, feeding channels-last batches when `channelsLast` (as the model's
/// weights are stored). With `mask`, the child it selects from the network is evaluated.
/// Checks `stop` between batches and returns nullopt when it fires.
std::optional<Evaluation> evaluate(torch::nn::Module &model, const data::ImageSet &set,
                                   const BatchTransform &transform, int batchSize, const torch::Device &device,
                                   Precision precision, bool channelsLast, const std::function<bool()> &stop,
                                   const ConnectionMask *mask = nullptr);

} // namespace denselab::training
