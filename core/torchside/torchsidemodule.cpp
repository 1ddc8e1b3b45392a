// SPDX-License-Identifier: GPL-3.0-or-later
// libdenselab-torch.so: the torch side behind torchside.h, each member the torch-side function
// it names. The module exports this file's entry point only (the static libraries it is made
// of stay private to it: --exclude-libs), so its copy of DenseLab's code never mixes with the
// app's.
#include "torchside.h"

#include "jobs/anyrun.h"
#include "prune/prunejob.h"
#include "search/searchjob.h"

namespace denselab::torchside {
namespace {

class ModuleTorchSide final : public TorchSide {
public:
    std::unique_ptr<training::Trainer> newTraining(const training::TrainingConfig &config) override
    {
        return std::make_unique<training::Trainer>(config);
    }
    std::unique_ptr<training::Trainer> newSearch(const search::SearchConfig &config) override
    {
        return search::makeSearch(config);
    }
    std::unique_ptr<training::Trainer> newPruneJob(const prune::PruneConfig &config) override
    {
        return prune::makePruneJob(config);
    }
    std::unique_ptr<training::Trainer> resumeAnyRun(const std::string &runDir, int epochs) override
    {
        return jobs::resumeAnyRun(runDir, epochs);
    }
    std::vector<std::string> trainingDevices() override { return training::trainingDevices(); }
    std::vector<training::BlockStrength> connectionStrength(const std::string &runDir) override
    {
        return training::connectionStrength(runDir);
    }
    exporting::WeightsSource resolveCheckpoint(const exporting::WeightsSource &source) override
    {
        return exporting::resolveCheckpoint(source);
    }
    std::string weightsOrigin(const exporting::WeightsSource &source) override { return exporting::weightsOrigin(source); }
    void exportPyTorchWeights(const LayerGraph &graph, const exporting::WeightsSource &source, const std::string &weightsPath,
                              const std::string &referencePath) override
    {
        exporting::exportPyTorchWeights(graph, source, weightsPath, referencePath);
    }
    void exportOnnx(const LayerGraph &graph, const exporting::WeightsSource &source, const exporting::OnnxOptions &options,
                    const std::string &path, const std::string &referencePath) override
    {
        exporting::exportOnnx(graph, source, options, path, referencePath);
    }
};

} // namespace
} // namespace denselab::torchside

// The two names of torchside.h (kEntryPoint, kBuildIdSymbol).
extern "C" __attribute__((visibility("default"))) const char *denselab_torch_side_build()
{
    return DENSELAB_TORCH_SIDE_BUILD;
}

extern "C" __attribute__((visibility("default"))) denselab::torchside::TorchSide *denselab_torch_side()
{
    static denselab::torchside::ModuleTorchSide side;   // lives as long as the process
    return &side;
}
