// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// LibTorch side of core: include only from torch targets.

#include <torch/nn/modules/conv.h>
#include <torch/types.h>

#include <vector>

namespace denselab::nn {

/// A source normalized with its batch statistics, once per step for every batch norm that
/// reads it. In a dense block a layer's output is read by each later layer's BN; in training all
/// of them normalize its channels with the same batch mean and variance, and differ only in
/// their weight and bias. Backward takes the sum of what all readers send back to `normalized`
/// and runs the statistics' backward once: BN's input gradient is linear in the gradient of the
/// normalized tensor, so this equals the sum of each reader's own BN backward.
struct NormalizedSource {
    torch::Tensor normalized;    ///< (x - mean) / sqrt(var + eps), differentiable w.r.t. x
    torch::Tensor mean;          ///< per channel, no gradient
    torch::Tensor unbiasedVar;   ///< per channel (n / (n - 1) times the batch variance), no gradient
    /// Where its readers' backward passes add the gradient of `normalized` (sized by the first of
    /// them, given back once the statistics' backward has read it). Readers hand autograd no
    /// gradient for `normalized` itself: the buffer replaces autograd's per-reader accumulation.
    torch::Tensor gradient;
};
NormalizedSource normalizeWithBatchStatistics(const torch::Tensor &x, double eps);

/// BN weight and bias and the activation over normalized sources, without concatenating them
/// (affineActivate), with a hand-written one-pass backward (affineActivateBackward).
torch::Tensor normActivate(const std::vector<NormalizedSource> &sources, const torch::Tensor &weight,
                           const torch::Tensor &bias, bool relu6);

/// BN (batch statistics) and activation over one source that no other BN reads: the
/// statistics are folded into the weight and bias (scale = weight / sqrt(var + eps), shift =
/// bias - mean * scale, as ATen's batch norm applies them), so forward is one statistics pass
/// and one affineActivate pass over the source itself, and backward one affineActivateBackward pass plus one addChannelAffine pass for
/// the statistics' share. `mean` and `unbiasedVar` are for the running statistics.
struct SingleNormActivation {
    torch::Tensor activated;
    torch::Tensor mean;
    torch::Tensor unbiasedVar;
};
SingleNormActivation normActivateSingle(const torch::Tensor &x, const torch::Tensor &weight, const torch::Tensor &bias,
                                        bool relu6, double eps);

/// The same followed by `conv`, keeping only the normalized sources for backward: the activated
/// tensor is made again there (one pass) instead of being held from forward to backward.
torch::Tensor normActivateConv(const std::vector<NormalizedSource> &sources, const torch::Tensor &weight,
                               const torch::Tensor &bias, bool relu6, const torch::nn::Conv2dImpl &conv, int stride,
                               int padding, int groups);

} // namespace denselab::nn
