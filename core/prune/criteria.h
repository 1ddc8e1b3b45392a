// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// LibTorch side of pruning: include only from torch targets.

#include "channelgroups.h"
#include "ranking.h"

#include "nn/graphmodule.h"

#include <functional>
#include <optional>
#include <utility>

namespace denselab::prune {

/// Mini-batches for the data-driven criteria: (input on the model's device, labels), nullopt at the end.
using BatchSource = std::function<std::optional<std::pair<torch::Tensor, torch::Tensor>>()>;

/// Scores every prunable group's channels of `model` (its graph is `map`'s) by `criterion`,
/// reading up to `batches` mini-batches for Taylor and Activation (eval mode, so batch-norm
/// statistics are left as they are). Coupled groups add their producers' scores. Random draws
/// from torch's generator (seed it first).
Scores scoreChannels(nn::GraphModuleImpl &model, const ChannelMap &map, Criterion criterion, const BatchSource &next,
                     int batches);

/// The module of `prunedGraph` (compiled from prunedDesign(..., removal)) with `model`'s weights
/// sliced to the channels that remain: conv filters and input channels, biases, batch-norm
/// affine parameters and running statistics, linear inputs. Surgery of our own graph, no
/// tracing. Throws std::invalid_argument when the graphs do not correspond.
nn::GraphModule pruneModule(const nn::GraphModuleImpl &model, const ChannelMap &map, const Removal &removal,
                            const LayerGraph &prunedGraph);

} // namespace denselab::prune
