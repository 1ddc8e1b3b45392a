// SPDX-License-Identifier: GPL-3.0-or-later
#include "criteria.h"

#include <torch/torch.h>

#include <stdexcept>

namespace denselab::prune {

namespace {

// Producer node -> its group, for the prunable groups.
std::map<int, int> producersOf(const ChannelMap &map)
{
    std::map<int, int> producers;
    for (const PruningGroup &g : map.groups)
        if (g.prunable)
            for (const int p : g.producers)
                producers[p] = g.id;
    return producers;
}

void addTo(Scores &scores, const ChannelMap &map, int group, const torch::Tensor &perChannel)
{
    const torch::Tensor values = perChannel.to(torch::kCPU, torch::kDouble).contiguous();
    auto &list = scores[group];
    list.resize(std::size_t(map.groups[std::size_t(group)].channels), 0.0);
    const double *data = values.data_ptr<double>();
    for (std::size_t c = 0; c < list.size() && c < std::size_t(values.numel()); ++c)
        list[c] += data[c];
}

} // namespace

Scores scoreChannels(nn::GraphModuleImpl &model, const ChannelMap &map, Criterion criterion, const BatchSource &next,
                     int batches)
{
    const std::map<int, int> producers = producersOf(map);
    Scores scores;
    for (const auto &[node, group] : producers)
        scores[group].assign(std::size_t(map.groups[std::size_t(group)].channels), 0.0);
    if (criterion == Criterion::Random) {
        for (auto &[group, list] : scores) {
            const torch::Tensor r = torch::rand({long(list.size())}, torch::kDouble);
            for (std::size_t c = 0; c < list.size(); ++c)
                list[c] = r[long(c)].item<double>();
        }
        return scores;
    }
    if (criterion == Criterion::L1) {
        torch::NoGradGuard noGrad;
        for (const auto &[node, group] : producers)
            addTo(scores, map, group, model.convAt(std::size_t(node))->weight.abs().sum({1, 2, 3}));
        return scores;
    }
    std::vector<int> wanted;
    for (const auto &[node, group] : producers)
        wanted.push_back(node);
    const int last = int(model.graph().nodes.size()) - 1;
    wanted.push_back(last);
    const bool taylor = criterion == Criterion::Taylor;
    const bool wasTraining = model.is_training();
    model.eval();   // running statistics and dropout stay as they are
    for (int b = 0; b < batches; ++b) {
        const auto batch = next();
        if (!batch)
            break;
        std::optional<torch::NoGradGuard> noGrad;
        if (!taylor)
            noGrad.emplace();
        std::vector<torch::Tensor> outputs = model.forwardNodes(batch->first, wanted);
        if (taylor) {
            for (std::size_t i = 0; i + 1 < outputs.size(); ++i)
                outputs[i].retain_grad();
            torch::nn::functional::cross_entropy(outputs.back(), batch->second).backward();
        }
        for (std::size_t i = 0; i + 1 < outputs.size(); ++i) {
            const int group = producers.at(wanted[i]);
            const torch::Tensor a = outputs[i].detach();
            // Molchanov et al. 2017: |mean over the batch and positions of activation x gradient|.
            const torch::Tensor perChannel =
                taylor ? (a * outputs[i].grad()).mean({0, 2, 3}).abs() : a.abs().mean({0, 2, 3});
            addTo(scores, map, group, perChannel);
        }
        if (taylor)
            model.zero_grad();
    }
    model.train(wasTraining);
    return scores;
}

nn::GraphModule pruneModule(const nn::GraphModuleImpl &model, const ChannelMap &map, const Removal &removal,
                            const LayerGraph &prunedGraph)
{
    const LayerGraph &graph = model.graph();
    if (graph.nodes.size() != prunedGraph.nodes.size())
        throw std::invalid_argument("pruning surgery: the pruned graph has a different structure");
    nn::GraphModule pruned(prunedGraph);
    torch::NoGradGuard noGrad;
    auto positions = [&](int node) {
        const std::vector<std::int64_t> kept = keptPositions(map.nodeChannels[std::size_t(node)], removal);
        return torch::tensor(kept, torch::kLong);
    };
    auto assign = [](torch::Tensor &to, const torch::Tensor &from, const std::string &name) {
        if (from.sizes() != to.sizes())
            throw std::invalid_argument("pruning surgery: " + name + " has shape " + c10::str(from.sizes())
                                        + " after slicing, the pruned layer " + c10::str(to.sizes()));
        to.copy_(from);
    };
    for (std::size_t i = 0; i < graph.nodes.size(); ++i) {
        const Node &node = graph.nodes[i];
        if (node.name != prunedGraph.nodes[i].name)
            throw std::invalid_argument("pruning surgery: node " + node.name + " is " + prunedGraph.nodes[i].name
                                        + " in the pruned graph");
        switch (node.op) {
        case OpKind::Conv: {
            const auto from = model.convAt(i);
            auto to = pruned->convAt(i);
            const torch::Device device = from->weight.device();
            const torch::Tensor out = positions(int(i)).to(device);
            torch::Tensor w = from->weight.index_select(0, out);
            if (node.groups == 1)
                w = w.index_select(1, positions(node.inputs.front()).to(device));
            to->to(device);
            assign(to->weight, w, node.name);
            if (node.bias)
                assign(to->bias, from->bias.index_select(0, out), node.name);
            break;
        }
        case OpKind::BatchNorm: {
            const auto from = model.normAt(i);
            auto to = pruned->normAt(i);
            const torch::Device device = from->weight.device();
            const torch::Tensor kept = positions(int(i)).to(device);
            to->to(device);
            assign(to->weight, from->weight.index_select(0, kept), node.name);
            assign(to->bias, from->bias.index_select(0, kept), node.name);
            // Sliced, not reset (the seed resets them): the remaining channels' statistics stay valid.
            assign(to->running_mean, from->running_mean.index_select(0, kept), node.name);
            assign(to->running_var, from->running_var.index_select(0, kept), node.name);
            to->num_batches_tracked.copy_(from->num_batches_tracked);
            break;
        }
        case OpKind::Linear: {
            const auto from = model.linearAt(i);
            auto to = pruned->linearAt(i);
            const torch::Device device = from->weight.device();
            to->to(device);
            assign(to->weight, from->weight.index_select(1, positions(node.inputs.front()).to(device)), node.name);
            assign(to->bias, from->bias, node.name);
            break;
        }
        default:
            break;
        }
    }
    return pruned;
}

} // namespace denselab::prune
