// SPDX-License-Identifier: GPL-3.0-or-later
#include "preparedata.h"

#include "presets/presets.h"
#include "runfit.h"

#include <algorithm>
#include <cmath>

namespace denselab::training {

namespace {

std::string shapeText(int c, int h, int w) { return std::to_string(c) + "x" + std::to_string(h) + "x" + std::to_string(w); }

// Images held out of the training split for validation: a count, else a fraction; at least one
// image always stays for training.
std::size_t heldOut(const DataOptions &options, std::size_t trainImages)
{
    if (trainImages < 2)
        return 0;
    std::size_t held = 0;
    if (options.validationCount > 0)
        held = std::size_t(options.validationCount);
    else if (options.validationFraction > 0)
        held = std::size_t(std::lround(double(trainImages) * options.validationFraction));
    return std::min(held, trainImages - 1);
}

} // namespace

PreparedData prepareData(const TrainingConfig &config)
{
    PreparedData p;
    p.dataset = data::loadDataset(config.data.dataset, config.data.dir);
    data::truncate(p.dataset.train, config.data.limitTrain);
    data::truncate(p.dataset.test, config.data.limitTest);
    if (const std::size_t held = heldOut(config.data, p.dataset.train.size()); held > 0) {
        data::ImageSet &train = p.dataset.train;
        const std::size_t keep = train.size() - held;
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
    const InputShape input = p.design.input;
    std::vector<std::string> notes;
    if (!config.data.resize && !(input == stored)) {
        notes.push_back("input " + shapeText(input.channels, input.height, input.width) + " -> "
                        + shapeText(stored.channels, stored.height, stored.width));
    } else if (config.data.resize && !(input == stored)) {
        notes.push_back("images resized " + shapeText(stored.channels, stored.height, stored.width) + " -> "
                        + shapeText(input.channels, input.height, input.width));
    }
    if (p.design.classes != p.dataset.classes)
        notes.push_back("classes " + std::to_string(p.design.classes) + " -> " + std::to_string(p.dataset.classes));
    p.design = adaptedToImages(p.design, stored, p.dataset.classes, config.data.resize);   // as checkRunFit does
    for (const std::string &n : notes)
        p.retargeted += (p.retargeted.empty() ? "" : "; ") + n;
    return p;
}

} // namespace denselab::training
