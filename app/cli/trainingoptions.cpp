// SPDX-License-Identifier: GPL-3.0-or-later
#include "trainingoptions.h"

#include <sstream>

namespace denselab::cli {

namespace {

using namespace training;

std::vector<int> parseMilestones(const std::string &text)
{
    std::vector<int> result;
    std::stringstream in(text);
    std::string item;
    while (std::getline(in, item, ',')) {
        try {
            std::size_t used = 0;
            const int v = std::stoi(item, &used);
            if (used != item.size() || v < 0 || v > kMaxTrainingEpochs)
                throw std::invalid_argument(item);
            result.push_back(v);
        } catch (const std::exception &) {
            throw UsageError("--milestones: \"" + text + "\" is not a comma-separated list of epochs");
        }
    }
    return result;
}

template <typename Enum>
Enum enumOption(Arguments &args, const std::string &option, Enum fallback, const std::vector<std::string> &names)
{
    const std::string text = args.choice(option, names, toString(fallback));
    Enum value = fallback;
    parse(text, value);
    return value;
}

} // namespace

TrainingConfig trainingConfigFrom(Arguments &args, bool gammaIsTaken)
{
    TrainingConfig c;
    c.recipe = args.value("--recipe").value_or("demo");
    try {
        c.hyper = recipe(c.recipe);
    } catch (const std::invalid_argument &e) {
        throw UsageError(std::string("--recipe: ") + e.what());
    }
    Hyperparameters &h = c.hyper;
    h.epochs = args.integer("--epochs", h.epochs, 1, kMaxTrainingEpochs);
    h.batchSize = args.integer("--batch", h.batchSize, 1, kMaxBatch);
    h.optimizer = enumOption(args, "--optimizer", h.optimizer, {"sgd", "adam", "adamw"});
    h.learningRate = args.number("--lr", h.learningRate, 0.0);
    h.momentum = args.number("--momentum", h.momentum, 0.0, 1.0);
    if (args.flag("--nesterov"))
        h.nesterov = true;
    h.weightDecay = args.number("--weight-decay", h.weightDecay, 0.0);
    h.schedule = enumOption(args, "--schedule", h.schedule, {"constant", "step", "cosine"});
    if (const auto m = args.value("--milestones"))
        h.milestones = parseMilestones(*m);
    if (!gammaIsTaken)
        h.gamma = args.number("--gamma", h.gamma, 0.0);
    h.gamma = args.number("--lr-gamma", h.gamma, 0.0);
    h.warmupEpochs = args.number("--warmup", h.warmupEpochs, 0.0, kMaxTrainingEpochs);
    c.data.dataset = args.choice("--dataset", {"fashion-mnist", "mnist", "cifar10", "cifar100", "svhn"},
                                 "fashion-mnist");
    c.data.dir = args.value("--data").value_or("");
    c.data.limitTrain = args.integer("--limit-train", 0, 0);
    c.data.limitTest = args.integer("--limit-test", 0, 0);
    // --validation: a fraction of the training images (below 1) or a number of them.
    const double validation = args.number("--validation", 0.0, 0.0, 2e9);
    if (validation >= 1.0) {
        if (validation != double(long(validation)))
            throw UsageError("--validation: expected a fraction below 1 or a whole number of images, got "
                             + std::to_string(validation));
        c.data.validationCount = long(validation);
    } else {
        if (validation > 0.99)
            throw UsageError("--validation: " + std::to_string(validation) + " would leave almost no training images (at most 0.99)");
        c.data.validationFraction = validation;
    }
    c.data.augment = !args.flag("--no-augment");
    c.data.resize = args.flag("--resize");
    c.device = args.value("--device").value_or("auto");
    c.precision = enumOption(args, "--precision", c.precision, {"auto", "fp32", "bf16", "fp16"});
    c.channelsLast = !args.flag("--no-channels-last");
    c.memoryEfficient = args.choice("--memory", {"standard", "efficient"}, "standard") == "efficient";
    c.engine = enumOption(args, "--engine", c.engine, {"fast", "plain"});
    c.threads = args.threads();
    c.seed = std::uint64_t(args.integer("--seed", 1, 0));
    c.runsDir = args.value("--runs-dir").value_or("");
    return c;
}

} // namespace denselab::cli
