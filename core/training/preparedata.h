// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "trainingconfig.h"

#include "data/datasetcatalog.h"
#include "design/design.h"

#include <string>

namespace denselab::training {

/// The dataset of a run, split and limited as asked, and the design adapted to it.
struct PreparedData {
    data::Dataset dataset;
    data::ImageSet validation;          ///< held out of the training images (may be empty)
    Design design;                      ///< config.design retargeted to the images and classes
    std::string retargeted;             ///< how it was adapted ("input 3x32x32 -> 1x28x28"), or empty
};

/// Loads the dataset and adapts the design: either the design's input and classes follow the
/// images (retargeting, the default) or, with `resize`, the images follow the design. Throws
/// data::DataError naming the file, or DesignError.
PreparedData prepareData(const TrainingConfig &config);

} // namespace denselab::training
