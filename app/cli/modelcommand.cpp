// SPDX-License-Identifier: GPL-3.0-or-later
// `denselab-cli model`: builds the LibTorch module of a design and runs one forward pass on zeros.
#include "commands.h"

#include "designsource.h"
#include "graph/compiler.h"
#include "nn/graphmodule.h"

#include <nlohmann/json.hpp>
#include <torch/torch.h>

#include <thread>

namespace denselab::cli {

int runModel(Arguments &args, std::ostream &out)
{
    const std::string format = args.choice("--format", {"json"}, "json");
    const int batch = args.integer("--batch", 1, 1);
    DesignSource source = readDesignSource(args);
    args.finish();
    (void)format;

    // Debian's LibTorch starts with one intra-op thread; use every core.
    torch::set_num_threads(static_cast<int>(std::max(1u, std::thread::hardware_concurrency())));
    nn::GraphModule module(compile(source.design));
    module->eval();
    torch::NoGradGuard noGrad;
    const Shape &in = module->graph().input;
    const torch::Tensor logits = module->forward(torch::zeros({batch, in.channels, in.height, in.width}));
    out << nlohmann::json{{"params", nn::countParameters(*module)},
                          {"output", logits.sizes().vec()}}
               .dump()
        << '\n';
    return 0;
}

} // namespace denselab::cli
