// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>

namespace denselab {

/// Costs of one node or of a whole network, for one float32 sample (batch 1). All integers:
/// element counts, operation counts or bytes, never rounded. Definitions: docs/costs.md, after
/// torchstat 0.0.7's counting (Swall0w/torchstat) and HarDNet's CIO (Chao et al. 2019, arXiv:1909.00948).
struct Cost {
    std::int64_t params = 0;           ///< trainable parameters (BN running stats excluded)
    std::int64_t macs = 0;             ///< conv + linear multiply-accumulates (torchvision's convention)
    std::int64_t madd = 0;             ///< torchstat MAdd (seed tables' "MACs")
    std::int64_t flops = 0;            ///< torchstat Flops (seed tables' "FLOPs"/"#FLOPS")
    std::int64_t memoryBytes = 0;      ///< torchstat Memory: output feature maps of visible modules
    std::int64_t memReadBytes = 0;     ///< torchstat MemRead
    std::int64_t memWriteBytes = 0;    ///< torchstat MemWrite
    std::int64_t cioElements = 0;      ///< HarDNet CIO: input + output elements of every conv
    std::int64_t trafficBytes = 0;     ///< ours: bytes read (inputs + weights) and written by every op
    std::int64_t activationBytes = 0;  ///< ours: outputs kept for backward in one training step (estimate)
    std::int64_t connections = 0;      ///< dense-block edges into layers

    std::int64_t memReadWriteBytes() const { return memReadBytes + memWriteBytes; }
    Cost &operator+=(const Cost &o);
    bool operator==(const Cost &o) const;
};

} // namespace denselab
