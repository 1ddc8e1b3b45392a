// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <nlohmann/json_fwd.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace denselab::prune {

/// A convolution's output width in a pruned network against the width its design gives it.
struct ConvWidth {
    std::string node;                   ///< stable node name ("stage3.layer5.conv2")
    int designed = 0;
    int kept = 0;
};

/// One iteration of a pruning job (seed: remove p% of the prunable filters, fine-tune, repeat):
/// what metrics.jsonl records and the Prune page plots. Iteration 0 is the parent as it came.
struct PruneIteration {
    int iteration = 0;
    int removedFilters = 0;             ///< in this iteration
    std::vector<std::pair<std::string, int>> removedPerLayer;   ///< conv -> filters removed now
    std::vector<ConvWidth> widths;      ///< every prunable conv after this iteration
    std::int64_t params = 0;
    std::int64_t macs = 0;
    double accuracyBefore = 0.0;        ///< test top-1 right after the surgery, 0..1
    double accuracyAfter = 0.0;         ///< test top-1 after fine-tuning
    double lossBefore = 0.0;
    double lossAfter = 0.0;
    std::string design;                 ///< the iteration's design file, relative to the job directory
    double seconds = 0.0;               ///< ranking + surgery + fine-tuning
};

nlohmann::json toJson(const PruneIteration &iteration);
PruneIteration pruneIterationFromJson(const nlohmann::json &json);

} // namespace denselab::prune
