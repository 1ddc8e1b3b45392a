// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchconfig.h"
#include "io/boundedjson.h"

#include "design/designerror.h"
#include "io/atomicfile.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>

namespace denselab::search {

nlohmann::json toJson(const LwpOptions &o)
{
    return {{"alpha", o.alpha},
            {"gamma", o.gamma},
            {"pretrain_epochs", o.pretrainEpochs},
            {"curriculum_epochs", o.curriculumEpochs},
            {"curriculum_stride", o.curriculumStride},
            {"printed_curriculum", o.printedCurriculum},
            {"joint_epochs", o.jointEpochs},
            {"children", o.children},
            {"monte_carlo_children", o.monteCarloChildren},
            {"entropy_weight", o.entropyWeight},
            {"controller_lr", o.controllerLearningRate},
            {"value_lr", o.valueLearningRate},
            {"hidden", o.hidden},
            {"steps_per_epoch", o.stepsPerEpoch},
            {"child_batch_statistics", o.childBatchStatistics},
            {"from_scratch_epochs", o.fromScratchEpochs}};
}

LwpOptions lwpOptionsFromJson(const nlohmann::json &j)
{
    LwpOptions o;
    o.alpha = j.at("alpha").get<double>();
    o.gamma = j.at("gamma").get<double>();
    o.pretrainEpochs = io::jsonInteger(j, "pretrain_epochs", 0);
    o.curriculumEpochs = io::jsonInteger(j, "curriculum_epochs", -1);
    o.curriculumStride = io::jsonInteger(j, "curriculum_stride", 1);
    o.printedCurriculum = j.value("printed_curriculum", false);
    o.jointEpochs = io::jsonInteger(j, "joint_epochs", 1);
    o.children = io::jsonInteger(j, "children", 8);
    o.monteCarloChildren = io::jsonInteger(j, "monte_carlo_children", 1);
    o.entropyWeight = j.value("entropy_weight", 0.0);
    o.controllerLearningRate = j.value("controller_lr", 1e-3);
    o.valueLearningRate = j.value("value_lr", 1e-3);
    o.hidden = io::jsonInteger(j, "hidden", 64);
    o.stepsPerEpoch = io::jsonInteger(j, "steps_per_epoch", 0L);
    o.childBatchStatistics = j.value("child_batch_statistics", true);
    o.fromScratchEpochs = io::jsonInteger(j, "from_scratch_epochs", 0);
    if (o.curriculumStride < 1 || o.children < 1 || o.monteCarloChildren < 1 || o.hidden < 1)
        throw DesignError("lwp: stride, children, Monte-Carlo children and hidden width must be positive");
    return o;
}

nlohmann::json toJson(const SearchRecord &r)
{
    nlohmann::json children = nlohmann::json::array();
    for (const SearchChild &c : r.children)
        children.push_back(toJson(c));
    return {{"format", "denselab.search"},
            {"version", 1},
            {"method", "lwp"},
            {"lwp", toJson(r.lwp)},
            {"parent_run", r.parentRun},
            {"parent_name", r.parentName},
            {"parent_params", r.parentParams},
            {"parent_macs", r.parentMacs},
            {"decisions", r.decisions},
            {"parent_connections", r.parentConnections},
            {"stage", toString(r.stage)},
            {"children", children},
            {"final_keep_probabilities", r.finalProbabilities.blocks},
            {"from_scratch_run", r.fromScratchRun},
            {"test_accuracy", r.testAccuracy}};
}

SearchRecord searchRecordFromJson(const nlohmann::json &j, const std::string &source)
{
    SearchRecord r;
    try {
        if (j.value("format", std::string()) != "denselab.search")
            throw DesignError(source + ": not a DenseLab search record (\"format\" is not \"denselab.search\")");
        r.lwp = lwpOptionsFromJson(j.at("lwp"));
        r.parentRun = j.value("parent_run", std::string());
        r.parentName = j.value("parent_name", std::string());
        r.parentParams = io::jsonInteger(j, "parent_params", std::int64_t(0));
        r.parentMacs = io::jsonInteger(j, "parent_macs", std::int64_t(0));
        r.decisions = io::jsonInteger(j, "decisions", 0);
        r.parentConnections = io::jsonInteger(j, "parent_connections", 0);
        if (!parse(j.at("stage").get<std::string>(), r.stage))
            throw DesignError(source + ": unknown stage " + j.at("stage").dump());
        for (const nlohmann::json &c : j.value("children", nlohmann::json::array()))
            r.children.push_back(searchChildFromJson(c));
        if (j.contains("final_keep_probabilities"))
            r.finalProbabilities.blocks = j.at("final_keep_probabilities").get<std::vector<std::vector<std::vector<float>>>>();
        r.fromScratchRun = j.value("from_scratch_run", std::string());
        r.testAccuracy = j.value("test_accuracy", -1.0);
    } catch (const nlohmann::json::exception &e) {
        throw DesignError(source + ": " + e.what());
    } catch (const DesignError &e) {
        const std::string what = e.what();
        throw DesignError(what.rfind(source, 0) == 0 ? what : source + ": " + what);
    }
    return r;
}

SearchRecord readSearchRecord(const std::string &dir)
{
    const std::string path = dir + "/search.json";
    nlohmann::json j;
    try {
        j = io::parseBoundedJson(io::readTextFile(path));
    } catch (const nlohmann::json::exception &e) {
        throw DesignError(path + ": " + e.what());
    }
    return searchRecordFromJson(j, path);
}

void writeSearchRecord(const std::string &dir, const SearchRecord &record)
{
    io::writeFileAtomically(dir + "/search.json", toJson(record).dump(2) + "\n");
}

const SearchChild *chosenChild(const SearchRecord &record)
{
    for (const SearchChild &c : record.children)
        if (c.chosen)
            return &c;
    return nullptr;
}

int decidedLayers(int decisions, int epoch, int stride, bool printed)
{
    const long t = long(std::max(1, stride)) * std::max(1, epoch);
    if (printed)
        return t < decisions - t ? int(t) : decisions;
    return int(std::min<long>(t, decisions));
}

int curriculumLength(int decisions, int stride, bool printed)
{
    int epoch = 1;
    while (decidedLayers(decisions, epoch, stride, printed) < decisions)
        ++epoch;
    return epoch;
}

double meanReward(double accuracy, double eta, double alpha, double gamma)
{
    return accuracy * (1.0 - std::pow(eta, alpha)) - (1.0 - accuracy) * gamma;
}

} // namespace denselab::search
