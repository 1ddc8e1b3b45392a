// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// LibTorch side of core: include only from torch targets (never from design, cost or UI code).

#include "graph/layergraph.h"

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

    /// Runs the graph and returns the outputs of the nodes listed in `wanted` (same order).
    std::vector<torch::Tensor> forwardNodes(const torch::Tensor &x, const std::vector<int> &wanted);

    const LayerGraph &graph() const { return m_graph; }

private:
    torch::Tensor evaluate(std::size_t index, const std::vector<torch::Tensor> &values);

    LayerGraph m_graph;
    std::vector<torch::nn::Conv2d> m_convs;        // parallel to nodes; empty holders elsewhere
    std::vector<torch::nn::BatchNorm2d> m_norms;
    std::vector<torch::nn::Linear> m_linears;
    std::vector<int> m_lastUse;                    // last node reading each node's output
};

TORCH_MODULE(GraphModule);

/// Module name of a graph node ("stage3.layer5.conv2" -> "stage3_layer5_conv2").
std::string moduleName(const std::string &nodeName);

/// Number of trainable parameter elements of a module.
std::int64_t countParameters(torch::nn::Module &module);

} // namespace denselab::nn
