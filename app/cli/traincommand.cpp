// SPDX-License-Identifier: GPL-3.0-or-later
// `denselab-cli train`: trains a design in the background trainer and follows its events.
// Ctrl-C stops the run cleanly (checkpoint written), leaving it resumable with --resume.
#include "commands.h"

#include "designsource.h"
#include "design/designerror.h"
#include "training/trainer.h"

#include <nlohmann/json.hpp>

#include <unistd.h>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <iostream>
#include <memory>
#include <sstream>

namespace denselab::cli {
namespace {

using namespace training;

std::atomic<bool> g_interrupted{false};

extern "C" void onInterrupt(int) { g_interrupted = true; }

std::vector<int> parseMilestones(const std::string &text)
{
    std::vector<int> result;
    std::stringstream in(text);
    std::string item;
    while (std::getline(in, item, ',')) {
        try {
            std::size_t used = 0;
            const int v = std::stoi(item, &used);
            if (used != item.size() || v < 0)
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

TrainingConfig configFrom(Arguments &args)
{
    TrainingConfig c;
    c.recipe = args.value("--recipe").value_or("demo");
    try {
        c.hyper = recipe(c.recipe);
    } catch (const std::invalid_argument &e) {
        throw UsageError(std::string("--recipe: ") + e.what());
    }
    Hyperparameters &h = c.hyper;
    h.epochs = args.integer("--epochs", h.epochs, 1);
    h.batchSize = args.integer("--batch", h.batchSize, 1);
    h.optimizer = enumOption(args, "--optimizer", h.optimizer, {"sgd", "adam", "adamw"});
    h.learningRate = args.number("--lr", h.learningRate, 0.0);
    h.momentum = args.number("--momentum", h.momentum, 0.0);
    if (args.flag("--nesterov"))
        h.nesterov = true;
    h.weightDecay = args.number("--weight-decay", h.weightDecay, 0.0);
    h.schedule = enumOption(args, "--schedule", h.schedule, {"constant", "step", "cosine"});
    if (const auto m = args.value("--milestones"))
        h.milestones = parseMilestones(*m);
    h.gamma = args.number("--gamma", h.gamma, 0.0);
    h.warmupEpochs = args.number("--warmup", h.warmupEpochs, 0.0);
    c.data.dataset = args.choice("--dataset", {"fashion-mnist", "mnist", "cifar10", "cifar100", "svhn"},
                                 "fashion-mnist");
    c.data.dir = args.value("--data").value_or("");
    c.data.limitTrain = args.integer("--limit-train", 0, 0);
    c.data.limitTest = args.integer("--limit-test", 0, 0);
    c.data.validationFraction = args.number("--validation", 0.0, 0.0);
    if (c.data.validationFraction >= 1.0)
        throw UsageError("--validation: expected a fraction below 1, got " + std::to_string(c.data.validationFraction));
    c.data.augment = !args.flag("--no-augment");
    c.data.resize = args.flag("--resize");
    c.device = args.value("--device").value_or("auto");
    c.precision = enumOption(args, "--precision", c.precision, {"auto", "fp32", "bf16", "fp16"});
    c.channelsLast = !args.flag("--no-channels-last");
    c.threads = args.integer("--threads", 0, 0);
    c.seed = std::uint64_t(args.integer("--seed", 1, 0));
    c.runsDir = args.value("--runs-dir").value_or("");
    return c;
}

std::string duration(double seconds)
{
    char text[32];
    const long s = long(seconds + 0.5);
    if (s >= 3600)
        std::snprintf(text, sizeof text, "%ldh%02ldm", s / 3600, (s / 60) % 60);
    else
        std::snprintf(text, sizeof text, "%ldm%02lds", s / 60, s % 60);
    return text;
}

void printProgress(const StepProgress &s, int epochs, bool tty)
{
    const int width = 24;
    const double done = s.stepsPerEpoch ? double(s.step) / double(s.stepsPerEpoch) : 0.0;
    std::string bar(std::size_t(width), ' ');
    for (int i = 0; i < int(done * width + 0.5); ++i)
        bar[std::size_t(i)] = '#';
    char line[200];
    std::snprintf(line, sizeof line, "epoch %d/%d [%s] %ld/%ld  loss %.4f  %.0f img/s  ETA %s", s.epoch + 1, epochs,
                  bar.c_str(), s.step, s.stepsPerEpoch, s.loss, s.imagesPerSecond, duration(s.etaSeconds).c_str());
    if (tty)
        std::fprintf(stderr, "\r%s\033[K", line);
}

} // namespace

int runTrain(Arguments &args, std::ostream &out)
{
    const std::string format = args.choice("--format", {"text", "json"}, "text");
    std::unique_ptr<Trainer> trainer;
    if (const auto resumeDir = args.value("--resume")) {
        const int epochs = args.integer("--epochs", 0, 1);
        args.finish();
        try {
            trainer = Trainer::resumeRun(*resumeDir, epochs);
        } catch (const std::exception &e) {
            throw UsageError(std::string("--resume: ") + e.what());
        }
    } else {
        TrainingConfig config = configFrom(args);
        DesignSource source = readDesignSource(args);
        args.finish();
        config.design = source.design;
        trainer = std::make_unique<Trainer>(config);
    }
    try {
        trainer->start();
    } catch (const std::exception &e) {
        throw UsageError(e.what());
    }
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    const bool text = format == "text";
    const bool tty = text && ::isatty(STDERR_FILENO);
    const int epochs = trainer->record().config.hyper.epochs;
    if (text)
        out << "run " << trainer->runDir() << '\n' << std::flush;
    bool stopping = false;
    for (;;) {
        if (g_interrupted && !stopping) {
            stopping = true;
            trainer->stop();
            if (text)
                std::fprintf(stderr, "%sstopping after this step...\n", tty ? "\n" : "");
        }
        std::optional<TrainingEvent> event = trainer->events().next(std::chrono::milliseconds(100));
        if (!event) {
            if (trainer->events().closed())
                break;
            continue;
        }
        if (!text)
            continue;
        switch (event->kind) {
        case TrainingEvent::Kind::Step:
            printProgress(*event->step, epochs, tty);
            break;
        case TrainingEvent::Kind::Epoch: {
            const EpochMetrics &m = *event->epoch;
            char line[256];
            std::snprintf(line, sizeof line,
                          "epoch %d/%d: train loss %.4f acc %.4f | test loss %.4f acc %.4f top-5 %.4f | %.1f s, "
                          "%.0f img/s\n",
                          m.epoch + 1, epochs, m.trainLoss, m.trainAccuracy, m.testLoss, m.testAccuracy, m.testTop5,
                          m.epochSeconds, m.imagesPerSecond);
            if (tty)
                std::fprintf(stderr, "\r\033[K");
            out << line << std::flush;
            break;
        }
        case TrainingEvent::Kind::Log:
            out << event->message << '\n' << std::flush;
            break;
        case TrainingEvent::Kind::State:
        case TrainingEvent::Kind::Error:
            break;
        }
    }
    trainer->wait();
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    const RunRecord record = trainer->record();
    if (text) {
        out << "run " << toString(record.status) << ": " << record.dir << '\n';
        if (!record.message.empty())
            out << record.message << '\n';
    } else {
        out << nlohmann::json{{"run_dir", record.dir},
                              {"status", toString(record.status)},
                              {"epochs", record.epochsDone},
                              {"test_accuracy", record.lastTestAccuracy},
                              {"test_loss", record.lastTestLoss},
                              {"train_images_per_second", record.trainImagesPerSecond},
                              {"device", record.device},
                              {"message", record.message}}
                   .dump()
            << '\n';
    }
    if (record.status == RunState::Failed || record.status == RunState::Diverged) {
        std::cerr << "denselab-cli: run " << toString(record.status) << ": " << record.message << '\n';
        return 1;
    }
    return 0;
}

} // namespace denselab::cli
