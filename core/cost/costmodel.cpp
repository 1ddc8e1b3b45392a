// SPDX-License-Identifier: GPL-3.0-or-later
#include "costmodel.h"

namespace denselab {
namespace {

constexpr std::int64_t kFloatBytes = 4;   // float32, as torchstat measures with a float input

const Shape &inputShape(const LayerGraph &graph, const Node &node)
{
    return graph.nodes[static_cast<std::size_t>(node.inputs.front())].out;
}

std::int64_t inputElements(const LayerGraph &graph, const Node &node)
{
    std::int64_t total = 0;
    for (const int i : node.inputs)
        total += graph.nodes[static_cast<std::size_t>(i)].out.numel();
    return total;
}

// torchstat 0.0.7 (compute_madd.py, compute_flops.py, compute_memory.py) for one module call.
void addTorchstat(const LayerGraph &graph, const Node &node, std::int64_t params, Cost &c)
{
    const std::int64_t outNumel = node.out.numel();
    const std::int64_t inNumel = node.inputs.empty() ? 0 : inputShape(graph, node).numel();
    const std::int64_t positions = std::int64_t(node.out.height) * node.out.width;
    switch (node.op) {
    case OpKind::Conv: {
        const int inChannels = inputShape(graph, node).channels;
        const std::int64_t k = std::int64_t(node.kernel) * node.kernel * (inChannels / node.groups);
        c.madd = (2 * k - 1 + (node.bias ? 1 : 0)) * outNumel;
        c.flops = std::int64_t(node.kernel) * node.kernel * inChannels * (node.out.channels / node.groups) * positions
            + (node.bias ? outNumel : 0);
        c.memReadBytes = (inNumel + params) * kFloatBytes;
        c.memWriteBytes = outNumel * kFloatBytes;
        break;
    }
    case OpKind::BatchNorm:
        c.madd = 4 * inNumel;
        c.flops = 2 * inNumel;   // affine
        c.memReadBytes = (inNumel + params) * kFloatBytes;
        c.memWriteBytes = outNumel * kFloatBytes;
        break;
    case OpKind::ReLU:
    case OpKind::ReLU6:
        c.madd = inNumel;
        c.flops = inNumel;
        c.memReadBytes = inNumel * kFloatBytes;
        c.memWriteBytes = outNumel * kFloatBytes;
        break;
    case OpKind::MaxPool:
        c.madd = (std::int64_t(node.kernel) * node.kernel - 1) * outNumel;
        c.flops = inNumel;
        c.memReadBytes = inNumel * kFloatBytes;
        c.memWriteBytes = outNumel * kFloatBytes;
        break;
    case OpKind::AvgPool:
        c.madd = std::int64_t(node.kernel) * node.kernel * outNumel;
        c.flops = inNumel;
        c.memReadBytes = inNumel * kFloatBytes;
        c.memWriteBytes = outNumel * kFloatBytes;
        break;
    case OpKind::Linear: {
        const std::int64_t in = inNumel;
        c.madd = node.out.channels * (2 * in - 1);
        c.flops = in * node.out.channels;
        c.memReadBytes = (in + params) * kFloatBytes;
        c.memWriteBytes = outNumel * kFloatBytes;
        break;
    }
    default:
        // Unsupported leaves (AdaptiveAvgPool2d, Flatten, Dropout) cost nothing to torchstat...
        break;
    }
    // ...but every hooked leaf's output counts in its Memory column.
    c.memoryBytes = outNumel * kFloatBytes;
}

} // namespace

std::int64_t nodeParams(const LayerGraph &graph, const Node &node)
{
    switch (node.op) {
    case OpKind::Conv: {
        const int inChannels = inputShape(graph, node).channels;
        return std::int64_t(node.out.channels) * (inChannels / node.groups) * node.kernel * node.kernel
            + (node.bias ? node.out.channels : 0);
    }
    case OpKind::BatchNorm:
        return 2 * std::int64_t(node.out.channels);
    case OpKind::Linear:
        return inputShape(graph, node).numel() * node.out.channels + node.out.channels;
    default:
        return 0;
    }
}

Cost nodeCost(const LayerGraph &graph, const Node &node)
{
    Cost c;
    if (node.op == OpKind::Input) {
        c.activationBytes = node.out.numel() * kFloatBytes;   // kept for the first layer's backward
        return c;
    }
    c.params = nodeParams(graph, node);
    c.connections = node.connections;
    const std::int64_t outNumel = node.out.numel();
    if (node.op == OpKind::Conv) {
        const Shape &in = inputShape(graph, node);
        c.macs = std::int64_t(node.kernel) * node.kernel * (in.channels / node.groups) * node.out.channels
            * node.out.height * node.out.width;
        c.cioElements = in.numel() + outNumel;
    } else if (node.op == OpKind::Linear) {
        c.macs = inputShape(graph, node).numel() * node.out.channels;
    }
    if (node.torchstatVisible)
        addTorchstat(graph, node, c.params, c);

    // Our own figures count every op, functional or not. Flatten is a view: no copy, nothing kept.
    if (node.op != OpKind::Flatten) {
        c.trafficBytes = (inputElements(graph, node) + c.params + outNumel) * kFloatBytes;
        c.activationBytes = outNumel * kFloatBytes;
    }
    return c;
}

CostReport computeCosts(const LayerGraph &graph)
{
    CostReport report;
    report.perNode.reserve(graph.nodes.size());
    for (const Node &node : graph.nodes) {
        report.perNode.push_back(nodeCost(graph, node));
        report.total += report.perNode.back();
    }
    for (const CompiledBlock &block : graph.blocks)
        report.connectionsPerBlock.push_back(block.connectivity.connections());
    return report;
}

} // namespace denselab
