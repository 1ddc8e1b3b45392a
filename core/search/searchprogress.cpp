// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchprogress.h"
#include "io/boundedjson.h"

#include <nlohmann/json.hpp>

namespace denselab::search {

const char *toString(SearchStage stage)
{
    switch (stage) {
    case SearchStage::Pretrain: return "pretrain";
    case SearchStage::Curriculum: return "curriculum";
    case SearchStage::Joint: return "joint";
    case SearchStage::Children: return "children";
    case SearchStage::FromScratch: return "from-scratch";
    case SearchStage::Done: return "done";
    }
    return "?";
}

bool parse(const std::string &text, SearchStage &out)
{
    for (const SearchStage s : {SearchStage::Pretrain, SearchStage::Curriculum, SearchStage::Joint,
                                SearchStage::Children, SearchStage::FromScratch, SearchStage::Done}) {
        if (text == toString(s)) {
            out = s;
            return true;
        }
    }
    return false;
}

nlohmann::json toJson(const SearchStep &s)
{
    return {{"type", "search_step"},
            {"stage", toString(s.stage)},
            {"epoch", s.epoch},
            {"step", s.step},
            {"steps_per_epoch", s.stepsPerEpoch},
            {"global_step", s.globalStep},
            {"decided_layers", s.decidedLayers},
            {"total_layers", s.totalLayers},
            {"mean_reward", s.meanReward},
            {"eta", s.eta},
            {"child_accuracy", s.childAccuracy},
            {"keep_ratio", s.keepRatio},
            {"entropy", s.entropy},
            {"value_loss", s.valueLoss},
            {"value", s.value},
            {"elapsed_seconds", s.elapsedSeconds}};
}

SearchStep searchStepFromJson(const nlohmann::json &j)
{
    SearchStep s;
    if (!parse(j.at("stage").get<std::string>(), s.stage))
        throw nlohmann::json::other_error::create(501, "unknown search stage " + j.at("stage").dump(), &j);
    s.epoch = io::jsonInteger<int>(j.at("epoch"));
    s.step = io::jsonInteger(j, "step", 0L);
    s.stepsPerEpoch = io::jsonInteger(j, "steps_per_epoch", 0L);
    s.globalStep = io::jsonInteger<long>(j.at("global_step"));
    s.decidedLayers = io::jsonInteger(j, "decided_layers", 0);
    s.totalLayers = io::jsonInteger(j, "total_layers", 0);
    s.meanReward = j.at("mean_reward").get<double>();
    s.eta = j.at("eta").get<double>();
    s.childAccuracy = j.value("child_accuracy", 0.0);
    s.keepRatio = j.value("keep_ratio", 0.0);
    s.entropy = j.value("entropy", 0.0);
    s.valueLoss = j.value("value_loss", 0.0);
    s.value = j.value("value", 0.0);
    s.elapsedSeconds = j.value("elapsed_seconds", 0.0);
    return s;
}

nlohmann::json toJson(const SearchChild &c)
{
    return {{"index", c.index},   {"file", c.file},     {"reward", c.reward},
            {"eta", c.eta},       {"validation_accuracy", c.validationAccuracy},
            {"params", c.params}, {"macs", c.macs},     {"connections", c.connections},
            {"dropped_layers", c.droppedLayers}, {"chosen", c.chosen}};
}

SearchChild searchChildFromJson(const nlohmann::json &j)
{
    SearchChild c;
    c.index = io::jsonInteger<int>(j.at("index"));
    c.file = j.at("file").get<std::string>();
    c.reward = j.at("reward").get<double>();
    c.eta = j.at("eta").get<double>();
    c.validationAccuracy = j.value("validation_accuracy", 0.0);
    c.params = io::jsonInteger(j, "params", std::int64_t(0));
    c.macs = io::jsonInteger(j, "macs", std::int64_t(0));
    c.connections = io::jsonInteger(j, "connections", 0);
    c.droppedLayers = io::jsonInteger(j, "dropped_layers", 0);
    c.chosen = j.value("chosen", false);
    return c;
}

} // namespace denselab::search
