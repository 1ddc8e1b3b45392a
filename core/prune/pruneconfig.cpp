// SPDX-License-Identifier: GPL-3.0-or-later
#include "pruneconfig.h"
#include "io/boundedjson.h"

#include "design/designerror.h"
#include "io/atomicfile.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>

namespace denselab::prune {

nlohmann::json toJson(const PruneOptions &o)
{
    return {{"criterion", toString(o.criterion)},
            {"ranking", toString(o.ranking)},
            {"flops_weighted", o.flopsWeighted},
            {"step", o.step},
            {"iterations", o.iterations},
            {"finetune_epochs", o.finetuneEpochs},
            {"target_macs", o.targetMacs},
            {"target_params", o.targetParams},
            {"keep_coupled", o.keepCoupled},
            {"ranking_batches", o.rankingBatches},
            {"pretrain_epochs", o.pretrainEpochs}};
}

PruneOptions pruneOptionsFromJson(const nlohmann::json &j)
{
    PruneOptions o;
    if (!parse(j.at("criterion").get<std::string>(), o.criterion))
        throw DesignError("unknown criterion " + j.at("criterion").dump());
    if (!parse(j.value("ranking", std::string("global")), o.ranking))
        throw DesignError("unknown ranking " + j.at("ranking").dump());
    o.flopsWeighted = j.value("flops_weighted", false);
    o.step = j.at("step").get<double>();
    o.iterations = io::jsonInteger<int>(j.at("iterations"));
    o.finetuneEpochs = io::jsonInteger(j, "finetune_epochs", 1);
    o.targetMacs = j.value("target_macs", 0.0);
    o.targetParams = j.value("target_params", 0.0);
    o.keepCoupled = j.value("keep_coupled", false);
    o.rankingBatches = io::jsonInteger(j, "ranking_batches", 8);
    o.pretrainEpochs = io::jsonInteger(j, "pretrain_epochs", 0);
    if (!(o.step > 0 && o.step < 1) || o.iterations < 0 || o.finetuneEpochs < 0 || o.rankingBatches < 1)
        throw DesignError("step must be in (0, 1); iterations, fine-tuning epochs and ranking batches non-negative");
    return o;
}

nlohmann::json toJson(const PruneRecord &r)
{
    return {{"format", "denselab.prune"},
            {"version", 1},
            {"options", toJson(r.options)},
            {"parent_run", r.parentRun},
            {"parent_name", r.parentName},
            {"parent_params", r.parentParams},
            {"parent_macs", r.parentMacs},
            {"parent_accuracy", r.parentAccuracy},
            {"prunable_filters", r.prunableFilters},
            {"iterations_done", r.iterationsDone},
            {"design", r.design},
            {"finished", r.finished}};
}

PruneRecord pruneRecordFromJson(const nlohmann::json &j, const std::string &source)
{
    PruneRecord r;
    try {
        if (j.value("format", std::string()) != "denselab.prune")
            throw DesignError("not a DenseLab pruning record (\"format\" is not \"denselab.prune\")");
        r.options = pruneOptionsFromJson(j.at("options"));
        r.parentRun = j.value("parent_run", std::string());
        r.parentName = j.value("parent_name", std::string());
        r.parentParams = io::jsonInteger(j, "parent_params", std::int64_t(0));
        r.parentMacs = io::jsonInteger(j, "parent_macs", std::int64_t(0));
        r.parentAccuracy = j.value("parent_accuracy", -1.0);
        r.prunableFilters = io::jsonInteger(j, "prunable_filters", 0);
        r.iterationsDone = io::jsonInteger(j, "iterations_done", 0);
        r.design = j.value("design", std::string());
        r.finished = j.value("finished", false);
    } catch (const nlohmann::json::exception &e) {
        throw DesignError(source + ": " + e.what());
    } catch (const DesignError &e) {
        throw DesignError(source + ": " + e.what());
    }
    return r;
}

PruneRecord readPruneRecord(const std::string &dir)
{
    const std::string path = dir + "/prune.json";
    nlohmann::json j;
    try {
        j = io::parseBoundedJson(io::readTextFile(path));
    } catch (const nlohmann::json::exception &e) {
        throw DesignError(path + ": " + e.what());
    }
    return pruneRecordFromJson(j, path);
}

void writePruneRecord(const std::string &dir, const PruneRecord &record)
{
    io::writeFileAtomically(dir + "/prune.json", toJson(record).dump(2) + "\n");
}

int filtersPerIteration(const PruneOptions &options, int prunableFilters)
{
    return std::max(1, int(std::lround(options.step * double(prunableFilters))));
}

} // namespace denselab::prune
