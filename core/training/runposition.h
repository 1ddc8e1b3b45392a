// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <nlohmann/json_fwd.hpp>

#include <cstdint>

namespace denselab::training {

/// Where a run stands inside its epochs; saved in every checkpoint's state, so that a resume
/// continues mid-epoch with the same data order (every run kind shares it). Plain value.
struct RunPosition {
    int epoch = 0;                  ///< 0-based epoch being trained
    /// Epochs done that trained weights: what the learning-rate schedule follows (a search's
    /// curriculum epochs only run the network, so they do not advance it).
    int weightEpochs = 0;
    long step = 0;                  ///< batches of `epoch` already trained
    long globalStep = 0;            ///< since the run began (resumes included)
    double lossSum = 0.0;           ///< of this epoch so far (sum of batch-mean losses)
    std::int64_t correct = 0;
    std::int64_t seen = 0;
    double stepSeconds = 0.0;       ///< training time of this epoch so far
    double elapsedSeconds = 0.0;    ///< training time of the whole run
    double bestTestAccuracy = -1.0;
    double lossScale = 65536.0;     ///< fp16 loss scaling

    /// The position at the start of the next epoch (totals of the run carried over);
    /// `trainedWeights`: the epoch that ends trained weights.
    RunPosition nextEpoch(bool trainedWeights = true) const;
};

nlohmann::json toJson(const RunPosition &position);
/// Reads what toJson wrote; missing fields keep their defaults (older checkpoints).
RunPosition runPositionFromJson(const nlohmann::json &json);

} // namespace denselab::training
