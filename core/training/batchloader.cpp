// SPDX-License-Identifier: GPL-3.0-or-later
#include "batchloader.h"

#include <torch/nn/functional/upsampling.h>
#include <torch/torch.h>

#include <algorithm>
#include <numeric>
#include <random>

namespace denselab::training {

std::uint64_t mixSeed(std::uint64_t seed, std::uint64_t a, std::uint64_t b)
{
    auto splitmix = [](std::uint64_t x) {
        x += 0x9e3779b97f4a7c15ull;
        x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ull;
        x = (x ^ (x >> 27)) * 0x94d049bb133111ebull;
        return x ^ (x >> 31);
    };
    return splitmix(splitmix(splitmix(seed) ^ a) ^ b);
}

std::vector<std::int64_t> epochOrder(std::int64_t count, std::uint64_t seed, int epoch)
{
    std::vector<std::int64_t> order(static_cast<std::size_t>(count));
    std::iota(order.begin(), order.end(), 0);
    std::mt19937_64 rng(mixSeed(seed, 0x5eed, std::uint64_t(epoch)));
    // Fisher-Yates by hand: std::shuffle's use of the engine differs between standard libraries.
    for (std::int64_t i = count - 1; i > 0; --i) {
        const auto j = static_cast<std::int64_t>(rng() % std::uint64_t(i + 1));
        std::swap(order[std::size_t(i)], order[std::size_t(j)]);
    }
    return order;
}

BatchLoader::BatchLoader(const data::ImageSet &set, std::vector<std::int64_t> order, int batchSize,
                         BatchTransform transform, std::uint64_t seed, long firstBatch, int depth)
    : m_set(set), m_order(std::move(order)), m_batchSize(std::max(1, batchSize)), m_transform(std::move(transform)),
      m_seed(seed), m_batchCount(long((m_order.size() + std::size_t(m_batchSize) - 1) / std::size_t(m_batchSize))),
      m_nextToBuild(std::clamp(firstBatch, 0L, m_batchCount)), m_depth(std::size_t(std::max(1, depth)))
{
    m_thread = std::thread([this] { produce(); });
}

BatchLoader::~BatchLoader()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_cancelled = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

void BatchLoader::produce()
{
    // Pixel work only: one intra-op thread keeps the loader off the training thread's cores.
    at::set_num_threads(1);
    torch::NoGradGuard noGrad;
    try {
        for (;;) {
            long index = 0;
            {
                std::unique_lock<std::mutex> lock(m_mutex);
                m_changed.wait(lock, [this] { return m_cancelled || m_ready.size() < m_depth; });
                if (m_cancelled || m_nextToBuild >= m_batchCount)
                    break;
                index = m_nextToBuild++;
            }
            Batch batch = build(index);
            {
                std::lock_guard<std::mutex> lock(m_mutex);
                m_ready.push_back(std::move(batch));
            }
            m_changed.notify_all();
        }
    } catch (...) {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_error = std::current_exception();
    }
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_done = true;
    }
    m_changed.notify_all();
}

std::optional<Batch> BatchLoader::next()
{
    std::unique_lock<std::mutex> lock(m_mutex);
    m_changed.wait(lock, [this] { return !m_ready.empty() || m_done; });
    if (!m_ready.empty()) {
        Batch batch = std::move(m_ready.front());
        m_ready.pop_front();
        lock.unlock();
        m_changed.notify_all();
        return batch;
    }
    if (m_error)
        std::rethrow_exception(m_error);
    return std::nullopt;
}

Batch BatchLoader::build(long index) const
{
    const std::size_t begin = std::size_t(index) * std::size_t(m_batchSize);
    const std::size_t end = std::min(m_order.size(), begin + std::size_t(m_batchSize));
    const auto count = static_cast<std::int64_t>(end - begin);
    const int c = m_set.channels, h = m_set.height, w = m_set.width;
    const std::size_t plane = std::size_t(h) * w;

    torch::Tensor pixels = torch::empty({count, c, h, w}, torch::kUInt8);
    torch::Tensor labels = torch::empty({count}, torch::kLong);
    std::uint8_t *out = pixels.data_ptr<std::uint8_t>();
    std::int64_t *label = labels.data_ptr<std::int64_t>();
    std::mt19937_64 rng(mixSeed(m_seed, 0xa11, std::uint64_t(index)));
    const int pad = m_transform.augment ? m_transform.padding : 0;
    for (std::int64_t k = 0; k < count; ++k) {
        const std::int64_t image = m_order[begin + std::size_t(k)];
        const std::uint8_t *in = m_set.image(std::size_t(image));
        label[k] = m_set.labels[std::size_t(image)];
        std::uint8_t *dst = out + std::size_t(k) * std::size_t(c) * plane;
        if (!m_transform.augment) {
            std::copy(in, in + std::size_t(c) * plane, dst);
            continue;
        }
        // Random crop of the zero-padded image: shift by (dy, dx) in [-pad, pad], then maybe mirror.
        const int dy = int(rng() % std::uint64_t(2 * pad + 1)) - pad;
        const int dx = int(rng() % std::uint64_t(2 * pad + 1)) - pad;
        const bool mirror = m_transform.flip && (rng() & 1u);
        for (int ch = 0; ch < c; ++ch) {
            const std::uint8_t *src = in + std::size_t(ch) * plane;
            std::uint8_t *to = dst + std::size_t(ch) * plane;
            for (int y = 0; y < h; ++y) {
                const int sy = y + dy;
                for (int x = 0; x < w; ++x) {
                    const int sx = (mirror ? w - 1 - x : x) + dx;
                    to[y * w + x] = (sy >= 0 && sy < h && sx >= 0 && sx < w) ? src[sy * w + sx] : 0;
                }
            }
        }
    }

    torch::Tensor images = pixels.to(torch::kFloat).div_(255.0);
    const auto options = torch::TensorOptions().dtype(torch::kFloat);
    const auto mean = torch::tensor(std::vector<float>(m_transform.mean.begin(), m_transform.mean.end()), options)
                          .view({1, c, 1, 1});
    const auto stddev = torch::tensor(std::vector<float>(m_transform.stddev.begin(), m_transform.stddev.end()),
                                      options)
                            .view({1, c, 1, 1});
    images.sub_(mean).div_(stddev);
    if (m_transform.channels > 0 && m_transform.channels != c) {
        images = c == 1 ? images.expand({count, m_transform.channels, h, w}).contiguous()
                        : images.mean(1, /*keepdim=*/true).expand({count, m_transform.channels, h, w}).contiguous();
    }
    if (m_transform.height > 0 && (m_transform.height != h || m_transform.width != w)) {
        namespace F = torch::nn::functional;
        images = F::interpolate(images, F::InterpolateFuncOptions()
                                            .size(std::vector<std::int64_t>{m_transform.height, m_transform.width})
                                            .mode(torch::kBilinear)
                                            .align_corners(false));
    }
    if (m_transform.pinMemory) {
        images = images.pin_memory();
        labels = labels.pin_memory();
    }
    return {images, labels, index};
}

} // namespace denselab::training
