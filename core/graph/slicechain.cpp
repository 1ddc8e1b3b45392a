// SPDX-License-Identifier: GPL-3.0-or-later
#include "slicechain.h"

namespace denselab {
namespace {

bool passesChannelsThrough(OpKind op)
{
    switch (op) {
    case OpKind::BatchNorm:
    case OpKind::ReLU:
    case OpKind::ReLU6:
    case OpKind::MaxPool:
    case OpKind::AvgPool:
    case OpKind::GlobalAvgPool:
    case OpKind::Flatten:
    case OpKind::Dropout:
        return true;
    default:
        return false;
    }
}

// Follows single consumers from `start` until a conv or linear that reads the channels as
// they are; anything else (a branch, a depthwise conv, a flatten of a spatial map) is not sliceable.
void walk(const LayerGraph &graph, const std::vector<std::vector<int>> &consumers, int start, int channels,
          SliceChain &chain)
{
    int at = start;
    for (;;) {
        const Node &node = graph.nodes[static_cast<std::size_t>(at)];
        chain.nodes.push_back(at);
        if (node.op == OpKind::Conv) {
            chain.sliceable = node.groups == 1;
            return;
        }
        if (node.op == OpKind::Linear) {
            const Node &in = graph.nodes[static_cast<std::size_t>(node.inputs.front())];
            chain.sliceable = in.out.numel() == channels;
            return;
        }
        if (!passesChannelsThrough(node.op) || consumers[static_cast<std::size_t>(at)].size() != 1)
            return;
        at = consumers[static_cast<std::size_t>(at)].front();
    }
}

} // namespace

std::vector<std::vector<SliceChain>> sliceChains(const LayerGraph &graph)
{
    const std::vector<std::vector<int>> consumers = readersOf(graph);

    std::vector<std::vector<SliceChain>> result;
    for (std::size_t b = 0; b < graph.blocks.size(); ++b) {
        const CompiledBlock &block = graph.blocks[b];
        const ResolvedBlock &r = block.connectivity;
        std::vector<SliceChain> chains(static_cast<std::size_t>(r.layers) + 2);
        // First node of each layer, in node order (its concat, or its first BN/conv).
        std::vector<int> firstNode(static_cast<std::size_t>(r.layers) + 1, -1);
        for (std::size_t i = 0; i < graph.nodes.size(); ++i) {
            const Node &n = graph.nodes[i];
            if (n.stage == block.stage && n.blockLayer > 0 && firstNode[static_cast<std::size_t>(n.blockLayer)] < 0)
                firstNode[static_cast<std::size_t>(n.blockLayer)] = static_cast<int>(i);
        }
        for (int t = 1; t <= r.layers + 1; ++t) {
            SliceChain &chain = chains[static_cast<std::size_t>(t)];
            chain.block = static_cast<int>(b);
            chain.target = t;
            const bool output = t == r.layers + 1;
            chain.sources = output ? r.outputSources : r.inputs[static_cast<std::size_t>(t)];
            int offset = 0;
            for (const int s : chain.sources) {
                chain.offsets.push_back(offset);
                chain.widths.push_back(r.widths[static_cast<std::size_t>(s)]);
                offset += r.widths[static_cast<std::size_t>(s)];
            }
            int start = -1;
            if (!output) {
                const int first = firstNode[static_cast<std::size_t>(t)];
                if (first < 0)
                    continue;   // dropped layer
                if (graph.nodes[static_cast<std::size_t>(first)].op == OpKind::Concat) {
                    chain.concatNode = first;
                    if (consumers[static_cast<std::size_t>(first)].size() != 1)
                        continue;
                    start = consumers[static_cast<std::size_t>(first)].front();
                } else {
                    start = first;
                }
            } else {
                if (chain.sources.size() > 1)
                    chain.concatNode = block.outputNode;
                // The block output's readers outside the block (a lone source is also read by layers).
                std::vector<int> outside;
                for (const int c : consumers[static_cast<std::size_t>(block.outputNode)]) {
                    const Node &n = graph.nodes[static_cast<std::size_t>(c)];
                    if (!(n.stage == block.stage && n.blockLayer > 0))
                        outside.push_back(c);
                }
                if (outside.size() != 1)
                    continue;
                start = outside.front();
            }
            walk(graph, consumers, start, offset, chain);
        }
        result.push_back(std::move(chains));
    }
    return result;
}

std::vector<long> keptChannels(const SliceChain &chain, const std::vector<bool> &kept)
{
    std::vector<long> channels;
    for (std::size_t i = 0; i < chain.sources.size(); ++i)
        if (kept[i])
            for (int c = 0; c < chain.widths[i]; ++c)
                channels.push_back(chain.offsets[i] + c);
    return channels;
}

} // namespace denselab
