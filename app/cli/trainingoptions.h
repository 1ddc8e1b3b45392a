// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "arguments.h"

#include "training/trainingconfig.h"

namespace denselab::cli {

/// The data, optimizer, device and run-folder options every command that trains shares
/// (train, search lwp, prune): --recipe, --epochs, --batch, --optimizer, --lr, ..., --dataset,
/// --data, --limit-train, --limit-test, --validation, --device, --threads, --seed, --runs-dir.
/// The design is not read here. The step schedule's factor is --lr-gamma, and also --gamma
/// unless `gammaIsTaken` (LWP's --gamma is its reward penalty). Throws UsageError naming the option.
training::TrainingConfig trainingConfigFrom(Arguments &args, bool gammaIsTaken = false);

} // namespace denselab::cli
