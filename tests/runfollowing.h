// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Following a background run of any kind to its end in a test, without sleeps.

#include "training/trainer.h"

#include <QElapsedTimer>

#include <functional>

namespace denselab::testdata {

/// Reads `run`'s events until its stream closes (at most five minutes), handing each to
/// `onEvent` (which may stop the run), then joins its thread.
inline void followRun(training::Trainer &run, const std::function<void(const training::TrainingEvent &)> &onEvent = {})
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 300000) {
        std::optional<training::TrainingEvent> e = run.events().next(std::chrono::milliseconds(200));
        if (!e) {
            if (run.events().closed())
                break;
            continue;
        }
        if (onEvent)
            onEvent(*e);
    }
    run.wait();
}

} // namespace denselab::testdata
