// SPDX-License-Identifier: GPL-3.0-or-later
#include "fastplan.h"

#include <algorithm>

namespace denselab::nn {

FastPlan planFastEngine(const LayerGraph &graph, bool convInside)
{
    const std::size_t n = graph.nodes.size();
    const std::vector<std::vector<int>> readersOfNode = readersOf(graph);
    const auto onlyReader = [&](int node) {   // -1 unless exactly one node reads `node`
        const std::vector<int> &r = readersOfNode[std::size_t(node)];
        return r.size() == 1 ? r.front() : -1;
    };
    // A 1x1 convolution (stride 1, no padding) whose one reader is an unpadded average pooling:
    // the two are swapped (FastPlan::convAfterPool), in the memory-efficient mode too, where the
    // chain before it then keeps its activation instead of recomputing the convolution's input
    // (a transition's, once per stage) so that both modes compute the same.
    const auto poolsFirst = [&](int node) {
        const Node &conv = graph.nodes[std::size_t(node)];
        const int pool = onlyReader(node);
        return conv.op == OpKind::Conv && conv.kernel == 1 && conv.stride == 1 && conv.padding == 0 && pool >= 0
               && graph.nodes[std::size_t(pool)].op == OpKind::AvgPool && graph.nodes[std::size_t(pool)].padding == 0;
    };
    FastPlan plan;
    plan.chainAt.assign(n, -1);
    plan.covered.assign(n, 0);
    plan.normalized.assign(n, 0);
    plan.firstReaderNorm.assign(n, -1);
    plan.rawLastUse.assign(n, -1);
    plan.normalizedLastUse.assign(n, -1);
    for (std::size_t i = 0; i < n; ++i) {
        const Node &norm = graph.nodes[i];
        const int act = onlyReader(int(i));
        if (norm.op != OpKind::BatchNorm || norm.inputs.size() != 1 || act < 0)
            continue;
        const OpKind actOp = graph.nodes[std::size_t(act)].op;
        if (actOp != OpKind::ReLU && actOp != OpKind::ReLU6)
            continue;
        FastChain chain;
        chain.normNode = int(i);
        chain.actNode = act;
        chain.relu6 = actOp == OpKind::ReLU6;
        const int in = norm.inputs.front();
        const Node &input = graph.nodes[std::size_t(in)];
        if (input.op == OpKind::Concat && onlyReader(in) >= 0) {
            chain.concatNode = in;
            chain.sources = input.inputs;
        } else {
            chain.sources = {in};
        }
        const int afterAct = onlyReader(act);
        if (convInside && afterAct >= 0 && graph.nodes[std::size_t(afterAct)].op == OpKind::Conv
            && !poolsFirst(afterAct))
            chain.convNode = afterAct;
        if (chain.concatNode >= 0)
            plan.covered[std::size_t(chain.concatNode)] = 1;
        plan.covered[i] = 1;
        if (chain.convNode >= 0)
            plan.covered[std::size_t(act)] = 1;
        plan.chainAt[std::size_t(chain.outputNode())] = int(plan.chains.size());
        plan.chains.push_back(std::move(chain));
    }
    std::vector<int> readers(n, 0);   // chains reading each node
    for (const FastChain &chain : plan.chains)
        for (const int s : chain.sources)
            ++readers[std::size_t(s)];
    for (FastChain &chain : plan.chains) {
        chain.singleReader = chain.sources.size() == 1 && readers[std::size_t(chain.sources.front())] == 1 && chain.convNode < 0;
        if (chain.singleReader)
            continue;
        for (const int s : chain.sources) {
            plan.normalized[std::size_t(s)] = 1;
            if (plan.firstReaderNorm[std::size_t(s)] < 0)
                plan.firstReaderNorm[std::size_t(s)] = chain.normNode;
            int &last = plan.normalizedLastUse[std::size_t(s)];
            last = std::max(last, chain.outputNode());
        }
    }
    plan.convAfterPool.assign(n, -1);
    plan.poolsFirst.assign(n, -1);
    for (std::size_t i = 0; i < n; ++i) {
        if (!poolsFirst(int(i)) || plan.covered[i] || plan.chainAt[i] >= 0)
            continue;
        plan.poolsFirst[i] = onlyReader(int(i));
        plan.convAfterPool[std::size_t(plan.poolsFirst[i])] = int(i);
    }
    // Raw values: read by the normalization right after they are made, and by every node that
    // is computed on its own (a chain's output node reads its sources normalized instead).
    for (std::size_t i = 0; i < n; ++i) {
        if (plan.normalized[i])
            plan.rawLastUse[i] = int(i);
        if (plan.chainAt[i] >= 0 && plan.chains[std::size_t(plan.chainAt[i])].singleReader) {
            const auto source = std::size_t(plan.chains[std::size_t(plan.chainAt[i])].sources.front());
            plan.rawLastUse[source] = std::max(plan.rawLastUse[source], int(i));
        }
        if (plan.covered[i] || plan.chainAt[i] >= 0)
            continue;
        for (const int in : graph.nodes[i].inputs)
            plan.rawLastUse[std::size_t(in)] = std::max(plan.rawLastUse[std::size_t(in)], int(i));
    }
    return plan;
}

} // namespace denselab::nn
