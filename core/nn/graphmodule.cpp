// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphmodule.h"

#include <torch/nn/functional/dropout.h>
#include <torch/nn/functional/pooling.h>
#include <torch/torch.h>

#include <algorithm>
#include <stdexcept>

namespace denselab::nn {

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
}

torch::Tensor GraphModuleImpl::evaluate(std::size_t index, const std::vector<torch::Tensor> &values)
{
    const Node &node = m_graph.nodes[index];
    auto in = [&](std::size_t k = 0) -> const torch::Tensor & {
        return values[static_cast<std::size_t>(node.inputs[k])];
    };
    namespace F = torch::nn::functional;
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
        return F::dropout(in(), F::DropoutFuncOptions().p(node.dropout).training(is_training()));
    case OpKind::Linear:
        return m_linears[index]->forward(in());
    case OpKind::Concat: {
        std::vector<torch::Tensor> parts;
        parts.reserve(node.inputs.size());
        for (std::size_t k = 0; k < node.inputs.size(); ++k)
            parts.push_back(in(k));
        return torch::cat(parts, 1);
    }
    case OpKind::Add:
        return in(0) + in(1);
    }
    throw std::logic_error("unknown op");
}

std::vector<torch::Tensor> GraphModuleImpl::forwardNodes(const torch::Tensor &x, const std::vector<int> &wanted)
{
    const std::size_t n = m_graph.nodes.size();
    std::vector<bool> keep(n, false);
    for (const int w : wanted)
        keep[static_cast<std::size_t>(w)] = true;
    keep[n - 1] = true;
    std::vector<torch::Tensor> values(n);
    values[0] = x;
    for (std::size_t i = 1; i < n; ++i) {
        values[i] = evaluate(i, values);
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
    const int last = static_cast<int>(m_graph.nodes.size()) - 1;
    return forwardNodes(x, {last}).front();
}

} // namespace denselab::nn
