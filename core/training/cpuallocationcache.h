// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Torch-free header; the implementation replaces c10's CPU allocator.

#include <cstdint>

namespace denselab::training {

/// A training step on the CPU allocates and frees the same tensors, of the same sizes, every
/// step; c10's default CPU allocator hands each one to malloc, which maps anything above 32 MiB
/// afresh from the kernel and unmaps it on release, so every step pays the page faults of its
/// whole activation memory again (a sixth of a DenseNet-BC-100 step on the 2-core machine).
/// With the cache on, released blocks are kept, by exact size, and handed out again; at most a
/// quarter of the machine's memory (and 8 GiB) is held: a release past that goes back to the
/// system, and an allocation the system refuses empties the cache and
/// tries once more before it fails (c10::OutOfMemoryError). The first call installs DenseLab's CPU allocator for the process (c10's allocator
/// then serves nothing new); switching the cache off empties it, and blocks are freed at once.
/// Every allocation and release is still reported to c10's memory profiler hooks (MemoryMeter).
void setCpuAllocationCache(bool on);
bool cpuAllocationCacheEnabled();
/// Gives every cached block back (the cache stays on): when the sizes a step allocates change
/// (a new or pruned network) and when a run ends.
void trimCpuAllocationCache();

struct CpuAllocationCacheStats {
    std::int64_t reused = 0;        ///< allocations served from the cache
    std::int64_t fresh = 0;         ///< allocations that went to the system
    std::int64_t cachedBytes = 0;   ///< held for reuse now
};
CpuAllocationCacheStats cpuAllocationCacheStats();

} // namespace denselab::training
