// SPDX-License-Identifier: GPL-3.0-or-later
// GraphModuleImpl's forward pass on the fast engine (see FastPlan and fastnormact.h).
#include "fastnormact.h"
#include "graphmodule.h"
#include "shapeonlypooling.h"

#include <torch/torch.h>

namespace denselab::nn {
namespace {

// What each reader's BatchNorm2d would have done to its running statistics, from the shared
// per-source figures: running = (1 - momentum) * running + momentum * batch.
void updateRunningStatistics(torch::nn::BatchNorm2dImpl &norm, const std::vector<torch::Tensor> &means,
                             const std::vector<torch::Tensor> &vars)
{
    torch::NoGradGuard noGrad;
    const double momentum = norm.options.momentum().value();   // fastEngineApplies checked it
    const torch::Tensor mean = means.size() == 1 ? means.front() : torch::cat(means);
    const torch::Tensor var = vars.size() == 1 ? vars.front() : torch::cat(vars);
    norm.running_mean.mul_(1.0 - momentum).add_(mean, momentum);
    norm.running_var.mul_(1.0 - momentum).add_(var, momentum);
    norm.num_batches_tracked.add_(1);
}

} // namespace

torch::Tensor GraphModuleImpl::forwardFast(const torch::Tensor &x)
{
    const FastPlan &plan = m_fastPlans[m_memoryEfficient ? 1 : 0];
    const std::size_t n = m_graph.nodes.size();
    std::vector<torch::Tensor> values(n);
    std::vector<NormalizedSource> normalized(n);
    std::vector<char> skip(plan.covered.begin(), plan.covered.end());
    values[0] = x;
    const auto normalize = [&](std::size_t i) {
        // Every reader's BN has DenseLab's defaults; the first one's eps stands for all.
        const double eps = m_norms[std::size_t(plan.firstReaderNorm[i])]->options.eps();
        normalized[i] = normalizeWithBatchStatistics(values[i], eps);
        if (plan.rawLastUse[i] == int(i) && i + 1 != n)
            values[i] = torch::Tensor();   // no reader needs it as it is
    };
    if (plan.normalized[0])
        normalize(0);
    for (std::size_t i = 1; i < n; ++i) {
        if (skip[i])
            continue;
        const int chainIndex = plan.chainAt[i];
        if (chainIndex >= 0) {
            const FastChain &chain = plan.chains[std::size_t(chainIndex)];
            torch::nn::BatchNorm2dImpl &norm = *m_norms[std::size_t(chain.normNode)];
            if (chain.singleReader) {
                const auto source = std::size_t(chain.sources.front());
                SingleNormActivation single =
                    normActivateSingle(values[source], norm.weight, norm.bias, chain.relu6, norm.options.eps());
                updateRunningStatistics(norm, {single.mean}, {single.unbiasedVar});
                values[i] = single.activated;
                if (plan.rawLastUse[source] == int(i))
                    values[source] = torch::Tensor();
            } else {
                std::vector<NormalizedSource> parts;
                std::vector<torch::Tensor> means, vars;
                for (const int s : chain.sources) {
                    parts.push_back(normalized[std::size_t(s)]);
                    means.push_back(parts.back().mean);
                    vars.push_back(parts.back().unbiasedVar);
                }
                updateRunningStatistics(norm, means, vars);
                if (chain.convNode >= 0) {
                    const Node &conv = m_graph.nodes[std::size_t(chain.convNode)];
                    values[i] = normActivateConv(parts, norm.weight, norm.bias, chain.relu6,
                                                 *m_convs[std::size_t(chain.convNode)], conv.stride, conv.padding, conv.groups);
                } else {
                    values[i] = normActivate(parts, norm.weight, norm.bias, chain.relu6);
                }
            }
            for (const int s : chain.sources)
                if (plan.normalizedLastUse[std::size_t(s)] == int(i))
                    normalized[std::size_t(s)] = NormalizedSource();
        } else if (m_memoryEfficient && m_segmentAt[i] >= 0) {
            // A recomputed segment the plan leaves alone (a concatenation read by a convolution
            // directly, as in HarDNet): it reads the raw sources here, at its concatenation.
            const RecomputedSegment &segment = m_segments[std::size_t(m_segmentAt[i])];
            std::vector<torch::Tensor> parts;
            for (const int in : m_graph.nodes[i].inputs)
                parts.push_back(values[std::size_t(in)]);
            for (std::size_t k = 1; k < segment.nodes.size(); ++k)
                skip[std::size_t(segment.nodes[k])] = 1;
            values[std::size_t(segment.lastNode)] = segment.apply(parts);
        } else if (const int pool = plan.poolsFirst[i]; pool >= 0) {
            // This 1x1 convolution runs after its pooling (FastPlan::convAfterPool): its node
            // holds the pooled input until the pooling's node convolves it.
            const Node &p = m_graph.nodes[std::size_t(pool)];
            values[i] = averagePoolKeepingShapeOnly(values[std::size_t(m_graph.nodes[i].inputs.front())], p.kernel, p.stride);
        } else if (const int conv = plan.convAfterPool[i]; conv >= 0 && !skip[std::size_t(conv)]) {
            // The pooled input, convolved. (A convolution a recomputed segment took in was
            // computed there, on the whole input: this node then pools its output as usual.)
            values[i] = m_convs[std::size_t(conv)]->forward(values[std::size_t(conv)]);
        } else {
            values[i] = evaluate(i, values, nullptr);
        }
        if (chainIndex < 0) {
            for (const int in : m_graph.nodes[i].inputs)
                if (plan.rawLastUse[std::size_t(in)] == int(i))
                    values[std::size_t(in)] = torch::Tensor();
        }
        const std::size_t produced = chainIndex >= 0 || !(m_memoryEfficient && m_segmentAt[i] >= 0)
                                         ? i
                                         : std::size_t(m_segments[std::size_t(m_segmentAt[i])].lastNode);
        if (plan.normalized[produced])
            normalize(produced);
    }
    return values[n - 1];
}

} // namespace denselab::nn
