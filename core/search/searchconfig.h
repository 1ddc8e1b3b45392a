// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "searchprogress.h"

#include "training/trainingconfig.h"

#include <nlohmann/json_fwd.hpp>

#include <string>
#include <vector>

namespace denselab::search {

/// The LWP settings (seed LWP, Table 1 and Appendix 4.1). Defaults follow the seed where it
/// states a value; alpha = 2 and gamma = 0.5 are its Table 1 setting, with gamma read as the
/// penalty's magnitude (the table prints gamma = -0.5, which taken literally would reward a
/// wrong prediction with +0.5; docs/search.md).
struct LwpOptions {
    double alpha = 2.0;                 ///< exponent of eta in the reward of a correct prediction
    double gamma = 0.5;                 ///< reward -gamma for a wrong prediction
    int pretrainEpochs = 0;             ///< parent is a design: train it this long first
    int curriculumEpochs = -1;          ///< -1: until every layer is decided (ceil(K / stride))
    int curriculumStride = 1;           ///< layers the controller takes over per curriculum epoch
    bool printedCurriculum = false;     ///< Algorithm 1's "if t < K - t" instead of the text's t < K
    int jointEpochs = 1;
    int children = 8;                   ///< Z: sampled at the end, evaluated on the validation split
    int monteCarloChildren = 1;         ///< children per step (Eq. 6's n)
    double entropyWeight = 0.0;         ///< optional entropy bonus of the policy loss
    double controllerLearningRate = 1e-3;   ///< Adam, theta_c
    double valueLearningRate = 1e-3;    ///< Adam, theta_v
    int hidden = 64;                    ///< LSTM width
    long stepsPerEpoch = 0;             ///< > 0: curriculum and joint epochs end after so many steps
    /// Curriculum: normalize each child with its mini-batch's statistics (one-shot searches'
    /// usual choice; the parent's running statistics follow the children) rather than the
    /// parent's running statistics, which misjudge children that read fewer channels.
    bool childBatchStatistics = true;
    int fromScratchEpochs = 0;          ///< > 0: train the best child from scratch this long
};

/// A search: the parent (its design in `training.design`, its weights from `parentRun` when
/// given), the data and optimizer of the supernet (pretraining and joint training; the
/// from-scratch run uses them too) and the LWP settings. Plain value.
struct SearchConfig {
    training::TrainingConfig training;
    std::string parentRun;              ///< a trained run whose best checkpoint is the parent
    LwpOptions lwp;
};

/// search.json: the settings and where the search stands. Written atomically at every stage
/// change; the run's run.json (kind "search") keeps the common record.
struct SearchRecord {
    LwpOptions lwp;
    std::string parentRun;
    std::string parentName;
    std::int64_t parentParams = 0;
    std::int64_t parentMacs = 0;
    int decisions = 0;                  ///< K
    int parentConnections = 0;
    SearchStage stage = SearchStage::Pretrain;
    std::vector<SearchChild> children;
    KeepProbabilities finalProbabilities;   ///< the policy the children were sampled from
    std::string fromScratchRun;         ///< the from-scratch run's directory, once started
    double testAccuracy = -1.0;         ///< of the from-scratch run when it finished
};

nlohmann::json toJson(const LwpOptions &options);
LwpOptions lwpOptionsFromJson(const nlohmann::json &json);
nlohmann::json toJson(const SearchRecord &record);
/// Throws DesignError naming the field when `json` is not a search record.
SearchRecord searchRecordFromJson(const nlohmann::json &json, const std::string &source);

/// Reads <dir>/search.json (io::FileError / DesignError naming the file).
SearchRecord readSearchRecord(const std::string &dir);
/// Writes <dir>/search.json atomically.
void writeSearchRecord(const std::string &dir, const SearchRecord &record);

/// The chosen child (highest reward), or nullptr before the children stage.
const SearchChild *chosenChild(const SearchRecord &record);

/// How many of the K layers the controller decides in curriculum epoch t (1-based): the last
/// min(K, stride * t) under the rule the seed states (t < K), or, `printed`, Algorithm 1's
/// test "if t < K - t" (all K once stride * t >= K - stride * t).
int decidedLayers(int decisions, int epoch, int stride, bool printed);
/// Curriculum epochs until every layer is decided under that rule.
int curriculumLength(int decisions, int stride, bool printed);

/// Eq. 3 averaged over a batch: accuracy * (1 - eta^alpha) - (1 - accuracy) * gamma.
double meanReward(double accuracy, double eta, double alpha, double gamma);

} // namespace denselab::search
