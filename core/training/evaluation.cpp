// SPDX-License-Identifier: GPL-3.0-or-later
#include "evaluation.h"

#include "device.h"

#include "nn/graphmodule.h"

#include <torch/torch.h>

#include <numeric>

namespace denselab::training {

std::optional<Evaluation> evaluate(torch::nn::Module &model, const data::ImageSet &set,
                                   const BatchTransform &transform, int batchSize, const torch::Device &device,
                                   Precision precision, bool channelsLast, const std::function<bool()> &stop,
                                   const ConnectionMask *mask)
{
    auto *graphModule = dynamic_cast<nn::GraphModuleImpl *>(&model);
    if (!graphModule)
        throw std::invalid_argument("evaluate: not a GraphModule");
    model.eval();
    torch::NoGradGuard noGrad;
    std::vector<std::int64_t> order(set.size());
    std::iota(order.begin(), order.end(), 0);
    BatchLoader loader(set, std::move(order), batchSize, transform, 0);
    const auto options = torch::TensorOptions().device(device);
    torch::Tensor lossSum = torch::zeros({}, options.dtype(torch::kDouble));
    torch::Tensor top1 = torch::zeros({}, options.dtype(torch::kLong));
    torch::Tensor top5 = torch::zeros({}, options.dtype(torch::kLong));
    const bool autocast = device.is_cuda() && precision != Precision::Float32;
    while (std::optional<Batch> batch = loader.next()) {
        if (stop && stop())
            return std::nullopt;
        torch::Tensor x = batch->images.to(device, true);
        if (channelsLast)
            x = x.contiguous(torch::MemoryFormat::ChannelsLast);
        const torch::Tensor y = batch->labels.to(device, true);
        if (autocast)
            setAutocast(true, precision == Precision::BFloat16 ? torch::kBFloat16 : torch::kHalf);
        const torch::Tensor logits = (mask ? graphModule->forward(x, *mask) : graphModule->forward(x)).to(torch::kFloat);
        if (autocast)
            setAutocast(false, torch::kFloat);
        lossSum += torch::nn::functional::cross_entropy(
                       logits, y, torch::nn::functional::CrossEntropyFuncOptions().reduction(torch::kSum))
                       .to(torch::kDouble);
        const int64_t k = std::min<int64_t>(5, logits.size(1));
        const torch::Tensor best = std::get<1>(logits.topk(k, 1));
        const torch::Tensor hits = best.eq(y.unsqueeze(1));
        top1 += hits.select(1, 0).sum();
        top5 += hits.any(1).sum();
    }
    Evaluation e;
    e.images = std::int64_t(set.size());
    if (e.images == 0)
        return e;
    e.loss = lossSum.item<double>() / double(e.images);
    e.top1 = double(top1.item<std::int64_t>()) / double(e.images);
    e.top5 = double(top5.item<std::int64_t>()) / double(e.images);
    return e;
}

} // namespace denselab::training
