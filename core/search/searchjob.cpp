// SPDX-License-Identifier: GPL-3.0-or-later
// The LWP search on the run's thread: the shared Engine trains (or only runs) the supernet on
// the children the controller samples, and the controller learns from their rewards (A2C).
#include "searchjob.h"
#include "io/boundedjson.h"

#include "childdesign.h"
#include "controller.h"
#include "decisionspace.h"

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
#include <cmath>
#include <filesystem>
#include <optional>
#include <set>

namespace denselab::search {

namespace {

using training::EpochEnd;
using training::RunKind;
using training::RunState;
using training::TrainerControl;
using training::TrainingEvent;
using Clock = std::chrono::steady_clock;

constexpr auto kProbabilityEventInterval = std::chrono::milliseconds(250);   // the live heatmap
constexpr int kResampleAttempts = 16;

std::string twoDigits(int n) { return (n < 10 ? "0" : "") + std::to_string(n); }

// One controller step's children: what afterStep needs once their logits are known.
struct StepChildren {
    std::vector<ConnectionMask> masks;
    std::vector<torch::Tensor> logProbabilities;
    std::vector<torch::Tensor> entropies;
    std::vector<ChildCost> costs;
    std::vector<double> keepRatios;
    std::vector<bool> sampled;          // false: the parent's connections stood in (no policy gradient)
    torch::Tensor probabilities;
};

class SearchBody : public training::TorchRunBody {
public:
    SearchBody() = default;   // a resumed run: everything comes from its folder
    explicit SearchBody(SearchConfig config) : m_config(std::move(config)) {}

    void prepare(TrainerControl &control) override
    {
        if (control.resumeDir().empty())
            decisionSpace(compile(m_config.training.design));   // refuse an unsearchable parent before any folder exists
        training::prepareRunDirectory(control, RunKind::Search);
        m_dir = control.record().dir;
        if (!control.resumeDir().empty()) {
            m_record = readSearchRecord(m_dir);
            m_config.lwp = m_record.lwp;
            m_config.parentRun = m_record.parentRun;
            return;
        }
        control.updateRecord([&](training::RunRecord &r) { r.parentRun = m_config.parentRun; });
        m_record.lwp = m_config.lwp;
        m_record.parentRun = m_config.parentRun;
        m_record.parentName = m_config.training.design.name;
        m_record.stage = m_config.lwp.pretrainEpochs > 0 ? SearchStage::Pretrain : SearchStage::Curriculum;
        writeSearchRecord(m_dir, m_record);
    }

    void run(TrainerControl &control) override
    {
        if (search(control))
            trainFromScratch(control);
    }

private:
    bool search(TrainerControl &control);
    bool runStage(training::Engine &engine, TrainerControl &control);
    training::StepHooks hooksFor(training::Engine &engine, int decided, bool trainWeights);
    void sampleStepChildren(int decided);
    void controllerUpdate(training::Engine &engine, const std::vector<torch::Tensor> &logits, const torch::Tensor &labels);
    void sampleFinalChildren(training::Engine &engine, TrainerControl &control);
    void trainFromScratch(TrainerControl &control);
    void setStage(SearchStage stage, int startEpoch);
    nlohmann::json extraState() const
    {
        return {{"search_stage", toString(m_record.stage)}, {"stage_start_epoch", m_stageStart}};
    }
    std::vector<std::vector<bool>> actionsOf(const torch::Tensor &actions) const;
    KeepProbabilities keepProbabilities(const torch::Tensor &probabilities) const;
    int curriculumEpochs() const;

    SearchConfig m_config;
    SearchRecord m_record;
    std::string m_dir;
    Design m_parent;
    LayerGraph m_parentGraph;
    Cost m_parentCost;
    DecisionSpace m_space;
    LwpController m_controller{nullptr};
    std::unique_ptr<torch::optim::Adam> m_controllerOptimizer;
    torch::Tensor m_inParent;          // [K, candidates]: the parent's connections
    int m_stageStart = 0;              // global epoch at which the current stage began
    int m_decided = 0;                 // layers the controller decides in the current epoch
    std::uint64_t m_seed = 1;
    StepChildren m_step;
    Clock::time_point m_lastProbabilities;
    Design m_chosenDesign;
};

int SearchBody::curriculumEpochs() const
{
    const LwpOptions &o = m_config.lwp;
    if (o.curriculumEpochs >= 0)
        return o.curriculumEpochs;
    return curriculumLength(int(m_space.layers.size()), o.curriculumStride, o.printedCurriculum);
}

void SearchBody::setStage(SearchStage stage, int startEpoch)
{
    m_record.stage = stage;
    m_stageStart = startEpoch;
    writeSearchRecord(m_dir, m_record);
}

std::vector<std::vector<bool>> SearchBody::actionsOf(const torch::Tensor &actions) const
{
    const torch::Tensor a = actions.detach().to(torch::kCPU).contiguous();
    const auto accessor = a.accessor<float, 2>();
    std::vector<std::vector<bool>> result(m_space.layers.size());
    for (std::size_t k = 0; k < m_space.layers.size(); ++k) {
        result[k].resize(std::size_t(m_space.layers[k].layer));
        for (std::size_t j = 0; j < result[k].size(); ++j)
            result[k][j] = accessor[long(k)][long(j)] > 0.5f;
    }
    return result;
}

KeepProbabilities SearchBody::keepProbabilities(const torch::Tensor &probabilities) const
{
    const torch::Tensor p = probabilities.detach().to(torch::kCPU).contiguous();
    const auto accessor = p.accessor<float, 2>();
    KeepProbabilities result;
    for (const CompiledBlock &block : m_parentGraph.blocks) {
        const int layers = block.connectivity.layers;
        std::vector<std::vector<float>> rows(std::size_t(layers) + 1);
        for (int t = 1; t <= layers; ++t)
            rows[std::size_t(t)].assign(std::size_t(t), -1.0f);
        result.blocks.push_back(std::move(rows));
    }
    for (std::size_t k = 0; k < m_space.layers.size(); ++k) {
        const DecisionLayer &d = m_space.layers[k];
        auto &row = result.blocks[std::size_t(d.block)][std::size_t(d.layer)];
        for (std::size_t j = 0; j < row.size(); ++j)
            if (d.inParent[j])
                row[j] = accessor[long(k)][long(j)];
    }
    return result;
}

void SearchBody::sampleStepChildren(int decided)
{
    m_step = StepChildren{};
    m_step.probabilities = m_controller->probabilities();
    const CurriculumEntries entries = curriculumEntries(m_inParent, decided);
    const torch::Tensor &decidedEntries = entries.decided;
    const torch::Tensor &forced = entries.forced;
    for (int n = 0; n < m_config.lwp.monteCarloChildren; ++n) {
        PolicySample sample;
        ConnectionMask mask;
        bool valid = false;
        for (int attempt = 0; attempt < kResampleAttempts && !valid; ++attempt) {
            sample = samplePolicy(m_step.probabilities, decidedEntries, forced);
            mask = maskFromActions(m_parentGraph, m_space, actionsOf(sample.actions));
            valid = hasBlockOutputs(m_parentGraph, mask);
        }
        if (!valid) {
            // A block output lost every source each time: the parent's connections run instead.
            // The policy did not choose them, so they teach the value baseline only.
            sample.actions = m_inParent.clone();
            mask = maskFromActions(m_parentGraph, m_space, actionsOf(sample.actions));
        }
        m_step.sampled.push_back(valid);
        m_step.costs.push_back(childCost(m_parent, m_parentGraph, m_parentCost, mask));
        m_step.keepRatios.push_back(double(maskConnections(resolveMask(m_parentGraph, mask).mask))
                                    / double(std::max(1, m_space.parentConnections)));
        m_step.masks.push_back(std::move(mask));
        m_step.logProbabilities.push_back(sample.logProbability);
        m_step.entropies.push_back(sample.entropy);
    }
}

void SearchBody::controllerUpdate(training::Engine &engine, const std::vector<torch::Tensor> &logits,
                                  const torch::Tensor &labels)
{
    const LwpOptions &o = m_config.lwp;
    const std::size_t n = logits.size();
    const torch::Tensor value = m_controller->value();
    torch::Tensor policyLoss = torch::zeros({});
    torch::Tensor valueLoss = torch::zeros({});
    double rewardSum = 0, accuracySum = 0, etaSum = 0, keepSum = 0, entropySum = 0;
    for (std::size_t k = 0; k < n; ++k) {
        const double accuracy = logits[k].argmax(1).eq(labels).to(torch::kDouble).mean().item<double>();
        const double eta = m_step.costs[k].eta;
        const double reward = meanReward(accuracy, eta, o.alpha, o.gamma);
        const torch::Tensor advantage = reward - value.detach();
        if (m_step.sampled[k])
            policyLoss = policyLoss - advantage * m_step.logProbabilities[k] - o.entropyWeight * m_step.entropies[k];
        valueLoss = valueLoss + (reward - value).pow(2);
        rewardSum += reward;
        accuracySum += accuracy;
        etaSum += eta;
        keepSum += m_step.keepRatios[k];
        entropySum += m_step.entropies[k].item<double>();
    }
    policyLoss = policyLoss / double(n);
    valueLoss = valueLoss / double(n);
    m_controllerOptimizer->zero_grad();
    (policyLoss + valueLoss).backward();
    m_controllerOptimizer->step();

    const training::RunPosition &position = engine.position();
    SearchStep s;
    s.stage = m_record.stage;
    s.epoch = position.epoch - m_stageStart;
    s.step = position.step + 1;   // the engine counts this step once afterStep returns
    s.stepsPerEpoch = engine.stepsPerEpoch();
    s.globalStep = position.globalStep + 1;
    s.totalLayers = int(m_space.layers.size());
    s.decidedLayers = m_decided;
    s.meanReward = rewardSum / double(n);
    s.eta = etaSum / double(n);
    s.childAccuracy = accuracySum / double(n);
    s.keepRatio = keepSum / double(n);
    s.entropy = entropySum / double(n);
    s.valueLoss = valueLoss.item<double>();
    s.value = value.item<double>();
    s.elapsedSeconds = position.elapsedSeconds;
    training::appendMetricsLine(m_dir, toJson(s));
    TrainingEvent event;
    event.kind = TrainingEvent::Kind::SearchStep;
    event.state = engine.control().state();
    event.searchStep = s;
    if (Clock::now() - m_lastProbabilities >= kProbabilityEventInterval) {
        event.keepProbabilities = std::make_shared<const KeepProbabilities>(keepProbabilities(m_step.probabilities));
        m_lastProbabilities = Clock::now();
    }
    engine.control().events().push(std::move(event));
}

training::StepHooks SearchBody::hooksFor(training::Engine &engine, int decided, bool trainWeights)
{
    training::StepHooks hooks;
    hooks.trainWeights = trainWeights;
    hooks.batchStatistics = m_config.lwp.childBatchStatistics;
    hooks.stepLimit = m_config.lwp.stepsPerEpoch;
    m_decided = decided;
    hooks.masks = [this, decided] {
        sampleStepChildren(decided);
        std::vector<const ConnectionMask *> masks;
        for (const ConnectionMask &m : m_step.masks)
            masks.push_back(&m);
        return masks;
    };
    hooks.afterStep = [this, &engine](const std::vector<torch::Tensor> &logits, const torch::Tensor &labels) {
        controllerUpdate(engine, logits, labels);
    };
    return hooks;
}

void SearchBody::sampleFinalChildren(training::Engine &engine, TrainerControl &control)
{
    const LwpOptions &o = m_config.lwp;
    const data::ImageSet &validation =
        engine.data().validation.labels.empty() ? engine.data().dataset.test : engine.data().validation;
    if (engine.data().validation.labels.empty())
        control.log("no validation split: the children are ranked on the test split (use --validation)");
    const int k = int(m_space.layers.size());
    torch::Tensor probabilities;
    {
        torch::NoGradGuard noGrad;
        probabilities = m_controller->probabilities();
    }
    const torch::Tensor decided = curriculumEntries(m_inParent, k).decided;
    m_record.finalProbabilities = keepProbabilities(probabilities);
    std::filesystem::create_directories(m_dir + "/children");
    std::set<std::vector<std::vector<bool>>> seen;
    m_record.children.clear();
    int attempt = 0;
    while (int(m_record.children.size()) < o.children && attempt < 4 * o.children) {
        torch::manual_seed(training::mixSeed(m_seed, 0xc41d, std::uint64_t(attempt++)));
        const PolicySample sample = samplePolicy(probabilities, decided, torch::zeros_like(decided));
        const auto actions = actionsOf(sample.actions);
        const ConnectionMask mask = maskFromActions(m_parentGraph, m_space, actions);
        if (!hasBlockOutputs(m_parentGraph, mask) || !seen.insert(actions).second)
            continue;   // an unbuildable child, or one already drawn
        const std::optional<training::Evaluation> result = engine.evaluate(validation, &mask);
        if (!result)
            return;   // stopped: the stage is redone on resume (same seeds, same children)
        SearchChild child;
        child.index = int(m_record.children.size()) + 1;
        child.file = "children/child-" + twoDigits(child.index) + ".denselab.json";
        const ChildCost cost = childCost(m_parent, m_parentGraph, m_parentCost, mask);
        child.eta = cost.eta;
        child.params = cost.child.params;
        child.macs = cost.child.macs;
        child.connections = int(cost.child.connections);
        child.droppedLayers = cost.droppedLayers;
        child.validationAccuracy = result->top1;
        child.reward = meanReward(result->top1, cost.eta, o.alpha, o.gamma);
        Design design = childDesign(m_parent, m_parentGraph, mask);
        char text[240];
        std::snprintf(text, sizeof text,
                      "LWP child %d of search %s: reward %.4f, eta %.4f (alpha %g, gamma %g), validation accuracy %.4f",
                      child.index, control.record().id.c_str(), child.reward, child.eta, o.alpha, o.gamma,
                      child.validationAccuracy);
        design.name = m_parent.name + "-lwp-" + twoDigits(child.index);
        design.description = text;
        io::writeDesignFile(design, m_dir + "/" + child.file);
        m_record.children.push_back(child);
        TrainingEvent event;
        event.kind = TrainingEvent::Kind::SearchChild;
        event.state = control.state();
        event.searchChild = std::make_shared<const SearchChild>(child);
        control.events().push(std::move(event));
    }
    if (m_record.children.empty())
        throw DesignError("the controller produced no buildable child in " + std::to_string(attempt) + " samples");
    std::size_t best = 0;
    for (std::size_t i = 1; i < m_record.children.size(); ++i)
        if (m_record.children[i].reward > m_record.children[best].reward)
            best = i;
    m_record.children[best].chosen = true;
    control.log("best child: " + m_record.children[best].file + " (reward "
                + std::to_string(m_record.children[best].reward) + ", eta " + std::to_string(m_record.children[best].eta)
                + ")");
    // Tell the reader which one was chosen (the table marks it).
    TrainingEvent event;
    event.kind = TrainingEvent::Kind::SearchChild;
    event.state = control.state();
    event.searchChild = std::make_shared<const SearchChild>(m_record.children[best]);
    control.events().push(std::move(event));
}

bool SearchBody::runStage(training::Engine &engine, TrainerControl &control)
{
    const int stageEpoch = engine.position().epoch - m_stageStart;
    const int k = int(m_space.layers.size());
    switch (m_record.stage) {
    case SearchStage::Pretrain: {
        if (stageEpoch >= m_config.lwp.pretrainEpochs) {
            setStage(SearchStage::Curriculum, engine.position().epoch);
            return true;
        }
        const EpochEnd trained = engine.trainEpoch();
        if (trained == EpochEnd::Stopped)
            engine.reportStopped(extraState());
        return trained == EpochEnd::Completed && engine.finishEpoch(extraState()) == EpochEnd::Completed;
    }
    case SearchStage::Curriculum:
    case SearchStage::Joint: {
        const bool joint = m_record.stage == SearchStage::Joint;
        const int length = joint ? m_config.lwp.jointEpochs : curriculumEpochs();
        if (stageEpoch >= length) {
            setStage(joint ? SearchStage::Children : SearchStage::Joint, engine.position().epoch);
            return true;
        }
        const int decided =
            joint ? k : decidedLayers(k, stageEpoch + 1, m_config.lwp.curriculumStride, m_config.lwp.printedCurriculum);
        control.log(std::string(joint ? "joint training" : "curriculum") + " epoch " + std::to_string(stageEpoch + 1)
                    + "/" + std::to_string(length) + ": the controller decides " + std::to_string(decided) + " of "
                    + std::to_string(k) + " layers");
        const EpochEnd trained = engine.trainEpoch(hooksFor(engine, decided, joint));
        if (trained == EpochEnd::Stopped)
            engine.reportStopped(extraState());
        if (trained != EpochEnd::Completed)
            return false;
        engine.advanceEpoch(extraState());
        control.updateRecord([&](training::RunRecord &r) { r.epochsDone = engine.position().epoch; });
        return true;
    }
    case SearchStage::Children: {
        sampleFinalChildren(engine, control);
        if (control.stopRequested()) {
            engine.reportStopped(extraState());
            return false;
        }
        setStage(SearchStage::FromScratch, engine.position().epoch);
        engine.saveCheckpointAs("last", extraState());
        return true;
    }
    case SearchStage::FromScratch:
    case SearchStage::Done:
        return true;
    }
    return true;
}

bool SearchBody::search(TrainerControl &control)
{
    m_seed = control.record().config.seed;   // a resumed search's body knows only its folder
    training::Engine engine(control, control.record().config);
    m_parent = engine.adaptedDesign();
    const CostReport costs = engine.buildModel(m_parent);
    m_parentGraph = engine.graph();
    m_parentCost = costs.total;
    m_space = decisionSpace(m_parentGraph);
    const auto k = int64_t(m_space.layers.size());
    m_inParent = torch::zeros({k, int64_t(m_space.maxCandidates)});
    for (int64_t i = 0; i < k; ++i)
        for (std::size_t j = 0; j < m_space.layers[std::size_t(i)].inParent.size(); ++j)
            if (m_space.layers[std::size_t(i)].inParent[j])
                m_inParent[i][int64_t(j)] = 1.0;

    // The controller lives on the CPU: K small LSTM steps are faster there than launches on a GPU.
    torch::manual_seed(training::mixSeed(m_seed, 0x15b));
    m_controller = LwpController(LwpControllerOptions(k, m_space.maxCandidates).hidden(m_config.lwp.hidden));
    std::vector<torch::optim::OptimizerParamGroup> groups;
    groups.emplace_back(m_controller->policyParameters(),
                        std::make_unique<torch::optim::AdamOptions>(m_config.lwp.controllerLearningRate));
    groups.emplace_back(m_controller->valueParameters(),
                        std::make_unique<torch::optim::AdamOptions>(m_config.lwp.valueLearningRate));
    m_controllerOptimizer = std::make_unique<torch::optim::Adam>(std::move(groups),
                                                                 torch::optim::AdamOptions(m_config.lwp.controllerLearningRate));
    engine.setExtraCheckpointParts({{"controller", m_controller.get(), m_controllerOptimizer.get()}});
    engine.setWeightEpochs(m_config.lwp.pretrainEpochs + m_config.lwp.jointEpochs);

    if (!control.resumeDir().empty()) {
        const nlohmann::json state = engine.loadCheckpointFrom(m_dir, "last", true, true);
        if (!parse(state.value("search_stage", std::string()), m_record.stage))
            throw io::FileError(m_dir + "/last.json: the checkpoint has no search stage");
        m_stageStart = io::jsonInteger(state, "stage_start_epoch", 0);
        // Steps logged after this checkpoint (a kill, not a stop) are taken again: their lines go.
        const long done = engine.position().globalStep;
        training::keepMetricsLines(m_dir, [done](const std::string &type, const nlohmann::json &line) {
            return type != "search_step" || io::jsonInteger(line, "global_step", 0L) <= done;
        });
        control.log("resumed the search at stage " + std::string(toString(m_record.stage)) + ", epoch "
                    + std::to_string(engine.position().epoch + 1) + ", step " + std::to_string(engine.position().step));
    } else if (!m_config.parentRun.empty()) {
        engine.loadParentWeights(m_config.parentRun);
        const training::DataOptions parentData = training::readRunRecord(m_config.parentRun).config.data;
        if (parentData.validationCount <= 0 && parentData.validationFraction <= 0)
            control.log("note: the parent held out no validation images, so it trained on the ones the children are "
                        "ranked on; train parents with --validation for an unbiased ranking");
    }
    m_record.parentName = m_parent.name;
    m_record.parentParams = m_parentCost.params;
    m_record.parentMacs = m_parentCost.macs;
    m_record.decisions = int(k);
    m_record.parentConnections = m_space.parentConnections;
    writeSearchRecord(m_dir, m_record);
    engine.recordSetUp();
    control.setState(RunState::Running);
    m_lastProbabilities = Clock::now() - kProbabilityEventInterval;
    while (m_record.stage != SearchStage::FromScratch && m_record.stage != SearchStage::Done) {
        if (!runStage(engine, control))
            return false;
    }
    if (const SearchChild *chosen = chosenChild(m_record))
        m_chosenDesign = io::readDesignFile(m_dir + "/" + chosen->file);
    return true;
}

void SearchBody::trainFromScratch(TrainerControl &control)
{
    const SearchChild *chosen = chosenChild(m_record);
    if (m_config.lwp.fromScratchEpochs <= 0 || !chosen) {
        setStage(SearchStage::Done, m_stageStart);
        control.setState(RunState::Finished);
        return;
    }
    std::unique_ptr<training::Trainer> run;
    bool resumed = false;
    if (!m_record.fromScratchRun.empty()) {
        std::optional<training::RunRecord> previous;
        try {
            previous = training::readRunRecord(m_record.fromScratchRun);
        } catch (const std::exception &e) {
            control.log("the earlier from-scratch run cannot be read (" + std::string(e.what()) + "): starting anew");
        }
        if (previous && previous->status == RunState::Finished) {
            m_record.testAccuracy = previous->lastTestAccuracy;
            setStage(SearchStage::Done, m_stageStart);
            control.setState(RunState::Finished);
            return;
        }
        if (previous && training::hasCheckpoint(m_record.fromScratchRun, "last")) {
            run = training::Trainer::resumeRun(m_record.fromScratchRun);
            resumed = true;
        } else if (previous && !std::filesystem::exists(m_record.fromScratchRun + "/metrics.jsonl")) {
            // Stopped before its first checkpoint: nothing in it to keep, and a new run replaces it.
            std::error_code ec;
            std::filesystem::remove_all(m_record.fromScratchRun, ec);
        }
    }
    if (!run) {
        // An ordinary run of the search's data and optimizer on every training image: the
        // validation split has done its job (choosing the child).
        training::TrainingConfig config = control.record().config;
        config.design = m_chosenDesign;
        config.hyper.epochs = m_config.lwp.fromScratchEpochs;
        config.data.validationCount = 0;
        config.data.validationFraction = 0.0;
        config.runsDir = std::filesystem::path(m_dir).parent_path().string();
        run = std::make_unique<training::Trainer>(config);
    }
    run->start();
    m_record.fromScratchRun = run->runDir();
    writeSearchRecord(m_dir, m_record);
    control.log(std::string(resumed ? "resumed" : "started") + " training " + chosen->file + " from scratch: "
                + m_record.fromScratchRun);
    // Follow the run on this thread: its steps and epochs are this search's progress now, and
    // pause / stop requests of the search reach it.
    bool paused = false;
    for (;;) {
        if (control.stopRequested())
            run->stop();
        if (control.pauseRequested() != paused) {
            paused = !paused;
            paused ? run->pause() : run->resume();
        }
        std::optional<TrainingEvent> event = run->events().next(std::chrono::milliseconds(100));
        if (!event) {
            if (run->events().closed())
                break;
            continue;
        }
        if (event->kind == TrainingEvent::Kind::State) {
            if (event->state == RunState::Paused || event->state == RunState::Running)
                control.setState(event->state);
            continue;
        }
        if (event->kind == TrainingEvent::Kind::Error)
            continue;   // its failure ends this search below, with the run's message
        control.events().push(std::move(*event));
    }
    run->wait();
    const training::RunRecord result = run->record();
    if (result.status == RunState::Finished) {
        m_record.testAccuracy = result.lastTestAccuracy;
        setStage(SearchStage::Done, m_stageStart);
        control.setState(RunState::Finished);
    } else if (result.status == RunState::Stopped) {
        control.setState(RunState::Stopped, "stopped while training the chosen child from scratch ("
                                                + m_record.fromScratchRun + "); resume to continue");
    } else {
        throw std::runtime_error("the from-scratch run " + m_record.fromScratchRun + " ended "
                                 + toString(result.status) + ": " + result.message);
    }
}

} // namespace

std::unique_ptr<training::Trainer> makeSearch(SearchConfig config)
{
    const LwpOptions &o = config.lwp;
    // Every epoch of every stage, for progress and ETA (the learning-rate schedule runs over the
    // epochs that train weights only: SearchBody sets it). Throws DesignError for a design that
    // cannot be searched, before anything starts.
    const int decisions = int(decisionSpace(compile(config.training.design)).layers.size());
    const int curriculum = o.curriculumEpochs >= 0 ? o.curriculumEpochs
                                                   : curriculumLength(decisions, o.curriculumStride, o.printedCurriculum);
    config.training.hyper.epochs = std::max(1, o.pretrainEpochs + curriculum + o.jointEpochs);
    training::TrainingConfig training = config.training;
    return std::make_unique<training::Trainer>(training, std::string(), std::make_unique<SearchBody>(std::move(config)));
}

std::unique_ptr<training::Trainer> resumeSearch(const std::string &dir)
{
    return training::Trainer::resumeRun(dir, std::make_unique<SearchBody>());
}

} // namespace denselab::search
