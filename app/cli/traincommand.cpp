// SPDX-License-Identifier: GPL-3.0-or-later
// `denselab-cli train`: trains a design in the background trainer and follows its events.
// Ctrl-C stops the run cleanly (checkpoint written), leaving it resumable with --resume.
#include "commands.h"

#include "designsource.h"
#include "runfollower.h"
#include "trainingoptions.h"

#include "training/trainer.h"

#include <nlohmann/json.hpp>

#include <memory>

namespace denselab::cli {

using namespace training;

int runTrain(Arguments &args, std::ostream &out)
{
    const std::string format = args.choice("--format", {"text", "json"}, "text");
    std::unique_ptr<Trainer> trainer;
    if (const auto resumeDir = args.value("--resume")) {
        const int epochs = args.integer("--epochs", 0, 1, training::kMaxTrainingEpochs);
        args.finish();
        try {
            trainer = Trainer::resumeRun(*resumeDir, epochs);
        } catch (const std::exception &e) {
            throw UsageError(std::string("--resume: ") + e.what());
        }
    } else {
        TrainingConfig config = trainingConfigFrom(args);
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
    const RunRecord record = followRun(*trainer, format == "text", out);
    if (format == "json") {
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
    return exitStatusOf(record);
}

} // namespace denselab::cli
