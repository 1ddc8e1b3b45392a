// SPDX-License-Identifier: GPL-3.0-or-later
// `denselab-cli prune`: a filter-pruning job in the background, followed like `train`.
#include "commands.h"

#include "designsource.h"
#include "runfollower.h"
#include "trainingoptions.h"

#include "prune/prunejob.h"
#include "training/trainer.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <memory>

namespace denselab::cli {

namespace {

using namespace training;

prune::PruneOptions pruneOptionsFrom(Arguments &args)
{
    prune::PruneOptions o;
    const std::string criterion = args.choice("--criterion", {"taylor", "activation", "l1", "random"}, "taylor");
    prune::parse(criterion, o.criterion);
    const std::string ranking = args.choice("--ranking", {"global", "per-layer"}, "global");
    prune::parse(ranking, o.ranking);
    o.flopsWeighted = args.flag("--flops-weighted");
    o.step = args.number("--step", o.step, 0.0);
    if (!(o.step > 0.0 && o.step < 1.0))
        throw UsageError("--step: expected a share of the prunable filters between 0 and 1, got " + std::to_string(o.step));
    o.iterations = args.integer("--iterations", o.iterations, 0);
    o.finetuneEpochs = args.integer("--finetune-epochs", o.finetuneEpochs, 0);
    o.targetMacs = args.number("--target-macs", 0.0, 0.0);
    o.targetParams = args.number("--target-params", 0.0, 0.0);
    if (o.targetMacs >= 1.0 || o.targetParams >= 1.0)
        throw UsageError("--target-macs / --target-params: expected a ratio below 1 of the parent's");
    o.keepCoupled = args.flag("--keep-coupled");
    o.rankingBatches = args.integer("--ranking-batches", o.rankingBatches, 1);
    o.pretrainEpochs = args.integer("--pretrain-epochs", o.pretrainEpochs, 0);
    return o;
}

bool printPruneEvent(const TrainingEvent &e, std::ostream &out)
{
    if (e.kind != TrainingEvent::Kind::PruneIteration)
        return false;
    const prune::PruneIteration &it = *e.pruneIteration;
    char line[256];
    std::snprintf(line, sizeof line,
                  "iteration %d: removed %d filters -> %lld params, %lld MACs; test accuracy %.4f before, %.4f after "
                  "fine-tuning",
                  it.iteration, it.removedFilters, static_cast<long long>(it.params), static_cast<long long>(it.macs),
                  it.accuracyBefore, it.accuracyAfter);
    out << line << '\n';
    return true;
}

} // namespace

int runPrune(Arguments &args, std::ostream &out)
{
    const std::string format = args.choice("--format", {"text", "json"}, "text");
    std::unique_ptr<Trainer> run;
    if (const auto resumeDir = args.value("--resume")) {
        args.finish();
        try {
            run = prune::resumePruneJob(*resumeDir);
        } catch (const std::exception &e) {
            throw UsageError(std::string("--resume: ") + e.what());
        }
    } else {
        if (args.value("--epochs"))
            throw UsageError("--epochs: a pruning job's epochs are --pretrain-epochs and --iterations x --finetune-epochs");
        prune::PruneConfig config;
        config.options = pruneOptionsFrom(args);
        config.training = trainingConfigFrom(args);
        config.parentRun = readParentOrDesign(args, config.training);
        args.finish();
        run = prune::makePruneJob(config);
    }
    try {
        run->start();
    } catch (const std::exception &e) {
        throw UsageError(e.what());
    }
    const bool text = format == "text";
    const RunRecord record = followRun(*run, text, out, [&](const TrainingEvent &e) { return printPruneEvent(e, out); });
    if (!text) {
        nlohmann::json result = {{"run_dir", record.dir}, {"status", toString(record.status)},
                                 {"message", record.message}};
        try {
            const prune::PruneRecord p = prune::readPruneRecord(record.dir);
            result["iterations"] = p.iterationsDone;
            result["parent_params"] = p.parentParams;
            result["parent_macs"] = p.parentMacs;
            result["params"] = record.params;
            result["macs"] = record.macs;
            result["test_accuracy_before"] = p.parentAccuracy;
            result["test_accuracy"] = record.lastTestAccuracy;
            result["design"] = record.dir + "/" + p.design;
        } catch (const std::exception &e) {
            result["message"] = record.message.empty() ? std::string(e.what()) : record.message;
        }
        out << result.dump() << '\n';
    }
    return exitStatusOf(record);
}

} // namespace denselab::cli
