// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "training/events.h"
#include "training/runrecord.h"

#include <functional>
#include <ostream>

namespace denselab::training {
class Trainer;
}

namespace denselab::cli {

/// Follows a started run of any kind to its end on the main thread. Ctrl-C or SIGTERM stops it
/// cleanly (resumable). In text mode it prints the run folder, a progress bar on a terminal,
/// one line per epoch and the run's log lines; `print` is offered every other event first
/// (a search's steps, a pruning iteration) and returns true when it printed it.
/// Returns the run's final record.
training::RunRecord followRun(training::Trainer &run, bool text, std::ostream &out,
                              const std::function<bool(const training::TrainingEvent &)> &print = {});

/// Exit status for a finished run: 1 (with a line on stderr) when it failed or diverged.
int exitStatusOf(const training::RunRecord &record);

} // namespace denselab::cli
