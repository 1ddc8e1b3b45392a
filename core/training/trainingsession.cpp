// SPDX-License-Identifier: GPL-3.0-or-later
// The ordinary training run: the shared Engine's epochs, from scratch or resumed from "last".
#include "trainingsession.h"

#include "checkpoint.h"
#include "engine.h"
#include "torchrunbody.h"
#include "trainercontrol.h"

#include "io/atomicfile.h"

#include <nlohmann/json.hpp>

#include <filesystem>

namespace denselab::training {

namespace {

class TrainingBody : public TorchRunBody {
public:
    void prepare(TrainerControl &control) override { prepareRunDirectory(control, RunKind::Train); }

    void run(TrainerControl &control) override
    {
        Engine engine(control, control.record().config);
        engine.buildModel(engine.adaptedDesign());
        if (!control.resumeDir().empty() && hasCheckpoint(control.record().dir, "last")) {
            engine.loadCheckpointFrom(control.record().dir, "last", /*whole=*/true, /*restorePosition=*/true);
            control.log("resumed at epoch " + std::to_string(engine.position().epoch + 1) + ", step "
                        + std::to_string(engine.position().step));
        } else if (!control.resumeDir().empty()) {
            control.log("no checkpoint was written before the run ended: it starts from the beginning");
        }
        engine.recordSetUp();
        control.setState(RunState::Running);
        while (engine.position().epoch < engine.epochs()) {
            const EpochEnd trained = engine.trainEpoch();
            if (trained == EpochEnd::Stopped)
                engine.reportStopped();
            if (trained != EpochEnd::Completed || engine.finishEpoch() != EpochEnd::Completed)
                return;
        }
        control.setState(RunState::Finished);
    }
};

// Files a kill left half-written ("last-e2-s0.pt.tmp", "run.json.tmp"): never read, since the
// rename that would have made them real did not happen.
void removeTemporaryFiles(const std::string &dir)
{
    std::error_code ec;
    for (const auto &entry : std::filesystem::directory_iterator(dir, ec))
        if (entry.path().extension() == ".tmp")
            std::filesystem::remove(entry.path(), ec);
}

// A training run without a "last" checkpoint begins again: its metrics lines and any "best"
// checkpoint belong to the attempt that was killed.
void startOver(const std::string &dir)
{
    keepMetricsLines(dir, [](const std::string &, const nlohmann::json &) { return false; });
    std::error_code ec;
    for (const auto &entry : std::filesystem::directory_iterator(dir, ec))
        if (entry.path().extension() == ".pt" || entry.path().filename() == "best.json")
            std::filesystem::remove(entry.path(), ec);
}

} // namespace

void prepareRunDirectory(TrainerControl &control, RunKind kind)
{
    if (!control.resumeDir().empty()) {
        const std::string dir = control.resumeDir();
        const RunRecord saved = readRunRecord(dir);
        if (saved.kind != kind)
            throw io::FileError(dir + ": this is a " + std::string(toString(saved.kind)) + " run, not a "
                                + toString(kind) + " run");
        if (!hasCheckpoint(dir, "last")) {
            // Killed before its first checkpoint: a training run starts over in its own folder
            // (nothing trained was saved, so nothing is lost); search and pruning jobs need
            // their parent's state from a checkpoint.
            if (kind != RunKind::Train)
                throw io::FileError(dir + ": no checkpoint to resume from (last.json is missing)");
            startOver(dir);
        }
        removeTemporaryFiles(dir);
        control.rememberStatusBeforeResume(saved);
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
    // The settings as run.json will be read back: what could not be resumed is refused now,
    // before a folder exists (the app's and the CLI's own limits should already agree).
    configFromJson(toJson(config));
    const std::string runsDir = config.runsDir.empty() ? defaultRunsDir() : config.runsDir;
    const std::string dir = createRunDirectory(runsDir, config.design.name, config.data.dataset);
    try {
        control.updateRecord([&](RunRecord &r) {
            r.dir = dir;
            r.id = std::filesystem::path(dir).filename().string();
            r.designName = config.design.name;
            r.kind = kind;
            r.startedAt = isoTimeNow();
            r.status = RunState::Preparing;
        });
    } catch (const std::exception &) {
        // No run.json (a full disk): an empty folder would only be listed as a broken run.
        std::error_code ec;
        std::filesystem::remove_all(dir, ec);
        control.updateRecord([](RunRecord &r) { r.dir.clear(); });   // nothing left to write to
        throw;
    }
}

std::unique_ptr<RunBody> makeTrainingBody() { return std::make_unique<TrainingBody>(); }

// Trainer's two members that make an ordinary training run: here, with the body, on LibTorch's
// side (trainer.h).
Trainer::Trainer(TrainingConfig config) : Trainer(std::move(config), std::string(), makeTrainingBody()) {}

std::unique_ptr<Trainer> Trainer::resumeRun(const std::string &runDir, int epochs)
{
    RunRecord record = readRunRecord(runDir);
    if (epochs > 0)
        record.config.hyper.epochs = epochs;
    return std::make_unique<Trainer>(record.config, runDir, makeTrainingBody());
}

} // namespace denselab::training
