// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// LibTorch side of core: include only from torch targets.

#include <torch/types.h>

#include <cstdint>
#include <memory>

namespace denselab::training {

struct MemoryMeterGuard;

/// Peak bytes of tensor memory allocated while the meter is alive, above what was allocated
/// when it started: the figure a training step's memory is judged by (activations kept for
/// backward, gradients, optimizer temporaries; weights allocated before are not counted).
/// CPU: every allocation of c10's CPU allocator on this thread and in the autograd work it
/// starts, seen through c10's memory-reporting hook (exact, not RSS). CUDA: the caching
/// allocator's peak since the meter started, less what was allocated then. One meter per
/// thread at a time; it takes the profiler's slot while alive.
class MemoryMeter {
public:
    explicit MemoryMeter(const torch::Device &device);
    ~MemoryMeter();
    MemoryMeter(const MemoryMeter &) = delete;
    MemoryMeter &operator=(const MemoryMeter &) = delete;

    std::int64_t peakBytes() const;
    /// Starts a new peak from what is allocated now.
    void resetPeak();

private:
    struct Hook;
    torch::Device m_device;
    std::int64_t m_cudaBase = 0;   // CUDA: bytes allocated when the peak was reset
    std::shared_ptr<Hook> m_hook;
    std::unique_ptr<MemoryMeterGuard> m_guard;
};

} // namespace denselab::training
