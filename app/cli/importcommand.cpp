// SPDX-License-Identifier: GPL-3.0-or-later
// `denselab-cli import torchvision-weights`: a state_dict that Python wrote (torchvision's
// DenseNet and ResNet keys, or DenseLab's own from `export pytorch`) becomes a run that can be
// fine-tuned (train --resume), pruned or searched (--parent).
#include "commands.h"

#include "designsource.h"
#include "runfollower.h"
#include "trainingoptions.h"

#include "design/designerror.h"
#include "export/weightsimport.h"
#include "io/designjson.h"
#include "presets/presets.h"
#include "training/trainer.h"

#include <nlohmann/json.hpp>

namespace denselab::cli {

int runImport(const std::string &what, Arguments &args, std::ostream &out)
{
    if (what != "torchvision-weights")
        throw UsageError("import: expected \"import torchvision-weights FILE.pth (--preset NAME | DESIGN.json)\"");
    const std::string format = args.choice("--format", {"text", "json"}, "text");
    training::TrainingConfig config = trainingConfigFrom(args);
    const auto preset = args.value("--preset");
    const auto input = args.value("--input");
    const int classes = args.integer("--classes", 0, 1);
    const std::vector<std::string> files = args.positionals();
    if (files.size() != (preset ? 1u : 2u))
        args.rejectUnknownOptions();   // a misspelt option's value is often the extra word
    if (files.empty())
        throw UsageError("import torchvision-weights: the state_dict file (FILE.pth) is missing");
    if (files.size() != (preset ? 1u : 2u))
        throw UsageError("import torchvision-weights: give FILE.pth and the design, as --preset NAME or DESIGN.json");
    args.finish();
    config.design = preset ? loadPreset(*preset) : io::readDesignFile(files[1]);
    if (input || classes > 0)
        retarget(config.design, input ? parseInputShape(*input) : config.design.input,
                 classes > 0 ? classes : config.design.classes);

    std::vector<std::pair<std::string, io::StateTensor>> state;
    try {
        state = io::readTorchStateDict(files[0]);
    } catch (const io::TorchFileError &e) {
        throw UsageError(e.what());
    }
    auto summary = std::make_shared<exporting::ImportSummary>();
    training::Trainer trainer(config, std::string(), exporting::makeWeightsImportBody(std::move(state), files[0], summary));
    try {
        trainer.start();
    } catch (const std::exception &e) {
        throw UsageError(e.what());
    }
    const training::RunRecord record = followRun(trainer, format == "text", out);
    if (format == "json") {
        out << nlohmann::json{{"run_dir", record.dir},          {"status", toString(record.status)},
                              {"copied", summary->copied.size()}, {"initialized", summary->initialized},
                              {"mapping", summary->mapping},
                              {"unused", summary->unused},       {"message", record.message}}
                   .dump()
            << '\n';
    } else if (!summary->initialized.empty()) {
        out << "left at DenseLab's initialization:\n";
        for (const std::string &key : summary->initialized)
            out << "  " << key << '\n';
    }
    return exitStatusOf(record);
}

} // namespace denselab::cli
