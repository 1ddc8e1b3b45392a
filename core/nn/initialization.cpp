// SPDX-License-Identifier: GPL-3.0-or-later
#include "initialization.h"

#include <torch/nn/init.h>
#include <torch/nn/modules/batchnorm.h>
#include <torch/nn/modules/conv.h>
#include <torch/nn/modules/linear.h>

namespace denselab::nn {

void initializeWeights(torch::nn::Module &model)
{
    torch::NoGradGuard noGrad;
    for (const auto &module : model.modules(/*include_self=*/false)) {
        if (auto *conv = module->as<torch::nn::Conv2d>()) {
            torch::nn::init::kaiming_normal_(conv->weight);
            if (conv->bias.defined())
                torch::nn::init::zeros_(conv->bias);
        } else if (auto *norm = module->as<torch::nn::BatchNorm2d>()) {
            torch::nn::init::ones_(norm->weight);
            torch::nn::init::zeros_(norm->bias);
        } else if (auto *linear = module->as<torch::nn::Linear>()) {
            torch::nn::init::zeros_(linear->bias);
        }
    }
}

void toChannelsLast(torch::nn::Module &model)
{
    torch::NoGradGuard noGrad;
    // A copy into channels-last strides, not contiguous(ChannelsLast): that returns a 1x1 kernel
    // or a one-channel kernel unchanged (it is contiguous in both formats), and oneDNN then picks
    // NCHW for that convolution's output, so every concatenation after it falls back to NCHW.
    for (auto &p : model.parameters())
        if (p.dim() == 4)
            p.set_data(torch::empty_like(p.data(), torch::MemoryFormat::ChannelsLast).copy_(p.data()));
}

} // namespace denselab::nn
