// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// LibTorch side of core: include only from torch targets (never from design, cost or UI code).

#include "graph/connectionmask.h"
#include "graph/layergraph.h"
#include "graph/slicechain.h"
#include "fastplan.h"
#include "recomputedsegment.h"

#include <torch/nn/module.h>
#include <torch/nn/modules/batchnorm.h>
#include <torch/nn/modules/container/any.h>
#include <torch/nn/modules/conv.h>
#include <torch/nn/modules/linear.h>
#include <torch/nn/pimpl.h>

#include <vector>

namespace denselab::nn {

/// The compiled layer graph as a torch module: one registered submodule per conv, BN and linear
/// node, functional calls for everything else, evaluated in the graph's node order. Built from
/// the same LayerGraph the cost model counts, so its parameter count equals CostReport's params.
/// Submodule names are the node names with '.' replaced by '_' ("stage3_layer5_conv2"): they are
/// checkpoint keys and stay stable for a given design. Not thread-safe (a torch module).
class GraphModuleImpl : public torch::nn::Module {
public:
    explicit GraphModuleImpl(LayerGraph graph);

    /// x: [batch, C, H, W] matching the graph's input; returns [batch, classes] logits.
    torch::Tensor forward(const torch::Tensor &x);

    /// Forward pass of the child network that `mask` selects from this module taken as a
    /// supernet: a dropped source is left out of the concatenation and the BN, conv and linear
    /// weights that read it are sliced away, so the result equals a module built with the child's
    /// connectivity and weights copied by copyChildWeights. A layer left without sources is
    /// dropped: it is not computed and leaves every later concatenation and the block output
    /// (resolveMask), as in the child design. The mask may change every batch; the module is not
    /// rebuilt. Throws std::invalid_argument for a mask that does not fit the graph, adds a
    /// connection this module lacks, or leaves a block output without sources.
    torch::Tensor forward(const torch::Tensor &x, const ConnectionMask &mask);

    /// Runs the graph (masked when `mask` is given) and returns the outputs of the nodes listed
    /// in `wanted`, in that order.
    std::vector<torch::Tensor> forwardNodes(const torch::Tensor &x, const std::vector<int> &wanted,
                                            const ConnectionMask *mask = nullptr);

    /// Per block and target, what a mask slices (see SliceChain).
    const std::vector<std::vector<SliceChain>> &sliceChains() const { return m_chains; }

    const LayerGraph &graph() const { return m_graph; }

    /// Memory-efficient dense layers (RecomputedSegment): in training with gradients, each
    /// concatenation and the BN/ReLU/conv chain reading it are recomputed in backward instead of
    /// kept. Same results (up to rounding), less memory, more time. Applies to forward(x) without
    /// a mask and without autocast; other calls run plain.
    void setMemoryEfficient(bool on) { m_memoryEfficient = on; }
    bool memoryEfficient() const { return m_memoryEfficient; }
    /// How many segments the memory-efficient mode recomputes (one per dense layer's chain).
    std::size_t recomputedSegments() const { return m_segments.size(); }

    /// The fast engine (FastPlan): in training with gradients, each source a batch norm reads is
    /// normalized once with its batch statistics and shared by all its readers; each BN -> ReLU
    /// then applies its own weight and bias and the activation in one pass over the sources,
    /// without concatenating them, and goes back in one pass (normActivate). Same results as the
    /// plain engine up to rounding, less memory. Applies to forward(x) on the CPU without a mask
    /// and without autocast (like the memory-efficient mode, which it takes along: with both on, a chain's
    /// activation is recomputed in backward instead of kept); other calls run plain.
    void setFastEngine(bool on) { m_fast = on; }
    bool fastEngine() const { return m_fast; }
    /// How many BN -> activation chains the fast engine runs fused.
    std::size_t fastChains() const { return m_fastPlans[0].chains.size(); }

    /// Dropout applies in training mode unless switched off here: a search judges children in
    /// training mode for batch norm's sake, without dropout.
    void setDropoutEnabled(bool enabled) { m_dropout = enabled; }

    /// Registered submodules by node index (null holders where the node has none).
    torch::nn::Conv2d convAt(std::size_t node) const { return m_convs[node]; }
    torch::nn::BatchNorm2d normAt(std::size_t node) const { return m_norms[node]; }
    torch::nn::Linear linearAt(std::size_t node) const { return m_linears[node]; }

private:
    struct MaskState;
    torch::Tensor evaluate(std::size_t index, const std::vector<torch::Tensor> &values, const MaskState *mask);
    void prepareMask(const ConnectionMask &mask, const torch::Device &device, MaskState &state) const;
    void findSegments();
    torch::Tensor forwardFast(const torch::Tensor &x);
    bool fastEngineApplies() const;

    LayerGraph m_graph;
    std::vector<torch::nn::Conv2d> m_convs;        // parallel to nodes; empty holders elsewhere
    std::vector<torch::nn::BatchNorm2d> m_norms;
    std::vector<torch::nn::Linear> m_linears;
    std::vector<int> m_lastUse;                    // last node reading each node's output
    std::vector<std::vector<SliceChain>> m_chains;
    std::vector<std::vector<std::vector<int>>> m_layerNodes;   // [block][layer]: its nodes
    bool m_dropout = true;
    bool m_memoryEfficient = false;
    bool m_fast = false;
    FastPlan m_fastPlans[2];                     // [memory-efficient]: chains end with their conv there
    std::vector<RecomputedSegment> m_segments;   // built once (autograd keeps pointers into it)
    std::vector<int> m_segmentAt;     // per node: the segment starting there, -1 if none
    std::vector<char> m_covered;      // per node: computed by a segment that starts earlier
};

TORCH_MODULE(GraphModule);

/// Module name of a graph node ("stage3.layer5.conv2" -> "stage3_layer5_conv2").
std::string moduleName(const std::string &nodeName);

/// Copies a supernet's weights into `child`, a module compiled from the same design with a
/// sparser connectivity (same blocks, layers and widths): parameters and BN statistics of the
/// same name are copied, sliced to the channels of the child's sources where the child reads
/// fewer. Throws std::invalid_argument when the two graphs do not correspond.
void copyChildWeights(GraphModuleImpl &child, const GraphModuleImpl &supernet);

/// Number of trainable parameter elements of a module.
std::int64_t countParameters(torch::nn::Module &module);

} // namespace denselab::nn
