// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphmodule.h"

#include <torch/nn/functional/dropout.h>
#include <torch/nn/functional/pooling.h>
#include <torch/torch.h>
#include <ATen/autocast_mode.h>

#include <algorithm>
#include <map>
#include <stdexcept>

namespace denselab::nn {

// What one masked forward pass slices and skips: kept parts per concat node, channel indices per
// chain node, and the nodes of layers the mask dropped.
struct GraphModuleImpl::MaskState {
    std::vector<const std::vector<bool> *> keptParts;   // per node: concat parts kept (null: all)
    std::vector<torch::Tensor> channels;                // per node: input channels read (undefined: all)
    std::vector<char> skipped;                          // per node: belongs to a dropped layer
    std::vector<std::vector<bool>> storage;
};

std::string moduleName(const std::string &nodeName)
{
    std::string name = nodeName;
    std::replace(name.begin(), name.end(), '.', '_');
    return name;
}

std::int64_t countParameters(torch::nn::Module &module)
{
    std::int64_t total = 0;
    for (const torch::Tensor &p : module.parameters())
        total += p.numel();
    return total;
}

GraphModuleImpl::GraphModuleImpl(LayerGraph graph) : m_graph(std::move(graph))
{
    const std::size_t n = m_graph.nodes.size();
    m_convs.resize(n, nullptr);
    m_norms.resize(n, nullptr);
    m_linears.resize(n, nullptr);
    m_lastUse.assign(n, -1);
    for (std::size_t i = 0; i < n; ++i) {
        const Node &node = m_graph.nodes[i];
        for (const int in : node.inputs)
            m_lastUse[static_cast<std::size_t>(in)] = static_cast<int>(i);
        const std::string name = moduleName(node.name);
        switch (node.op) {
        case OpKind::Conv: {
            const int inChannels = m_graph.nodes[static_cast<std::size_t>(node.inputs.front())].out.channels;
            auto options = torch::nn::Conv2dOptions(inChannels, node.out.channels, node.kernel)
                               .stride(node.stride)
                               .padding(node.padding)
                               .groups(node.groups)
                               .bias(node.bias);
            m_convs[i] = register_module(name, torch::nn::Conv2d(options));
            break;
        }
        case OpKind::BatchNorm:
            m_norms[i] = register_module(name, torch::nn::BatchNorm2d(node.out.channels));
            break;
        case OpKind::Linear: {
            const auto in = m_graph.nodes[static_cast<std::size_t>(node.inputs.front())].out.numel();
            m_linears[i] = register_module(name, torch::nn::Linear(in, node.out.channels));
            break;
        }
        default:
            break;   // functional: no parameters
        }
    }
    findSegments();
    m_fastPlans[0] = planFastEngine(m_graph, false);
    m_fastPlans[1] = planFastEngine(m_graph, true);
    m_chains = denselab::sliceChains(m_graph);
    m_layerNodes.resize(m_graph.blocks.size());
    for (std::size_t b = 0; b < m_graph.blocks.size(); ++b) {
        const CompiledBlock &block = m_graph.blocks[b];
        m_layerNodes[b].resize(static_cast<std::size_t>(block.connectivity.layers) + 1);
        for (std::size_t i = 0; i < n; ++i) {
            const Node &node = m_graph.nodes[i];
            if (node.stage == block.stage && node.blockLayer > 0)
                m_layerNodes[b][static_cast<std::size_t>(node.blockLayer)].push_back(static_cast<int>(i));
        }
    }
}

void GraphModuleImpl::prepareMask(const ConnectionMask &mask, const torch::Device &device, MaskState &state) const
{
    const std::size_t n = m_graph.nodes.size();
    state.keptParts.assign(n, nullptr);
    state.channels.assign(n, torch::Tensor());
    state.skipped.assign(n, 0);
    state.storage.clear();
    state.storage.reserve(n);
    const ResolvedMask resolved = resolveMask(m_graph, mask);   // throws for a mask that does not fit
    if (!resolved.blocksWithoutOutput.empty())
        throw std::invalid_argument("connection mask, block " + std::to_string(resolved.blocksWithoutOutput.front() + 1)
                                    + ": the block output has no sources left");
    for (std::size_t b = 0; b < m_chains.size(); ++b) {
        const auto &chains = m_chains[b];
        const auto &rows = resolved.mask.keep[b];
        const std::string where = "connection mask, block " + std::to_string(b + 1);
        for (std::size_t t = 1; t < chains.size(); ++t) {
            const SliceChain &chain = chains[t];
            if (chain.nodes.empty() && chain.sources.empty())
                continue;   // a layer the supernet itself dropped
            if (t < resolved.alive[b].size() && !resolved.alive[b][t]) {
                for (const int node : m_layerNodes[b][t])
                    state.skipped[std::size_t(node)] = 1;
                continue;
            }
            const std::vector<bool> &row = rows[t];
            std::vector<bool> kept(chain.sources.size(), false);
            std::size_t keptCount = 0;
            for (std::size_t i = 0; i < chain.sources.size(); ++i) {
                kept[i] = row[std::size_t(chain.sources[i])];
                keptCount += kept[i] ? 1 : 0;
            }
            if (keptCount == chain.sources.size())
                continue;
            if (!chain.sliceable || chain.concatNode < 0)
                throw std::invalid_argument(where + ": target " + std::to_string(t)
                                            + " cannot be masked (its input is not read by one conv or linear)");
            state.storage.push_back(kept);
            state.keptParts[std::size_t(chain.concatNode)] = &state.storage.back();
            const std::vector<long> channels = keptChannels(chain, kept);
            const torch::Tensor index =
                torch::tensor(std::vector<std::int64_t>(channels.begin(), channels.end()), torch::kLong).to(device);
            for (const int node : chain.nodes)
                state.channels[std::size_t(node)] = index;
        }
    }
}

torch::Tensor GraphModuleImpl::evaluate(std::size_t index, const std::vector<torch::Tensor> &values,
                                        const MaskState *mask)
{
    const Node &node = m_graph.nodes[index];
    auto in = [&](std::size_t k = 0) -> const torch::Tensor & {
        return values[static_cast<std::size_t>(node.inputs[k])];
    };
    namespace F = torch::nn::functional;
    if (mask && mask->channels[index].defined()) {
        const torch::Tensor &channels = mask->channels[index];
        switch (node.op) {
        case OpKind::Conv: {
            const auto &options = m_convs[index]->options;
            const torch::Tensor weight = m_convs[index]->weight.index_select(1, channels);
            return F::conv2d(in(), weight, F::Conv2dFuncOptions()
                                               .bias(m_convs[index]->bias)
                                               .stride(options.stride())
                                               .padding(node.padding));
        }
        case OpKind::BatchNorm: {
            auto &norm = m_norms[index];
            torch::Tensor mean = norm->running_mean.index_select(0, channels);
            torch::Tensor var = norm->running_var.index_select(0, channels);
            const torch::Tensor out = torch::batch_norm(in(), norm->weight.index_select(0, channels),
                                                        norm->bias.index_select(0, channels), mean, var,
                                                        is_training(), norm->options.momentum().value(),
                                                        norm->options.eps(), false);
            if (is_training()) {   // batch_norm updated the sliced copies: write them back
                torch::NoGradGuard noGrad;
                norm->running_mean.index_copy_(0, channels, mean);
                norm->running_var.index_copy_(0, channels, var);
            }
            return out;
        }
        case OpKind::Linear:
            return F::linear(in(), m_linears[index]->weight.index_select(1, channels), m_linears[index]->bias);
        default:
            break;   // activations and pooling act per channel: nothing to slice
        }
    }
    switch (node.op) {
    case OpKind::Input:
        throw std::logic_error("the input node is not evaluated");
    case OpKind::Conv:
        return m_convs[index]->forward(in());
    case OpKind::BatchNorm:
        return m_norms[index]->forward(in());
    case OpKind::ReLU:
        return torch::relu(in());
    case OpKind::ReLU6:
        return torch::clamp(in(), 0.0, 6.0);
    case OpKind::MaxPool:
        return F::max_pool2d(in(), F::MaxPool2dFuncOptions(node.kernel).stride(node.stride).padding(node.padding));
    case OpKind::AvgPool:
        return F::avg_pool2d(in(), F::AvgPool2dFuncOptions(node.kernel).stride(node.stride).padding(node.padding));
    case OpKind::GlobalAvgPool:
        return F::adaptive_avg_pool2d(in(), F::AdaptiveAvgPool2dFuncOptions({1, 1}));
    case OpKind::Flatten:
        return in().flatten(1);
    case OpKind::Dropout:
        return F::dropout(in(), F::DropoutFuncOptions().p(node.dropout).training(is_training() && m_dropout));
    case OpKind::Linear:
        return m_linears[index]->forward(in());
    case OpKind::Concat: {
        const std::vector<bool> *kept = mask ? mask->keptParts[index] : nullptr;
        std::vector<torch::Tensor> parts;
        parts.reserve(node.inputs.size());
        for (std::size_t k = 0; k < node.inputs.size(); ++k)
            if (!kept || (*kept)[k])
                parts.push_back(in(k));
        return torch::cat(parts, 1);
    }
    case OpKind::Add:
        return in(0) + in(1);
    }
    throw std::logic_error("unknown op");
}

bool GraphModuleImpl::fastEngineApplies() const
{
    // The shared statistics stand for each reader's own BN only for the batch norm DenseLab
    // builds: affine, tracking running statistics with a fixed momentum, in training mode, with
    // one eps for all readers of a source. Anything else runs plain.
    const FastPlan &plan = m_fastPlans[m_memoryEfficient ? 1 : 0];
    for (const FastChain &chain : plan.chains) {
        const auto &norm = m_norms[std::size_t(chain.normNode)];
        const auto &o = norm->options;
        if (!o.affine() || !o.track_running_stats() || !o.momentum().has_value() || !norm->is_training()
            || !norm->weight.defined() || !norm->bias.defined())
            return false;
        for (const int s : chain.sources) {
            const int first = plan.firstReaderNorm[std::size_t(s)];   // -1: a single reader's own source
            if (first >= 0 && o.eps() != m_norms[std::size_t(first)]->options.eps())
                return false;
        }
    }
    return true;
}

void GraphModuleImpl::findSegments()
{
    // A concatenation, then BN / ReLU / ReLU6 nodes, up to and including the first convolution,
    // each node read only by the next: nothing outside needs the tensors in between.
    const std::size_t n = m_graph.nodes.size();
    const std::vector<std::vector<int>> readers = readersOf(m_graph);
    m_segmentAt.assign(n, -1);
    m_covered.assign(n, 0);
    for (std::size_t i = 0; i < n; ++i) {
        if (m_graph.nodes[i].op != OpKind::Concat)
            continue;
        RecomputedSegment segment;
        segment.concatNode = int(i);
        segment.nodes.push_back(int(i));
        int at = int(i);
        bool complete = false;
        while (readers[std::size_t(at)].size() == 1) {
            const int following = readers[std::size_t(at)].front();
            const Node &node = m_graph.nodes[std::size_t(following)];
            RecomputedSegment::Op op;
            if (node.op == OpKind::BatchNorm) {
                op.kind = RecomputedSegment::Op::Kind::Norm;
                op.norm = m_norms[std::size_t(following)].get();
            } else if (node.op == OpKind::ReLU) {
                op.kind = RecomputedSegment::Op::Kind::ReLU;
            } else if (node.op == OpKind::ReLU6) {
                op.kind = RecomputedSegment::Op::Kind::ReLU6;
            } else if (node.op == OpKind::Conv) {
                op.kind = RecomputedSegment::Op::Kind::Conv;
                op.conv = m_convs[std::size_t(following)].get();
                op.stride = node.stride;
                op.padding = node.padding;
                op.groups = node.groups;
            } else {
                break;
            }
            segment.ops.push_back(op);
            segment.nodes.push_back(following);
            at = following;
            if (node.op == OpKind::Conv) {
                complete = true;
                break;
            }
        }
        if (!complete)
            continue;
        segment.lastNode = at;
        for (std::size_t k = 1; k < segment.nodes.size(); ++k)
            m_covered[std::size_t(segment.nodes[k])] = 1;
        m_segmentAt[i] = int(m_segments.size());
        m_segments.push_back(std::move(segment));
    }
}

std::vector<torch::Tensor> GraphModuleImpl::forwardNodes(const torch::Tensor &x, const std::vector<int> &wanted,
                                                         const ConnectionMask *mask)
{
    MaskState state;
    if (mask)
        prepareMask(*mask, x.device(), state);
    const std::size_t n = m_graph.nodes.size();
    std::vector<bool> keep(n, false);
    for (const int w : wanted)
        keep[static_cast<std::size_t>(w)] = true;
    keep[n - 1] = true;
    std::vector<torch::Tensor> values(n);
    values[0] = x;
    // The memory-efficient path only where nothing inside a segment is asked for.
    const bool efficient = m_memoryEfficient && !mask && is_training() && torch::GradMode::is_enabled()
                        && !at::autocast::is_enabled() && wanted.size() == 1 && wanted.front() == int(n) - 1;
    for (std::size_t i = 1; i < n; ++i) {
        if (mask && state.skipped[i])
            continue;   // a layer the mask dropped: nothing reads it
        if (efficient && m_covered[i])
            continue;   // computed with its segment
        if (efficient && m_segmentAt[i] >= 0) {
            const RecomputedSegment &segment = m_segments[std::size_t(m_segmentAt[i])];
            std::vector<torch::Tensor> parts;
            for (const int in : m_graph.nodes[i].inputs)
                parts.push_back(values[std::size_t(in)]);
            values[std::size_t(segment.lastNode)] = segment.apply(parts);
        } else {
            values[i] = evaluate(i, values, mask ? &state : nullptr);
        }
        // Free inputs nobody reads any more, so peak memory follows the graph, not its size.
        for (const int in : m_graph.nodes[i].inputs) {
            const auto source = static_cast<std::size_t>(in);
            if (m_lastUse[source] == static_cast<int>(i) && !keep[source])
                values[source] = torch::Tensor();
        }
    }
    std::vector<torch::Tensor> result;
    result.reserve(wanted.size());
    for (const int w : wanted)
        result.push_back(values[static_cast<std::size_t>(w)]);
    return result;
}

torch::Tensor GraphModuleImpl::forward(const torch::Tensor &x)
{
    // CPU only: its fused passes are CPU loops (elsewhere ATen operations computing the same,
    // correct but never measured against cuDNN's batch norm); CUDA runs the plain graph.
    if (m_fast && x.device().is_cpu() && is_training() && torch::GradMode::is_enabled() && !at::autocast::is_enabled()
        && fastEngineApplies())
        return forwardFast(x);
    const int last = static_cast<int>(m_graph.nodes.size()) - 1;
    return forwardNodes(x, {last}).front();
}

torch::Tensor GraphModuleImpl::forward(const torch::Tensor &x, const ConnectionMask &mask)
{
    const int last = static_cast<int>(m_graph.nodes.size()) - 1;
    return forwardNodes(x, {last}, &mask).front();
}

void copyChildWeights(GraphModuleImpl &child, const GraphModuleImpl &supernet)
{
    const LayerGraph &cg = child.graph();
    const LayerGraph &sg = supernet.graph();
    if (cg.blocks.size() != sg.blocks.size())
        throw std::invalid_argument("child and supernet have different numbers of dense blocks");
    // Channel indices (in the supernet's concatenation) that each sliced child node reads.
    std::vector<std::vector<std::int64_t>> channelsOf(cg.nodes.size());
    const auto &childChains = child.sliceChains();
    const auto &superChains = supernet.sliceChains();
    for (std::size_t b = 0; b < childChains.size(); ++b) {
        if (childChains[b].size() != superChains[b].size())
            throw std::invalid_argument("block " + std::to_string(b + 1) + ": child and supernet depths differ");
        for (std::size_t t = 1; t < childChains[b].size(); ++t) {
            const SliceChain &c = childChains[b][t];
            const SliceChain &s = superChains[b][t];
            std::vector<std::int64_t> channels;
            for (std::size_t i = 0; i < c.sources.size(); ++i) {
                const auto at = std::find(s.sources.begin(), s.sources.end(), c.sources[i]);
                if (at == s.sources.end())
                    throw std::invalid_argument("block " + std::to_string(b + 1) + ": child connection "
                                                + std::to_string(c.sources[i]) + " -> " + std::to_string(t)
                                                + " is not in the supernet");
                const std::size_t k = std::size_t(at - s.sources.begin());
                for (int ch = 0; ch < s.widths[k]; ++ch)
                    channels.push_back(s.offsets[k] + ch);
            }
            for (const int node : c.nodes)
                channelsOf[std::size_t(node)] = channels;
        }
    }
    std::map<std::string, std::size_t> superIndex;
    for (std::size_t i = 0; i < sg.nodes.size(); ++i)
        superIndex[sg.nodes[i].name] = i;

    torch::NoGradGuard noGrad;
    auto assign = [](torch::Tensor &to, const torch::Tensor &from, int dim, const std::vector<std::int64_t> &channels,
                     const std::string &name) {
        torch::Tensor value = from;
        if (!channels.empty())   // also when only the order differs (log-dense lists sources descending)
            value = from.index_select(dim, torch::tensor(channels, torch::kLong).to(from.device()));
        if (value.sizes() != to.sizes())
            throw std::invalid_argument(name + ": child and supernet shapes differ");
        to.copy_(value);
    };
    for (std::size_t i = 0; i < cg.nodes.size(); ++i) {
        const Node &node = cg.nodes[i];
        if (node.op != OpKind::Conv && node.op != OpKind::BatchNorm && node.op != OpKind::Linear)
            continue;
        const auto found = superIndex.find(node.name);
        if (found == superIndex.end())
            throw std::invalid_argument(node.name + ": no such layer in the supernet");
        const std::size_t s = found->second;
        const auto &channels = channelsOf[i];
        if (node.op == OpKind::Conv) {
            assign(child.convAt(i)->weight, supernet.convAt(s)->weight, 1, channels, node.name);
            if (node.bias)
                assign(child.convAt(i)->bias, supernet.convAt(s)->bias, 0, {}, node.name);
        } else if (node.op == OpKind::BatchNorm) {
            auto to = child.normAt(i);
            auto from = supernet.normAt(s);
            assign(to->weight, from->weight, 0, channels, node.name);
            assign(to->bias, from->bias, 0, channels, node.name);
            assign(to->running_mean, from->running_mean, 0, channels, node.name);
            assign(to->running_var, from->running_var, 0, channels, node.name);
        } else {
            assign(child.linearAt(i)->weight, supernet.linearAt(s)->weight, 1, channels, node.name);
            assign(child.linearAt(i)->bias, supernet.linearAt(s)->bias, 0, {}, node.name);
        }
    }
}

} // namespace denselab::nn
