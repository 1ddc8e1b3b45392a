// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "design/enums.h"
#include "layergraph.h"

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace denselab {

/// Appends nodes to a LayerGraph, inferring each output shape and rejecting impossible ones
/// with a DesignError that names the current place ("stage 4 (transition)"). Used only by the
/// compiler; every function returns the index of the node it added.
class GraphBuilder {
public:
    /// `widths`: per-convolution output widths by node name (Design::widths), may be null.
    explicit GraphBuilder(LayerGraph &graph, const std::map<std::string, int> *widths = nullptr)
        : m_graph(graph), m_widths(widths)
    {
    }

    /// Where the following nodes belong: a Design stage (-1 for stem/head) and its description.
    void setPlace(int stage, std::string where);
    /// Dense-block layer of the following nodes (-1 outside blocks).
    void setBlockLayer(int layer) { m_blockLayer = layer; }
    const std::string &where() const { return m_where; }

    const Shape &shape(int node) const { return m_graph.nodes[static_cast<std::size_t>(node)].out; }
    /// Output channels of `node` as designed, before width overrides (Node::designedChannels).
    int designed(int node) const { return m_graph.nodes[static_cast<std::size_t>(node)].designedChannels; }
    Node &node(int index) { return m_graph.nodes[static_cast<std::size_t>(index)]; }

    int input(const Shape &shape);
    /// `outChannels` is the designed width; a Design::widths entry for `name` replaces it.
    /// 64-bit so that a product of widths (units x n2) is checked against kMaxChannels, not wrapped.
    int conv(int from, const std::string &name, std::int64_t outChannels, int kernel, int stride = 1, int groups = 1,
             bool bias = false);
    /// A depthwise convolution: as many groups and outputs as its input has channels (after
    /// pruning too), so it cannot carry a width of its own.
    int depthwiseConv(int from, const std::string &name, int kernel, int stride);
    int batchNorm(int from, const std::string &name);
    int activation(int from, const std::string &name, Activation act, bool torchstatVisible = true);
    int pool(int from, const std::string &name, PoolKind kind, int kernel, int stride, int padding = 0);
    int globalAvgPool(int from, const std::string &name, bool torchstatVisible);
    int flatten(int from, const std::string &name, bool torchstatVisible);
    int dropout(int from, const std::string &name, double p);
    int linear(int from, const std::string &name, int outFeatures);
    /// Concatenates along channels; a single source is returned unchanged (no node).
    int concat(const std::vector<int> &sources, const std::string &name);
    int add(int a, int b, const std::string &name);

    /// conv -> BN -> act, the ConvLayer of HarDNet and ThreshNet; returns the act node.
    int convBnAct(int from, const std::string &prefix, int outChannels, int kernel, int stride, Activation act);
    /// HarDNet's DWConvLayer: depthwise 3x3 conv -> BN, no activation; returns the BN node.
    int depthwiseConvBn(int from, const std::string &prefix, int stride);

    /// Width overrides under `prefix` (a dropped dense layer's "stage2.layer7.") are not errors.
    void markAbsent(const std::string &prefix) { m_absentPrefixes.push_back(prefix); }
    /// Throws DesignError naming the first Design::widths entry that matched no convolution.
    void checkWidthsUsed() const;
private:
    /// Adds the node after checking the design limits (designlimits.h) on it and on the totals.
    int append(Node node);
    [[noreturn]] void overLimit(const std::string &name, const std::string &what, long double value,
                                std::int64_t limit) const;
    int spatial(int size, int kernel, int stride, int padding, const std::string &name, int inputSize) const;

    LayerGraph &m_graph;
    const std::map<std::string, int> *m_widths = nullptr;
    std::set<std::string> m_usedWidths;
    std::vector<std::string> m_absentPrefixes;
    int m_stage = -1;
    int m_blockLayer = -1;
    std::string m_where = "stem";
    // Running totals for the limits, in long double: they must not overflow while being checked.
    long double m_params = 0;
    long double m_macs = 0;
    long double m_activations = 0;
};

} // namespace denselab
