// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "training/trainer.h"

#include <memory>
#include <string>

namespace denselab::jobs {

/// Continues the stopped or interrupted run in `dir`, whatever its kind (run.json "kind"):
/// a training (with `epochs` > 0 as its new total), an LWP search or a pruning job. No torch
/// in this header. Throws io::FileError / DesignError naming the file.
std::unique_ptr<training::Trainer> resumeAnyRun(const std::string &dir, int epochs = 0);

} // namespace denselab::jobs
