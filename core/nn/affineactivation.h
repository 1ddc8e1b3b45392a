// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// LibTorch side of core: include only from torch targets.

#include <torch/types.h>

#include <vector>

namespace denselab::nn {

/// The second half of a batch norm followed by its activation, over a concatenation that is
/// never made: result[:, o_i + j] = act(weight[o_i + j] * parts[i][:, j] + bias[o_i + j]),
/// where o_i is where part i starts in the concatenation. One pass that reads each part where
/// it lies and writes the activated tensor once, in the parts' memory format. On the CPU in
/// float32 it runs hand-written loops (parallel over pixels in NHWC, over channel planes in
/// NCHW); elsewhere ATen operations computing the same.
torch::Tensor affineActivate(const std::vector<torch::Tensor> &parts, const torch::Tensor &weight,
                             const torch::Tensor &bias, bool relu6);

struct AffineActivateGradients {
    torch::Tensor weight;
    torch::Tensor bias;
};

/// Backward of affineActivate for the gradient of its result, in one pass: the activation's
/// mask is recomputed from the parts (ReLU passes where its input is > 0, ReLU6 where it is in
/// [0, 6], as torch's relu and clamp do), the weight and bias gradients are summed per channel
/// (in double across blocks of pixels) and each part's gradient is added into `partGradients[i]`
/// in the same pass; with `center` (per channel) the weight's sums are of g * (x - center),
/// which keeps them exact where x has a large mean (the mask and dx do not use it). Those are the sources' gradient buffers, shared by all their readers: an
/// empty one (no elements) is sized to its part and written, a sized one is added to. This is
/// the accumulation autograd would do with one more tensor and one more pass per reader.
AffineActivateGradients affineActivateBackward(const torch::Tensor &gradResult, const std::vector<torch::Tensor> &parts,
                                               const torch::Tensor &weight, const torch::Tensor &bias, bool relu6,
                                               const std::vector<torch::Tensor> &partGradients,
                                               const torch::Tensor &center = {});

/// dx += a + b * (x - center) with a, b and center per channel, in one pass (dx and x of the same
/// shape): the batch statistics' share of a batch norm's input gradient once the statistics are
/// folded into the weight and bias (normActivateSingle); centred on the mean for precision.
void addChannelAffine(torch::Tensor &dx, const torch::Tensor &x, const torch::Tensor &a, const torch::Tensor &b,
                      const torch::Tensor &center);

} // namespace denselab::nn
