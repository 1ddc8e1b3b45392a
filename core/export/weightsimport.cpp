// SPDX-License-Identifier: GPL-3.0-or-later
#include "weightsimport.h"

#include "torchvisionkeys.h"

#include "nn/exportedweights.h"
#include "training/engine.h"
#include "training/trainercontrol.h"
#include "training/torchrunbody.h"
#include "training/trainingsession.h"

#include <torch/torch.h>

#include <map>
#include <set>
#include <stdexcept>

namespace denselab::exporting {

namespace {

std::string shapeText(const std::vector<std::int64_t> &sizes)
{
    std::string s;
    for (std::size_t i = 0; i < sizes.size(); ++i)
        s += (i ? "x" : "") + std::to_string(sizes[i]);
    return s.empty() ? "scalar" : s;
}

class WeightsImportBody : public training::TorchRunBody {
public:
    WeightsImportBody(std::vector<std::pair<std::string, io::StateTensor>> state, std::string source,
                      std::shared_ptr<ImportSummary> summary)
        : m_state(std::move(state)), m_source(std::move(source)), m_summary(std::move(summary))
    {
    }

    void prepare(training::TrainerControl &control) override
    {
        training::prepareRunDirectory(control, training::RunKind::Train);
    }

    void run(training::TrainerControl &control) override
    {
        training::Engine engine(control, control.record().config);
        engine.buildModel(engine.adaptedDesign());
        std::map<std::string, torch::Tensor> targets;
        for (auto &[key, tensor] : nn::liveStateByNodeName(engine.model()))
            targets.emplace(key, tensor);
        std::set<std::string> filled;
        {
            torch::NoGradGuard noGrad;
            for (auto &[fileKey, tensor] : m_state) {
                std::string key = denselabKeyOfTorchvision(fileKey);
                if (key.empty() || !targets.count(key))
                    key = fileKey;   // DenseLab's own key (a weights.pt of `export pytorch`)
                const auto target = targets.find(key);
                if (target == targets.end() || filled.count(key)) {
                    m_summary->unused.push_back(fileKey);
                    continue;
                }
                m_summary->mapping[fileKey] = key;
                const std::vector<std::int64_t> sizes(target->second.sizes().begin(), target->second.sizes().end());
                if (sizes != tensor.sizes) {
                    m_summary->initialized.push_back(key + " (the file has " + shapeText(tensor.sizes) + ", the network "
                                                     + shapeText(sizes) + ")");
                    filled.insert(key);
                    continue;
                }
                const torch::Tensor values =
                    torch::from_blob(tensor.values.data(), {static_cast<std::int64_t>(tensor.values.size())}, torch::kFloat32)
                        .reshape(tensor.sizes);
                target->second.copy_(values.to(target->second.options()));
                m_summary->copied.push_back(key);
                filled.insert(key);
            }
        }
        for (const auto &[key, tensor] : targets)
            if (!filled.count(key))
                m_summary->initialized.push_back(key + " (not in the file)");
        if (m_summary->copied.empty())
            throw std::invalid_argument(m_source + ": none of its " + std::to_string(m_state.size())
                                        + " tensors fits the design (is it the same architecture?)");
        engine.recordSetUp();
        engine.saveCheckpointAs("last");
        control.log("imported " + std::to_string(m_summary->copied.size()) + " tensors from " + m_source + "; "
                    + std::to_string(m_summary->initialized.size()) + " left initialized, "
                    + std::to_string(m_summary->unused.size()) + " of the file unused");
        control.setState(training::RunState::Stopped,
                         "imported from " + m_source + ": resume to fine-tune (train --resume RUN_DIR --epochs N)");
    }

private:
    std::vector<std::pair<std::string, io::StateTensor>> m_state;
    std::string m_source;
    std::shared_ptr<ImportSummary> m_summary;
};

} // namespace

std::unique_ptr<training::RunBody> makeWeightsImportBody(std::vector<std::pair<std::string, io::StateTensor>> state,
                                                         std::string source, std::shared_ptr<ImportSummary> summary)
{
    return std::make_unique<WeightsImportBody>(std::move(state), std::move(source), std::move(summary));
}

} // namespace denselab::exporting
