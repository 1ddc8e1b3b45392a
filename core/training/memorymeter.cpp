// SPDX-License-Identifier: GPL-3.0-or-later
#include "memorymeter.h"

#include <c10/core/Allocator.h>
#include <c10/util/ThreadLocalDebugInfo.h>
#ifdef DENSELAB_TORCH_CUDA
#include <c10/cuda/CUDACachingAllocator.h>
#endif

#include <algorithm>
#include <mutex>
#include <unordered_map>

namespace denselab::training {

// c10 reports every CPU allocation (positive size) and release (negative) while a
// MemoryReportingInfoBase that wants them is this thread's profiler state. Its own running
// total is process-wide and misses releases made while no meter listened, so the meter keeps
// its own account: the blocks it saw allocated, until it sees them released.
struct MemoryMeter::Hook : public c10::MemoryReportingInfoBase {
    std::mutex mutex;
    std::unordered_map<void *, std::int64_t> live;
    std::int64_t current = 0;
    std::int64_t peak = 0;
    void reportMemoryUsage(void *ptr, std::int64_t size, std::int64_t, std::int64_t, c10::Device device) override
    {
        if (!device.is_cpu() || !ptr)
            return;
        std::lock_guard<std::mutex> lock(mutex);
        if (size > 0) {
            live[ptr] = size;
            current += size;
            peak = std::max(peak, current);
        } else if (const auto found = live.find(ptr); found != live.end()) {
            current -= found->second;
            live.erase(found);
        }
    }
    bool memoryProfilingEnabled() const override { return true; }
};

struct MemoryMeterGuard {
    explicit MemoryMeterGuard(std::shared_ptr<c10::DebugInfoBase> hook) : guard(c10::DebugInfoKind::PROFILER_STATE, std::move(hook)) {}
    c10::DebugInfoGuard guard;
};

MemoryMeter::MemoryMeter(const torch::Device &device) : m_device(device)
{
    if (device.is_cpu()) {
        m_hook = std::make_shared<Hook>();
        m_guard = std::make_unique<MemoryMeterGuard>(m_hook);
    }
    resetPeak();
}

MemoryMeter::~MemoryMeter() = default;

std::int64_t MemoryMeter::peakBytes() const
{
#ifdef DENSELAB_TORCH_CUDA
    if (m_device.is_cuda())   // index 0 of the stat arrays is the aggregate over pools
        return c10::cuda::CUDACachingAllocator::getDeviceStats(m_device.index()).allocated_bytes[0].peak - m_cudaBase;
#endif
    if (!m_hook)
        return 0;
    std::lock_guard<std::mutex> lock(m_hook->mutex);
    return m_hook->peak;
}

void MemoryMeter::resetPeak()
{
#ifdef DENSELAB_TORCH_CUDA
    if (m_device.is_cuda()) {   // what is allocated now (weights, optimizer state) is not counted
        c10::cuda::CUDACachingAllocator::resetPeakStats(m_device.index());
        m_cudaBase = c10::cuda::CUDACachingAllocator::getDeviceStats(m_device.index()).allocated_bytes[0].current;
    }
#endif
    if (m_hook) {
        std::lock_guard<std::mutex> lock(m_hook->mutex);
        m_hook->peak = m_hook->current;
    }
}

} // namespace denselab::training
