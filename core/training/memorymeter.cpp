// SPDX-License-Identifier: GPL-3.0-or-later
#include "memorymeter.h"

#include <c10/core/Allocator.h>
#include <c10/util/ThreadLocalDebugInfo.h>
#ifdef DENSELAB_TORCH_CUDA
#include <c10/cuda/CUDACachingAllocator.h>
#endif

#include <algorithm>
#include <atomic>

namespace denselab::training {

// c10 reports every CPU allocation and release with the running total while a
// MemoryReportingInfoBase that wants them is this thread's profiler state.
struct MemoryMeter::Hook : public c10::MemoryReportingInfoBase {
    std::atomic<std::int64_t> current{0};
    std::atomic<std::int64_t> peak{0};
    void reportMemoryUsage(void *, std::int64_t, std::int64_t totalAllocated, std::int64_t, c10::Device device) override
    {
        if (!device.is_cpu())
            return;
        current = totalAllocated;
        std::int64_t seen = peak.load();
        while (totalAllocated > seen && !peak.compare_exchange_weak(seen, totalAllocated)) {
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
        return c10::cuda::CUDACachingAllocator::getDeviceStats(m_device.index()).allocated_bytes[0].peak;
#endif
    return m_hook ? m_hook->peak.load() : 0;
}

void MemoryMeter::resetPeak()
{
#ifdef DENSELAB_TORCH_CUDA
    if (m_device.is_cuda())
        c10::cuda::CUDACachingAllocator::resetPeakStats(m_device.index());
#endif
    if (m_hook)
        m_hook->peak = m_hook->current.load();
}

} // namespace denselab::training
