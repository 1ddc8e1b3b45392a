// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportedweights.h"

#include "io/atomicfile.h"

#include <torch/csrc/jit/serialization/pickle.h>
#include <torch/torch.h>

namespace denselab::nn {

namespace {

void writePickled(const c10::Dict<std::string, at::Tensor> &dict, const std::string &path)
{
    const std::vector<char> bytes = torch::pickle_save(c10::IValue(dict));
    io::writeFileAtomically(path, std::string(bytes.begin(), bytes.end()));
}

} // namespace

std::vector<std::pair<std::string, torch::Tensor>> liveStateByNodeName(GraphModuleImpl &module)
{
    std::vector<std::pair<std::string, torch::Tensor>> state;
    const LayerGraph &graph = module.graph();
    for (std::size_t i = 0; i < graph.nodes.size(); ++i) {
        torch::nn::Module *part = nullptr;
        if (module.convAt(i))
            part = module.convAt(i).get();
        else if (module.normAt(i))
            part = module.normAt(i).get();
        else if (module.linearAt(i))
            part = module.linearAt(i).get();
        if (!part)
            continue;
        for (const auto &p : part->named_parameters(/*recurse=*/false))
            state.emplace_back(graph.nodes[i].name + "." + p.key(), p.value());
        for (const auto &b : part->named_buffers(/*recurse=*/false))
            state.emplace_back(graph.nodes[i].name + "." + b.key(), b.value());
    }
    return state;
}

std::vector<std::pair<std::string, torch::Tensor>> stateByNodeName(GraphModuleImpl &module)
{
    auto state = liveStateByNodeName(module);
    for (auto &entry : state)
        entry.second = entry.second.detach().to(torch::kCPU).clone().contiguous();
    return state;
}

void writeStateDict(GraphModuleImpl &module, const std::string &path)
{
    c10::Dict<std::string, at::Tensor> dict;
    for (auto &[key, tensor] : stateByNodeName(module))
        dict.insert(key, tensor);
    writePickled(dict, path);
}

void writeReferenceOutputs(GraphModuleImpl &module, const std::string &path, int batch, std::uint64_t seed)
{
    const Shape &in = module.graph().input;
    torch::Generator generator = at::detail::createCPUGenerator(seed);
    const torch::Tensor input = torch::randn({batch, in.channels, in.height, in.width}, generator, torch::kFloat32);
    const bool wasTraining = module.is_training();
    module.eval();
    torch::Tensor logits;
    {
        torch::NoGradGuard noGrad;
        const torch::Device device = module.parameters().empty() ? torch::Device(torch::kCPU)
                                                                 : module.parameters().front().device();
        logits = module.forward(input.to(device)).to(torch::kCPU).contiguous();
    }
    module.train(wasTraining);
    c10::Dict<std::string, at::Tensor> dict;
    dict.insert("input", input);
    dict.insert("logits", logits);
    writePickled(dict, path);
}

} // namespace denselab::nn
