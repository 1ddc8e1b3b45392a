// SPDX-License-Identifier: GPL-3.0-or-later
#include "trainingconfig.h"

#include "design/designerror.h"
#include "io/designjson.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdlib>
#include <stdexcept>

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
Enum enumField(const nlohmann::json &j, const char *key, Enum fallback)
{
    if (!j.contains(key))
        return fallback;
    Enum value = fallback;
    if (!j.at(key).is_string() || !parse(j.at(key).get<std::string>(), value))
        throw DesignError(std::string("run configuration: unknown value for \"") + key + "\": " + j.at(key).dump());
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
        {"threads", c.threads},
        {"seed", c.seed},
    };
}

TrainingConfig configFromJson(const nlohmann::json &j)
{
    TrainingConfig c;
    try {
        c.design = io::parseDesign(j.at("design").dump(), "run.json#/design");
        c.recipe = j.value("recipe", std::string());
        const auto &h = j.at("hyperparameters");
        c.hyper.epochs = h.at("epochs").get<int>();
        c.hyper.batchSize = h.at("batch").get<int>();
        c.hyper.optimizer = enumField(h, "optimizer", c.hyper.optimizer);
        c.hyper.learningRate = h.at("lr").get<double>();
        c.hyper.momentum = h.value("momentum", c.hyper.momentum);
        c.hyper.nesterov = h.value("nesterov", c.hyper.nesterov);
        c.hyper.weightDecay = h.value("weight_decay", c.hyper.weightDecay);
        c.hyper.schedule = enumField(h, "schedule", c.hyper.schedule);
        c.hyper.milestones = h.value("milestones", std::vector<int>());
        c.hyper.gamma = h.value("gamma", c.hyper.gamma);
        c.hyper.warmupEpochs = h.value("warmup_epochs", 0.0);
        const auto &d = j.at("data");
        c.data.dataset = d.at("dataset").get<std::string>();
        c.data.dir = d.value("dir", std::string());
        c.data.limitTrain = d.value("limit_train", 0L);
        c.data.limitTest = d.value("limit_test", 0L);
        c.data.validationFraction = d.value("validation", 0.0);
        c.data.validationCount = d.value("validation_count", 0L);
        c.data.augment = d.value("augment", true);
        c.data.resize = d.value("resize", false);
        c.device = j.value("device", std::string("auto"));
        c.precision = enumField(j, "precision", c.precision);
        c.channelsLast = j.value("channels_last", true);
        c.threads = j.value("threads", 0);
        c.seed = j.value("seed", std::uint64_t(1));
    } catch (const nlohmann::json::exception &e) {
        throw DesignError(std::string("run configuration: ") + e.what());
    }
    return c;
}

std::string defaultRunsDir()
{
    if (const char *xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg)
        return std::string(xdg) + "/denselab/runs";
    if (const char *home = std::getenv("HOME"); home && *home)
        return std::string(home) + "/.local/share/denselab/runs";
    return "denselab-runs";
}

} // namespace denselab::training
