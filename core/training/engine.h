// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// LibTorch side of training: include only from torch targets.

#include "batchloader.h"
#include "checkpoint.h"
#include "device.h"
#include "evaluation.h"
#include "preparedata.h"
#include "runposition.h"

#include "cost/costmodel.h"
#include "graph/connectionmask.h"
#include "nn/graphmodule.h"

#include <nlohmann/json.hpp>
#include <torch/optim/optimizer.h>

#include <algorithm>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace denselab::training {

class TrainerControl;

/// What a run kind adds to an ordinary training step. Empty hooks train the whole network.
struct StepHooks {
    /// Before each step: the children to run on the step's batch (LWP's Monte-Carlo samples);
    /// empty means the whole network once. The pointers must stay valid until afterStep returns.
    std::function<std::vector<const ConnectionMask *>()> masks;
    /// After the forward pass (and the weight update, when weights are trained) of each step,
    /// with one logits tensor [batch, classes] per child, in order, and the batch's labels.
    std::function<void(const std::vector<torch::Tensor> &logits, const torch::Tensor &labels)> afterStep;
    /// False: the network is only evaluated (eval mode, no gradients, no optimizer step), as in
    /// LWP's curriculum stage where only the controller learns.
    bool trainWeights = true;
    /// With trainWeights false: normalize with each batch's own statistics (train-mode batch
    /// norm, running statistics updated) instead of the running ones, so that a child whose
    /// inputs differ from the parent's is judged on its own activations.
    bool batchStatistics = false;
    /// > 0: the epoch ends after this many steps (a search's epochs on a large split).
    long stepLimit = 0;
};

/// How trainEpoch ended. Stopped and Diverged have already been reported by the engine:
/// Diverged sets the run's state; Stopped leaves the position at the step reached, for the run
/// kind to save with its own state before it reports the stop.
enum class EpochEnd { Completed, Stopped, Diverged };

/// The training engine every run kind shares (training, LWP search, filter pruning): device and
/// data setup, the network and its optimizer and schedule, the resume position, the epoch loop
/// with pause/stop between steps, evaluation of the network or of a masked child, the epoch's
/// metrics, checkpoints and events. One per run, used on the run's thread only.
/// Determinism: the data order depends on (seed, epoch), augmentation and dropout on (seed,
/// epoch, step), so a run resumed from a checkpoint continues exactly as if never stopped (CPU).
class Engine {
public:
    /// Chooses the device, loads the data and adapts the design to it (logged). Throws
    /// data::DataError / DesignError / std::invalid_argument (an unavailable device).
    Engine(TrainerControl &control, const TrainingConfig &config);
    ~Engine();

    const TrainingConfig &config() const { return m_config; }
    const PreparedData &data() const { return m_data; }
    /// The configured design adapted to the dataset (input shape, classes).
    const Design &adaptedDesign() const { return m_data.design; }
    const DeviceChoice &device() const { return m_device; }
    Precision precision() const { return m_precision; }
    TrainerControl &control() { return m_control; }

    /// Builds `design` as a freshly initialised network (seeded by the config) with a new
    /// optimizer, and returns its costs.
    CostReport buildModel(const Design &design);
    /// Takes over an already built network (e.g. after pruning surgery) with a new optimizer.
    void adoptModel(const Design &design, nn::GraphModule model);
    nn::GraphModuleImpl &model() { return *m_model; }
    nn::GraphModule modelHandle() const { return m_model; }
    const Design &design() const { return m_design; }
    const LayerGraph &graph() const { return m_model->graph(); }
    torch::optim::Optimizer &optimizer() { return *m_optimizer; }

    RunPosition &position() { return m_position; }
    /// Steps of the epoch being trained (after a step limit), known once trainEpoch started it.
    long stepsPerEpoch() const { return m_stepsPerEpoch; }
    /// Total epochs of the run (progress and ETA).
    int epochs() const { return m_config.hyper.epochs; }
    /// Epochs that train weights, over which the learning-rate schedule runs (default: every
    /// epoch; a search's curriculum epochs do not count).
    void setWeightEpochs(int epochs) { m_weightEpochs = std::max(1, epochs); }
    /// The learning rate at the current position.
    double currentLearningRate() const;

    /// Trains the current epoch from position().step to its end. Pauses and stops are honoured
    /// between steps.
    EpochEnd trainEpoch(const StepHooks &hooks = {});
    /// Test (and validation) evaluation of the whole network, the metrics line, the "best" and
    /// "last" checkpoints (their state: the position plus `extraState`), run.json and the Epoch
    /// event; then the position moves to the next epoch. `keepBest` false writes no "best"
    /// checkpoint. Returns Stopped (after saving) when a stop came during evaluation.
    EpochEnd finishEpoch(const nlohmann::json &extraState = {}, bool keepBest = true);

    /// Loss and accuracy on `set`, of the network or of `mask`'s child; nullopt when stopped.
    std::optional<Evaluation> evaluate(const data::ImageSet &set, const ConnectionMask *mask = nullptr);

    /// Ends an epoch that is not evaluated (a search stage's): the position moves to the next
    /// epoch and "last" is saved with `extraState`.
    void advanceEpoch(const nlohmann::json &extraState = {});

    /// The network and optimizer as checkpoint parts, plus the extra parts (what "last" holds).
    std::vector<CheckpointPart> checkpointParts();
    /// Parts every checkpoint of this run also holds from now on (LWP's controller).
    void setExtraCheckpointParts(std::vector<CheckpointPart> parts) { m_extraParts = std::move(parts); }
    /// Saves `tag` (network, optimizer, extra parts) with the position plus `extraState`.
    void saveCheckpointAs(const std::string &tag, const nlohmann::json &extraState = {});
    /// Loads `tag` of `dir` into the network (and its optimizer and the extra parts when
    /// `whole`); the position too when `restorePosition`. Returns the saved state.
    nlohmann::json loadCheckpointFrom(const std::string &dir, const std::string &tag, bool whole, bool restorePosition);

    /// Loads a trained run's network weights (its "best" checkpoint, else "last"), as the parent a
    /// search or a pruning job starts from, and logs which.
    void loadParentWeights(const std::string &runDir);
    /// Writes what every run kind records once set up: device, precision, retargeting, the
    /// network's design, params and MACs, library versions.
    void recordSetUp();

    /// Ends the run Diverged: `what` at the current position, naming the last good checkpoint.
    void reportDiverged(const std::string &what);
    /// Saves "last" (position plus `extraState`) and ends the run Stopped.
    void reportStopped(const nlohmann::json &extraState = {});

    /// Batches of one pass over the training split in the epoch's order, without augmentation
    /// unless `augment` (criteria that accumulate over mini-batches).
    std::unique_ptr<BatchLoader> trainingBatches(bool augment) const;
    /// The batch as network input on the device (channels-last when the weights are).
    torch::Tensor input(const Batch &batch) const;

private:
    bool trainStep(const Batch &batch, const StepHooks &hooks);
    void emitStep(double loss, double lr);
    void setLearningRate(double lr);
    void makeOptimizer();

    TrainerControl &m_control;
    // Declared before every tensor-holding member, so destroyed after them: what the run's steps
    // left in the CPU allocation cache goes back once the network and its data are gone too.
    struct CacheRelease {
        ~CacheRelease();
    } m_cacheRelease;
    TrainingConfig m_config;
    std::string m_dir;
    PreparedData m_data;
    DeviceChoice m_device;
    Precision m_precision = Precision::Float32;
    Design m_design;
    nn::GraphModule m_model{nullptr};
    std::unique_ptr<torch::optim::Optimizer> m_optimizer;
    std::vector<CheckpointPart> m_extraParts;
    RunPosition m_position;
    torch::Tensor m_lossTotal;      // device-side sums: no sync per step
    torch::Tensor m_correctTotal;
    std::chrono::steady_clock::time_point m_lastEvent;
    long m_imagesSinceEvent = 0;
    long m_stepsPerEpoch = 0;
    int m_weightEpochs = 1;
    bool m_epochTrainsWeights = true;   // of the epoch trainEpoch last ran
    std::int64_t m_epochPeakMemory = 0;  // peak tensor memory of the last epoch's steps (MemoryMeter)
};

} // namespace denselab::training
