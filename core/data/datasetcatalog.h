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

/// Image shape and class count of a known dataset, without reading it (what the training view
/// shows before a run: retarget or resize). False for an unknown name.
struct DatasetShape {
    int channels = 0;
    int height = 0;
    int width = 0;
    int classes = 0;
};
bool datasetShape(const std::string &name, DatasetShape &out);

/// Whether `name`'s files are in `dir` (defaultDatasetDir when empty), checked by their names
/// only (reading CIFAR takes seconds): empty when present, else a message naming the folder and
/// the file looked for. What the training page shows before a run rather than failing in it.
std::string missingDatasetFiles(const std::string &name, const std::string &dir = {});

/// Loads `name` from `dir` (defaultDatasetDir when empty) and computes its normalization
/// statistics from the training split. Throws DataError for an unknown name or a bad file.
Dataset loadDataset(const std::string &name, const std::string &dir = {});

} // namespace denselab::data
