// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphbuilder.h"

#include "design/designerror.h"
#include "design/designlimits.h"

#include <algorithm>
#include <cstdio>
#include <utility>

namespace denselab {

void GraphBuilder::setPlace(int stage, std::string where)
{
    m_stage = stage;
    m_where = std::move(where);
    m_blockLayer = -1;
}

void GraphBuilder::overLimit(const std::string &name, const std::string &what, long double value,
                             std::int64_t limit) const
{
    char figure[64];
    std::snprintf(figure, sizeof figure, "%.4Lg", value);
    throw DesignError(m_where + ": " + name + ": " + what + " would reach " + figure + ", more than the limit of "
                      + std::to_string(limit) + " (see docs/design-format.md, Limits)");
}

int GraphBuilder::append(Node node)
{
    if (std::int64_t(m_graph.nodes.size()) >= kMaxNodes)
        overLimit(node.name, "the number of operations", static_cast<long double>(m_graph.nodes.size() + 1), kMaxNodes);
    if (node.out.channels > kMaxChannels)
        overLimit(node.name, "its channels", node.out.channels, kMaxChannels);
    // Parameters and MACs of the layers that have weights, as the cost model will count them
    // (up to biases and BatchNorm, which cannot reach these limits first).
    long double weights = 0;
    if (node.op == OpKind::Conv) {
        const Shape &in = m_graph.nodes[static_cast<std::size_t>(node.inputs.front())].out;
        weights = static_cast<long double>(node.kernel) * node.kernel * (in.channels / node.groups) * node.out.channels;
    } else if (node.op == OpKind::Linear) {
        weights = static_cast<long double>(m_graph.nodes[static_cast<std::size_t>(node.inputs.front())].out.channels)
                  * node.out.channels;
    }
    m_params += weights;
    m_macs += weights * node.out.height * node.out.width;
    m_activations += static_cast<long double>(node.out.channels) * node.out.height * node.out.width;
    if (m_params > static_cast<long double>(kMaxParams))
        overLimit(node.name, "the parameters", m_params, kMaxParams);
    if (m_macs > static_cast<long double>(kMaxMacs))
        overLimit(node.name, "the MACs per image", m_macs, kMaxMacs);
    if (m_activations > static_cast<long double>(kMaxActivations))
        overLimit(node.name, "the activations (values of all tensors)", m_activations, kMaxActivations);
    node.stage = m_stage;
    node.blockLayer = m_blockLayer;
    m_graph.nodes.push_back(std::move(node));
    return static_cast<int>(m_graph.nodes.size()) - 1;
}

int GraphBuilder::spatial(int size, int kernel, int stride, int padding, const std::string &name, int inputSize) const
{
    const int out = (size + 2 * padding - kernel) / stride + 1;
    if (size + 2 * padding < kernel || out < 1) {
        throw DesignError(m_where + ": spatial size collapses below 1x1 at " + name + " (input "
                          + std::to_string(inputSize) + " pixels, kernel " + std::to_string(kernel) + ", stride "
                          + std::to_string(stride) + "); use the small-input stem (\"cifar\"), fewer "
                          + "down-sampling stages or a larger input");
    }
    return out;
}

int GraphBuilder::input(const Shape &shape)
{
    if (shape.channels < 1 || shape.height < 1 || shape.width < 1) {
        throw DesignError("input: channels, height and width must be positive (got " + std::to_string(shape.channels)
                          + "x" + std::to_string(shape.height) + "x" + std::to_string(shape.width) + ")");
    }
    Node n;
    n.name = "input";
    n.op = OpKind::Input;
    n.out = shape;
    n.designedChannels = shape.channels;
    n.torchstatVisible = false;
    return append(std::move(n));
}

int GraphBuilder::conv(int from, const std::string &name, std::int64_t requestedOut, int kernel, int stride, int groups,
                       bool bias)
{
    const Shape in = shape(from);
    if (requestedOut > kMaxChannels)
        overLimit(name, "its output channels", static_cast<long double>(requestedOut), kMaxChannels);
    int outChannels = static_cast<int>(requestedOut);
    const int designedOut = outChannels;
    if (m_widths) {
        const auto found = m_widths->find(name);
        if (found != m_widths->end()) {
            if (found->second < 1)
                throw DesignError("widths: " + name + " is set to " + std::to_string(found->second)
                                  + " output channels (must be positive)");
            outChannels = found->second;
            m_usedWidths.insert(name);
        }
    }
    if (outChannels < 1)
        throw DesignError(m_where + ": " + name + " has " + std::to_string(outChannels) + " output channels (must be positive)");
    if (groups < 1 || in.channels % groups != 0 || outChannels % groups != 0) {
        throw DesignError(m_where + ": " + name + " cannot split " + std::to_string(in.channels) + " -> "
                          + std::to_string(outChannels) + " channels into " + std::to_string(groups) + " groups"
                          + (in.channels != designed(from) || outChannels != designedOut
                                 ? " (the widths of a grouped convolution's input and output must stay multiples of its groups)"
                                 : ""));
    }
    Node n;
    n.name = name;
    n.op = OpKind::Conv;
    n.inputs = {from};
    n.kernel = kernel;
    n.stride = stride;
    n.padding = kernel / 2;
    n.groups = groups;
    n.bias = bias;
    n.out = {outChannels, spatial(in.height, kernel, stride, n.padding, name, in.height),
             spatial(in.width, kernel, stride, n.padding, name, in.width)};
    n.designedChannels = designedOut;
    return append(std::move(n));
}

int GraphBuilder::depthwiseConv(int from, const std::string &name, int kernel, int stride)
{
    if (m_widths && m_widths->count(name))
        throw DesignError("widths: " + name + " is a depthwise convolution: its width follows its input's, set that instead");
    const int channels = shape(from).channels;
    const int node = conv(from, name, channels, kernel, stride, channels);
    m_graph.nodes[static_cast<std::size_t>(node)].designedChannels = designed(from);
    return node;
}

int GraphBuilder::batchNorm(int from, const std::string &name)
{
    Node n;
    n.name = name;
    n.op = OpKind::BatchNorm;
    n.inputs = {from};
    n.out = shape(from);
    n.designedChannels = designed(from);
    return append(std::move(n));
}

int GraphBuilder::activation(int from, const std::string &name, Activation act, bool torchstatVisible)
{
    Node n;
    n.name = name;
    n.op = act == Activation::ReLU6 ? OpKind::ReLU6 : OpKind::ReLU;
    n.inputs = {from};
    n.out = shape(from);
    n.designedChannels = designed(from);
    n.torchstatVisible = torchstatVisible;
    return append(std::move(n));
}

int GraphBuilder::pool(int from, const std::string &name, PoolKind kind, int kernel, int stride, int padding)
{
    const Shape in = shape(from);
    Node n;
    n.name = name;
    n.op = kind == PoolKind::Max ? OpKind::MaxPool : OpKind::AvgPool;
    n.inputs = {from};
    n.kernel = kernel;
    n.stride = stride;
    n.padding = padding;
    n.out = {in.channels, spatial(in.height, kernel, stride, padding, name, in.height),
             spatial(in.width, kernel, stride, padding, name, in.width)};
    n.designedChannels = designed(from);
    return append(std::move(n));
}

int GraphBuilder::globalAvgPool(int from, const std::string &name, bool torchstatVisible)
{
    Node n;
    n.name = name;
    n.op = OpKind::GlobalAvgPool;
    n.inputs = {from};
    n.out = {shape(from).channels, 1, 1};
    n.designedChannels = designed(from);
    n.torchstatVisible = torchstatVisible;
    return append(std::move(n));
}

int GraphBuilder::flatten(int from, const std::string &name, bool torchstatVisible)
{
    const Shape in = shape(from);
    Node n;
    n.name = name;
    n.op = OpKind::Flatten;
    n.inputs = {from};
    const std::int64_t designedFeatures = std::int64_t(designed(from)) * in.height * in.width;
    if (std::max(in.numel(), designedFeatures) > kMaxChannels)
        overLimit(name, "the flattened features", static_cast<long double>(std::max(in.numel(), designedFeatures)), kMaxChannels);
    n.out = {static_cast<int>(in.numel()), 1, 1};
    n.designedChannels = static_cast<int>(designedFeatures);
    n.torchstatVisible = torchstatVisible;
    return append(std::move(n));
}

int GraphBuilder::dropout(int from, const std::string &name, double p)
{
    if (p < 0.0 || p >= 1.0)
        throw DesignError(m_where + ": dropout probability " + std::to_string(p) + " is outside [0, 1)");
    Node n;
    n.name = name;
    n.op = OpKind::Dropout;
    n.inputs = {from};
    n.dropout = p;
    n.out = shape(from);
    n.designedChannels = designed(from);
    return append(std::move(n));
}

int GraphBuilder::linear(int from, const std::string &name, int outFeatures)
{
    if (outFeatures < 1)
        throw DesignError(m_where + ": " + name + " needs a positive number of outputs (got " + std::to_string(outFeatures) + ")");
    Node n;
    n.name = name;
    n.op = OpKind::Linear;
    n.inputs = {from};
    n.bias = true;
    n.out = {outFeatures, 1, 1};
    n.designedChannels = outFeatures;
    return append(std::move(n));
}

int GraphBuilder::concat(const std::vector<int> &sources, const std::string &name)
{
    if (sources.size() == 1)
        return sources.front();
    Node n;
    n.name = name;
    n.op = OpKind::Concat;
    n.inputs = sources;
    n.torchstatVisible = false;   // torch.cat is a function call
    n.out = shape(sources.front());
    std::int64_t channels = 0;
    std::int64_t designedChannels = 0;
    for (const int s : sources) {
        channels += shape(s).channels;
        designedChannels += designed(s);
    }
    if (std::max(channels, designedChannels) > kMaxChannels)
        overLimit(name, "the concatenated channels", static_cast<long double>(std::max(channels, designedChannels)), kMaxChannels);
    n.out.channels = static_cast<int>(channels);
    n.designedChannels = static_cast<int>(designedChannels);
    return append(std::move(n));
}

int GraphBuilder::add(int a, int b, const std::string &name)
{
    if (!(shape(a) == shape(b))) {
        const Node &na = m_graph.nodes[static_cast<std::size_t>(a)];
        const Node &nb = m_graph.nodes[static_cast<std::size_t>(b)];
        const bool widthsDiffer = na.out.channels != nb.out.channels;
        throw DesignError(m_where + ": " + name + " adds " + na.name + " (" + std::to_string(na.out.channels) + "x"
                          + std::to_string(na.out.height) + "x" + std::to_string(na.out.width) + ") and " + nb.name
                          + " (" + std::to_string(nb.out.channels) + "x" + std::to_string(nb.out.height) + "x"
                          + std::to_string(nb.out.width) + ")"
                          + (widthsDiffer ? ": the convolutions that meet at an addition must keep equal widths"
                                          : ": shapes differ"));
    }
    Node n;
    n.name = name;
    n.op = OpKind::Add;
    n.inputs = {a, b};
    n.torchstatVisible = false;   // `out += identity`
    n.out = shape(a);
    n.designedChannels = designed(a);
    return append(std::move(n));
}

int GraphBuilder::convBnAct(int from, const std::string &prefix, int outChannels, int kernel, int stride, Activation act)
{
    const int c = conv(from, prefix + ".conv", outChannels, kernel, stride);
    const int bn = batchNorm(c, prefix + ".norm");
    return activation(bn, prefix + ".relu", act);
}

int GraphBuilder::depthwiseConvBn(int from, const std::string &prefix, int stride)
{
    const int c = depthwiseConv(from, prefix + ".conv", 3, stride);
    return batchNorm(c, prefix + ".norm");
}

void GraphBuilder::checkWidthsUsed() const
{
    if (!m_widths)
        return;
    for (const auto &[name, width] : *m_widths) {
        if (m_usedWidths.count(name))
            continue;
        bool absent = false;
        for (const std::string &prefix : m_absentPrefixes)
            absent = absent || name.compare(0, prefix.size(), prefix) == 0;
        if (!absent)
            throw DesignError("widths: \"" + name + "\" is not a convolution of this design");
    }
}

} // namespace denselab
