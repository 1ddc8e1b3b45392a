// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "events.h"
#include "runrecord.h"
#include "trainer.h"

#include <memory>
#include <string>

namespace denselab::training {

class TrainerControl;

/// Creates the run directory of a new run of `kind` (or checks the one being resumed, keeping
/// its record) and writes run.json. Runs on the caller's thread; throws io::FileError or
/// DesignError. Every run kind prepares its directory this way.
void prepareRunDirectory(TrainerControl &control, RunKind kind);

/// An ordinary training run: the Engine's epochs with checkpoints, from scratch or resumed.
std::unique_ptr<RunBody> makeTrainingBody();

} // namespace denselab::training
