// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "prune/pruneprogress.h"
#include "search/searchprogress.h"

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace denselab::training {

/// Life cycle of a run. Finished, Stopped, Failed and Diverged are final; a stopped run can be
/// resumed from its directory.
enum class RunState { Preparing, Running, Paused, Finished, Stopped, Failed, Diverged };
const char *toString(RunState state);
bool parse(const std::string &text, RunState &out);
bool isFinal(RunState state);

/// Sent at most 20 times a second while training.
struct StepProgress {
    int epoch = 0;                      ///< 0-based
    long step = 0;                      ///< within the epoch, 1-based: steps done
    long stepsPerEpoch = 0;
    long globalStep = 0;                ///< since the run began (resumes included)
    double loss = 0.0;                  ///< of the latest batch
    double learningRate = 0.0;
    double imagesPerSecond = 0.0;       ///< over the steps since the previous event
    double elapsedSeconds = 0.0;        ///< training time of the run so far
    double etaSeconds = 0.0;            ///< to the end of the last epoch, at the current speed
};

/// Sent after every epoch; also appended to the run's metrics.jsonl.
struct EpochMetrics {
    int epoch = 0;                      ///< 0-based
    double trainLoss = 0.0;
    double trainAccuracy = 0.0;         ///< top-1, 0..1, on the augmented training batches
    double testLoss = 0.0;
    double testAccuracy = 0.0;          ///< top-1
    double testTop5 = 0.0;
    double validationLoss = -1.0;       ///< -1 when no validation split was asked for
    double validationAccuracy = -1.0;
    double learningRate = 0.0;          ///< at the end of the epoch
    double epochSeconds = 0.0;          ///< training part only
    double meanStepMilliseconds = 0.0;
    double imagesPerSecond = 0.0;
    std::int64_t peakMemoryBytes = 0;   ///< the largest training step's tensor memory (MemoryMeter)
};

/// One item of the stream: the optional part matching `kind` is set. Every run kind (training,
/// LWP search, filter pruning) reports through the same stream; the kinds it does not use
/// never occur. A SearchStep event may also carry the controller's keep-probabilities. The
/// larger payloads are shared, immutable, so that queueing an event copies no vectors.
struct TrainingEvent {
    enum class Kind { State, Step, Epoch, Log, Error, SearchStep, SearchChild, PruneIteration };
    Kind kind = Kind::Log;
    RunState state = RunState::Preparing;   ///< Kind::State (also the state at the time of any event)
    std::optional<StepProgress> step;
    std::optional<EpochMetrics> epoch;
    std::optional<search::SearchStep> searchStep;
    std::shared_ptr<const search::KeepProbabilities> keepProbabilities;   ///< large: shared, not copied
    std::shared_ptr<const search::SearchChild> searchChild;
    std::shared_ptr<const prune::PruneIteration> pruneIteration;
    std::string message;                    ///< Log, Error, and an explanation for State changes
};

/// Thread-safe FIFO of events from the training thread to any number of readers polling it
/// (the CLI's main loop, the app's adapter). Unbounded, but steps are throttled at the source.
class EventStream {
public:
    void push(TrainingEvent event);
    /// Next event, waiting up to `timeout`; nullopt when none came.
    std::optional<TrainingEvent> next(std::chrono::milliseconds timeout);
    /// Everything queued now, without waiting.
    std::vector<TrainingEvent> drain();
    /// Marks the stream complete: next() returns at once when empty.
    void close();
    bool closed() const;

private:
    mutable std::mutex m_mutex;
    std::condition_variable m_ready;
    std::deque<TrainingEvent> m_queue;
    bool m_closed = false;
};

} // namespace denselab::training
