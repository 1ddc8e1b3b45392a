// SPDX-License-Identifier: GPL-3.0-or-later
#include "weightsexport.h"

#include "io/atomicfile.h"
#include "nn/exportedweights.h"
#include "nn/graphmodule.h"
#include "nn/initialization.h"
#include "training/checkpoint.h"

#include <torch/torch.h>

#include <stdexcept>

namespace denselab::exporting {

namespace {

std::string checkpointTag(const WeightsSource &source)
{
    if (!source.tag.empty())
        return source.tag;
    const std::string tag = training::hasCheckpoint(source.runDir, "best") ? "best" : "last";
    if (!training::hasCheckpoint(source.runDir, tag))
        throw std::invalid_argument(source.runDir + ": the run has no checkpoint yet (no best.json or last.json)");
    return tag;
}

// Building a module draws from torch's global generator (as every LibTorch layer does): callers
// in a process that trains at the same time must wait for the run to end (the app does).
nn::GraphModule moduleFor(const LayerGraph &graph, const WeightsSource &source)
{
    if (source.runDir.empty())
        torch::manual_seed(source.seed);   // DenseLab's initialization, reproducibly
    nn::GraphModule module(graph);
    if (source.runDir.empty())
        nn::initializeWeights(*module);
    else   // every parameter and statistic comes from the checkpoint
        training::loadCheckpoint(source.runDir, checkpointTag(source), *module, nullptr, torch::Device(torch::kCPU));
    module->eval();
    return module;
}

TensorMap tensorMapOf(nn::GraphModuleImpl &module)
{
    TensorMap map;
    for (auto &[key, tensor] : nn::stateByNodeName(module)) {
        if (!tensor.is_floating_point())
            continue;   // num_batches_tracked: training bookkeeping, not part of inference
        const torch::Tensor values = tensor.to(torch::kFloat32).contiguous();
        NamedTensor named;
        named.dims.assign(values.sizes().begin(), values.sizes().end());
        named.values.assign(values.data_ptr<float>(), values.data_ptr<float>() + values.numel());
        map.emplace(key, std::move(named));
    }
    return map;
}

} // namespace

WeightsSource resolveCheckpoint(WeightsSource source)
{
    if (!source.runDir.empty())
        source.tag = checkpointTag(source);
    return source;
}

std::string weightsOrigin(const WeightsSource &source)
{
    if (source.runDir.empty())
        return "DenseLab's initialization (seed " + std::to_string(source.seed) + "), not trained weights";
    return "the weights of the " + checkpointTag(source) + " checkpoint of the run " + source.runDir;
}

void exportPyTorchWeights(const LayerGraph &graph, const WeightsSource &source, const std::string &weightsPath,
                          const std::string &referencePath)
{
    nn::GraphModule module = moduleFor(graph, source);
    nn::writeStateDict(*module, weightsPath);
    if (!referencePath.empty())
        nn::writeReferenceOutputs(*module, referencePath, 2, source.seed);
}

void exportOnnx(const LayerGraph &graph, const WeightsSource &source, const OnnxOptions &options,
                const std::string &path, const std::string &referencePath)
{
#ifdef DENSELAB_HAVE_ONNX
    nn::GraphModule module = moduleFor(graph, source);
    io::writeFileAtomically(path, onnxModelBytes(graph, tensorMapOf(*module), options));
    if (!referencePath.empty())
        nn::writeReferenceOutputs(*module, referencePath, options.batch > 0 ? options.batch : 2, source.seed);
#else
    (void)graph, (void)source, (void)options, (void)referencePath;
    throw std::invalid_argument(path + ": this build has no ONNX support (install libonnx-dev and rebuild)");
#endif
}

} // namespace denselab::exporting
