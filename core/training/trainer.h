// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "events.h"
#include "runrecord.h"
#include "trainingconfig.h"

#include <memory>
#include <string>
#include <vector>

namespace denselab::training {

class TrainerControl;

/// What a run does on its thread: an ordinary training, an LWP connection search or a pruning
/// job each provide one (trainingsession.h, search/, prune/). No torch in this interface.
class RunBody {
public:
    virtual ~RunBody() = default;
    /// On the caller's thread, before the run's thread starts: creates the run directory of a
    /// new run, or checks the one being resumed, and writes its records. Throws io::FileError or
    /// DesignError; the run then never starts.
    virtual void prepare(TrainerControl &control) = 0;
    /// The whole run, on the run's thread. May throw: the Trainer ends the run Failed with a
    /// one-line message (out of memory, dataset, design, file errors named as such).
    virtual void run(TrainerControl &control) = 0;
};

/// Trains one design on a background std::thread and reports through an EventStream. No
/// torch in this header: the desktop app and the CLI include it freely.
///
/// Each run lives in a directory (run.json, metrics.jsonl, last/best checkpoints); start()
/// creates it. pause(), resume() and stop() may be called from any thread and take effect
/// between two steps. Errors never escape the thread: the run ends Failed or Diverged with a
/// message, as a State event and in run.json. The destructor stops the run and joins.
class Trainer {
public:
    /// A new run of `config`.
    explicit Trainer(TrainingConfig config);
    /// A run of any kind: `body` does the work; `resumeDir` is empty for a new run.
    Trainer(TrainingConfig config, std::string resumeDir, std::unique_ptr<RunBody> body);
    /// Continues the stopped or interrupted run in `runDir` from its last checkpoint, with the
    /// same data order and schedule; `epochs` > 0 changes the total number of epochs.
    static std::unique_ptr<Trainer> resumeRun(const std::string &runDir, int epochs = 0);
    /// Continues the run in `runDir` with `body` (a search's, a pruning job's), with the
    /// configuration its run.json records; the body's prepare() checks the run's kind.
    static std::unique_ptr<Trainer> resumeRun(const std::string &runDir, std::unique_ptr<RunBody> body);
    ~Trainer();
    Trainer(const Trainer &) = delete;
    Trainer &operator=(const Trainer &) = delete;

    /// Creates (or reopens) the run directory, writes run.json and starts the thread.
    /// Throws io::FileError / DesignError when the directory or run.json cannot be used.
    void start();
    void pause();
    void resume();
    void stop();
    /// Blocks until the thread has finished.
    void wait();

    RunState state() const;
    EventStream &events();
    /// The run directory (empty before start()).
    std::string runDir() const;
    /// A snapshot of the run record as last written.
    RunRecord record() const;

private:
    std::unique_ptr<TrainerControl> m_control;
    std::unique_ptr<RunBody> m_body;
};

/// Device names a run can ask for: "auto", "cpu", then "cuda:N" for each visible GPU.
std::vector<std::string> trainingDevices();

} // namespace denselab::training
