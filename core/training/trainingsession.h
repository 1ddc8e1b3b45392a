// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace denselab::training {

class TrainerControl;

/// Creates the run directory of a new run (or checks the one being resumed) and writes
/// run.json. Runs on the caller's thread; throws io::FileError or DesignError.
void prepareRunDirectory(TrainerControl &control);

/// The whole run on the calling (training) thread: data, model, epochs, checkpoints, events.
/// Never throws: failures end the run as Failed or Diverged with a message.
void runTrainingSession(TrainerControl &control);

} // namespace denselab::training
