// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <nlohmann/json_fwd.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace denselab::search {

/// The stages of an LWP search in the order they run (seed LWP, Appendix 4.1 and Algorithm 1):
/// pretraining the parent when it is a design, curriculum learning of the controller, joint
/// training of supernet and controller, sampling the Z children, training the best from scratch.
enum class SearchStage { Pretrain, Curriculum, Joint, Children, FromScratch, Done };
const char *toString(SearchStage stage);
bool parse(const std::string &text, SearchStage &out);

/// One step of the controller (curriculum or joint stage): what metrics.jsonl records per step
/// and the Search page plots. Rewards and accuracies are means over the step's Monte-Carlo
/// children and their mini-batch samples.
struct SearchStep {
    SearchStage stage = SearchStage::Curriculum;
    int epoch = 0;                      ///< 0-based epoch of the stage
    long step = 0;                      ///< within the epoch, steps done
    long stepsPerEpoch = 0;
    long globalStep = 0;                ///< controller updates since the search began
    int decidedLayers = 0;              ///< layers the controller decides (curriculum: the last t)
    int totalLayers = 0;                ///< K
    double meanReward = 0.0;            ///< Eq. 3, averaged
    double eta = 0.0;                   ///< child MACs / parent MACs (the cost model's, exact)
    double childAccuracy = 0.0;         ///< 0..1 on the step's batch
    double keepRatio = 0.0;             ///< kept / parent connections
    double entropy = 0.0;               ///< of the policy over the decided connections, nats
    double valueLoss = 0.0;             ///< (r - V(s))^2
    double value = 0.0;                 ///< V(s), the baseline
    double elapsedSeconds = 0.0;        ///< search time so far
};

/// The controller's keep-probabilities in the connectivity-matrix layout: blocks[b][t][s] for
/// target t in 1..L (row 0 empty) and source s < t; -1 where the parent has no such connection.
struct KeepProbabilities {
    std::vector<std::vector<std::vector<float>>> blocks;
};

/// One of the Z children sampled at the end (written to children/child-NN.denselab.json).
struct SearchChild {
    int index = 0;                      ///< 1-based
    std::string file;                   ///< relative to the search directory
    double reward = 0.0;                ///< mean reward on the validation split
    double eta = 0.0;
    double validationAccuracy = 0.0;
    std::int64_t params = 0;
    std::int64_t macs = 0;
    int connections = 0;
    int droppedLayers = 0;
    bool chosen = false;                ///< the highest reward: the one trained from scratch
};

nlohmann::json toJson(const SearchStep &step);
SearchStep searchStepFromJson(const nlohmann::json &json);
nlohmann::json toJson(const SearchChild &child);
SearchChild searchChildFromJson(const nlohmann::json &json);

} // namespace denselab::search
