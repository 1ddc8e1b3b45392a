// SPDX-License-Identifier: GPL-3.0-or-later
// `denselab-cli search lwp`: the LWP connection search in the background, followed like `train`.
#include "commands.h"

#include "designsource.h"
#include "runfollower.h"
#include "trainingoptions.h"

#include "search/searchjob.h"
#include "training/trainer.h"

#include <nlohmann/json.hpp>

#include <unistd.h>

#include <cstdio>
#include <memory>

namespace denselab::cli {

namespace {

using namespace training;

search::LwpOptions lwpOptionsFrom(Arguments &args)
{
    search::LwpOptions o;
    o.alpha = args.number("--alpha", o.alpha, 0.0);
    o.gamma = args.number("--gamma", o.gamma, 0.0);
    o.pretrainEpochs = args.integer("--pretrain-epochs", o.pretrainEpochs, 0);
    o.curriculumEpochs = args.integer("--curriculum-epochs", o.curriculumEpochs, 0);
    o.curriculumStride = args.integer("--curriculum-stride", o.curriculumStride, 1);
    o.printedCurriculum = args.flag("--printed-curriculum");
    o.jointEpochs = args.integer("--joint-epochs", o.jointEpochs, 0);
    o.children = args.integer("--children", o.children, 1);
    o.monteCarloChildren = args.integer("--mc-children", o.monteCarloChildren, 1);
    o.entropyWeight = args.number("--entropy-weight", o.entropyWeight, 0.0);
    o.controllerLearningRate = args.number("--controller-lr", o.controllerLearningRate, 0.0);
    o.valueLearningRate = args.number("--value-lr", o.valueLearningRate, 0.0);
    o.hidden = args.integer("--controller-hidden", o.hidden, 1);
    o.stepsPerEpoch = args.integer("--steps-per-epoch", 0, 0);
    o.childBatchStatistics = args.choice("--child-norm", {"batch", "running"}, "batch") == "batch";
    o.fromScratchEpochs = args.integer("--from-scratch-epochs", o.fromScratchEpochs, 0);
    return o;
}

bool printSearchEvent(const TrainingEvent &e, std::ostream &out, bool tty)
{
    char line[256];
    if (e.kind == TrainingEvent::Kind::SearchStep) {
        const search::SearchStep &s = *e.searchStep;
        std::snprintf(line, sizeof line,
                      "%s epoch %d step %ld/%ld: reward %.4f  eta %.3f  child acc %.3f  keep %.3f  decided %d/%d", 
                      search::toString(s.stage), s.epoch + 1, s.step, s.stepsPerEpoch, s.meanReward, s.eta,
                      s.childAccuracy, s.keepRatio, s.decidedLayers, s.totalLayers);
        if (tty)
            std::fprintf(stderr, "\r%s\033[K", line);
        else if (s.step == s.stepsPerEpoch)
            out << line << '\n';   // one line per search epoch when not on a terminal
        return true;
    }
    if (e.kind == TrainingEvent::Kind::SearchChild) {
        const search::SearchChild &c = *e.searchChild;
        std::snprintf(line, sizeof line, "%s %s: reward %.4f  eta %.3f  validation acc %.4f  %lld params  %lld MACs%s",
                      c.chosen ? "chosen" : "child", c.file.c_str(), c.reward, c.eta, c.validationAccuracy,
                      static_cast<long long>(c.params), static_cast<long long>(c.macs), c.chosen ? " (best reward)" : "");
        if (tty)
            std::fprintf(stderr, "\r\033[K");
        out << line << '\n';
        return true;
    }
    return false;
}

} // namespace

int runSearch(Arguments &args, std::ostream &out)
{
    const std::string format = args.choice("--format", {"text", "json"}, "text");
    std::unique_ptr<Trainer> run;
    if (const auto resumeDir = args.value("--resume")) {
        args.finish();
        try {
            run = search::resumeSearch(*resumeDir);
        } catch (const std::exception &e) {
            throw UsageError(std::string("--resume: ") + e.what());
        }
    } else {
        if (args.value("--epochs"))
            throw UsageError("--epochs: a search's epochs are --pretrain-epochs, --curriculum-epochs and --joint-epochs");
        search::SearchConfig config;
        config.lwp = lwpOptionsFrom(args);
        const bool validationGiven = args.value("--validation").has_value();
        config.training = trainingConfigFrom(args, /*gammaIsTaken=*/true);
        config.parentRun = readParentOrDesign(args, config.training);
        // Algorithm 1 ranks the children on a validation split: hold out 10% unless told otherwise.
        if (!validationGiven && config.training.data.validationFraction <= 0 && config.training.data.validationCount <= 0)
            config.training.data.validationFraction = 0.1;
        args.finish();
        run = search::makeSearch(config);
    }
    try {
        run->start();
    } catch (const std::exception &e) {
        throw UsageError(e.what());
    }
    const bool text = format == "text";
    const bool tty = text && ::isatty(STDERR_FILENO);
    const RunRecord record =
        followRun(*run, text, out, [&](const TrainingEvent &e) { return printSearchEvent(e, out, tty); });
    if (!text) {
        nlohmann::json result = {{"run_dir", record.dir}, {"status", toString(record.status)},
                                 {"message", record.message}};
        try {
            const search::SearchRecord s = search::readSearchRecord(record.dir);
            result["parent_macs"] = s.parentMacs;
            result["parent_params"] = s.parentParams;
            if (const search::SearchChild *c = search::chosenChild(s)) {
                result["child_macs"] = c->macs;
                result["child_params"] = c->params;
                result["eta"] = c->eta;
                result["child_design"] = record.dir + "/" + c->file;
                result["validation_accuracy"] = c->validationAccuracy;
            }
            if (!s.fromScratchRun.empty()) {
                result["from_scratch_run"] = s.fromScratchRun;
                if (s.testAccuracy >= 0)
                    result["test_accuracy"] = s.testAccuracy;
            }
        } catch (const std::exception &e) {
            result["message"] = record.message.empty() ? std::string(e.what()) : record.message;
        }
        out << result.dump() << '\n';
    }
    return exitStatusOf(record);
}

} // namespace denselab::cli
