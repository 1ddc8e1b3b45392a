// SPDX-License-Identifier: GPL-3.0-or-later
#include "cpuallocationcache.h"

#include <c10/core/Allocator.h>
#include <c10/core/CPUAllocator.h>

#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <mutex>
#include <new>
#include <unordered_map>
#include <vector>

namespace denselab::training {
namespace {

constexpr std::size_t kAlignment = 64;   // what c10's allocator guarantees (AVX-512 loads)

std::int64_t cacheLimit()
{
    const long pages = sysconf(_SC_PHYS_PAGES);
    const long pageSize = sysconf(_SC_PAGESIZE);
    const std::int64_t physical = pages > 0 && pageSize > 0 ? std::int64_t(pages) * pageSize : (std::int64_t(4) << 30);
    return std::min<std::int64_t>(physical / 4, std::int64_t(8) << 30);
}

class CachingCpuAllocator final : public c10::Allocator {
public:
    c10::DataPtr allocate(std::size_t bytes) const override
    {
        void *ptr = nullptr;
        std::int64_t allocated = 0;
        if (bytes > 0) {
            const std::size_t size = (bytes + kAlignment - 1) / kAlignment * kAlignment;
            {
                std::lock_guard<std::mutex> lock(m_mutex);
                auto found = m_free.find(size);
                if (found != m_free.end() && !found->second.empty()) {
                    ptr = found->second.back();
                    found->second.pop_back();
                    m_cached -= std::int64_t(size);
                    ++m_reused;
                }
            }
            if (!ptr) {
                if (posix_memalign(&ptr, kAlignment, size) != 0)
                    throw std::bad_alloc();
                std::lock_guard<std::mutex> lock(m_mutex);
                ++m_fresh;
            }
            std::lock_guard<std::mutex> lock(m_mutex);
            m_sizes[ptr] = size;
            m_allocated += std::int64_t(size);
            allocated = m_allocated;
            c10::reportMemoryUsageToProfiler(ptr, std::int64_t(size), allocated, m_allocated + m_cached,
                                             c10::Device(c10::DeviceType::CPU));
        }
        return {ptr, ptr, &release, c10::Device(c10::DeviceType::CPU)};
    }

    c10::DeleterFnPtr raw_deleter() const override { return &release; }

    void setEnabled(bool on)
    {
        std::vector<void *> drop;
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_enabled = on;
            if (!on)
                drop = takeAllLocked();
        }
        for (void *ptr : drop)
            std::free(ptr);
    }

    bool enabled() const
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        return m_enabled;
    }

    CpuAllocationCacheStats stats() const
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        return {m_reused, m_fresh, m_cached};
    }

    static CachingCpuAllocator &instance()
    {
        static CachingCpuAllocator *allocator = new CachingCpuAllocator;   // never destroyed: blocks outlive statics
        return *allocator;
    }

private:
    static void release(void *ptr)
    {
        if (!ptr)
            return;
        CachingCpuAllocator &self = instance();
        bool keep = false;
        {
            std::lock_guard<std::mutex> lock(self.m_mutex);
            const auto found = self.m_sizes.find(ptr);
            const std::size_t size = found != self.m_sizes.end() ? found->second : 0;
            if (found != self.m_sizes.end())
                self.m_sizes.erase(found);
            self.m_allocated -= std::int64_t(size);
            keep = self.m_enabled && size > 0 && self.m_cached + std::int64_t(size) <= self.m_limit;
            if (keep) {
                self.m_free[size].push_back(ptr);
                self.m_cached += std::int64_t(size);
            }
            c10::reportMemoryUsageToProfiler(ptr, -std::int64_t(size), self.m_allocated, self.m_allocated + self.m_cached,
                                             c10::Device(c10::DeviceType::CPU));
        }
        if (!keep)
            std::free(ptr);
    }

    std::vector<void *> takeAllLocked() const
    {
        std::vector<void *> all;
        for (auto &entry : m_free) {
            all.insert(all.end(), entry.second.begin(), entry.second.end());
            entry.second.clear();
        }
        m_free.clear();
        m_cached = 0;
        return all;
    }

    mutable std::mutex m_mutex;
    mutable std::unordered_map<std::size_t, std::vector<void *>> m_free;   // by size
    mutable std::unordered_map<void *, std::size_t> m_sizes;             // live blocks
    mutable std::int64_t m_allocated = 0;
    mutable std::int64_t m_cached = 0;
    mutable std::int64_t m_reused = 0;
    mutable std::int64_t m_fresh = 0;
    bool m_enabled = false;
    const std::int64_t m_limit = cacheLimit();
};

std::once_flag installed;

} // namespace

void setCpuAllocationCache(bool on)
{
    if (!on && !cpuAllocationCacheEnabled())
        return;   // never installed or already off: c10's allocator (or ours, passing through) serves
    std::call_once(installed, [] { c10::SetCPUAllocator(&CachingCpuAllocator::instance(), /*priority=*/1); });
    CachingCpuAllocator::instance().setEnabled(on);
}

bool cpuAllocationCacheEnabled()
{
    return CachingCpuAllocator::instance().enabled();
}

CpuAllocationCacheStats cpuAllocationCacheStats()
{
    return CachingCpuAllocator::instance().stats();
}

} // namespace denselab::training
