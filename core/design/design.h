// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "enums.h"

#include <map>
#include <string>
#include <variant>
#include <vector>

namespace denselab {

/// What users edit: a whole network as plain values (copyable, thread-agnostic).
/// `compile()` (graph/compiler.h) turns it into the layer graph that costs and models share.
/// Field defaults are the defaults of a new design; docs/design-format.md documents every field.

struct InputShape {
    int channels = 3;
    int height = 32;
    int width = 32;
    bool operator==(const InputShape &o) const
    {
        return channels == o.channels && height == o.height && width == o.width;
    }
};

/// ImageNet: conv 7x7/2 -> BN -> act -> max-pool 3/2 (widths[0] channels).
/// Cifar: one 3x3 conv (widths[0]), optionally followed by BN -> act.
/// TwoConv (HarDNet, ThreshNet): conv3x3/2 -> BN -> act, conv(secondKernel) -> BN -> act, then
/// max-pool 3/2 or, when `depthwise`, a depthwise 3x3/2 conv + BN (HarDNet-DS).
struct StemSpec {
    StemKind kind = StemKind::Cifar;
    std::vector<int> widths{24};
    int secondKernel = 3;
    bool depthwise = false;
    bool norm = false;                 // Cifar only: BN -> act after the conv
    Activation activation = Activation::ReLU;
    bool operator==(const StemSpec &o) const;
};

/// One cell the user toggled in the connectivity matrix, applied on top of the block's rule.
/// `target` is a layer 1..L, or L+1 for the block-output row; `source` is 0..target-1 (0 = block input).
struct ConnectionOverride {
    int target = 1;
    int source = 0;
    bool connected = true;
    bool operator==(const ConnectionOverride &o) const
    {
        return target == o.target && source == o.source && connected == o.connected;
    }
};

/// A block's connectivity rule and its parameters: ThresholdNet's T (Ju et al. 2021), SparseNet's n
/// (Liu & Zeng 2018, arXiv:1804.05340); the rules' papers are listed at ConnectivityRule.
struct ConnectivitySpec {
    ConnectivityRule rule = ConnectivityRule::Dense;
    int threshold = 8;                              // threshold-ab/-bc: layers <= T are dense/sparse
    int keep = 8;                                   // sparse-keep: n (n/2 farthest + n/2 nearest)
    HarmonicStyle harmonicStyle = HarmonicStyle::Stated;
    std::vector<std::vector<int>> custom;           // custom: sources of layer 1..L
    bool operator==(const ConnectivitySpec &o) const;
};

/// A dense-style block: DenseNet, HarDNet, Log-DenseNet, SparseNet, ThresholdNet or custom.
struct DenseBlockSpec {
    int layers = 16;
    int growth = 12;                                // k
    ConnectivitySpec connectivity;
    double multiplier = 1.0;                        // HarDNet m (1.7 in HarDNet): harmonic layers are k*m^v wide
    double bottleneck = 0.0;                        // 1x1 conv width = bottleneck*k; 0 = none
    int kernel = 3;
    LayerOrder order = LayerOrder::BnReluConv;
    Activation activation = Activation::ReLU;
    LayerKind layerKind = LayerKind::Standard;
    BlockOutput output = BlockOutput::AllLayers;
    bool keepBase = false;                          // odd-and-last: also pass the block input on
    std::vector<ConnectionOverride> overrides;
    bool operator==(const DenseBlockSpec &o) const;
};

/// Between blocks: a 1x1 conv (width = explicit `width`, else floor(compression * C)) and pooling.
struct TransitionSpec {
    double compression = 0.5;
    int width = 0;                                  // > 0: explicit output channels
    LayerOrder order = LayerOrder::BnReluConv;
    Activation activation = Activation::ReLU;
    PoolKind pool = PoolKind::Avg;
    int poolSize = 2;
    int poolStride = 2;
    double dropoutBefore = 0.0;                     // HarDNet85's Dropout(0.1) before its last conv
    bool operator==(const TransitionSpec &o) const;
};

/// torchvision ResNet layer: `blocks` blocks, the first with `stride` and a 1x1 projection
/// when the shape changes. Bottleneck blocks are `planes*4` wide (stride on the 3x3, v1.5).
struct ResidualStageSpec {
    ResidualKind kind = ResidualKind::Basic;
    int blocks = 2;
    int planes = 64;
    int stride = 1;
    bool operator==(const ResidualStageSpec &o) const;
};

/// VGG-style stage: conv(kernel) -> [BN] -> act for each width, then pooling.
struct PlainStageSpec {
    std::vector<int> widths{64};
    int kernel = 3;
    bool bias = true;
    bool batchNorm = true;
    Activation activation = Activation::ReLU;
    PoolKind pool = PoolKind::Max;
    int poolSize = 2;
    int poolStride = 2;
    bool operator==(const PlainStageSpec &o) const;
};

/// TissueNet stacked layer: `units` independent basic units n1-n2-n3 side by side, i.e. two
/// grouped convolutions (groups = units). units = 0 means input channels / n1.
struct StackedUnitSpec {
    int n1 = 2;
    int n2 = 4;
    int n3 = 2;
    int units = 0;
    int kernel = 3;
    int stride = 1;
    Activation activation = Activation::ReLU;
    PoolKind pool = PoolKind::None;
    int poolSize = 2;
    int poolStride = 2;
    bool operator==(const StackedUnitSpec &o) const;
};

using Stage = std::variant<DenseBlockSpec, TransitionSpec, ResidualStageSpec, PlainStageSpec, StackedUnitSpec>;

/// The kind name of a stage as written in files ("dense-block", "transition", ...).
const char *stageKindName(const Stage &stage);

/// Classifier: [BN -> act] -> global average pool -> flatten -> [dropout] -> linear.
/// `functionalTail`: act and pool are functional calls (torchvision DenseNet), which torchstat
/// cannot see; `flattenModule`: flatten is a module (HarDNet, ThreshNet) rather than a view.
struct HeadSpec {
    bool norm = false;
    Activation activation = Activation::ReLU;
    bool functionalTail = false;
    bool flattenModule = false;
    double dropout = 0.0;
    bool operator==(const HeadSpec &o) const;
};

/// ThreshNet's network-level mechanism (Ju et al. 2022): a block whose input channels exceed T is
/// made harmonic (odd-and-last output), otherwise dense (all-layers output).
struct ChannelThresholdSpec {
    bool enabled = false;
    int threshold = 320;
    ThresholdComparison comparison = ThresholdComparison::Greater;
    bool operator==(const ChannelThresholdSpec &o) const
    {
        return enabled == o.enabled && threshold == o.threshold && comparison == o.comparison;
    }
};

struct Design {
    std::string name = "untitled";
    std::string description;
    InputShape input;
    int classes = 10;
    StemSpec stem;
    std::vector<Stage> stages;
    HeadSpec head;
    ChannelThresholdSpec channelThreshold;
    /// Output widths of individual convolutions, keyed by their stable node name
    /// ("stage3.layer5.conv2"), replacing the width the stages give them: how a filter-pruned
    /// network is stated. Widths derived from other widths (transition compression, stacked
    /// units, residual projections) keep following the designed, unpruned widths; depthwise
    /// convolutions follow their input. Empty for an unpruned design.
    std::map<std::string, int> widths;
    bool operator==(const Design &o) const;
    bool operator!=(const Design &o) const { return !(*this == o); }
};

} // namespace denselab
