// SPDX-License-Identifier: GPL-3.0-or-later
#include "modelprobe.h"

#include "trainingconfig.h"

#include "cost/costmodel.h"
#include "design/designerror.h"
#include "graph/compiler.h"
#include "nn/graphmodule.h"

#include <torch/torch.h>

#include <unistd.h>

namespace denselab::training {

ModelProbe probeModel(const Design &design, int batch)
{
    // Debian's LibTorch starts with one intra-op thread; use every core.
    torch::set_num_threads(machineCores());
    LayerGraph graph = compile(design);
    // Weights are allocated and initialised in full: refuse what cannot fit before touching it,
    // instead of letting the kernel's overcommit let it eat the machine.
    const std::int64_t params = computeCosts(graph).total.params;
    const long double weightBytes = static_cast<long double>(params) * sizeof(float);
    const long double memory = static_cast<long double>(::sysconf(_SC_PHYS_PAGES)) * ::sysconf(_SC_PAGE_SIZE);
    if (weightBytes > memory / 2) {
        throw DesignError(std::to_string(params) + " parameters need "
                          + std::to_string(static_cast<long long>(weightBytes / (1 << 20)))
                          + " MiB, more than half of this machine's "
                          + std::to_string(static_cast<long long>(memory / (1 << 20))) + " MiB");
    }
    try {
        nn::GraphModule module(std::move(graph));
        module->eval();
        torch::NoGradGuard noGrad;
        const Shape &in = module->graph().input;
        const torch::Tensor logits = module->forward(torch::zeros({batch, in.channels, in.height, in.width}));
        return {nn::countParameters(*module), logits.sizes().vec()};
    } catch (const c10::Error &e) {   // out of memory for the activations, most likely
        throw DesignError(std::string("the module cannot be built or run (") + e.what_without_backtrace() + ")");
    }
}

} // namespace denselab::training
