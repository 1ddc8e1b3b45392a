// SPDX-License-Identifier: GPL-3.0-or-later
#include "maskbench.h"

#include "randomchild.h"

#include "graph/compiler.h"
#include "nn/graphmodule.h"
#include "nn/initialization.h"
#include "training/trainingconfig.h"

#include <torch/torch.h>

#include <algorithm>
#include <chrono>
#include <functional>
#include <vector>

namespace denselab::search {

namespace {

double medianMs(int steps, const std::function<void()> &work)
{
    work();
    work();   // warm caches and the allocator
    std::vector<double> times;
    for (int i = 0; i < steps; ++i) {
        const auto start = std::chrono::steady_clock::now();
        work();
        times.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    }
    std::nth_element(times.begin(), times.begin() + times.size() / 2, times.end());
    return times[times.size() / 2];
}

} // namespace

MaskBenchResult benchMask(const MaskBenchOptions &o)
{
    if (o.threads > 0)
        torch::set_num_threads(training::usableThreads(o.threads));
    MaskBenchResult r;
    r.threads = torch::get_num_threads();
    const RandomChild child = randomChild(o.design, o.eta, o.seed);
    r.childEta = child.cost.eta;
    torch::manual_seed(int64_t(o.seed));
    nn::GraphModule supernet(compile(o.design));
    nn::initializeWeights(*supernet);
    nn::GraphModule alone(compile(child.design));
    nn::copyChildWeights(*alone, *supernet);
    const Design &d = o.design;
    const torch::Tensor x = torch::randn({o.batch, d.input.channels, d.input.height, d.input.width});
    auto forward = [&](nn::GraphModuleImpl &m, const ConnectionMask *mask) {
        m.eval();
        torch::NoGradGuard noGrad;
        (mask ? m.forward(x, *mask) : m.forward(x)).sum().item<float>();
    };
    auto train = [&](nn::GraphModuleImpl &m, const ConnectionMask *mask) {
        m.train();
        m.zero_grad();
        (mask ? m.forward(x, *mask) : m.forward(x)).sum().backward();
    };
    r.forwardPlainMs = medianMs(o.steps, [&] { forward(*supernet, nullptr); });
    r.forwardMaskedMs = medianMs(o.steps, [&] { forward(*supernet, &child.mask); });
    r.forwardChildMs = medianMs(o.steps, [&] { forward(*alone, nullptr); });
    r.trainPlainMs = medianMs(o.steps, [&] { train(*supernet, nullptr); });
    r.trainMaskedMs = medianMs(o.steps, [&] { train(*supernet, &child.mask); });
    r.trainChildMs = medianMs(o.steps, [&] { train(*alone, nullptr); });
    return r;
}

} // namespace denselab::search
