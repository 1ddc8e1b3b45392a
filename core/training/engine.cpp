// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine.h"

#include "cpuallocationcache.h"
#include "memorymeter.h"
#include "io/boundedjson.h"

#include "trainercontrol.h"

#include "graph/compiler.h"
#include "io/atomicfile.h"
#include "nn/initialization.h"

#include <ATen/Context.h>
#include <torch/torch.h>

#include <cmath>

namespace denselab::training {

namespace {

using Clock = std::chrono::steady_clock;
constexpr auto kStepEventInterval = std::chrono::milliseconds(50);   // at most 20 step events a second

double seconds(Clock::duration d) { return std::chrono::duration<double>(d).count(); }

BatchTransform transformFor(const data::Dataset &dataset, const Design &design, bool augment, bool pin)
{
    BatchTransform t;
    t.mean = dataset.mean;
    t.stddev = dataset.stddev;
    t.augment = augment;
    t.padding = dataset.cropPadding;
    t.flip = dataset.flipAugmentation;
    t.channels = design.input.channels;
    t.height = design.input.height;
    t.width = design.input.width;
    t.pinMemory = pin;
    return t;
}

std::unique_ptr<torch::optim::Optimizer> optimizerFor(const Hyperparameters &h, std::vector<torch::Tensor> params)
{
    switch (h.optimizer) {
    case OptimizerKind::SGD:
        return std::make_unique<torch::optim::SGD>(
            params, torch::optim::SGDOptions(h.learningRate).momentum(h.momentum).nesterov(h.nesterov).weight_decay(
                        h.weightDecay));
    case OptimizerKind::Adam:
        return std::make_unique<torch::optim::Adam>(params,
                                                    torch::optim::AdamOptions(h.learningRate).weight_decay(h.weightDecay));
    case OptimizerKind::AdamW:
        return std::make_unique<torch::optim::AdamW>(
            params, torch::optim::AdamWOptions(h.learningRate).weight_decay(h.weightDecay));
    }
    throw std::logic_error("unknown optimizer");
}

nlohmann::json stateWith(const RunPosition &position, const nlohmann::json &extra)
{
    nlohmann::json state = toJson(position);
    if (extra.is_object())
        state.update(extra);
    return state;
}

} // namespace

Engine::Engine(TrainerControl &control, const TrainingConfig &config)
    : m_control(control), m_config(config), m_weightEpochs(std::max(1, config.hyper.epochs))
{
    m_dir = m_control.record().dir;
    m_device = chooseDevice(m_config.device, m_config.threads);
    m_precision = effectivePrecision(m_config.precision, m_device.device);
    if (m_device.device.is_cuda())
        at::globalContext().setBenchmarkCuDNN(true);
    m_data = prepareData(m_config);
    if (!m_data.retargeted.empty())
        m_control.log("design adapted to " + m_config.data.dataset + ": " + m_data.retargeted);
    if (m_config.memoryEfficient && m_device.device.is_cuda() && m_precision != Precision::Float32)
        m_control.log("memory-efficient dense layers apply in fp32 only: this run's autocast steps use standard ones "
                      "(--precision fp32 to use them)");
    if (m_config.engine == TrainingEngine::Fast && m_device.device.is_cuda())
        m_control.log("the fast engine's fused passes are CPU loops: this CUDA run steps on the plain graph");
}

Engine::~Engine() = default;

Engine::CacheRelease::~CacheRelease()
{
    trimCpuAllocationCache();
}

void Engine::makeOptimizer()
{
    m_optimizer = optimizerFor(m_config.hyper, m_model->parameters());
}

CostReport Engine::buildModel(const Design &design)
{
    const LayerGraph graph = compile(design);
    const CostReport costs = computeCosts(graph);
    torch::manual_seed(m_config.seed);
    nn::GraphModule model(graph);
    nn::initializeWeights(*model);
    adoptModel(design, model);
    return costs;
}

void Engine::adoptModel(const Design &design, nn::GraphModule model)
{
    m_design = design;
    m_model = std::move(model);
    m_model->setMemoryEfficient(m_config.memoryEfficient);
    m_model->setFastEngine(m_config.engine == TrainingEngine::Fast);
    // Process-wide: the last run started decides. A new network (or a pruned one) allocates
    // other sizes: the blocks of the previous one go back.
    setCpuAllocationCache(m_config.engine == TrainingEngine::Fast && m_device.device.is_cpu());
    trimCpuAllocationCache();
    m_model->to(m_device.device);
    // Channels-last on the CPU too: with every kernel really in NHWC strides (toChannelsLast),
    // oneDNN keeps the whole network in NHWC and a step of DenseNet-BC-100 is 1.25x faster.
    if (m_config.channelsLast)
        nn::toChannelsLast(*m_model);
    makeOptimizer();
}

double Engine::currentLearningRate() const
{
    Hyperparameters schedule = m_config.hyper;
    schedule.epochs = m_weightEpochs;
    return learningRate(schedule, m_position.weightEpochs + double(m_position.step) / double(std::max(1L, m_stepsPerEpoch)));
}

void Engine::setLearningRate(double lr)
{
    for (auto &group : m_optimizer->param_groups())
        group.options().set_lr(lr);
}

void Engine::emitStep(double loss, double lr)
{
    const auto now = Clock::now();
    const double interval = std::max(1e-9, seconds(now - m_lastEvent));
    StepProgress s;
    s.epoch = m_position.epoch;
    s.step = m_position.step;
    s.stepsPerEpoch = m_stepsPerEpoch;
    s.globalStep = m_position.globalStep;
    s.loss = loss;
    s.learningRate = lr;
    s.imagesPerSecond = double(m_imagesSinceEvent) / interval;
    s.elapsedSeconds = m_position.elapsedSeconds;
    const double stepSeconds = m_position.step > 0 ? m_position.stepSeconds / double(m_position.step) : 0.0;
    const long remaining =
        (m_stepsPerEpoch - m_position.step) + long(m_config.hyper.epochs - 1 - m_position.epoch) * m_stepsPerEpoch;
    s.etaSeconds = stepSeconds * double(std::max(0L, remaining));
    TrainingEvent event;
    event.kind = TrainingEvent::Kind::Step;
    event.state = m_control.state();
    event.step = s;
    m_control.events().push(std::move(event));
    m_lastEvent = now;
    m_imagesSinceEvent = 0;
}

torch::Tensor Engine::input(const Batch &batch) const
{
    torch::Tensor x = batch.images.to(m_device.device, /*non_blocking=*/true);
    if (m_config.channelsLast)
        x = x.contiguous(torch::MemoryFormat::ChannelsLast);
    return x;
}

bool Engine::trainStep(const Batch &batch, const StepHooks &hooks)
{
    const bool cuda = m_device.device.is_cuda();
    const double lr = currentLearningRate();
    setLearningRate(lr);
    // Dropout, augmentation and a run kind's sampling (LWP's children) draw from this stream.
    torch::manual_seed(mixSeed(m_config.seed, std::uint64_t(m_position.epoch), std::uint64_t(m_position.step)));

    const torch::Tensor x = input(batch);
    const torch::Tensor y = batch.labels.to(m_device.device, /*non_blocking=*/true);
    std::vector<const ConnectionMask *> children;
    if (hooks.masks)
        children = hooks.masks();
    if (children.empty())
        children.push_back(nullptr);

    const auto started = Clock::now();
    const bool autocast = cuda && m_precision != Precision::Float32;
    std::vector<torch::Tensor> logits;
    torch::Tensor loss;
    // The step's peak tensor memory: forward, backward and the optimizer's step, nothing that
    // was allocated before (a block allocated before and released under the meter would make c10
    // warn on stderr).
    std::optional<MemoryMeter> meter;
    meter.emplace(m_device.device);
    {
        std::optional<torch::NoGradGuard> noGrad;
        if (!hooks.trainWeights)
            noGrad.emplace();
        else
            m_optimizer->zero_grad();
        if (autocast)
            setAutocast(true, m_precision == Precision::BFloat16 ? torch::kBFloat16 : torch::kHalf);
        for (const ConnectionMask *mask : children)
            logits.push_back(mask ? m_model->forward(x, *mask) : m_model->forward(x));
        if (autocast)
            setAutocast(false, torch::kFloat);
        for (torch::Tensor &l : logits) {
            l = l.to(torch::kFloat);
            const torch::Tensor childLoss = torch::nn::functional::cross_entropy(l, y);
            loss = loss.defined() ? loss + childLoss : childLoss;
        }
        loss = loss / double(logits.size());
    }
    if (hooks.trainWeights) {
        if (m_precision == Precision::Float16) {
            // Dynamic loss scaling: skip steps whose gradients overflowed and halve the scale.
            (loss * m_position.lossScale).backward();
            std::vector<torch::Tensor> grads;
            for (const auto &p : m_model->parameters())
                if (p.grad().defined())
                    grads.push_back(p.grad());
            torch::Tensor foundInf = torch::zeros({1}, torch::TensorOptions().device(m_device.device));
            torch::Tensor inverse =
                torch::full({1}, 1.0 / m_position.lossScale, torch::TensorOptions().device(m_device.device));
            at::_amp_foreach_non_finite_check_and_unscale_(grads, foundInf, inverse);
            if (foundInf.item<float>() == 0.0f)
                m_optimizer->step();
            else
                m_position.lossScale = std::max(1.0, m_position.lossScale / 2);
        } else {
            loss.backward();
            m_optimizer->step();
        }
    }
    m_epochPeakMemory = std::max(m_epochPeakMemory, meter->peakBytes());
    meter.reset();
    {
        torch::NoGradGuard noGrad;
        m_lossTotal.add_(loss.detach().to(torch::kDouble));
        for (const torch::Tensor &l : logits)
            m_correctTotal.add_(l.argmax(1).eq(y).sum());
    }
    if (hooks.afterStep) {
        std::vector<torch::Tensor> detached;
        for (const torch::Tensor &l : logits)
            detached.push_back(l.detach());
        hooks.afterStep(detached, y);
    }
    ++m_position.step;
    ++m_position.globalStep;
    m_position.seen += batch.labels.size(0) * long(logits.size());
    m_imagesSinceEvent += batch.labels.size(0);
    if (cuda && Clock::now() - m_lastEvent >= kStepEventInterval)
        torch::cuda::synchronize();   // honest step times for the event; costs one sync per 50 ms
    const double stepTime = seconds(Clock::now() - started);
    m_position.stepSeconds += stepTime;
    m_position.elapsedSeconds += stepTime;

    if (Clock::now() - m_lastEvent >= kStepEventInterval || m_position.step == m_stepsPerEpoch) {
        const double latest = loss.item<double>();
        if (!std::isfinite(latest)) {
            reportDiverged("the loss became " + std::to_string(latest));
            return false;
        }
        emitStep(latest, lr);
    }
    return true;
}

EpochEnd Engine::trainEpoch(const StepHooks &hooks)
{
    const int epoch = m_position.epoch;
    const data::ImageSet &train = m_data.dataset.train;
    BatchLoader loader(train, epochOrder(std::int64_t(train.size()), m_config.seed, epoch), m_config.hyper.batchSize,
                       transformFor(m_data.dataset, m_data.design, m_config.data.augment, m_device.device.is_cuda()),
                       mixSeed(m_config.seed, 0xe90c, std::uint64_t(epoch)), m_position.step);
    m_stepsPerEpoch = hooks.stepLimit > 0 ? std::min(loader.batchCount(), hooks.stepLimit) : loader.batchCount();
    m_epochTrainsWeights = hooks.trainWeights;
    const auto accumulator = torch::TensorOptions().device(m_device.device);
    m_lossTotal = torch::full({}, m_position.lossSum, accumulator.dtype(torch::kDouble));
    m_correctTotal = torch::full({}, m_position.correct, accumulator.dtype(torch::kLong));
    m_epochPeakMemory = 0;   // the largest of this epoch's steps (trainStep)
    m_model->train(hooks.trainWeights || hooks.batchStatistics);
    m_model->setDropoutEnabled(hooks.trainWeights);
    m_lastEvent = Clock::now();
    m_imagesSinceEvent = 0;
    auto keepSums = [this] {
        m_position.lossSum = m_lossTotal.item<double>();
        m_position.correct = m_correctTotal.item<std::int64_t>();
    };
    while (true) {
        if (!m_control.continueOrStop()) {
            keepSums();
            if (!std::isfinite(m_position.lossSum)) {
                reportDiverged("the loss became " + std::to_string(m_position.lossSum));
                return EpochEnd::Diverged;
            }
            return EpochEnd::Stopped;
        }
        if (m_position.step >= m_stepsPerEpoch)
            break;
        const std::optional<Batch> batch = loader.next();
        if (!batch)
            break;
        if (!trainStep(*batch, hooks))
            return EpochEnd::Diverged;
    }
    keepSums();
    if (!std::isfinite(m_position.lossSum)) {
        reportDiverged("the loss became " + std::to_string(m_position.lossSum));
        return EpochEnd::Diverged;
    }
    return EpochEnd::Completed;
}

std::optional<Evaluation> Engine::evaluate(const data::ImageSet &set, const ConnectionMask *mask)
{
    const BatchTransform plain = transformFor(m_data.dataset, m_data.design, false, m_device.device.is_cuda());
    const auto stop = [this] { return m_control.stopRequested(); };
    const bool channelsLast = m_config.channelsLast;
    return training::evaluate(*m_model, set, plain, m_config.hyper.batchSize, m_device.device, m_precision,
                              channelsLast, stop, mask);
}

EpochEnd Engine::finishEpoch(const nlohmann::json &extraState, bool keepBest)
{
    EpochMetrics m;
    m.epoch = m_position.epoch;
    const long steps = std::max(1L, m_position.step);
    m.trainLoss = m_position.lossSum / double(steps);
    m.trainAccuracy = m_position.seen ? double(m_position.correct) / double(m_position.seen) : 0.0;
    m.epochSeconds = m_position.stepSeconds;
    m.meanStepMilliseconds = 1000.0 * m_position.stepSeconds / double(steps);
    m.imagesPerSecond = m_position.stepSeconds > 0 ? double(m_position.seen) / m_position.stepSeconds : 0.0;
    {
        Hyperparameters schedule = m_config.hyper;
        schedule.epochs = m_weightEpochs;
        m.learningRate = learningRate(schedule, m_position.weightEpochs + (m_epochTrainsWeights ? 1.0 : 0.0));
    }

    const std::optional<Evaluation> test = evaluate(m_data.dataset.test);
    std::optional<Evaluation> validation;
    if (test && !m_data.validation.labels.empty())
        validation = evaluate(m_data.validation);
    if (!test || (!m_data.validation.labels.empty() && !validation)) {
        reportStopped(extraState);   // the epoch's training is saved; a resume evaluates it
        return EpochEnd::Stopped;
    }
    m.testLoss = test->loss;
    m.testAccuracy = test->top1;
    m.testTop5 = test->top5;
    if (validation) {
        m.validationLoss = validation->loss;
        m.validationAccuracy = validation->top1;
    }
    m.peakMemoryBytes = m_epochPeakMemory;
    if (!std::isfinite(m.testLoss)) {
        reportDiverged("the test loss became " + std::to_string(m.testLoss));
        return EpochEnd::Diverged;
    }

    appendMetrics(m_dir, m);
    const bool best = m.testAccuracy > m_position.bestTestAccuracy;
    if (best)
        m_position.bestTestAccuracy = m.testAccuracy;
    m_position = m_position.nextEpoch(m_epochTrainsWeights);
    if (best && keepBest)
        saveCheckpoint(m_dir, "best", *m_model, nullptr, stateWith(m_position, extraState));
    saveCheckpointAs("last", extraState);
    const std::vector<EpochMetrics> all = readMetrics(m_dir);
    double totalSeconds = 0;
    for (const EpochMetrics &e : all)
        totalSeconds += e.epochSeconds;
    m_control.updateRecord([&](RunRecord &r) {
        r.epochsDone = m_position.epoch;
        r.bestTestAccuracy = m_position.bestTestAccuracy;
        r.lastTestAccuracy = m.testAccuracy;
        r.lastTestLoss = m.testLoss;
        r.meanEpochSeconds = all.empty() ? 0.0 : totalSeconds / double(all.size());
        r.trainImagesPerSecond = m.imagesPerSecond;
        r.peakMemoryBytes = std::max(r.peakMemoryBytes, m.peakMemoryBytes);
    });
    TrainingEvent event;
    event.kind = TrainingEvent::Kind::Epoch;
    event.state = m_control.state();
    event.epoch = m;
    m_control.events().push(std::move(event));
    return EpochEnd::Completed;
}

void Engine::advanceEpoch(const nlohmann::json &extraState)
{
    m_position = m_position.nextEpoch(m_epochTrainsWeights);
    saveCheckpointAs("last", extraState);
}

std::vector<CheckpointPart> Engine::checkpointParts()
{
    std::vector<CheckpointPart> parts = {{"model", m_model.get(), m_optimizer.get()}};
    parts.insert(parts.end(), m_extraParts.begin(), m_extraParts.end());
    return parts;
}

void Engine::saveCheckpointAs(const std::string &tag, const nlohmann::json &extraState)
{
    saveCheckpoint(m_dir, tag, checkpointParts(), stateWith(m_position, extraState));
}

nlohmann::json Engine::loadCheckpointFrom(const std::string &dir, const std::string &tag, bool whole,
                                          bool restorePosition)
{
    const std::vector<CheckpointPart> parts =
        whole ? checkpointParts() : std::vector<CheckpointPart>{{"model", m_model.get(), nullptr}};
    const nlohmann::json state = loadCheckpoint(dir, tag, parts, m_device.device);
    if (m_config.channelsLast)
        nn::toChannelsLast(*m_model);   // loading takes the file's (NCHW) strides
    if (restorePosition) {
        try {
            m_position = runPositionFromJson(state);
        } catch (const std::invalid_argument &e) {
            throw io::FileError(dir + "/" + tag + ".json: " + e.what() + ": the checkpoint's state is damaged");
        }
        // A kill after an epoch's line was appended but before its checkpoint: that epoch is
        // trained again now, so its old line goes (one line per epoch, never two).
        if (dir == m_dir)
            keepMetricsLines(m_dir, [this](const std::string &type, const nlohmann::json &line) {
                return type != "epoch" || io::jsonInteger(line, "epoch", 0) < m_position.epoch;
            });
    }
    return state;
}

void Engine::loadParentWeights(const std::string &runDir)
{
    const std::string tag = hasCheckpoint(runDir, "best") ? "best" : "last";
    loadCheckpointFrom(runDir, tag, /*whole=*/false, /*restorePosition=*/false);
    m_control.log("parent weights from " + runDir + " (" + tag + " checkpoint)");
}

void Engine::recordSetUp()
{
    const Cost cost = computeCosts(m_model->graph()).total;
    m_control.updateRecord([&](RunRecord &r) {
        r.device = m_device.description;
        r.precision = toString(m_precision);
        r.retargeted = m_data.retargeted;
        r.params = cost.params;
        r.macs = cost.macs;
        r.trainedDesign = m_design;
        r.hasTrainedDesign = true;
        r.libraries = libraryVersions();
    });
}

void Engine::reportDiverged(const std::string &what)
{
    std::string kept = "no checkpoint was written yet";
    if (hasCheckpoint(m_dir, "last")) {
        const nlohmann::json saved = checkpointState(m_dir, "last");
        const int epoch = io::jsonInteger(saved, "epoch", 0);
        const long step = io::jsonInteger(saved, "step", 0L);
        kept = "the last good checkpoint ("
               + (step == 0 ? "after epoch " + std::to_string(epoch)
                            : "epoch " + std::to_string(epoch + 1) + ", step " + std::to_string(step))
               + ") is kept";
    }
    m_control.setState(RunState::Diverged, what + " at epoch " + std::to_string(m_position.epoch + 1) + ", step "
                                               + std::to_string(m_position.step) + "; " + kept
                                               + ". Lower the learning rate.");
}

void Engine::reportStopped(const nlohmann::json &extraState)
{
    saveCheckpointAs("last", extraState);
    m_control.setState(RunState::Stopped, "stopped at epoch " + std::to_string(m_position.epoch + 1) + ", step "
                                              + std::to_string(m_position.step) + "; resume to continue");
}

std::unique_ptr<BatchLoader> Engine::trainingBatches(bool augment) const
{
    const data::ImageSet &train = m_data.dataset.train;
    return std::make_unique<BatchLoader>(
        train, epochOrder(std::int64_t(train.size()), m_config.seed, m_position.epoch), m_config.hyper.batchSize,
        transformFor(m_data.dataset, m_data.design, augment && m_config.data.augment, m_device.device.is_cuda()),
        mixSeed(m_config.seed, 0xe90c, std::uint64_t(m_position.epoch)));
}

} // namespace denselab::training
