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
/// job each provide one (trainingsession.h, search/, prune/). No torch in this interface: the
/// Trainer that drives a body is torch-free (denselab_core), the bodies are LibTorch's side.
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
    /// The one-line reason the run failed with `error`, thrown by run() (after the stack has
    /// unwound). The default is error.what(); the LibTorch bodies (torchrunbody.h) name an
    /// out-of-memory error with a batch to try instead and drop c10's backtrace.
    virtual std::string failureMessage(const std::exception &error, TrainerControl &control);
};

/// Trains one design on a background std::thread and reports through an EventStream. No
/// torch in this header: the desktop app and the CLI include it freely.
///
/// Each run lives in a directory (run.json, metrics.jsonl, last/best checkpoints); start()
/// creates it. pause(), resume() and stop() may be called from any thread and take effect
/// between two steps. Errors never escape the thread: the run ends Failed or Diverged with a
/// message, as a State event and in run.json. The destructor stops the run and joins.
///
/// The class itself is torch-free. The two members that make an ordinary training run
/// (Trainer(TrainingConfig) and resumeRun(runDir, epochs)) are defined with that run's body on
/// LibTorch's side (denselab_training): the desktop app, which does not link LibTorch, reaches
/// them through torchside::TorchSide, and a link error says so if it calls them directly.
class Trainer {
public:
    /// A new run of `config` (LibTorch's side).
    explicit Trainer(TrainingConfig config);
    /// A run of any kind: `body` does the work; `resumeDir` is empty for a new run.
    Trainer(TrainingConfig config, std::string resumeDir, std::unique_ptr<RunBody> body);
    /// Continues the stopped or interrupted run in `runDir` from its last checkpoint, with the
    /// same data order and schedule; `epochs` > 0 changes the total number of epochs
    /// (LibTorch's side).
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

/// Device names a run can ask for: "auto", "cpu", then "cuda:N" for each visible GPU
/// (LibTorch's side: it asks the CUDA runtime).
std::vector<std::string> trainingDevices();

} // namespace denselab::training
