// SPDX-License-Identifier: GPL-3.0-or-later
#include "trainingconfig.h"

#include "design/designerror.h"
#include "io/designjson.h"
#include "io/jsonreader.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <limits>
#include <stdexcept>
#include <thread>

namespace denselab::training {

const std::vector<std::string> &recipeNames()
{
    static const std::vector<std::string> names = {"demo", "threshnet-cifar10", "threshnet-cifar100"};
    return names;
}

Hyperparameters recipe(const std::string &name)
{
    Hyperparameters h;
    if (name == "demo") {
        // Quick CPU runs (teaching, tests): Adam converges in a couple of epochs without tuning.
        h.epochs = 2;
        h.batchSize = 64;
        h.optimizer = OptimizerKind::Adam;
        h.learningRate = 0.002;
        h.schedule = ScheduleKind::Cosine;
        return h;
    }
    if (name == "threshnet-cifar10") {
        // ThreshNet paper, CIFAR-10: Adam, lr 0.001, batch 100, 300 epochs.
        h.epochs = 300;
        h.batchSize = 100;
        h.optimizer = OptimizerKind::Adam;
        h.learningRate = 0.001;
        h.schedule = ScheduleKind::Constant;
        return h;
    }
    if (name == "threshnet-cifar100") {
        // ThreshNet paper, CIFAR-100: SGD Nesterov 0.9, lr 0.1 / 5 at epochs 60, 120, 160,
        // batch 128, weight decay 5e-4, 200 epochs.
        h.epochs = 200;
        h.batchSize = 128;
        h.optimizer = OptimizerKind::SGD;
        h.momentum = 0.9;
        h.nesterov = true;
        h.learningRate = 0.1;
        h.weightDecay = 5e-4;
        h.schedule = ScheduleKind::Step;
        h.milestones = {60, 120, 160};
        h.gamma = 0.2;
        return h;
    }
    std::string known;
    for (const std::string &n : recipeNames())
        known += (known.empty() ? "" : ", ") + n;
    throw std::invalid_argument("unknown recipe '" + name + "' (known: " + known + ")");
}

double learningRate(const Hyperparameters &h, double progress)
{
    double lr = h.learningRate;
    switch (h.schedule) {
    case ScheduleKind::Constant:
        break;
    case ScheduleKind::Step:
        for (const int m : h.milestones)
            if (progress >= m)
                lr *= h.gamma;
        break;
    case ScheduleKind::Cosine: {
        const double span = std::max(1e-9, h.epochs - h.warmupEpochs);
        const double t = std::clamp((progress - h.warmupEpochs) / span, 0.0, 1.0);
        lr *= 0.5 * (1.0 + std::cos(M_PI * t));
        break;
    }
    }
    if (h.warmupEpochs > 0 && progress < h.warmupEpochs)
        lr *= progress / h.warmupEpochs;
    return lr;
}

const char *toString(OptimizerKind kind)
{
    switch (kind) {
    case OptimizerKind::SGD: return "sgd";
    case OptimizerKind::Adam: return "adam";
    case OptimizerKind::AdamW: return "adamw";
    }
    return "?";
}

const char *toString(ScheduleKind kind)
{
    switch (kind) {
    case ScheduleKind::Constant: return "constant";
    case ScheduleKind::Step: return "step";
    case ScheduleKind::Cosine: return "cosine";
    }
    return "?";
}

const char *toString(Precision precision)
{
    switch (precision) {
    case Precision::Auto: return "auto";
    case Precision::Float32: return "fp32";
    case Precision::BFloat16: return "bf16";
    case Precision::Float16: return "fp16";
    }
    return "?";
}

const char *toString(TrainingEngine engine)
{
    switch (engine) {
    case TrainingEngine::Plain: return "plain";
    case TrainingEngine::Fast: return "fast";
    }
    return "?";
}

namespace {

template <typename Enum, std::size_t N>
bool parseNamed(const std::string &text, Enum &out, const Enum (&values)[N])
{
    for (const Enum v : values) {
        if (text == toString(v)) {
            out = v;
            return true;
        }
    }
    return false;
}

template <typename Enum>
Enum enumField(io::JsonObjectReader &r, const char *key, Enum fallback)
{
    if (!r.has(key))
        return fallback;
    const std::string name = r.requiredString(key);
    Enum value = fallback;
    if (!parse(name, value))
        io::failAt(r.pointerOf(key), "unknown value \"" + name + "\"");
    return value;
}

} // namespace

bool parse(const std::string &text, OptimizerKind &out)
{
    return parseNamed(text, out, {OptimizerKind::SGD, OptimizerKind::Adam, OptimizerKind::AdamW});
}

bool parse(const std::string &text, ScheduleKind &out)
{
    return parseNamed(text, out, {ScheduleKind::Constant, ScheduleKind::Step, ScheduleKind::Cosine});
}

bool parse(const std::string &text, Precision &out)
{
    return parseNamed(text, out, {Precision::Auto, Precision::Float32, Precision::BFloat16, Precision::Float16});
}

bool parse(const std::string &text, TrainingEngine &out)
{
    return parseNamed(text, out, {TrainingEngine::Plain, TrainingEngine::Fast});
}

nlohmann::json toJson(const TrainingConfig &c)
{
    const Hyperparameters &h = c.hyper;
    return {
        {"design", io::designToJson(c.design)},
        {"recipe", c.recipe},
        {"hyperparameters",
         {{"epochs", h.epochs}, {"batch", h.batchSize}, {"optimizer", toString(h.optimizer)},
          {"lr", h.learningRate}, {"momentum", h.momentum}, {"nesterov", h.nesterov},
          {"weight_decay", h.weightDecay}, {"schedule", toString(h.schedule)}, {"milestones", h.milestones},
          {"gamma", h.gamma}, {"warmup_epochs", h.warmupEpochs}}},
        {"data",
         {{"dataset", c.data.dataset}, {"dir", c.data.dir}, {"limit_train", c.data.limitTrain},
          {"limit_test", c.data.limitTest}, {"validation", c.data.validationFraction},
          {"validation_count", c.data.validationCount},
          {"augment", c.data.augment}, {"resize", c.data.resize}}},
        {"device", c.device},
        {"precision", toString(c.precision)},
        {"channels_last", c.channelsLast},
        {"memory_efficient", c.memoryEfficient},
        {"engine", toString(c.engine)},
        {"threads", c.threads},
        {"seed", c.seed},
    };
}

TrainingConfig configFromJson(const nlohmann::json &j)
{
    // Every number is range-checked: a hand-edited or damaged run.json must not start a run
    // with batch 0, negative epochs or a thousand threads (#15). Unknown keys are tolerated,
    // so a newer DenseLab's run folders still open.
    using io::JsonObjectReader;
    constexpr int kMaxInt = std::numeric_limits<int>::max();
    constexpr double kHuge = std::numeric_limits<double>::max();
    TrainingConfig c;
    try {
        JsonObjectReader r(j, "/config");
        try {
            c.design = io::designFromJson(r.required("design"));
        } catch (const DesignError &e) {
            throw DesignError(r.pointerOf("design") + e.what());   // "/config/design/stages/0/..."
        }
        c.recipe = r.string("recipe", std::string());
        JsonObjectReader h(r.required("hyperparameters"), r.pointerOf("hyperparameters"));
        c.hyper.epochs = h.integer("epochs", c.hyper.epochs, 1, kMaxTrainingEpochs);
        c.hyper.batchSize = h.integer("batch", c.hyper.batchSize, 1, kMaxBatch);
        c.hyper.optimizer = enumField(h, "optimizer", c.hyper.optimizer);
        c.hyper.learningRate = h.number("lr", c.hyper.learningRate, 0.0, kHuge);
        c.hyper.momentum = h.number("momentum", c.hyper.momentum, 0.0, 1.0);
        c.hyper.nesterov = h.boolean("nesterov", c.hyper.nesterov);
        c.hyper.weightDecay = h.number("weight_decay", c.hyper.weightDecay, 0.0, kHuge);
        c.hyper.schedule = enumField(h, "schedule", c.hyper.schedule);
        c.hyper.milestones = h.integers("milestones", {}, 0, kMaxTrainingEpochs, kMaxTrainingEpochs);
        c.hyper.gamma = h.number("gamma", c.hyper.gamma, 0.0, kHuge);
        c.hyper.warmupEpochs = h.number("warmup_epochs", 0.0, 0.0, kMaxTrainingEpochs);
        JsonObjectReader d(r.required("data"), r.pointerOf("data"));
        c.data.dataset = d.requiredString("dataset");
        c.data.dir = d.string("dir", std::string());
        c.data.limitTrain = d.integer("limit_train", 0, 0, kMaxInt);
        c.data.limitTest = d.integer("limit_test", 0, 0, kMaxInt);
        c.data.validationFraction = d.number("validation", 0.0, 0.0, 0.99);
        c.data.validationCount = d.integer("validation_count", 0, 0, kMaxInt);
        c.data.augment = d.boolean("augment", true);
        c.data.resize = d.boolean("resize", false);
        c.device = r.string("device", std::string("auto"));
        c.precision = enumField(r, "precision", c.precision);
        c.channelsLast = r.boolean("channels_last", true);
        c.memoryEfficient = r.boolean("memory_efficient", false);   // runs before #14 were standard
        c.engine = enumField(r, "engine", TrainingEngine::Plain);    // and ran on the plain engine
        // More threads than this machine has cores are capped where they are used (usableThreads):
        // a run recorded on a bigger machine still resumes here.
        c.threads = r.integer("threads", 0, 0, kMaxInt);
        if (r.has("seed")) {
            const nlohmann::json &seed = r.required("seed");
            if (!seed.is_number_unsigned())
                io::failAt(r.pointerOf("seed"), "expected a non-negative integer, got " + io::describeValue(seed));
            c.seed = seed.get<std::uint64_t>();
        }
    } catch (const nlohmann::json::exception &e) {
        throw DesignError(std::string("run configuration: ") + e.what());
    }
    return c;
}

int usableThreads(int requested)
{
    const int cores = machineCores();
    return requested <= 0 ? cores : std::min(requested, cores);
}

int machineCores() { return int(std::max(1u, std::thread::hardware_concurrency())); }

std::string defaultDataDir()
{
    if (const char *xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg)
        return std::string(xdg) + "/denselab";
    if (const char *home = std::getenv("HOME"); home && *home)
        return std::string(home) + "/.local/share/denselab";
    return "denselab-data";
}

std::string defaultRunsDir()
{
    return defaultDataDir() + "/runs";
}

} // namespace denselab::training
