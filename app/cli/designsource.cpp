// SPDX-License-Identifier: GPL-3.0-or-later
#include "designsource.h"

#include "io/designjson.h"
#include "presets/presets.h"
#include "training/runrecord.h"

#include <cstdlib>

namespace denselab::cli {

InputShape parseInputShape(const std::string &text)
{
    int values[3] = {0, 0, 0};
    std::size_t start = 0;
    for (int i = 0; i < 3; ++i) {
        const std::size_t end = i < 2 ? text.find_first_of("x,", start) : text.size();
        if (end == std::string::npos)
            break;
        const std::string part = text.substr(start, end - start);
        char *stop = nullptr;
        const long v = std::strtol(part.c_str(), &stop, 10);
        if (part.empty() || *stop != '\0' || v < 1 || v > 16384)
            throw UsageError("--input: expected CxHxW with positive integers (e.g. 1x28x28), got \"" + text + "\"");
        values[i] = static_cast<int>(v);
        start = end + 1;
    }
    if (values[2] == 0)
        throw UsageError("--input: expected CxHxW with positive integers (e.g. 1x28x28), got \"" + text + "\"");
    return {values[0], values[1], values[2]};
}

DesignSource readDesignSource(Arguments &args)
{
    const auto preset = args.value("--preset");
    const auto input = args.value("--input");
    const int classes = args.integer("--classes", 0, 1);
    const std::vector<std::string> files = args.positionals();
    if ((preset && !files.empty()) || files.size() > 1)
        args.rejectUnknownOptions();   // "--epoch 3": name the option, not the "3" it left behind
    if (preset && !files.empty())   // often the value of a misspelt option ("--epoch 3")
        throw UsageError("give either --preset NAME or a design FILE, not both (\"" + files.front()
                         + "\" was read as a design file)");
    if (!preset && files.size() != 1)
        throw UsageError(files.empty() ? "no design given: use --preset NAME or a design FILE.json"
                                       : "more than one design file given");
    DesignSource source;
    source.label = preset ? *preset : files.front();
    source.design = preset ? loadPreset(*preset) : io::readDesignFile(files.front());
    if (input || classes > 0) {
        retarget(source.design, input ? parseInputShape(*input) : source.design.input,
                 classes > 0 ? classes : source.design.classes);
    }
    return source;
}

std::string readParentOrDesign(Arguments &args, training::TrainingConfig &config)
{
    const auto parent = args.value("--parent");
    if (!parent) {
        config.design = readDesignSource(args).design;
        return {};
    }
    training::RunRecord record;
    try {
        record = training::readRunRecord(*parent);
    } catch (const std::exception &e) {
        throw UsageError(std::string("--parent: ") + e.what());
    }
    if (!args.positionals().empty() || args.value("--preset"))
        throw UsageError("give either --parent RUN_DIR, --preset NAME or a design FILE");
    config.design = training::trainedDesignOf(record);
    const training::DataOptions &trained = record.config.data;
    training::DataOptions &data = config.data;
    if (!args.value("--dataset"))
        data.dataset = trained.dataset;
    if (!args.value("--data"))
        data.dir = trained.dir;
    if (!args.value("--limit-train"))
        data.limitTrain = trained.limitTrain;
    if (!args.value("--limit-test"))
        data.limitTest = trained.limitTest;
    if (!args.value("--validation")) {   // the images the parent never trained on stay held out
        data.validationFraction = trained.validationFraction;
        data.validationCount = trained.validationCount;
    }
    if (!args.flag("--resize"))
        data.resize = trained.resize;
    return *parent;
}

} // namespace denselab::cli
