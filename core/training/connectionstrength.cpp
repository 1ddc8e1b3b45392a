// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionstrength.h"

#include "checkpoint.h"
#include "graph/compiler.h"
#include "graph/slicechain.h"
#include "nn/graphmodule.h"
#include "runrecord.h"

#include <torch/torch.h>

#include <stdexcept>

namespace denselab::training {

std::vector<BlockStrength> connectionStrength(const std::string &runDir)
{
    const RunRecord record = readRunRecord(runDir);
    const char *tag = hasCheckpoint(runDir, "best") ? "best" : "last";
    if (!hasCheckpoint(runDir, tag))
        throw std::runtime_error(runDir + ": the run has no checkpoint yet (it ends an epoch first)");
    torch::NoGradGuard noGrad;
    nn::GraphModule model(compile(trainedDesignOf(record)));
    loadCheckpoint(runDir, tag, *model, nullptr, torch::kCPU);

    const LayerGraph &graph = model->graph();
    const std::vector<std::vector<SliceChain>> &chains = model->sliceChains();
    std::vector<BlockStrength> result;
    for (std::size_t b = 0; b < graph.blocks.size(); ++b) {
        const CompiledBlock &block = graph.blocks[b];
        BlockStrength s;
        s.stage = block.stage;
        s.layers = block.connectivity.layers;
        s.strength.assign(static_cast<std::size_t>(s.layers) + 1, std::vector<double>(static_cast<std::size_t>(s.layers) + 1, -1.0));
        for (int t = 1; t <= s.layers; ++t) {
            if (!block.connectivity.kept[static_cast<std::size_t>(t)])
                continue;
            const SliceChain &chain = chains[b][static_cast<std::size_t>(t)];
            if (chain.nodes.empty() || graph.nodes[static_cast<std::size_t>(chain.nodes.back())].op != OpKind::Conv)
                continue;
            // [out, in, k, k] -> mean |w| per input channel, then per source's channel range.
            const torch::Tensor perChannel =
                model->convAt(static_cast<std::size_t>(chain.nodes.back()))->weight.abs().mean({0, 2, 3});
            for (std::size_t i = 0; i < chain.sources.size(); ++i) {
                const long from = chain.offsets[i];   // buildSliceChains fills one offset and width per source
                const long width = chain.widths[i];
                const double v = perChannel.slice(0, from, from + width).mean().item<double>();
                s.strength[static_cast<std::size_t>(t)][static_cast<std::size_t>(chain.sources[i])] = v;
                s.maximum = std::max(s.maximum, v);
            }
        }
        result.push_back(std::move(s));
    }
    return result;
}

} // namespace denselab::training
