// SPDX-License-Identifier: GPL-3.0-or-later
#include "recomputedsegment.h"

#include <torch/autograd.h>
#include <torch/torch.h>

#include <cstdint>

namespace denselab::nn {
namespace {

using torch::autograd::AutogradContext;
using torch::autograd::variable_list;

// BN -> ReLU/ReLU6 -> conv. Forward keeps the parts and the batch's per-channel mean and
// inverse deviation; backward concatenates, normalizes with those, activates, and runs the
// three backwards itself.
struct NormActConvFunction : public torch::autograd::Function<NormActConvFunction> {
    static variable_list forward(AutogradContext *ctx, at::TensorList inputs, std::int64_t segmentAddress,
                                 std::int64_t partCount)
    {
        const auto *segment = reinterpret_cast<const RecomputedSegment *>(segmentAddress);
        const variable_list parts(inputs.begin(), inputs.begin() + partCount);
        const RecomputedSegment::Op &norm = segment->ops[0];
        const torch::Tensor x = parts.size() == 1 ? parts.front() : torch::cat(parts, 1);
        // What the functional batch norm checks and native_batch_norm does not (it would divide
        // by n - 1 = 0 and make the running variance infinite).
        TORCH_CHECK(x.numel() / x.size(1) > 1, "Expected more than 1 value per channel when training, got input size ",
                    x.sizes());
        const auto &o = norm.norm->options;
        auto [normalized, mean, invstd] =
            at::native_batch_norm(x, norm.norm->weight, norm.norm->bias, norm.norm->running_mean, norm.norm->running_var,
                                  /*training=*/true, o.momentum().value_or(0.1), o.eps());
        norm.norm->num_batches_tracked.add_(1);   // as BatchNorm2d's forward counts it
        const torch::Tensor activated = segment->ops[1].kind == RecomputedSegment::Op::Kind::ReLU
                                            ? normalized.relu_()
                                            : normalized.clamp_(0.0, 6.0);
        variable_list saved = parts;
        saved.push_back(mean);
        saved.push_back(invstd);
        ctx->save_for_backward(saved);
        ctx->saved_data["segment"] = segmentAddress;
        ctx->saved_data["parameters"] = std::int64_t(inputs.size()) - partCount;
        return {segment->ops[2].conv->forward(activated)};
    }

    static variable_list backward(AutogradContext *ctx, variable_list gradOutputs)
    {
        const auto *segment = reinterpret_cast<const RecomputedSegment *>(ctx->saved_data["segment"].toInt());
        const std::int64_t parameterCount = ctx->saved_data["parameters"].toInt();
        variable_list saved = ctx->get_saved_variables();
        const torch::Tensor invstd = saved.back();
        saved.pop_back();
        const torch::Tensor mean = saved.back();
        saved.pop_back();
        const variable_list &parts = saved;
        torch::NoGradGuard plain;
        const RecomputedSegment::Op &norm = segment->ops[0];
        const RecomputedSegment::Op &conv = segment->ops[2];
        const bool relu = segment->ops[1].kind == RecomputedSegment::Op::Kind::ReLU;
        // The concatenation, normalized with the batch's own statistics and activated, again.
        const torch::Tensor x = parts.size() == 1 ? parts.front() : torch::cat(parts, 1);
        const auto channel = [&](const torch::Tensor &t) { return t.view({1, -1, 1, 1}); };
        torch::Tensor activated = at::addcmul(channel(norm.norm->bias), x - channel(mean), channel(invstd * norm.norm->weight));
        activated = relu ? activated.relu_() : activated.clamp_(0.0, 6.0);
        const bool bias = conv.conv->bias.defined();
        auto [gradActivated, gradConvWeight, gradConvBias] = at::convolution_backward(
            gradOutputs[0], activated, conv.conv->weight, bias ? at::OptionalIntArrayRef(conv.conv->bias.sizes()) : c10::nullopt,
            {conv.stride, conv.stride}, {conv.padding, conv.padding}, {1, 1}, /*transposed=*/false, {0, 0}, conv.groups,
            {true, true, bias});
        const torch::Tensor gradNormalized = relu ? at::threshold_backward(gradActivated, activated, 0.0)
                                                  : at::hardtanh_backward(gradActivated, activated, 0.0, 6.0);
        auto [gradX, gradNormWeight, gradNormBias] = at::native_batch_norm_backward(
            gradNormalized, x, norm.norm->weight, {}, {}, mean, invstd, /*train=*/true, norm.norm->options.eps(),
            {true, true, true});
        variable_list result;
        std::vector<std::int64_t> widths;
        for (const torch::Tensor &p : parts)
            widths.push_back(p.size(1));
        for (torch::Tensor &g : gradX.split_with_sizes(widths, 1))
            result.push_back(g);
        result.push_back(gradNormWeight);
        result.push_back(gradNormBias);
        result.push_back(gradConvWeight);
        if (bias)
            result.push_back(gradConvBias);
        result.resize(parts.size() + std::size_t(parameterCount) + 2);   // + the two integers
        return result;
    }
};

// inputs = the concatenation's parts, then the segment's parameters. Only the parts are saved:
// the concatenation, the normalized and the activated tensors are freed as soon as the
// convolution has read them.
struct RecomputeFunction : public torch::autograd::Function<RecomputeFunction> {
    static variable_list forward(AutogradContext *ctx, at::TensorList inputs, std::int64_t segmentAddress,
                                 std::int64_t partCount)
    {
        const auto *segment = reinterpret_cast<const RecomputedSegment *>(segmentAddress);
        const variable_list parts(inputs.begin(), inputs.begin() + partCount);
        ctx->save_for_backward(parts);
        ctx->saved_data["segment"] = segmentAddress;
        ctx->saved_data["parameters"] = std::int64_t(inputs.size()) - partCount;
        return {segment->run(parts, true)};
    }

    static variable_list backward(AutogradContext *ctx, variable_list gradOutputs)
    {
        const auto *segment = reinterpret_cast<const RecomputedSegment *>(ctx->saved_data["segment"].toInt());
        const std::int64_t parameterCount = ctx->saved_data["parameters"].toInt();
        variable_list parts;
        for (const torch::Tensor &saved : ctx->get_saved_variables())
            parts.push_back(saved.detach().requires_grad_(saved.requires_grad()));
        // The concatenation and BN/ReLU again, with autograd; the final convolution's backward by
        // hand, so that its forward is not repeated (Pleiss et al. recompute only the cheap part).
        torch::Tensor x;
        {
            torch::AutoGradMode enabled(true);
            x = segment->runPrefix(parts, false);
        }
        const RecomputedSegment::Op &conv = segment->ops.back();
        const bool bias = conv.conv->bias.defined();
        torch::Tensor gradInput, gradWeight, gradBias;
        {
            torch::NoGradGuard plain;
            std::tie(gradInput, gradWeight, gradBias) = at::convolution_backward(
                gradOutputs[0], x.detach(), conv.conv->weight, bias ? at::OptionalIntArrayRef(conv.conv->bias.sizes()) : c10::nullopt,
                {conv.stride, conv.stride}, {conv.padding, conv.padding}, {1, 1}, /*transposed=*/false, {0, 0}, conv.groups,
                {true, true, bias});
        }
        // Gradients for the parts that need one and for the prefix's parameters.
        std::vector<torch::Tensor> prefixParameters = segment->parameters();
        prefixParameters.resize(prefixParameters.size() - (bias ? 2 : 1));   // the conv's come last
        variable_list wrt;
        std::vector<int> partOf;   // index into parts of each wrt entry, -1 for parameters
        for (std::size_t i = 0; i < parts.size(); ++i) {
            if (parts[i].requires_grad()) {
                wrt.push_back(parts[i]);
                partOf.push_back(int(i));
            }
        }
        for (const torch::Tensor &p : prefixParameters) {
            wrt.push_back(p);
            partOf.push_back(-1);
        }
        variable_list grads;
        if (segment->ops.size() == 1 && parts.size() == 1)
            grads = {gradInput};   // the convolution read the part itself: nothing to go through
        else if (!wrt.empty())
            grads = torch::autograd::grad({x}, wrt, {gradInput}, /*retain_graph=*/false, /*create_graph=*/false,
                                          /*allow_unused=*/true);
        variable_list result(parts.size() + std::size_t(parameterCount) + 2);   // + the two integers
        std::size_t parameter = parts.size();
        for (std::size_t k = 0; k < wrt.size(); ++k) {
            if (partOf[k] >= 0)
                result[std::size_t(partOf[k])] = grads[k];
            else
                result[parameter++] = grads[k];
        }
        result[parameter++] = gradWeight;
        if (bias)
            result[parameter++] = gradBias;
        return result;
    }
};

} // namespace

std::vector<torch::Tensor> RecomputedSegment::parameters() const
{
    std::vector<torch::Tensor> out;
    for (const Op &op : ops) {
        if (op.kind == Op::Kind::Norm) {
            out.push_back(op.norm->weight);
            out.push_back(op.norm->bias);
        } else if (op.kind == Op::Kind::Conv) {
            out.push_back(op.conv->weight);
            if (op.conv->bias.defined())
                out.push_back(op.conv->bias);
        }
    }
    return out;
}

torch::Tensor RecomputedSegment::run(const std::vector<torch::Tensor> &parts, bool updateStats) const
{
    return ops.back().conv->forward(runPrefix(parts, updateStats));
}

torch::Tensor RecomputedSegment::runPrefix(const std::vector<torch::Tensor> &parts, bool updateStats) const
{
    torch::Tensor x = parts.size() == 1 ? parts.front() : torch::cat(parts, 1);
    for (std::size_t i = 0; i + 1 < ops.size(); ++i) {
        const Op &op = ops[i];
        switch (op.kind) {
        case Op::Kind::Norm:
            if (updateStats) {
                x = op.norm->forward(x);
            } else {   // batch statistics as the first pass used them; running ones untouched
                const auto &o = op.norm->options;
                x = torch::batch_norm(x, op.norm->weight, op.norm->bias, {}, {}, /*training=*/true,
                                      o.momentum().value_or(0.1), o.eps(), /*cudnn_enabled=*/true);
            }
            break;
        case Op::Kind::ReLU: x = torch::relu(x); break;
        case Op::Kind::ReLU6: x = torch::clamp(x, 0.0, 6.0); break;
        case Op::Kind::Conv: x = op.conv->forward(x); break;
        }
    }
    return x;
}

bool RecomputedSegment::isNormActConv() const
{
    if (ops.size() != 3 || ops[0].kind != Op::Kind::Norm || (ops[1].kind != Op::Kind::ReLU && ops[1].kind != Op::Kind::ReLU6)
        || ops[2].kind != Op::Kind::Conv)
        return false;
    // The hand-written pass assumes the batch norm DenseLab builds: affine, tracking running
    // statistics with a fixed momentum, in training mode. Anything else goes through autograd.
    const auto &o = ops[0].norm->options;
    return o.affine() && o.track_running_stats() && o.momentum().has_value() && ops[0].norm->is_training();
}

torch::Tensor RecomputedSegment::apply(const std::vector<torch::Tensor> &parts) const
{
    variable_list inputs(parts.begin(), parts.end());
    for (const torch::Tensor &p : parameters())
        inputs.push_back(p);
    if (isNormActConv())
        return NormActConvFunction::apply(at::TensorList(inputs), reinterpret_cast<std::int64_t>(this),
                                          std::int64_t(parts.size()))
            .front();
    // As a TensorList: a std::vector argument would be taken for a non-tensor one, and autograd
    // would not connect the inputs.
    return RecomputeFunction::apply(at::TensorList(inputs), reinterpret_cast<std::int64_t>(this), std::int64_t(parts.size()))
        .front();
}

} // namespace denselab::nn
