// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pruneconfig.h"

#include "training/trainer.h"

#include <memory>
#include <string>

namespace denselab::prune {

/// A filter-pruning job (seed: Taylor-criterion filter reduction, generalised to every graph
/// DenseLab builds) as a run of its own kind on the training engine: rank the filters, remove
/// `step` of the prunable ones by surgery on the layer graph, fine-tune, repeat. No torch here.
///
/// The run directory holds run.json (kind "prune"; its design is the current pruned network),
/// prune.json, metrics.jsonl (the fine-tuning epochs and a "prune_iteration" line per
/// iteration), iteration-NN.denselab.json with its checkpoint iteration-NN.json, "last" for
/// resuming and, at the end, "best" holding the final pruned network. start() throws
/// DesignError when nothing in the design can be pruned.
std::unique_ptr<training::Trainer> makePruneJob(PruneConfig config);

/// Continues the stopped or interrupted job in `dir` (io::FileError / DesignError naming the file).
std::unique_ptr<training::Trainer> resumePruneJob(const std::string &dir);

} // namespace denselab::prune
