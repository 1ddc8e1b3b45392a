// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The seam between the desktop app, which does not link LibTorch, and everything that needs it.
// LibTorch takes longer to load than the rest of the app together; the app loads it the first
// time it trains, searches, prunes, reads a checkpoint or exports weights, not before its window
// shows. The torch side is a module (libdenselab-torch.so) opened with dlopen(); this header is
// all the app sees of it, and has no torch.

#include "export/weightsexport.h"
#include "prune/pruneconfig.h"
#include "search/searchconfig.h"
#include "training/connectionstrength.h"
#include "training/trainer.h"
#include "training/trainingconfig.h"

#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

namespace denselab::torchside {

/// What the torch side offers, each as its torch-side function documents it (the names say
/// which). Implemented by the module; every member may be called from any thread.
class TorchSide {
public:
    virtual ~TorchSide() = default;

    /// A new training run of `config` (training::Trainer(TrainingConfig)).
    virtual std::unique_ptr<training::Trainer> newTraining(const training::TrainingConfig &config) = 0;
    /// A new LWP connection search (search::makeSearch); throws DesignError as it does.
    virtual std::unique_ptr<training::Trainer> newSearch(const search::SearchConfig &config) = 0;
    /// A new pruning job (prune::makePruneJob).
    virtual std::unique_ptr<training::Trainer> newPruneJob(const prune::PruneConfig &config) = 0;
    /// A run of any kind resumed from its folder (jobs::resumeAnyRun).
    virtual std::unique_ptr<training::Trainer> resumeAnyRun(const std::string &runDir, int epochs) = 0;

    /// training::trainingDevices().
    virtual std::vector<std::string> trainingDevices() = 0;
    /// training::connectionStrength(runDir).
    virtual std::vector<training::BlockStrength> connectionStrength(const std::string &runDir) = 0;

    /// exporting::resolveCheckpoint, weightsOrigin, exportPyTorchWeights and exportOnnx.
    virtual exporting::WeightsSource resolveCheckpoint(const exporting::WeightsSource &source) = 0;
    virtual std::string weightsOrigin(const exporting::WeightsSource &source) = 0;
    virtual void exportPyTorchWeights(const LayerGraph &graph, const exporting::WeightsSource &source,
                                      const std::string &weightsPath, const std::string &referencePath) = 0;
    virtual void exportOnnx(const LayerGraph &graph, const exporting::WeightsSource &source,
                            const exporting::OnnxOptions &options, const std::string &path,
                            const std::string &referencePath) = 0;
};

/// The torch side could not be loaded: `what()` names the files tried and the loader's reason.
class TorchSideError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// The torch side, loaded on the first call (which takes as long as loading LibTorch; later
/// calls return at once). Thread-safe. Looks for libdenselab-torch.so in $DENSELAB_TORCH_MODULE
/// (a file), next to the running executable (the build tree) and in the installed layout's
/// private folder (libexec/denselab, with denselab-cli-torch). Throws TorchSideError when none loads; a later call tries again.
TorchSide &torchSide();

/// Whether torchSide() has loaded the module (and with it LibTorch) in this process.
bool torchSideLoaded();

/// Whether the LibTorch this build was made with has CUDA, known without loading it: a
/// CPU-only build lists "auto" and "cpu" as its devices without asking LibTorch.
bool torchSideHasCuda();

/// The names of the two functions the module exports: its TorchSide (which lives as long as the
/// process), and the build it was made by (version and configure time). The loader calls the
/// first only when the second matches its own build: app and module hand each other objects
/// laid out by one build's headers, so a module of another build is refused with a message.
inline constexpr const char *kEntryPoint = "denselab_torch_side";
inline constexpr const char *kBuildIdSymbol = "denselab_torch_side_build";

} // namespace denselab::torchside
