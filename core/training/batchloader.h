// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// LibTorch side of training: include only from torch targets.

#include "data/imagedataset.h"

#include <torch/types.h>

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <exception>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace denselab::training {

/// How stored images become network input.
struct BatchTransform {
    std::vector<double> mean;           ///< per stored channel, 0..1 scale
    std::vector<double> stddev;
    bool augment = false;               ///< random crop with `padding` (+ horizontal flip if `flip`)
    int padding = 4;
    bool flip = false;
    int channels = 0;                   ///< network input; differing from the images' converts
    int height = 0;                     ///< (1 -> 3 repeats the grey plane, 3 -> 1 averages) and
    int width = 0;                      ///< resizes bilinearly
    bool pinMemory = false;             ///< for fast, asynchronous copies to CUDA
};

struct Batch {
    torch::Tensor images;               ///< float [B, C, H, W], normalized
    torch::Tensor labels;               ///< int64 [B]
    long index = 0;                     ///< batch number within the pass
};

/// Prepares the batches of one pass over `order` on a background thread, a few ahead of the
/// consumer, so the device never waits for data. The random crop and flip of batch b depend
/// only on (seed, b): a pass started at `firstBatch` after a resume sees exactly the batches
/// an uninterrupted pass would. Errors on the producer thread are rethrown by next().
class BatchLoader {
public:
    BatchLoader(const data::ImageSet &set, std::vector<std::int64_t> order, int batchSize, BatchTransform transform,
                std::uint64_t seed, long firstBatch = 0, int depth = 3);
    ~BatchLoader();
    BatchLoader(const BatchLoader &) = delete;
    BatchLoader &operator=(const BatchLoader &) = delete;

    /// Blocks for the next batch; nullopt after the last one.
    std::optional<Batch> next();
    /// Batches in the whole pass (including those skipped by firstBatch).
    long batchCount() const { return m_batchCount; }

    /// Builds batch `index` synchronously (what the thread does); used by tests and evaluation.
    Batch build(long index) const;

private:
    void produce();

    const data::ImageSet &m_set;
    std::vector<std::int64_t> m_order;
    int m_batchSize;
    BatchTransform m_transform;
    std::uint64_t m_seed;
    long m_batchCount;
    long m_nextToBuild;
    std::size_t m_depth;

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch> m_ready;
    std::exception_ptr m_error;
    bool m_done = false;
    bool m_cancelled = false;
    std::thread m_thread;
};

/// Deterministic permutation of 0..count-1 for `epoch` of a run seeded with `seed`.
std::vector<std::int64_t> epochOrder(std::int64_t count, std::uint64_t seed, int epoch);

/// 64-bit mix of a seed and up to two counters (splitmix64), for independent, repeatable streams.
std::uint64_t mixSeed(std::uint64_t seed, std::uint64_t a, std::uint64_t b = 0);

} // namespace denselab::training
