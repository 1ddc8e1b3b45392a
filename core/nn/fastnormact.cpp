// SPDX-License-Identifier: GPL-3.0-or-later
#include "fastnormact.h"

#include "affineactivation.h"

#include <torch/autograd.h>
#include <torch/torch.h>

namespace denselab::nn {
namespace {

using torch::autograd::AutogradContext;
using torch::autograd::variable_list;

struct NormalizeFunction : public torch::autograd::Function<NormalizeFunction> {
    static variable_list forward(AutogradContext *ctx, const torch::Tensor &x, double eps, std::vector<torch::Tensor> gradient)
    {
        // What the functional batch norm checks and native_batch_norm does not.
        TORCH_CHECK(x.numel() / x.size(1) > 1, "Expected more than 1 value per channel when training, got input size ",
                    x.sizes());
        // Momentum 1 turns the "running" buffers into this batch's mean and unbiased variance,
        // computed by ATen exactly as BatchNorm2d's update would.
        torch::Tensor mean = torch::zeros({x.size(1)}, x.options().memory_format(c10::nullopt));
        torch::Tensor var = torch::zeros({x.size(1)}, x.options().memory_format(c10::nullopt));
        auto [normalized, saveMean, invstd] =
            at::native_batch_norm(x, {}, {}, mean, var, /*training=*/true, /*momentum=*/1.0, eps);
        ctx->save_for_backward({normalized, invstd});
        ctx->saved_data["gradient"] = gradient.front();
        ctx->mark_non_differentiable({mean, var});
        ctx->set_materialize_grads(false);   // its readers send nothing: the gradient is in the buffer
        return {normalized, mean, var};
    }

    static variable_list backward(AutogradContext *ctx, variable_list grads)
    {
        torch::Tensor buffer = ctx->saved_data["gradient"].toTensor();
        torch::Tensor gradNormalized = buffer.numel() > 0 ? buffer : torch::Tensor();
        if (grads[0].defined())   // a reader outside the fast engine's passes
            gradNormalized = gradNormalized.defined() ? gradNormalized + grads[0] : grads[0];
        if (!gradNormalized.defined())
            return {torch::Tensor(), torch::Tensor(), torch::Tensor()};
        const variable_list saved = ctx->get_saved_variables();
        const torch::Tensor &normalized = saved[0];
        const torch::Tensor &invstd = saved[1];
        // BN's training backward with the normalized tensor as input (mean 0, inverse deviation
        // 1) and the real inverse deviation as its weight:
        // dx = invstd * (g - mean(g) - xhat * mean(g * xhat)).
        auto [gradX, unusedWeight, unusedBias] = at::native_batch_norm_backward(
            gradNormalized, normalized, invstd, {}, {}, torch::zeros_like(invstd), torch::ones_like(invstd),
            /*train=*/true, /*eps=*/0.0, {true, false, false});
        gradNormalized = torch::Tensor();
        buffer.set_();   // every handle shares this tensor: its memory goes back now
        return {gradX, torch::Tensor(), torch::Tensor()};
    }
};

// inputs: the normalized parts, then BN weight and bias.
struct NormActivateFunction : public torch::autograd::Function<NormActivateFunction> {
    static variable_list forward(AutogradContext *ctx, at::TensorList inputs, bool relu6,
                                 std::vector<torch::Tensor> gradients)
    {
        const std::vector<torch::Tensor> parts(inputs.begin(), inputs.end() - 2);
        ctx->save_for_backward(variable_list(inputs.begin(), inputs.end()));
        ctx->saved_data["relu6"] = relu6;
        ctx->saved_data["gradients"] = gradients;
        return {affineActivate(parts, inputs[inputs.size() - 2], inputs.back(), relu6)};
    }

    static variable_list backward(AutogradContext *ctx, variable_list grads)
    {
        const variable_list saved = ctx->get_saved_variables();
        const std::vector<torch::Tensor> parts(saved.begin(), saved.end() - 2);
        AffineActivateGradients g = affineActivateBackward(grads[0], parts, saved[saved.size() - 2], saved.back(),
                                                           ctx->saved_data["relu6"].toBool(),
                                                           ctx->saved_data["gradients"].toTensorVector());
        variable_list result(parts.size());   // the parts' gradients went into their buffers
        result.push_back(g.weight);
        result.push_back(g.bias);
        result.resize(result.size() + 2);   // relu6, gradients
        return result;
    }
};

struct NormActivateSingleFunction : public torch::autograd::Function<NormActivateSingleFunction> {
    static variable_list forward(AutogradContext *ctx, const torch::Tensor &x, const torch::Tensor &weight,
                                 const torch::Tensor &bias, bool relu6, double eps)
    {
        const std::int64_t count = x.numel() / x.size(1);
        TORCH_CHECK(count > 1, "Expected more than 1 value per channel when training, got input size ", x.sizes());
        // The statistics as BatchNorm2d computes them (momentum 1: the "running" buffers become
        // this batch's mean and unbiased variance), folded into scale and shift the way ATen's
        // own batch norm applies them, so that the ReLU mask is the plain engine's up to rounding.
        torch::Tensor mean = torch::zeros({x.size(1)}, x.options());
        torch::Tensor unbiased = torch::zeros({x.size(1)}, x.options());
        const torch::Tensor var = std::get<1>(at::batch_norm_update_stats(x, mean, unbiased, /*momentum=*/1.0));
        const torch::Tensor invstd = (var + eps).rsqrt();
        const torch::Tensor scale = weight * invstd;
        const torch::Tensor activated = affineActivate({x}, scale, bias - mean * scale, relu6);
        ctx->save_for_backward({x, weight, bias});
        ctx->saved_data["mean"] = mean;
        ctx->saved_data["invstd"] = invstd;
        ctx->saved_data["relu6"] = relu6;
        ctx->mark_non_differentiable({mean, unbiased});
        return {activated, mean, unbiased};
    }

    static variable_list backward(AutogradContext *ctx, variable_list grads)
    {
        const variable_list saved = ctx->get_saved_variables();
        const torch::Tensor &x = saved[0];
        const torch::Tensor &weight = saved[1];
        const torch::Tensor &bias = saved[2];
        const torch::Tensor mean = ctx->saved_data["mean"].toTensor();
        const torch::Tensor invstd = ctx->saved_data["invstd"].toTensor();
        const double count = double(x.numel() / x.size(1));
        const torch::Tensor scale = weight * invstd;
        torch::Tensor gradX = torch::empty({0}, x.options());
        // Sums over the masked gradient g: sumG, and sum(g * (x - mean)) in the weight's place.
        const AffineActivateGradients sums = affineActivateBackward(grads[0], {x}, scale, bias - mean * scale,
                                                                    ctx->saved_data["relu6"].toBool(), {gradX}, mean);
        const torch::Tensor &sumG = sums.bias;
        const torch::Tensor sumGxhat = invstd * sums.weight;
        // gradX holds g * scale; BN's input gradient is
        // scale * (g - sumG / count - xhat * sumGxhat / count), xhat = (x - mean) * invstd.
        const torch::Tensor perX = -scale * invstd * sumGxhat / count;
        addChannelAffine(gradX, x, -scale * sumG / count, perX, mean);
        return {gradX, sumGxhat, sumG, torch::Tensor(), torch::Tensor()};
    }
};

// inputs: the normalized parts, BN weight and bias, conv weight (and bias).
struct NormActivateConvFunction : public torch::autograd::Function<NormActivateConvFunction> {
    static variable_list forward(AutogradContext *ctx, at::TensorList inputs, std::int64_t partCount, bool relu6,
                                 std::int64_t stride, std::int64_t padding, std::int64_t groups,
                                 std::vector<torch::Tensor> gradients)
    {
        const std::vector<torch::Tensor> parts(inputs.begin(), inputs.begin() + partCount);
        const torch::Tensor &weight = inputs[std::size_t(partCount)];
        const torch::Tensor &bias = inputs[std::size_t(partCount) + 1];
        const torch::Tensor &convWeight = inputs[std::size_t(partCount) + 2];
        const bool hasConvBias = inputs.size() > std::size_t(partCount) + 3;
        const torch::Tensor convBias = hasConvBias ? inputs.back() : torch::Tensor();
        ctx->save_for_backward(variable_list(inputs.begin(), inputs.end()));
        ctx->saved_data["parts"] = partCount;
        ctx->saved_data["relu6"] = relu6;
        ctx->saved_data["stride"] = stride;
        ctx->saved_data["padding"] = padding;
        ctx->saved_data["groups"] = groups;
        ctx->saved_data["gradients"] = gradients;
        const torch::Tensor activated = affineActivate(parts, weight, bias, relu6);
        return {at::conv2d(activated, convWeight, convBias, {stride, stride}, {padding, padding}, {1, 1}, groups)};
    }

    static variable_list backward(AutogradContext *ctx, variable_list grads)
    {
        const variable_list saved = ctx->get_saved_variables();
        const auto partCount = std::size_t(ctx->saved_data["parts"].toInt());
        const bool relu6 = ctx->saved_data["relu6"].toBool();
        const std::int64_t stride = ctx->saved_data["stride"].toInt();
        const std::int64_t padding = ctx->saved_data["padding"].toInt();
        const std::vector<torch::Tensor> parts(saved.begin(), saved.begin() + std::ptrdiff_t(partCount));
        const torch::Tensor &weight = saved[partCount];
        const torch::Tensor &bias = saved[partCount + 1];
        const torch::Tensor &convWeight = saved[partCount + 2];
        const bool hasConvBias = saved.size() > partCount + 3;
        torch::NoGradGuard plain;
        const torch::Tensor activated = affineActivate(parts, weight, bias, relu6);
        auto [gradActivated, gradConvWeight, gradConvBias] = at::convolution_backward(
            grads[0], activated, convWeight, hasConvBias ? at::OptionalIntArrayRef(saved.back().sizes()) : c10::nullopt,
            {stride, stride}, {padding, padding}, {1, 1}, /*transposed=*/false, {0, 0}, ctx->saved_data["groups"].toInt(),
            {true, true, hasConvBias});
        AffineActivateGradients g = affineActivateBackward(gradActivated, parts, weight, bias, relu6,
                                                           ctx->saved_data["gradients"].toTensorVector());
        variable_list result(parts.size());   // the parts' gradients went into their buffers
        result.push_back(g.weight);
        result.push_back(g.bias);
        result.push_back(gradConvWeight);
        if (hasConvBias)
            result.push_back(gradConvBias);
        result.resize(result.size() + 6);   // the integers, the flag, the buffers
        return result;
    }
};

} // namespace

namespace {

void split(const std::vector<NormalizedSource> &sources, variable_list &parts, std::vector<torch::Tensor> &gradients)
{
    for (const NormalizedSource &source : sources) {
        parts.push_back(source.normalized);
        gradients.push_back(source.gradient);
    }
}

} // namespace

NormalizedSource normalizeWithBatchStatistics(const torch::Tensor &x, double eps)
{
    // Empty until a reader's backward sizes it; the same tensor object for every reader.
    torch::Tensor gradient = torch::empty({0}, x.options().requires_grad(false));
    variable_list out = NormalizeFunction::apply(x, eps, std::vector<torch::Tensor>{gradient});
    return {out[0], out[1], out[2], gradient};
}

SingleNormActivation normActivateSingle(const torch::Tensor &x, const torch::Tensor &weight, const torch::Tensor &bias,
                                        bool relu6, double eps)
{
    variable_list out = NormActivateSingleFunction::apply(x, weight, bias, relu6, eps);
    return {out[0], out[1], out[2]};
}

torch::Tensor normActivate(const std::vector<NormalizedSource> &sources, const torch::Tensor &weight,
                           const torch::Tensor &bias, bool relu6)
{
    variable_list inputs;
    std::vector<torch::Tensor> gradients;
    split(sources, inputs, gradients);
    inputs.push_back(weight);
    inputs.push_back(bias);
    // As a TensorList: a std::vector argument would be taken for a non-tensor one (which the
    // gradient buffers are meant to be), and autograd would not connect the inputs.
    return NormActivateFunction::apply(at::TensorList(inputs), relu6, gradients).front();
}

torch::Tensor normActivateConv(const std::vector<NormalizedSource> &sources, const torch::Tensor &weight,
                               const torch::Tensor &bias, bool relu6, const torch::nn::Conv2dImpl &conv, int stride,
                               int padding, int groups)
{
    variable_list inputs;
    std::vector<torch::Tensor> gradients;
    split(sources, inputs, gradients);
    const auto partCount = std::int64_t(inputs.size());
    inputs.push_back(weight);
    inputs.push_back(bias);
    inputs.push_back(conv.weight);
    if (conv.bias.defined())
        inputs.push_back(conv.bias);
    return NormActivateConvFunction::apply(at::TensorList(inputs), partCount, relu6, std::int64_t(stride),
                                           std::int64_t(padding), std::int64_t(groups), gradients)
        .front();
}

} // namespace denselab::nn
