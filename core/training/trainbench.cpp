// SPDX-License-Identifier: GPL-3.0-or-later
#include "trainbench.h"

#include "cpuallocationcache.h"

#include "memorymeter.h"

#include "device.h"

#include "cost/costmodel.h"
#include "graph/compiler.h"
#include "nn/graphmodule.h"
#include "nn/initialization.h"

#include <torch/torch.h>

#include <algorithm>
#include <chrono>

namespace denselab::training {

namespace {

using Clock = std::chrono::steady_clock;

void sync(const torch::Device &device)
{
    if (device.is_cuda())
        torch::cuda::synchronize();
}

// Convolution FLOPs of one training step per image: 2 per MAC for the forward pass, the
// weight gradient and (except where the input is the image itself) the input gradient.
double convTrainingFlops(const LayerGraph &graph)
{
    double flops = 0;
    for (const Node &node : graph.nodes) {
        if (node.op != OpKind::Conv)
            continue;
        const double macs = double(nodeCost(graph, node).macs);
        const bool readsImage = graph.nodes[std::size_t(node.inputs.front())].op == OpKind::Input;
        flops += 2 * macs * (readsImage ? 2 : 3);
    }
    return flops;
}

// Best forward + backward FLOP/s of a few large, compute-bound convolutions.
double peakConvFlops(const torch::Device &device, torch::ScalarType dtype, bool channelsLast, std::string &shape)
{
    struct Case {
        int batch, channels, size, kernel;
    };
    const bool cuda = device.is_cuda();
    const std::vector<Case> cases = cuda ? std::vector<Case>{{64, 256, 56, 3}, {64, 512, 28, 1}}
                                         : std::vector<Case>{{8, 256, 28, 3}, {8, 512, 28, 1}};
    double best = 0;
    for (const Case &c : cases) {
        const auto options = torch::TensorOptions().device(device).dtype(dtype);
        torch::Tensor x = torch::randn({c.batch, c.channels, c.size, c.size}, options).requires_grad_(true);
        torch::Tensor w = torch::randn({c.channels, c.channels, c.kernel, c.kernel}, options).requires_grad_(true);
        if (channelsLast) {
            x = x.detach().contiguous(torch::MemoryFormat::ChannelsLast).requires_grad_(true);
            w = w.detach().contiguous(torch::MemoryFormat::ChannelsLast).requires_grad_(true);
        }
        const double macs = double(c.batch) * c.channels * c.channels * c.kernel * c.kernel * c.size * c.size;
        const double flops = 3 * 2 * macs;
        double fastest = 1e30;
        for (int rep = 0; rep < 4; ++rep) {
            sync(device);
            const auto start = Clock::now();
            torch::Tensor y = torch::conv2d(x, w, {}, 1, c.kernel / 2);
            y.backward(torch::ones_like(y));
            sync(device);
            if (rep > 0)   // the first call pays for algorithm selection and allocation
                fastest = std::min(fastest, std::chrono::duration<double>(Clock::now() - start).count());
            x.mutable_grad() = torch::Tensor();
            w.mutable_grad() = torch::Tensor();
        }
        const double rate = flops / fastest;
        if (rate > best) {
            best = rate;
            shape = std::to_string(c.batch) + "x" + std::to_string(c.channels) + "x" + std::to_string(c.size) + "x"
                    + std::to_string(c.size) + " conv " + std::to_string(c.kernel) + "x" + std::to_string(c.kernel)
                    + " -> " + std::to_string(c.channels);
        }
    }
    return best;
}

} // namespace

TrainBenchResult benchTrain(const TrainBenchOptions &o)
{
    const DeviceChoice device = chooseDevice(o.device, o.threads);
    const Precision precision = effectivePrecision(o.precision, device.device);
    const bool cuda = device.device.is_cuda();
    const bool channelsLast = o.channelsLast;   // on the CPU too, see Engine::adoptModel
    if (cuda)
        at::globalContext().setBenchmarkCuDNN(true);
    const LayerGraph graph = compile(o.design);

    // Declared before the model, so run after it and the step's tensors are gone: nothing of the
    // benchmark stays cached.
    struct TrimAtExit {
        ~TrimAtExit() { trimCpuAllocationCache(); }
    } trimAtExit;
    torch::manual_seed(1);
    nn::GraphModule model(graph);
    nn::initializeWeights(*model);
    model->setMemoryEfficient(o.memoryEfficient);
    model->setFastEngine(o.engine == TrainingEngine::Fast);
    setCpuAllocationCache(o.engine == TrainingEngine::Fast && device.device.is_cpu());
    model->to(device.device);
    if (channelsLast)
        nn::toChannelsLast(*model);
    model->train();
    torch::optim::SGD sgd(model->parameters(), torch::optim::SGDOptions(0.01).momentum(0.9));
    const auto options = torch::TensorOptions().device(device.device);
    torch::Tensor x = torch::randn({o.batch, graph.input.channels, graph.input.height, graph.input.width}, options);
    if (channelsLast)
        x = x.contiguous(torch::MemoryFormat::ChannelsLast);
    const torch::Tensor y = torch::randint(graph.classes, {o.batch}, options.dtype(torch::kLong));
    const bool autocast = cuda && precision != Precision::Float32;
    const torch::ScalarType lowp = precision == Precision::Float16 ? torch::kHalf : torch::kBFloat16;

    auto step = [&] {
        sgd.zero_grad();
        if (autocast)
            setAutocast(true, lowp);
        const torch::Tensor logits = model->forward(x);
        if (autocast)
            setAutocast(false, torch::kFloat);
        torch::nn::functional::cross_entropy(logits.to(torch::kFloat), y).backward();
        sgd.step();
    };
    for (int i = 0; i < o.warmupSteps; ++i)
        step();
    sync(device.device);

    std::vector<double> times;
    const auto begin = Clock::now();
    while (int(times.size()) < o.minSteps
           || std::chrono::duration<double>(Clock::now() - begin).count() < o.minSeconds) {
        const auto start = Clock::now();
        step();
        sync(device.device);
        times.push_back(std::chrono::duration<double>(Clock::now() - start).count());
    }
    std::sort(times.begin(), times.end());
    std::int64_t stepMemory = 0;
    {
        // One more step, measured apart: the meter's bookkeeping stays out of the timing.
        sync(device.device);
        MemoryMeter meter(device.device);
        step();
        sync(device.device);
        stepMemory = meter.peakBytes();
    }

    TrainBenchResult r;
    r.device = device.description;
    r.precision = toString(precision);
    r.batch = o.batch;
    r.steps = int(times.size());
    r.medianStepMilliseconds = 1000.0 * times[times.size() / 2];
    r.imagesPerSecond = o.batch / times[times.size() / 2];
    r.stepMemoryBytes = stepMemory;
    r.memoryEfficient = o.memoryEfficient;
    // The fast engine's passes are CPU loops: on CUDA the plain graph is what was measured.
    r.engine = toString(device.device.is_cpu() ? o.engine : TrainingEngine::Plain);
    r.convFlopsPerImage = convTrainingFlops(graph);
    r.achievedConvFlops = r.convFlopsPerImage * r.imagesPerSecond;
    if (o.measurePeak) {
        r.peakConvFlops = peakConvFlops(device.device, autocast ? lowp : torch::kFloat, channelsLast, r.peakShape);
        r.peakRatio = r.peakConvFlops > 0 ? r.achievedConvFlops / r.peakConvFlops : 0.0;
    }
    return r;
}

} // namespace denselab::training
