// SPDX-License-Identifier: GPL-3.0-or-later
#include "runfollower.h"

#include "training/trainer.h"

#include <unistd.h>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <iostream>

namespace denselab::cli {

namespace {

using namespace training;

std::atomic<bool> g_interrupted{false};

extern "C" void onInterrupt(int) { g_interrupted = true; }

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

RunRecord followRun(Trainer &run, bool text, std::ostream &out,
                    const std::function<bool(const TrainingEvent &)> &print)
{
    g_interrupted = false;
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    const bool tty = text && ::isatty(STDERR_FILENO);
    const int epochs = run.record().config.hyper.epochs;
    if (text)
        out << "run " << run.runDir() << '\n' << std::flush;
    bool stopping = false;
    for (;;) {
        if (g_interrupted && !stopping) {
            stopping = true;
            run.stop();
            if (text)
                std::fprintf(stderr, "%sstopping after this step...\n", tty ? "\n" : "");
        }
        std::optional<TrainingEvent> event = run.events().next(std::chrono::milliseconds(100));
        if (!event) {
            if (run.events().closed())
                break;
            continue;
        }
        if (!text)
            continue;
        if (print && print(*event)) {
            out << std::flush;
            continue;
        }
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
            if (tty)
                std::fprintf(stderr, "\r\033[K");
            out << event->message << '\n' << std::flush;
            break;
        default:
            break;
        }
    }
    run.wait();
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    const RunRecord record = run.record();
    if (text) {
        out << "run " << toString(record.status) << ": " << record.dir << '\n';
        if (!record.message.empty())
            out << record.message << '\n';
    }
    return record;
}

int exitStatusOf(const RunRecord &record)
{
    if (record.status == RunState::Failed || record.status == RunState::Diverged) {
        std::cerr << "denselab-cli: run " << toString(record.status) << ": " << record.message << '\n';
        return 1;
    }
    return 0;
}

} // namespace denselab::cli
