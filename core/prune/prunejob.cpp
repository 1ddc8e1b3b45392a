// SPDX-License-Identifier: GPL-3.0-or-later
// The pruning job on the run's thread: rank, cut, fine-tune with the shared Engine, repeat.
#include "prunejob.h"
#include "io/boundedjson.h"

#include "channelgroups.h"
#include "criteria.h"

#include "cost/costmodel.h"
#include "design/designerror.h"
#include "graph/compiler.h"
#include "io/atomicfile.h"
#include "io/designjson.h"
#include "training/batchloader.h"
#include "training/checkpoint.h"
#include "training/engine.h"
#include "training/trainercontrol.h"
#include "training/torchrunbody.h"
#include "training/trainingsession.h"

#include <torch/torch.h>

#include <chrono>

namespace denselab::prune {

namespace {

using training::EpochEnd;
using training::RunKind;
using training::RunState;
using training::TrainerControl;
using training::TrainingEvent;
using Clock = std::chrono::steady_clock;

std::string twoDigits(int n) { return (n < 10 ? "0" : "") + std::to_string(n); }

class PruneBody : public training::TorchRunBody {
public:
    PruneBody() = default;   // a resumed run: everything comes from its folder
    explicit PruneBody(PruneConfig config) : m_config(std::move(config)) {}

    void prepare(TrainerControl &control) override
    {
        if (control.resumeDir().empty()) {
            // Refuse a design with nothing to prune before any folder exists.
            const LayerGraph graph = compile(m_config.training.design);
            const ChannelMap map = channelMap(m_config.training.design, graph, m_config.options.keepCoupled);
            if (map.prunableChannels == 0)
                throw DesignError(m_config.training.design.name + ": no convolution of this design can be pruned "
                                  + "(see denselab-cli prunable)");
        }
        training::prepareRunDirectory(control, RunKind::Prune);
        m_dir = control.record().dir;
        if (!control.resumeDir().empty()) {
            m_record = readPruneRecord(m_dir);
            m_config.options = m_record.options;
            m_config.parentRun = m_record.parentRun;
            return;
        }
        control.updateRecord([&](training::RunRecord &r) { r.parentRun = m_config.parentRun; });
        m_record.options = m_config.options;
        m_record.parentRun = m_config.parentRun;
        m_record.parentName = m_config.training.design.name;
        writePruneRecord(m_dir, m_record);
    }

    void run(TrainerControl &control) override;

private:
    bool pretrain(training::Engine &engine);
    void recordParent(training::Engine &engine, TrainerControl &control);
    bool cut(training::Engine &engine, TrainerControl &control);
    bool finetune(training::Engine &engine);
    void finishIteration(training::Engine &engine, TrainerControl &control);
    bool targetReached(const Cost &cost) const;
    std::string writeDesign(const Design &design, int iteration);
    nlohmann::json extraState() const { return {{"prune", m_state}}; }
    std::vector<ConvWidth> widthsOf(const LayerGraph &graph) const;

    PruneConfig m_config;
    PruneRecord m_record;
    std::string m_dir;
    Design m_parent;
    std::vector<std::string> m_producers;   // the parent's prunable convs, in network order
    nlohmann::json m_state = nlohmann::json::object();   // phase, iteration under way: in every checkpoint
};

std::vector<ConvWidth> PruneBody::widthsOf(const LayerGraph &graph) const
{
    std::map<std::string, const Node *> byName;
    for (const Node &n : graph.nodes)
        byName[n.name] = &n;
    std::vector<ConvWidth> widths;
    for (const std::string &name : m_producers)
        if (const auto found = byName.find(name); found != byName.end())
            widths.push_back({name, found->second->designedChannels, found->second->out.channels});
    return widths;
}

bool PruneBody::targetReached(const Cost &cost) const
{
    const PruneOptions &o = m_config.options;
    return (o.targetMacs > 0 && double(cost.macs) <= o.targetMacs * double(m_record.parentMacs))
           || (o.targetParams > 0 && double(cost.params) <= o.targetParams * double(m_record.parentParams));
}

std::string PruneBody::writeDesign(const Design &design, int iteration)
{
    const std::string file = "iteration-" + twoDigits(iteration) + ".denselab.json";
    io::writeDesignFile(design, m_dir + "/" + file);
    return file;
}

bool PruneBody::pretrain(training::Engine &engine)
{
    while (m_state.value("phase", std::string("pretrain")) == "pretrain"
           && engine.position().epoch < m_config.options.pretrainEpochs) {
        const EpochEnd trained = engine.trainEpoch();
        if (trained == EpochEnd::Stopped)
            engine.reportStopped(extraState());
        // No "best": run.json's design becomes the pruned network, and "best" must fit it.
        if (trained != EpochEnd::Completed || engine.finishEpoch(extraState(), /*keepBest=*/false) != EpochEnd::Completed)
            return false;
    }
    return true;
}

void PruneBody::recordParent(training::Engine &engine, TrainerControl &control)
{
    const std::optional<training::Evaluation> test = engine.evaluate(engine.data().dataset.test);
    if (!test)
        return;   // stopped: the caller notices
    const LayerGraph &graph = engine.graph();
    const Cost cost = computeCosts(graph).total;
    const ChannelMap map = channelMap(engine.design(), graph, m_config.options.keepCoupled);
    m_record.parentName = m_parent.name;
    m_record.parentParams = cost.params;
    m_record.parentMacs = cost.macs;
    m_record.parentAccuracy = test->top1;
    m_record.prunableFilters = map.prunableChannels;
    m_record.design = writeDesign(engine.design(), 0);
    PruneIteration zero;
    zero.params = cost.params;
    zero.macs = cost.macs;
    zero.accuracyBefore = zero.accuracyAfter = test->top1;
    zero.lossBefore = zero.lossAfter = test->loss;
    zero.widths = widthsOf(graph);
    zero.design = m_record.design;
    training::appendMetricsLine(m_dir, toJson(zero));
    writePruneRecord(m_dir, m_record);
    control.log("parent: test accuracy " + std::to_string(test->top1) + ", " + std::to_string(map.prunableChannels)
                + " prunable filters; removing " + std::to_string(filtersPerIteration(m_config.options, map.prunableChannels))
                + " per iteration");
    TrainingEvent event;
    event.kind = TrainingEvent::Kind::PruneIteration;
    event.state = control.state();
    event.pruneIteration = std::make_shared<const PruneIteration>(zero);
    control.events().push(std::move(event));
}

// Ranks and removes this iteration's filters; false when nothing was removed (done) or stopped.
bool PruneBody::cut(training::Engine &engine, TrainerControl &control)
{
    const auto started = Clock::now();
    const int iteration = m_record.iterationsDone + 1;
    const PruneOptions &o = m_config.options;
    const LayerGraph graph = engine.graph();
    const ChannelMap map = channelMap(engine.design(), graph, o.keepCoupled);
    torch::manual_seed(training::mixSeed(control.record().config.seed, 0x9a7e, std::uint64_t(iteration)));
    const std::unique_ptr<training::BatchLoader> loader = engine.trainingBatches(false);
    const BatchSource next = [&]() -> std::optional<std::pair<torch::Tensor, torch::Tensor>> {
        std::optional<training::Batch> batch = loader->next();
        if (!batch)
            return std::nullopt;
        return std::make_pair(engine.input(*batch), batch->labels.to(engine.device().device));
    };
    const Scores scores = scoreChannels(engine.model(), map, o.criterion, next, o.rankingBatches);
    const Removal removal =
        selectRemoval(map, scores, filtersPerIteration(o, m_record.prunableFilters), o.ranking, o.flopsWeighted);
    if (removal.empty()) {
        control.log("iteration " + std::to_string(iteration) + ": no filter left that can be removed");
        return false;
    }
    const Design pruned = prunedDesign(engine.design(), graph, map, removal);
    const LayerGraph prunedGraph = compile(pruned);
    engine.adoptModel(pruned, pruneModule(engine.model(), map, removal, prunedGraph));
    nlohmann::json removed = nlohmann::json::object();
    int count = 0;
    for (const auto &[group, channels] : removal) {
        for (const int producer : map.groups[std::size_t(group)].producers)
            removed[graph.nodes[std::size_t(producer)].name] = int(channels.size());
        count += int(channels.size());
    }
    m_record.design = writeDesign(pruned, iteration);
    writePruneRecord(m_dir, m_record);
    m_state = {{"phase", "finetune"},
               {"iteration", iteration},
               {"phase_start_epoch", engine.position().epoch},
               {"removed", count},
               {"removed_per_layer", removed},
               {"accuracy_before", -1.0},
               {"seconds", std::chrono::duration<double>(Clock::now() - started).count()}};
    engine.saveCheckpointAs("last", extraState());   // from here a resume fine-tunes this network
    control.log("iteration " + std::to_string(iteration) + ": removed " + std::to_string(count) + " filters ("
                + toString(o.criterion) + " criterion)");
    return true;
}

bool PruneBody::finetune(training::Engine &engine)
{
    const int start = io::jsonInteger(m_state, "phase_start_epoch", 0);
    const auto started = Clock::now();
    if (m_state.value("accuracy_before", -1.0) < 0) {   // right after the cut (also after a resume there)
        const std::optional<training::Evaluation> before = engine.evaluate(engine.data().dataset.test);
        if (!before) {
            engine.reportStopped(extraState());
            return false;
        }
        m_state["accuracy_before"] = before->top1;
        m_state["loss_before"] = before->loss;
        engine.control().log("test accuracy before fine-tuning " + std::to_string(before->top1));
    }
    while (engine.position().epoch - start < m_config.options.finetuneEpochs) {
        const EpochEnd trained = engine.trainEpoch();
        if (trained == EpochEnd::Stopped)
            engine.reportStopped(extraState());
        // "best" would mix networks of different widths: the final one is written at the end.
        if (trained != EpochEnd::Completed || engine.finishEpoch(extraState(), /*keepBest=*/false) != EpochEnd::Completed)
            return false;
    }
    m_state["seconds"] = m_state.value("seconds", 0.0) + std::chrono::duration<double>(Clock::now() - started).count();
    return true;
}

void PruneBody::finishIteration(training::Engine &engine, TrainerControl &control)
{
    const LayerGraph &graph = engine.graph();
    const Cost cost = computeCosts(graph).total;
    PruneIteration it;
    it.iteration = io::jsonInteger(m_state, "iteration", m_record.iterationsDone + 1);
    it.removedFilters = io::jsonInteger(m_state, "removed", 0);
    const nlohmann::json removed = m_state.value("removed_per_layer", nlohmann::json::object());
    for (const auto &[node, n] : removed.items())
        it.removedPerLayer.emplace_back(node, io::jsonInteger<int>(n));
    it.widths = widthsOf(graph);
    it.params = cost.params;
    it.macs = cost.macs;
    it.accuracyBefore = m_state.value("accuracy_before", 0.0);
    it.lossBefore = m_state.value("loss_before", 0.0);
    if (m_config.options.finetuneEpochs > 0) {
        it.accuracyAfter = control.record().lastTestAccuracy;
        it.lossAfter = control.record().lastTestLoss;
    } else {
        it.accuracyAfter = it.accuracyBefore;
        it.lossAfter = it.lossBefore;
    }
    it.design = m_record.design;
    it.seconds = m_state.value("seconds", 0.0);
    training::appendMetricsLine(m_dir, toJson(it));
    training::saveCheckpoint(m_dir, "iteration-" + twoDigits(it.iteration), engine.model(), nullptr,
                             training::toJson(engine.position()));
    // "best" is always the network run.json describes (the comparison and a later job load it).
    training::saveCheckpoint(m_dir, "best", engine.model(), nullptr, training::toJson(engine.position()));
    m_record.iterationsDone = it.iteration;
    writePruneRecord(m_dir, m_record);
    control.updateRecord([&](training::RunRecord &r) {
        r.trainedDesign = engine.design();
        r.hasTrainedDesign = true;
        r.params = cost.params;
        r.macs = cost.macs;
        r.lastTestAccuracy = it.accuracyAfter;
        r.lastTestLoss = it.lossAfter;
        r.bestTestAccuracy = it.accuracyAfter;
    });
    m_state = {{"phase", "prune"}};
    engine.saveCheckpointAs("last", extraState());
    TrainingEvent event;
    event.kind = TrainingEvent::Kind::PruneIteration;
    event.state = control.state();
    event.pruneIteration = std::make_shared<const PruneIteration>(it);
    control.events().push(std::move(event));
}

void PruneBody::run(TrainerControl &control)
{
    training::Engine engine(control, control.record().config);
    m_parent = engine.adaptedDesign();
    const bool resumed = !control.resumeDir().empty();
    const Design current = resumed && !m_record.design.empty() ? io::readDesignFile(m_dir + "/" + m_record.design) : m_parent;
    engine.buildModel(current);
    {
        const LayerGraph parentGraph = compile(m_parent);
        const ChannelMap map = channelMap(m_parent, parentGraph, m_config.options.keepCoupled);
        for (const ConvWidth &w : prunableWidths(parentGraph, map))
            m_producers.push_back(w.node);
    }
    if (resumed) {
        m_state = engine.loadCheckpointFrom(m_dir, "last", true, true).value("prune", nlohmann::json::object());
        // An iteration whose line was written after this checkpoint is finished again: its line goes.
        const int pending = m_record.parentAccuracy < 0 ? 0
                            : m_state.value("phase", std::string()) == "finetune" ? io::jsonInteger(m_state, "iteration", 0)
                                                                                   : m_record.iterationsDone + 1;
        training::keepMetricsLines(m_dir, [pending](const std::string &type, const nlohmann::json &line) {
            return type != "prune_iteration" || io::jsonInteger(line, "iteration", 0) < pending;
        });
        control.log("resumed the pruning job after " + std::to_string(m_record.iterationsDone) + " iterations");
    } else if (!m_config.parentRun.empty()) {
        engine.loadParentWeights(m_config.parentRun);
    }
    engine.recordSetUp();
    control.setState(RunState::Running);
    if (!pretrain(engine))
        return;
    if (m_record.parentAccuracy < 0) {
        recordParent(engine, control);
        if (control.stopRequested()) {
            engine.reportStopped(extraState());
            return;
        }
    }
    for (;;) {
        if (m_state.value("phase", std::string()) != "finetune") {
            if (m_record.iterationsDone >= m_config.options.iterations) {
                if (m_config.options.targetMacs > 0 || m_config.options.targetParams > 0)
                    control.log("the target was not reached in " + std::to_string(m_config.options.iterations)
                                + " iterations; prune further with this run as the parent (--parent)");
                break;
            }
            if (targetReached(computeCosts(engine.graph()).total)) {
                control.log("the target is reached");
                break;
            }
            if (!cut(engine, control)) {
                if (control.stopRequested()) {
                    engine.reportStopped(extraState());
                    return;
                }
                break;
            }
        }
        if (!finetune(engine))
            return;
        finishIteration(engine, control);
        if (control.stopRequested()) {
            engine.reportStopped(extraState());
            return;
        }
    }
    if (!training::hasCheckpoint(m_dir, "best"))   // no iteration ran: the parent as it came
        training::saveCheckpoint(m_dir, "best", engine.model(), nullptr, training::toJson(engine.position()));
    m_record.finished = true;
    writePruneRecord(m_dir, m_record);
    control.setState(RunState::Finished);
}

} // namespace

std::unique_ptr<training::Trainer> makePruneJob(PruneConfig config)
{
    const PruneOptions &o = config.options;
    // The fine-tuning schedule spans every epoch the job trains.
    config.training.hyper.epochs = std::max(1, o.pretrainEpochs + o.iterations * o.finetuneEpochs);
    training::TrainingConfig training = config.training;
    return std::make_unique<training::Trainer>(training, std::string(), std::make_unique<PruneBody>(std::move(config)));
}

std::unique_ptr<training::Trainer> resumePruneJob(const std::string &dir)
{
    return training::Trainer::resumeRun(dir, std::make_unique<PruneBody>());
}

} // namespace denselab::prune
