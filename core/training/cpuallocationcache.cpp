// SPDX-License-Identifier: GPL-3.0-or-later
#include "cpuallocationcache.h"

#include <c10/core/Allocator.h>
#include <c10/core/CPUAllocator.h>
#include <c10/util/Exception.h>

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
            const bool fresh = !ptr;
            if (fresh && posix_memalign(&ptr, kAlignment, size) != 0) {
                // Blocks of other sizes may be what is missing: give them back and try once more.
                trim();
                ptr = nullptr;
                TORCH_CHECK_WITH(OutOfMemoryError, posix_memalign(&ptr, kAlignment, size) == 0,
                                 "DefaultCPUAllocator: can't allocate memory: you tried to allocate ", bytes,
                                 " bytes.");   // c10's own allocator's wording
            }
            std::int64_t allocated = 0, reserved = 0;
            {
                std::lock_guard<std::mutex> lock(m_mutex);
                m_fresh += fresh ? 1 : 0;
                m_sizes[ptr] = {size, bytes};
                m_allocated += std::int64_t(bytes);
                allocated = m_allocated;
                reserved = m_allocated + m_cached;
            }
            // The requested size, as c10's own allocator reports it (MemoryMeter's figures).
            c10::reportMemoryUsageToProfiler(ptr, std::int64_t(bytes), allocated, reserved, c10::Device(c10::DeviceType::CPU));
        }
        return {ptr, ptr, &release, c10::Device(c10::DeviceType::CPU)};
    }

    c10::DeleterFnPtr raw_deleter() const override { return &release; }

    void trim() const
    {
        std::vector<void *> drop;
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            drop = takeAllLocked();
        }
        for (void *ptr : drop)
            std::free(ptr);
    }

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
        std::int64_t requested = 0, allocated = 0, reserved = 0;
        {
            std::lock_guard<std::mutex> lock(self.m_mutex);
            const auto found = self.m_sizes.find(ptr);
            // A block from before the install (c10's allocator also uses posix_memalign) is
            // unknown here and goes straight back to the system.
            const std::size_t size = found != self.m_sizes.end() ? found->second.first : 0;
            requested = found != self.m_sizes.end() ? std::int64_t(found->second.second) : 0;
            if (found != self.m_sizes.end())
                self.m_sizes.erase(found);
            self.m_allocated -= requested;
            // Past the limit the block goes back and the cached set stays: a step larger than the
            // limit keeps reusing what fits (old sizes are trimmed when the network changes).
            keep = self.m_enabled && size > 0 && self.m_cached + std::int64_t(size) <= self.m_limit;
            if (keep) {
                self.m_free[size].push_back(ptr);
                self.m_cached += std::int64_t(size);
            }
            allocated = self.m_allocated;
            reserved = self.m_allocated + self.m_cached;
            // Reported before another thread can take the block from the cache and report it
            // allocated again (the hook takes only its own lock).
            if (requested > 0)
                c10::reportMemoryUsageToProfiler(ptr, -requested, allocated, reserved, c10::Device(c10::DeviceType::CPU));
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
    mutable std::unordered_map<void *, std::pair<std::size_t, std::size_t>> m_sizes;   // live: block, requested
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

void trimCpuAllocationCache()
{
    CachingCpuAllocator::instance().trim();
}

CpuAllocationCacheStats cpuAllocationCacheStats()
{
    return CachingCpuAllocator::instance().stats();
}

} // namespace denselab::training
