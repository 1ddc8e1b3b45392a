// SPDX-License-Identifier: GPL-3.0-or-later
#include "layergraph.h"

namespace denselab {

const char *opName(OpKind op)
{
    switch (op) {
    case OpKind::Input: return "input";
    case OpKind::Conv: return "conv";
    case OpKind::BatchNorm: return "bn";
    case OpKind::ReLU: return "relu";
    case OpKind::ReLU6: return "relu6";
    case OpKind::MaxPool: return "maxpool";
    case OpKind::AvgPool: return "avgpool";
    case OpKind::GlobalAvgPool: return "global-avgpool";
    case OpKind::Flatten: return "flatten";
    case OpKind::Dropout: return "dropout";
    case OpKind::Linear: return "linear";
    case OpKind::Concat: return "concat";
    case OpKind::Add: return "add";
    }
    return "?";
}

std::vector<std::vector<int>> readersOf(const LayerGraph &graph)
{
    std::vector<std::vector<int>> readers(graph.nodes.size());
    for (std::size_t i = 0; i < graph.nodes.size(); ++i)
        for (const int in : graph.nodes[i].inputs)
            readers[static_cast<std::size_t>(in)].push_back(static_cast<int>(i));
    return readers;
}

} // namespace denselab
