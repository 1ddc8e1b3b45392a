// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The largest design DenseLab accepts. Each limit is far beyond any published network and
// keeps a typo or a hostile file from overflowing 64-bit cost figures or allocating gigabytes
// (a 987-byte file with forty 4096-layer dense blocks used to take 1.3 GB). Documented in
// docs/design-format.md; every error that hits one names the limit.

#include <cstdint>

namespace denselab {

inline constexpr int kMaxBlockLayers = 4096;             ///< layers of one dense block
inline constexpr int kMaxStages = 4096;                  ///< stages of a design
inline constexpr int kMaxWidth = 1 << 20;                ///< any width a design states (growth, planes, widths)
inline constexpr std::int64_t kMaxChannels = 1 << 24;    ///< channels of any tensor (a concatenation, a flatten)
inline constexpr std::int64_t kMaxNodes = 1 << 20;       ///< operations of the compiled graph
inline constexpr std::int64_t kMaxConnections = 1 << 25; ///< dense-block connections of a design, summed
inline constexpr std::int64_t kMaxParams = 1'000'000'000'000;            ///< 10^12 parameters
inline constexpr std::int64_t kMaxMacs = 1'000'000'000'000'000'000;      ///< 10^18 MACs per image
inline constexpr std::int64_t kMaxActivations = 1'000'000'000'000'000;   ///< 10^15 values summed over all tensors

} // namespace denselab
