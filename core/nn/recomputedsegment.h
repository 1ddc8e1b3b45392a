// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// LibTorch side of core: include only from torch targets.

#include <torch/nn/modules/batchnorm.h>
#include <torch/nn/modules/conv.h>
#include <torch/types.h>

#include <vector>

namespace denselab::nn {

/// The memory-efficient dense layer of Pleiss et al., "Memory-Efficient Implementation of
/// DenseNets" (2017, arXiv:1707.06990): the concatenation of a layer's sources and the
/// BN → ReLU → conv chain after it are computed without keeping their results for backward;
/// backward computes them again from the sources, which every later layer keeps anyway. What a
/// dense block holds for backward then grows with its depth, not with its depth squared.
/// Lifetime: `apply` hands autograd a pointer to this segment and the Op pointers point at the
/// module's own submodules. GraphModuleImpl builds its segments once, in its constructor, and
/// never replaces those submodules, so they are valid while the module lives; a loss must not
/// be back-propagated after its module is destroyed.
struct RecomputedSegment {
    struct Op {
        enum class Kind { Norm, ReLU, ReLU6, Conv } kind = Kind::ReLU;
        torch::nn::BatchNorm2dImpl *norm = nullptr;
        torch::nn::Conv2dImpl *conv = nullptr;
        int stride = 1;     ///< Conv: as the graph node has it
        int padding = 0;
        int groups = 1;
    };
    int concatNode = -1;    ///< the graph node the segment starts with
    int lastNode = -1;      ///< the node whose output it returns (a convolution)
    std::vector<int> nodes; ///< every node it covers, concat first
    std::vector<Op> ops;    ///< after the concatenation, in order

    /// The parameters its operations read (BN weight and bias, conv weight and bias).
    std::vector<torch::Tensor> parameters() const;
    /// Plain evaluation; `updateStats`: batch norm updates its running statistics (the first
    /// pass does, the recomputation in backward must not count the batch twice).
    torch::Tensor run(const std::vector<torch::Tensor> &parts, bool updateStats) const;
    /// The same up to, not including, the last operation (the convolution).
    torch::Tensor runPrefix(const std::vector<torch::Tensor> &parts, bool updateStats) const;
    /// The segment's output with the recomputing backward (training, gradients enabled).
    torch::Tensor apply(const std::vector<torch::Tensor> &parts) const;
    /// BN -> ReLU (or ReLU6) -> conv after the concatenation: DenseNet's pre-activation layer,
    /// whose backward is written out by hand (no autograd graph rebuilt, no statistics
    /// recomputed: the batch's mean and inverse deviation are kept from the forward pass).
    bool isNormActConv() const;
};

} // namespace denselab::nn
