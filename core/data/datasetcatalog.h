// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "imagedataset.h"

#include <string>
#include <vector>

namespace denselab::data {

/// Names accepted by loadDataset: fashion-mnist, mnist, cifar10, cifar100, svhn.
const std::vector<std::string> &datasetNames();

/// Where a dataset is read from when no folder is given: Debian's dataset-fashion-mnist
/// package for Fashion-MNIST, $XDG_DATA_HOME/denselab/datasets/<name> for the others.
std::string defaultDatasetDir(const std::string &name);

/// Loads `name` from `dir` (defaultDatasetDir when empty) and computes its normalization
/// statistics from the training split. Throws DataError for an unknown name or a bad file.
Dataset loadDataset(const std::string &name, const std::string &dir = {});

} // namespace denselab::data
