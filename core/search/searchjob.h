// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "searchconfig.h"

#include "training/trainer.h"

#include <memory>
#include <string>

namespace denselab::search {

/// An LWP connection search (seed LWP, Algorithm 1) as a run of its own kind, on the same
/// background-thread model as training: a Trainer whose events, pause/resume/stop, run
/// directory, checkpoints and failure handling are training's. No torch in this header.
///
/// The run directory holds run.json (kind "search"), search.json (settings, stage, children),
/// metrics.jsonl (epoch lines of the pretraining, one "search_step" line per controller step),
/// "last" checkpoints with the supernet, its optimizer and the controller, and
/// children/child-NN.denselab.json. The best child, trained from scratch, is an ordinary run
/// beside it. Throws DesignError from start() when the parent cannot be searched.
std::unique_ptr<training::Trainer> makeSearch(SearchConfig config);

/// Continues the stopped or interrupted search in `dir` where its last checkpoint left it, with
/// the same sampling and data order. Throws io::FileError / DesignError naming the file.
std::unique_ptr<training::Trainer> resumeSearch(const std::string &dir);

} // namespace denselab::search
