// SPDX-License-Identifier: GPL-3.0-or-later
#include "shapeonlypooling.h"

#include <torch/torch.h>

namespace denselab::nn {
namespace {

using torch::autograd::AutogradContext;
using torch::autograd::variable_list;

class ShapeOnlyAveragePool : public torch::autograd::Function<ShapeOnlyAveragePool> {
public:
    static torch::Tensor forward(AutogradContext *ctx, const torch::Tensor &x, std::int64_t kernel, std::int64_t stride)
    {
        ctx->saved_data["kernel"] = kernel;
        ctx->saved_data["stride"] = stride;
        ctx->saved_data["sizes"] = x.sizes().vec();
        ctx->saved_data["channelsLast"] = x.dim() == 4 && x.is_contiguous(c10::MemoryFormat::ChannelsLast) && !x.is_contiguous();
        ctx->saved_data["like"] = torch::empty({0}, x.options());   // dtype and device, no storage
        return at::avg_pool2d(x, {kernel, kernel}, {stride, stride}, {0, 0}, /*ceil_mode=*/false,
                              /*count_include_pad=*/true, c10::nullopt);
    }

    static variable_list backward(AutogradContext *ctx, variable_list gradients)
    {
        const std::int64_t kernel = ctx->saved_data["kernel"].toInt();
        const std::int64_t stride = ctx->saved_data["stride"].toInt();
        const auto format = ctx->saved_data["channelsLast"].toBool() ? c10::MemoryFormat::ChannelsLast
                                                                      : c10::MemoryFormat::Contiguous;
        // ATen's backward reads the input's sizes and layout only: an uninitialized stand-in.
        const torch::Tensor shape = torch::empty(ctx->saved_data["sizes"].toIntVector(),
                                                 ctx->saved_data["like"].toTensor().options().memory_format(format));
        torch::Tensor input = at::avg_pool2d_backward(gradients[0], shape, {kernel, kernel}, {stride, stride}, {0, 0},
                                                      /*ceil_mode=*/false, /*count_include_pad=*/true, c10::nullopt);
        return {input, torch::Tensor(), torch::Tensor()};
    }
};

} // namespace

torch::Tensor averagePoolKeepingShapeOnly(const torch::Tensor &x, int kernel, int stride)
{
    return ShapeOnlyAveragePool::apply(x, std::int64_t(kernel), std::int64_t(stride));
}

} // namespace denselab::nn
