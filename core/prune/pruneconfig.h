// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ranking.h"

#include "training/trainingconfig.h"

#include <nlohmann/json_fwd.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace denselab::prune {

/// The schedule of a filter-pruning job (seed: remove 5% of the prunable filters, fine-tune,
/// repeat 6 times) and how filters are ranked.
struct PruneOptions {
    Criterion criterion = Criterion::Taylor;
    Ranking ranking = Ranking::Global;
    bool flopsWeighted = false;         ///< rank costly filters lower (divide by MACs per channel)
    double step = 0.05;                 ///< share of the parent's prunable filters removed per iteration
    int iterations = 6;
    int finetuneEpochs = 1;
    double targetMacs = 0.0;            ///< > 0: stop once MACs <= target x the parent's
    double targetParams = 0.0;          ///< > 0: stop once params <= target x the parent's
    bool keepCoupled = false;           ///< the seed's rule: leave convolutions before an addition alone
    int rankingBatches = 8;             ///< mini-batches the Taylor and activation criteria read
    int pretrainEpochs = 0;             ///< parent is a design: train it this long first
};

/// A pruning job: the parent (its design in `training.design`, its weights from `parentRun` when
/// given), the data and optimizer for pretraining and fine-tuning, and the schedule. Plain value.
struct PruneConfig {
    training::TrainingConfig training;
    std::string parentRun;
    PruneOptions options;
};

/// prune.json: the settings and where the job stands; metrics.jsonl holds a "prune_iteration"
/// line per iteration (iteration 0 is the parent) between the fine-tuning epochs' lines.
struct PruneRecord {
    PruneOptions options;
    std::string parentRun;
    std::string parentName;
    std::int64_t parentParams = 0;
    std::int64_t parentMacs = 0;
    double parentAccuracy = -1.0;       ///< test top-1 of the parent before pruning
    int prunableFilters = 0;            ///< of the parent: what `step` is a share of
    int iterationsDone = 0;
    std::string design;                 ///< the current design file, relative to the job directory
    bool finished = false;
};

nlohmann::json toJson(const PruneOptions &options);
PruneOptions pruneOptionsFromJson(const nlohmann::json &json);
nlohmann::json toJson(const PruneRecord &record);
/// Throws DesignError naming the field when `json` is not a pruning record.
PruneRecord pruneRecordFromJson(const nlohmann::json &json, const std::string &source);
PruneRecord readPruneRecord(const std::string &dir);
void writePruneRecord(const std::string &dir, const PruneRecord &record);

/// Filters one iteration removes: `step` of the parent's prunable filters, at least one.
int filtersPerIteration(const PruneOptions &options, int prunableFilters);

} // namespace denselab::prune
