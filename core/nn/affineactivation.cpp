// SPDX-License-Identifier: GPL-3.0-or-later
#include "affineactivation.h"

#include <ATen/Parallel.h>
#include <torch/torch.h>

#include <algorithm>

namespace denselab::nn {
namespace {

// The inner loops are memory-bound: what counts is one read of each input and one write of each
// output, in vector instructions (hence __restrict__ and branch-free bodies).
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
#define DENSELAB_VECTOR_CLONES __attribute__((target_clones("avx2", "default")))
#else
#define DENSELAB_VECTOR_CLONES
#endif

// The activation and its gradient mask, branch-free so that the loops vectorize.
template <bool Relu6>
inline float activate(float v)
{
    const float low = v < 0.0f ? 0.0f : v;   // NaN stays NaN, as in torch
    if constexpr (Relu6)
        return low > 6.0f ? 6.0f : low;
    return low;
}

template <bool Relu6>
inline bool passes(float pre)
{
    if constexpr (Relu6)
        return pre >= 0.0f && pre <= 6.0f;   // torch's clamp lets the bounds through
    return pre > 0.0f;                       // relu's backward: where its result is positive
}

// `rows` rows of `channels` values: dst[r][j] = act(src[r][j] * w[j] + b[j]).
template <bool Relu6>
__attribute__((always_inline)) inline void affineRowsImpl(const float *__restrict__ src, std::int64_t srcStride,
                                                          float *__restrict__ dst, std::int64_t dstStride,
                                                          const float *__restrict__ w, const float *__restrict__ b,
                                                          std::int64_t channels, std::int64_t rows)
{
    for (std::int64_t r = 0; r < rows; ++r, src += srcStride, dst += dstStride)
        for (std::int64_t j = 0; j < channels; ++j)
            dst[j] = activate<Relu6>(src[j] * w[j] + b[j]);
}

// Backward of affineRows: adds into accW / accB (the weight's and the bias's sums), writes dx
// (or adds to it).
template <bool Relu6, bool Accumulate>
__attribute__((always_inline)) inline void affineRowsBackwardImpl(const float *__restrict__ x, std::int64_t xStride,
                                                                  const float *__restrict__ grad, std::int64_t gradStride,
                                                                  float *__restrict__ dx, std::int64_t dxStride,
                                                                  const float *__restrict__ w, const float *__restrict__ b,
                                                                  const float *__restrict__ center, std::int64_t channels,
                                                                  std::int64_t rows, float *__restrict__ accW,
                                                                  float *__restrict__ accB)
{
    for (std::int64_t r = 0; r < rows; ++r, x += xStride, grad += gradStride, dx += dxStride) {
        for (std::int64_t j = 0; j < channels; ++j) {
            const float g = passes<Relu6>(x[j] * w[j] + b[j]) ? grad[j] : 0.0f;
            accW[j] += g * (x[j] - center[j]);
            accB[j] += g;
            if constexpr (Accumulate)
                dx[j] += g * w[j];
            else
                dx[j] = g * w[j];
        }
    }
}

// One channel plane (NCHW) with a constant weight and bias.
template <bool Relu6>
__attribute__((always_inline)) inline void affinePlaneImpl(const float *__restrict__ src, float *__restrict__ dst,
                                                           std::int64_t count, float w, float b)
{
    for (std::int64_t k = 0; k < count; ++k)
        dst[k] = activate<Relu6>(src[k] * w + b);
}

template <bool Relu6, bool Accumulate>
__attribute__((always_inline)) inline void affinePlaneBackwardImpl(const float *__restrict__ x, const float *__restrict__ grad,
                                                                   float *__restrict__ dx, std::int64_t count, float w,
                                                                   float b, float center, double &sumW, double &sumB)
{
    float accW = 0.0f;
    float accB = 0.0f;
    for (std::int64_t k = 0; k < count; ++k) {
        const float g = passes<Relu6>(x[k] * w + b) ? grad[k] : 0.0f;
        accW += g * (x[k] - center);
        accB += g;
        if constexpr (Accumulate)
            dx[k] += g * w;
        else
            dx[k] = g * w;
    }
    sumW += accW;
    sumB += accB;
}

__attribute__((always_inline)) inline void channelAffineRowsImpl(float *__restrict__ dx, const float *__restrict__ x,
                                                                  const float *__restrict__ a, const float *__restrict__ b,
                                                                  const float *__restrict__ c, std::int64_t channels,
                                                                  std::int64_t rows)
{
    for (std::int64_t r = 0; r < rows; ++r, dx += channels, x += channels)
        for (std::int64_t j = 0; j < channels; ++j)
            dx[j] += a[j] + b[j] * (x[j] - c[j]);
}

// The entry points, each compiled for AVX2 and for the baseline (the loader picks one).
DENSELAB_VECTOR_CLONES
void channelAffineRows(float *dx, const float *x, const float *a, const float *b, const float *c, std::int64_t channels,
                       std::int64_t rows)
{
    channelAffineRowsImpl(dx, x, a, b, c, channels, rows);
}

DENSELAB_VECTOR_CLONES
void channelAffinePlane(float *__restrict__ dx, const float *__restrict__ x, float a, float b, float c, std::int64_t count)
{
    for (std::int64_t k = 0; k < count; ++k)
        dx[k] += a + b * (x[k] - c);
}

DENSELAB_VECTOR_CLONES
void affineRows(const float *src, std::int64_t srcStride, float *dst, std::int64_t dstStride, const float *w,
                const float *b, std::int64_t channels, std::int64_t rows, bool relu6)
{
    if (relu6)
        affineRowsImpl<true>(src, srcStride, dst, dstStride, w, b, channels, rows);
    else
        affineRowsImpl<false>(src, srcStride, dst, dstStride, w, b, channels, rows);
}

DENSELAB_VECTOR_CLONES
void affineRowsBackward(const float *x, std::int64_t xStride, const float *grad, std::int64_t gradStride, float *dx,
                        std::int64_t dxStride, const float *w, const float *b, const float *c, std::int64_t channels,
                        std::int64_t rows, bool relu6, bool accumulate, float *accW, float *accB)
{
    if (relu6 && accumulate)
        affineRowsBackwardImpl<true, true>(x, xStride, grad, gradStride, dx, dxStride, w, b, c, channels, rows, accW, accB);
    else if (relu6)
        affineRowsBackwardImpl<true, false>(x, xStride, grad, gradStride, dx, dxStride, w, b, c, channels, rows, accW, accB);
    else if (accumulate)
        affineRowsBackwardImpl<false, true>(x, xStride, grad, gradStride, dx, dxStride, w, b, c, channels, rows, accW, accB);
    else
        affineRowsBackwardImpl<false, false>(x, xStride, grad, gradStride, dx, dxStride, w, b, c, channels, rows, accW, accB);
}

DENSELAB_VECTOR_CLONES
void affinePlane(const float *src, float *dst, std::int64_t count, float w, float b, bool relu6)
{
    if (relu6)
        affinePlaneImpl<true>(src, dst, count, w, b);
    else
        affinePlaneImpl<false>(src, dst, count, w, b);
}

DENSELAB_VECTOR_CLONES
void affinePlaneBackward(const float *x, const float *grad, float *dx, std::int64_t count, float w, float b, float c,
                         bool relu6, bool accumulate, double &sumW, double &sumB)
{
    if (relu6 && accumulate)
        affinePlaneBackwardImpl<true, true>(x, grad, dx, count, w, b, c, sumW, sumB);
    else if (relu6)
        affinePlaneBackwardImpl<true, false>(x, grad, dx, count, w, b, c, sumW, sumB);
    else if (accumulate)
        affinePlaneBackwardImpl<false, true>(x, grad, dx, count, w, b, c, sumW, sumB);
    else
        affinePlaneBackwardImpl<false, false>(x, grad, dx, count, w, b, c, sumW, sumB);
}

// NHWC when any part is genuinely channels-last (a one-channel or 1x1 tensor is both).
c10::MemoryFormat sharedFormat(const std::vector<torch::Tensor> &parts)
{
    for (const torch::Tensor &p : parts)
        if (p.dim() == 4 && p.is_contiguous(c10::MemoryFormat::ChannelsLast) && !p.is_contiguous())
            return c10::MemoryFormat::ChannelsLast;
    return c10::MemoryFormat::Contiguous;
}

bool handWritten(const std::vector<torch::Tensor> &parts, const torch::Tensor &weight)
{
    if (!weight.device().is_cpu() || weight.scalar_type() != torch::kFloat)
        return false;
    for (const torch::Tensor &p : parts)
        if (p.dim() != 4 || !p.device().is_cpu() || p.scalar_type() != torch::kFloat)
            return false;
    return true;
}

struct Layout {
    std::vector<torch::Tensor> parts;   // contiguous in `format`
    std::vector<std::int64_t> offsets;  // first channel of each part
    std::int64_t channels = 0;
    std::int64_t batch = 0, pixels = 0;
    c10::MemoryFormat format = c10::MemoryFormat::Contiguous;
};

Layout layoutOf(const std::vector<torch::Tensor> &parts)
{
    Layout l;
    l.format = sharedFormat(parts);
    for (const torch::Tensor &p : parts) {
        l.parts.push_back(p.contiguous(l.format));
        l.offsets.push_back(l.channels);
        l.channels += p.size(1);
    }
    l.batch = parts.front().size(0);
    l.pixels = parts.front().size(2) * parts.front().size(3);
    return l;
}

torch::Tensor channelView(const torch::Tensor &v) { return v.view({1, -1, 1, 1}); }

// NHWC loops go over tiles of this many pixels, every part within a tile: a tile of the result
// (or of its gradient) stays in cache while the parts are read, where a whole pass per part
// would stream the result through memory once per part (a hundred times in a deep block).
constexpr std::int64_t kTileRows = 16;

} // namespace

torch::Tensor affineActivate(const std::vector<torch::Tensor> &parts, const torch::Tensor &weight, const torch::Tensor &bias,
                             bool relu6)
{
    TORCH_CHECK(!parts.empty(), "affineActivate: no parts");
    if (!handWritten(parts, weight)) {
        const torch::Tensor x = parts.size() == 1 ? parts.front() : torch::cat(parts, 1);
        const torch::Tensor pre = torch::addcmul(channelView(bias), x, channelView(weight));
        return relu6 ? pre.clamp(0.0, 6.0) : pre.relu();
    }
    const Layout l = layoutOf(parts);
    const torch::Tensor w = weight.contiguous();
    const torch::Tensor b = bias.contiguous();
    const auto &first = parts.front();
    torch::Tensor out = torch::empty({l.batch, l.channels, first.size(2), first.size(3)},
                                     first.options().memory_format(l.format));
    float *o = out.data_ptr<float>();
    const float *wp = w.data_ptr<float>();
    const float *bp = b.data_ptr<float>();
    if (l.format == c10::MemoryFormat::ChannelsLast) {
        const std::int64_t rows = l.batch * l.pixels;
        at::parallel_for(0, rows, std::max<std::int64_t>(kTileRows, 32768 / l.channels), [&](std::int64_t begin, std::int64_t end) {
            for (std::int64_t r0 = begin; r0 < end; r0 += kTileRows) {
                const std::int64_t count = std::min(kTileRows, end - r0);
                for (std::size_t i = 0; i < l.parts.size(); ++i) {
                    const std::int64_t c = l.parts[i].size(1);
                    affineRows(l.parts[i].data_ptr<float>() + r0 * c, c, o + r0 * l.channels + l.offsets[i], l.channels,
                               wp + l.offsets[i], bp + l.offsets[i], c, count, relu6);
                }
            }
        });
        return out;
    }
    // NCHW: one plane per (image, channel).
    std::vector<int> partOf(std::size_t(l.channels));
    for (std::size_t i = 0; i < l.parts.size(); ++i)
        std::fill_n(partOf.begin() + l.offsets[i], l.parts[i].size(1), int(i));
    const std::int64_t planes = l.batch * l.channels;
    at::parallel_for(0, planes, std::max<std::int64_t>(1, 32768 / l.pixels), [&](std::int64_t begin, std::int64_t end) {
        for (std::int64_t p = begin; p < end; ++p) {
            const std::int64_t n = p / l.channels, c = p % l.channels;
            const int i = partOf[std::size_t(c)];
            const std::int64_t width = l.parts[std::size_t(i)].size(1);
            const float *src = l.parts[std::size_t(i)].data_ptr<float>() + (n * width + c - l.offsets[std::size_t(i)]) * l.pixels;
            affinePlane(src, o + p * l.pixels, l.pixels, wp[c], bp[c], relu6);
        }
    });
    return out;
}

AffineActivateGradients affineActivateBackward(const torch::Tensor &gradResult, const std::vector<torch::Tensor> &parts,
                                               const torch::Tensor &weight, const torch::Tensor &bias, bool relu6,
                                               const std::vector<torch::Tensor> &partGradients, const torch::Tensor &center)
{
    TORCH_CHECK(partGradients.size() == parts.size(), "affineActivateBackward: one gradient buffer per part");
    AffineActivateGradients g;
    // A buffer met twice (a source read twice by one layer) would be written by two tasks at once
    // in the NCHW loop: such a call, and any layout the loops do not cover, takes ATen's way.
    bool loops = handWritten(parts, weight) && gradResult.device().is_cpu() && gradResult.scalar_type() == torch::kFloat;
    for (std::size_t i = 0; i < parts.size() && loops; ++i)
        for (std::size_t k = 0; k < i && loops; ++k)
            loops = !partGradients[i].is_same(partGradients[k]);
    const c10::MemoryFormat format = sharedFormat(parts);
    for (const torch::Tensor &buffer : partGradients)
        loops = loops && (buffer.numel() == 0 || buffer.is_contiguous(format));
    if (!loops) {
        const torch::Tensor x = parts.size() == 1 ? parts.front() : torch::cat(parts, 1);
        const torch::Tensor centered = center.defined() ? x - channelView(center) : x;
        const torch::Tensor pre = torch::addcmul(channelView(bias), x, channelView(weight));
        const torch::Tensor passes = relu6 ? pre.ge(0.0).logical_and(pre.le(6.0)) : pre.gt(0.0);
        const torch::Tensor grad = gradResult * passes;
        g.weight = (grad * centered).sum({0, 2, 3});
        g.bias = grad.sum({0, 2, 3});
        const torch::Tensor dx = grad * channelView(weight);
        std::int64_t offset = 0;
        for (std::size_t i = 0; i < parts.size(); ++i) {
            const torch::Tensor d = dx.narrow(1, offset, parts[i].size(1));
            offset += parts[i].size(1);
            torch::Tensor buffer = partGradients[i];
            if (buffer.numel() == 0)
                buffer.resize_(parts[i].sizes(), parts[i].suggest_memory_format()).copy_(d);
            else
                buffer.add_(d);
        }
        return g;
    }
    const Layout l = layoutOf(parts);
    const torch::Tensor grad = gradResult.contiguous(l.format);
    const torch::Tensor w = weight.contiguous();
    const torch::Tensor b = bias.contiguous();
    const float *gp = grad.data_ptr<float>();
    const float *wp = w.data_ptr<float>();
    const float *bp = b.data_ptr<float>();
    const torch::Tensor centers = center.defined() ? center.contiguous() : torch::zeros({l.channels}, w.options());
    const float *cp = centers.data_ptr<float>();
    std::vector<float *> dx;
    std::vector<char> accumulate;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        torch::Tensor buffer = partGradients[i];
        accumulate.push_back(buffer.numel() != 0);
        if (!accumulate.back())
            buffer.resize_(parts[i].sizes(), l.format);
        dx.push_back(buffer.data_ptr<float>());
    }
    std::vector<double> sums(std::size_t(2 * l.channels), 0.0);   // weight's, then bias's
    if (l.format == c10::MemoryFormat::ChannelsLast) {
        // Fixed blocks of pixels, each summing in float on its own and adding into its own
        // double slot: no thread ids, and float sums stay short.
        const std::int64_t rows = l.batch * l.pixels;
        const std::int64_t blockRows = 256;
        const std::int64_t blocks = (rows + blockRows - 1) / blockRows;
        std::vector<double> partial(std::size_t(blocks * 2 * l.channels), 0.0);
        at::parallel_for(0, blocks, 1, [&](std::int64_t begin, std::int64_t end) {
            std::vector<float> acc(std::size_t(2 * l.channels));
            for (std::int64_t k = begin; k < end; ++k) {
                std::fill(acc.begin(), acc.end(), 0.0f);
                const std::int64_t blockEnd = std::min(rows, (k + 1) * blockRows);
                for (std::int64_t r0 = k * blockRows; r0 < blockEnd; r0 += kTileRows) {
                    const std::int64_t count = std::min(kTileRows, blockEnd - r0);
                    for (std::size_t i = 0; i < l.parts.size(); ++i) {
                        const std::int64_t c = l.parts[i].size(1);
                        const std::int64_t off = l.offsets[i];
                        affineRowsBackward(l.parts[i].data_ptr<float>() + r0 * c, c, gp + r0 * l.channels + off, l.channels,
                                           dx[i] + r0 * c, c, wp + off, bp + off, cp + off, c, count, relu6, accumulate[i],
                                           acc.data() + off, acc.data() + l.channels + off);
                    }
                }
                double *slot = partial.data() + k * 2 * l.channels;
                for (std::int64_t c = 0; c < 2 * l.channels; ++c)
                    slot[c] = acc[std::size_t(c)];
            }
        });
        for (std::int64_t k = 0; k < blocks; ++k)
            for (std::int64_t c = 0; c < 2 * l.channels; ++c)
                sums[std::size_t(c)] += partial[std::size_t(k * 2 * l.channels + c)];
    } else {
        // NCHW: each channel's sums belong to one task, over every image's plane.
        at::parallel_for(0, l.channels, 1, [&](std::int64_t begin, std::int64_t end) {
            std::size_t i = 0;
            for (std::int64_t c = begin; c < end; ++c) {
                while (c >= l.offsets[i] + l.parts[i].size(1))
                    ++i;
                const std::int64_t width = l.parts[i].size(1);
                const std::int64_t local = c - l.offsets[i];
                for (std::int64_t n = 0; n < l.batch; ++n) {
                    affinePlaneBackward(l.parts[i].data_ptr<float>() + (n * width + local) * l.pixels,
                                        gp + (n * l.channels + c) * l.pixels, dx[i] + (n * width + local) * l.pixels,
                                        l.pixels, wp[c], bp[c], cp[c], relu6, accumulate[i], sums[std::size_t(c)],
                                        sums[std::size_t(l.channels + c)]);
                }
            }
        });
    }
    const torch::Tensor all = torch::tensor(sums, torch::kDouble).to(torch::kFloat);
    g.weight = all.narrow(0, 0, l.channels).clone();
    g.bias = all.narrow(0, l.channels, l.channels).clone();
    return g;
}

void addChannelAffine(torch::Tensor &dx, const torch::Tensor &x, const torch::Tensor &a, const torch::Tensor &b,
                      const torch::Tensor &center)
{
    const c10::MemoryFormat format = sharedFormat({x});
    const bool loops = handWritten({x, dx}, a) && b.scalar_type() == torch::kFloat && center.scalar_type() == torch::kFloat
                    && x.is_contiguous(format) && dx.is_contiguous(format);
    if (!loops) {
        dx.addcmul_(x - channelView(center), channelView(b)).add_(channelView(a));
        return;
    }
    const torch::Tensor ac = a.contiguous();
    const torch::Tensor bc = b.contiguous();
    const torch::Tensor cc = center.contiguous();
    const float *cp = cc.data_ptr<float>();
    float *d = dx.data_ptr<float>();
    const float *xp = x.data_ptr<float>();
    const float *ap = ac.data_ptr<float>();
    const float *bp = bc.data_ptr<float>();
    const std::int64_t channels = x.size(1);
    const std::int64_t pixels = x.size(2) * x.size(3);
    if (format == c10::MemoryFormat::ChannelsLast) {
        const std::int64_t rows = x.size(0) * pixels;
        at::parallel_for(0, rows, std::max<std::int64_t>(1, 32768 / channels), [&](std::int64_t begin, std::int64_t end) {
            channelAffineRows(d + begin * channels, xp + begin * channels, ap, bp, cp, channels, end - begin);
        });
        return;
    }
    const std::int64_t planes = x.size(0) * channels;
    at::parallel_for(0, planes, std::max<std::int64_t>(1, 32768 / pixels), [&](std::int64_t begin, std::int64_t end) {
        for (std::int64_t p = begin; p < end; ++p)
            channelAffinePlane(d + p * pixels, xp + p * pixels, ap[p % channels], bp[p % channels], cp[p % channels], pixels);
    });
}

} // namespace denselab::nn
