// SPDX-License-Identifier: GPL-3.0-or-later
// The training loop of one run, on the trainer's thread. Determinism: the data order depends
// on (seed, epoch), augmentation and dropout on (seed, epoch, step), so an interrupted run
// resumed from its last checkpoint continues exactly as if it had never stopped (CPU).
#include "trainingsession.h"

#include "batchloader.h"
#include "checkpoint.h"
#include "device.h"
#include "evaluation.h"
#include "trainercontrol.h"

#include "cost/costmodel.h"
#include "data/datasetcatalog.h"
#include "design/designerror.h"
#include "graph/compiler.h"
#include "io/atomicfile.h"
#include "nn/graphmodule.h"
#include "nn/initialization.h"
#include "presets/presets.h"

#include <ATen/Context.h>
#include <torch/torch.h>

#include <chrono>
#include <cmath>
#include <filesystem>

namespace denselab::training {

namespace {

using Clock = std::chrono::steady_clock;
constexpr auto kStepEventInterval = std::chrono::milliseconds(50);   // at most 20 step events a second

double seconds(Clock::duration d) { return std::chrono::duration<double>(d).count(); }

std::string shapeText(int c, int h, int w) { return std::to_string(c) + "x" + std::to_string(h) + "x" + std::to_string(w); }

// The dataset, split and limited as asked, and the design adapted to it.
struct PreparedData {
    data::Dataset dataset;
    data::ImageSet validation;
    Design design;
    std::string retargeted;
};

PreparedData prepareData(const TrainingConfig &config)
{
    PreparedData p;
    p.dataset = data::loadDataset(config.data.dataset, config.data.dir);
    data::truncate(p.dataset.train, config.data.limitTrain);
    data::truncate(p.dataset.test, config.data.limitTest);
    if (config.data.validationFraction > 0) {
        data::ImageSet &train = p.dataset.train;
        const auto held = std::size_t(std::lround(double(train.size()) * config.data.validationFraction));
        const std::size_t keep = train.size() - std::min(held, train.size() - 1);
        // Only the held-out tail is copied (the training split can be hundreds of MB).
        p.validation.channels = train.channels;
        p.validation.height = train.height;
        p.validation.width = train.width;
        p.validation.labels.assign(train.labels.begin() + long(keep), train.labels.end());
        p.validation.pixels.assign(train.pixels.begin() + long(keep * train.imageBytes()), train.pixels.end());
        data::truncate(train, long(keep));
    }
    p.design = config.design;
    const data::ImageSet &train = p.dataset.train;
    const InputShape stored{train.channels, train.height, train.width};
    InputShape input = p.design.input;
    std::vector<std::string> notes;
    if (!config.data.resize && !(input == stored)) {
        notes.push_back("input " + shapeText(input.channels, input.height, input.width) + " -> "
                        + shapeText(stored.channels, stored.height, stored.width));
        input = stored;
    } else if (config.data.resize && !(input == stored)) {
        notes.push_back("images resized " + shapeText(stored.channels, stored.height, stored.width) + " -> "
                        + shapeText(input.channels, input.height, input.width));
    }
    if (p.design.classes != p.dataset.classes)
        notes.push_back("classes " + std::to_string(p.design.classes) + " -> " + std::to_string(p.dataset.classes));
    if (!(input == p.design.input) || p.design.classes != p.dataset.classes)
        retarget(p.design, input, p.dataset.classes);
    for (const std::string &n : notes)
        p.retargeted += (p.retargeted.empty() ? "" : "; ") + n;
    return p;
}

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

std::unique_ptr<torch::optim::Optimizer> makeOptimizer(const Hyperparameters &h, std::vector<torch::Tensor> params)
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

void setLearningRate(torch::optim::Optimizer &optimizer, double lr)
{
    for (auto &group : optimizer.param_groups())
        group.options().set_lr(lr);
}

// Where a run stands; saved in the checkpoint manifest so a resume continues mid-epoch.
struct Position {
    int epoch = 0;
    long step = 0;                  // batches of `epoch` already trained
    long globalStep = 0;
    double lossSum = 0.0;           // of this epoch so far (sum of batch-mean losses)
    std::int64_t correct = 0;
    std::int64_t seen = 0;
    double stepSeconds = 0.0;       // training time of this epoch so far
    double elapsedSeconds = 0.0;    // training time of the whole run
    double bestTestAccuracy = -1.0;
    double lossScale = 65536.0;     // fp16 loss scaling

    nlohmann::json toJson() const
    {
        return {{"epoch", epoch},   {"step", step},        {"global_step", globalStep},
                {"loss_sum", lossSum}, {"correct", correct}, {"seen", seen},
                {"step_seconds", stepSeconds}, {"elapsed_seconds", elapsedSeconds},
                {"best_test_accuracy", bestTestAccuracy}, {"loss_scale", lossScale}};
    }
    static Position fromJson(const nlohmann::json &j)
    {
        Position p;
        p.epoch = j.value("epoch", 0);
        p.step = j.value("step", 0L);
        p.globalStep = j.value("global_step", 0L);
        p.lossSum = j.value("loss_sum", 0.0);
        p.correct = j.value("correct", std::int64_t(0));
        p.seen = j.value("seen", std::int64_t(0));
        p.stepSeconds = j.value("step_seconds", 0.0);
        p.elapsedSeconds = j.value("elapsed_seconds", 0.0);
        p.bestTestAccuracy = j.value("best_test_accuracy", -1.0);
        p.lossScale = j.value("loss_scale", 65536.0);
        return p;
    }
};

class Session {
public:
    explicit Session(TrainerControl &control) : m_control(control), m_config(control.record().config) {}
    void run();

private:
    void setUp();
    bool trainEpoch();              // false: stopped or diverged (state already set)
    bool finishEpoch();
    void saveLast() { saveCheckpoint(m_dir, "last", *m_model, m_optimizer.get(), m_position.toJson()); }
    void diverged(const std::string &what);
    void stopped();
    bool trainStep(const Batch &batch);
    void emitStep(double loss, double lr, long stepsPerEpoch);

    TrainerControl &m_control;
    TrainingConfig m_config;
    std::string m_dir;
    PreparedData m_data;
    LayerGraph m_graph;
    DeviceChoice m_device;
    Precision m_precision = Precision::Float32;
    nn::GraphModule m_model{nullptr};
    std::unique_ptr<torch::optim::Optimizer> m_optimizer;
    Position m_position;
    torch::Tensor m_lossTotal;      // device-side sums: no sync per step
    torch::Tensor m_correctTotal;
    Clock::time_point m_lastEvent;
    long m_imagesSinceEvent = 0;
    double m_latestLoss = 0.0;
    long m_stepsPerEpoch = 0;
};

void Session::setUp()
{
    m_dir = m_control.record().dir;
    m_device = chooseDevice(m_config.device, m_config.threads);
    m_precision = effectivePrecision(m_config.precision, m_device.device);
    if (m_device.device.is_cuda())
        at::globalContext().setBenchmarkCuDNN(true);
    m_data = prepareData(m_config);
    if (!m_data.retargeted.empty())
        m_control.log("design adapted to " + m_config.data.dataset + ": " + m_data.retargeted);
    m_graph = compile(m_data.design);
    const CostReport costs = computeCosts(m_graph);

    torch::manual_seed(m_config.seed);
    m_model = nn::GraphModule(m_graph);
    nn::initializeWeights(*m_model);
    m_model->to(m_device.device);
    if (m_device.device.is_cuda() && m_config.channelsLast)
        nn::toChannelsLast(*m_model);
    m_optimizer = makeOptimizer(m_config.hyper, m_model->parameters());

    if (!m_control.resumeDir().empty()) {
        m_position = Position::fromJson(loadCheckpoint(m_dir, "last", *m_model, m_optimizer.get(), m_device.device));
        m_control.log("resumed at epoch " + std::to_string(m_position.epoch + 1) + ", step "
                      + std::to_string(m_position.step));
    }
    m_control.updateRecord([&](RunRecord &r) {
        r.device = m_device.description;
        r.precision = toString(m_precision);
        r.retargeted = m_data.retargeted;
        r.params = costs.total.params;
        r.macs = costs.total.macs;
        r.trainedDesign = m_data.design;
        r.hasTrainedDesign = true;
        r.libraries = libraryVersions();
        r.config.hyper.epochs = m_config.hyper.epochs;
    });
}

void Session::emitStep(double loss, double lr, long stepsPerEpoch)
{
    const auto now = Clock::now();
    const double interval = std::max(1e-9, seconds(now - m_lastEvent));
    StepProgress s;
    s.epoch = m_position.epoch;
    s.step = m_position.step;
    s.stepsPerEpoch = stepsPerEpoch;
    s.globalStep = m_position.globalStep;
    s.loss = loss;
    s.learningRate = lr;
    s.imagesPerSecond = double(m_imagesSinceEvent) / interval;
    s.elapsedSeconds = m_position.elapsedSeconds;
    const double stepSeconds = m_position.step > 0 ? m_position.stepSeconds / double(m_position.step) : 0.0;
    const long remaining = (stepsPerEpoch - m_position.step) + long(m_config.hyper.epochs - 1 - m_position.epoch) * stepsPerEpoch;
    s.etaSeconds = stepSeconds * double(std::max(0L, remaining));
    TrainingEvent event;
    event.kind = TrainingEvent::Kind::Step;
    event.state = m_control.state();
    event.step = s;
    m_control.events().push(std::move(event));
    m_lastEvent = now;
    m_imagesSinceEvent = 0;
}

void Session::diverged(const std::string &what)
{
    std::string kept = "no checkpoint was written yet";
    if (hasCheckpoint(m_dir, "last")) {
        const nlohmann::json saved = checkpointState(m_dir, "last");
        const int epoch = saved.value("epoch", 0);
        const long step = saved.value("step", 0L);
        kept = "the last good checkpoint ("
               + (step == 0 ? "after epoch " + std::to_string(epoch)
                            : "epoch " + std::to_string(epoch + 1) + ", step " + std::to_string(step))
               + ") is kept";
    }
    m_control.setState(RunState::Diverged, what + " at epoch " + std::to_string(m_position.epoch + 1) + ", step "
                                               + std::to_string(m_position.step) + "; " + kept
                                               + ". Lower the learning rate.");
}

void Session::stopped()
{
    m_position.lossSum = m_lossTotal.item<double>();
    m_position.correct = m_correctTotal.item<std::int64_t>();
    if (!std::isfinite(m_position.lossSum)) {
        diverged("the loss became " + std::to_string(m_position.lossSum));
        return;
    }
    saveLast();
    m_control.setState(RunState::Stopped, "stopped at epoch " + std::to_string(m_position.epoch + 1) + ", step "
                                              + std::to_string(m_position.step) + "; resume to continue");
}

bool Session::trainStep(const Batch &batch)
{
    const bool cuda = m_device.device.is_cuda();
    const double lr = learningRate(m_config.hyper, m_position.epoch + double(m_position.step) / double(m_stepsPerEpoch));
    setLearningRate(*m_optimizer, lr);
    torch::manual_seed(mixSeed(m_config.seed, std::uint64_t(m_position.epoch), std::uint64_t(m_position.step)));

    torch::Tensor x = batch.images.to(m_device.device, /*non_blocking=*/true);
    const torch::Tensor y = batch.labels.to(m_device.device, /*non_blocking=*/true);
    if (cuda && m_config.channelsLast)
        x = x.contiguous(torch::MemoryFormat::ChannelsLast);

    const auto started = Clock::now();
    m_optimizer->zero_grad();
    const bool autocast = cuda && m_precision != Precision::Float32;
    if (autocast)
        setAutocast(true, m_precision == Precision::BFloat16 ? torch::kBFloat16 : torch::kHalf);
    const torch::Tensor logits = m_model->forward(x);
    if (autocast)
        setAutocast(false, torch::kFloat);
    const torch::Tensor loss = torch::nn::functional::cross_entropy(logits.to(torch::kFloat), y);

    if (m_precision == Precision::Float16) {
        // Dynamic loss scaling: skip steps whose gradients overflowed and halve the scale.
        (loss * m_position.lossScale).backward();
        std::vector<torch::Tensor> grads;
        for (const auto &p : m_model->parameters())
            if (p.grad().defined())
                grads.push_back(p.grad());
        torch::Tensor foundInf = torch::zeros({1}, torch::TensorOptions().device(m_device.device));
        torch::Tensor inverse = torch::full({1}, 1.0 / m_position.lossScale, torch::TensorOptions().device(m_device.device));
        at::_amp_foreach_non_finite_check_and_unscale_(grads, foundInf, inverse);
        if (foundInf.item<float>() == 0.0f)
            m_optimizer->step();
        else
            m_position.lossScale = std::max(1.0, m_position.lossScale / 2);
    } else {
        loss.backward();
        m_optimizer->step();
    }
    {
        torch::NoGradGuard noGrad;
        m_lossTotal.add_(loss.detach().to(torch::kDouble));
        m_correctTotal.add_(logits.argmax(1).eq(y).sum());
    }
    ++m_position.step;
    ++m_position.globalStep;
    m_position.seen += batch.labels.size(0);
    m_imagesSinceEvent += batch.labels.size(0);
    if (cuda && Clock::now() - m_lastEvent >= kStepEventInterval)
        torch::cuda::synchronize();   // honest step times for the event; costs one sync per 50 ms
    const double stepTime = seconds(Clock::now() - started);
    m_position.stepSeconds += stepTime;
    m_position.elapsedSeconds += stepTime;

    if (Clock::now() - m_lastEvent >= kStepEventInterval || m_position.step == m_stepsPerEpoch) {
        m_latestLoss = loss.item<double>();
        if (!std::isfinite(m_latestLoss)) {
            diverged("the loss became " + std::to_string(m_latestLoss));
            return false;
        }
        emitStep(m_latestLoss, lr, m_stepsPerEpoch);
    }
    return true;
}

bool Session::trainEpoch()
{
    const int epoch = m_position.epoch;
    const data::ImageSet &train = m_data.dataset.train;
    BatchLoader loader(train, epochOrder(std::int64_t(train.size()), m_config.seed, epoch), m_config.hyper.batchSize,
                       transformFor(m_data.dataset, m_data.design, m_config.data.augment, m_device.device.is_cuda()),
                       mixSeed(m_config.seed, 0xe90c, std::uint64_t(epoch)), m_position.step);
    m_stepsPerEpoch = loader.batchCount();
    const auto accumulator = torch::TensorOptions().device(m_device.device);
    m_lossTotal = torch::full({}, m_position.lossSum, accumulator.dtype(torch::kDouble));
    m_correctTotal = torch::full({}, m_position.correct, accumulator.dtype(torch::kLong));
    resetPeakMemory(m_device.device);
    m_model->train();
    m_lastEvent = Clock::now();
    m_imagesSinceEvent = 0;
    while (true) {
        if (!m_control.continueOrStop()) {
            stopped();
            return false;
        }
        const std::optional<Batch> batch = loader.next();
        if (!batch)
            break;
        if (!trainStep(*batch))
            return false;
    }
    m_position.lossSum = m_lossTotal.item<double>();
    m_position.correct = m_correctTotal.item<std::int64_t>();
    if (!std::isfinite(m_position.lossSum)) {
        diverged("the loss became " + std::to_string(m_position.lossSum));
        return false;
    }
    return true;
}

bool Session::finishEpoch()
{
    EpochMetrics m;
    m.epoch = m_position.epoch;
    const long steps = std::max(1L, m_position.step);
    m.trainLoss = m_position.lossSum / double(steps);
    m.trainAccuracy = m_position.seen ? double(m_position.correct) / double(m_position.seen) : 0.0;
    m.epochSeconds = m_position.stepSeconds;
    m.meanStepMilliseconds = 1000.0 * m_position.stepSeconds / double(steps);
    m.imagesPerSecond = m_position.stepSeconds > 0 ? double(m_position.seen) / m_position.stepSeconds : 0.0;
    m.learningRate = learningRate(m_config.hyper, m_position.epoch + 1.0);

    const BatchTransform plain = transformFor(m_data.dataset, m_data.design, false, m_device.device.is_cuda());
    const auto stop = [this] { return m_control.stopRequested(); };
    const bool channelsLast = m_device.device.is_cuda() && m_config.channelsLast;
    const std::optional<Evaluation> test = evaluate(*m_model, m_data.dataset.test, plain, m_config.hyper.batchSize,
                                                    m_device.device, m_precision, channelsLast, stop);
    std::optional<Evaluation> validation;
    if (test && !m_data.validation.labels.empty())
        validation = evaluate(*m_model, m_data.validation, plain, m_config.hyper.batchSize, m_device.device,
                              m_precision, channelsLast, stop);
    if (!test || (!m_data.validation.labels.empty() && !validation)) {
        stopped();   // the epoch's training is saved; a resume evaluates it
        return false;
    }
    m.testLoss = test->loss;
    m.testAccuracy = test->top1;
    m.testTop5 = test->top5;
    if (validation) {
        m.validationLoss = validation->loss;
        m.validationAccuracy = validation->top1;
    }
    m.peakMemoryBytes = peakMemoryBytes(m_device.device);
    if (!std::isfinite(m.testLoss)) {
        diverged("the test loss became " + std::to_string(m.testLoss));
        return false;
    }

    appendMetrics(m_dir, m);
    const bool best = m.testAccuracy > m_position.bestTestAccuracy;
    if (best)
        m_position.bestTestAccuracy = m.testAccuracy;
    Position next = m_position;
    next.epoch += 1;
    next.step = 0;
    next.lossSum = 0;
    next.correct = 0;
    next.seen = 0;
    next.stepSeconds = 0;
    std::swap(next, m_position);
    if (best)
        saveCheckpoint(m_dir, "best", *m_model, nullptr, m_position.toJson());
    saveLast();
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
    });
    TrainingEvent event;
    event.kind = TrainingEvent::Kind::Epoch;
    event.state = m_control.state();
    event.epoch = m;
    m_control.events().push(std::move(event));
    return true;
}

void Session::run()
{
    setUp();
    m_control.setState(RunState::Running);
    while (m_position.epoch < m_config.hyper.epochs) {
        if (!trainEpoch() || !finishEpoch())
            return;
    }
    m_control.setState(RunState::Finished);
}

} // namespace

void prepareRunDirectory(TrainerControl &control)
{
    if (!control.resumeDir().empty()) {
        const std::string dir = control.resumeDir();
        if (!hasCheckpoint(dir, "last"))
            throw io::FileError(dir + ": no checkpoint to resume from (last.json is missing)");
        const RunRecord saved = readRunRecord(dir);
        control.updateRecord([&](RunRecord &r) {
            const TrainingConfig config = r.config;   // the resume's (maybe more epochs)
            r = saved;
            r.config = config;
            r.status = RunState::Preparing;
            r.message.clear();
            r.endedAt.clear();
        });
        return;
    }
    const TrainingConfig config = control.record().config;
    const std::string runsDir = config.runsDir.empty() ? defaultRunsDir() : config.runsDir;
    const std::string dir = createRunDirectory(runsDir, config.design.name, config.data.dataset);
    control.updateRecord([&](RunRecord &r) {
        r.dir = dir;
        r.id = std::filesystem::path(dir).filename().string();
        r.designName = config.design.name;
        r.startedAt = isoTimeNow();
        r.status = RunState::Preparing;
    });
}

void runTrainingSession(TrainerControl &control)
{
    std::string failure;
    try {
        Session session(control);
        session.run();
        return;
    } catch (const data::DataError &e) {
        failure = std::string("dataset: ") + e.what();
    } catch (const DesignError &e) {
        failure = std::string("design: ") + e.what();
    } catch (const io::FileError &e) {
        failure = e.what();
    } catch (const std::exception &e) {
        // The session's tensors are gone by now (stack unwound), so cached blocks can be returned.
        if (isOutOfMemory(e)) {
            releaseCachedMemory();
            const int batch = control.record().config.hyper.batchSize;
            failure = "out of memory with batch " + std::to_string(batch) + " on " + control.record().device
                      + ": try --batch " + std::to_string(std::max(1, batch / 2));
        } else if (const auto *c10 = dynamic_cast<const c10::Error *>(&e)) {
            failure = c10->what_without_backtrace();
        } else {
            failure = e.what();
        }
    }
    try {
        control.setState(RunState::Failed, failure);
    } catch (const std::exception &e) {   // run.json itself cannot be written: still tell the reader
        TrainingEvent event;
        event.kind = TrainingEvent::Kind::Error;
        event.state = RunState::Failed;
        event.message = failure + " (and run.json could not be updated: " + e.what() + ")";
        control.events().push(std::move(event));
    }
    TrainingEvent event;
    event.kind = TrainingEvent::Kind::Error;
    event.state = RunState::Failed;
    event.message = failure;
    control.events().push(std::move(event));
}

} // namespace denselab::training
