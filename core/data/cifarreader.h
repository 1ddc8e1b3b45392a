// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "imagedataset.h"

#include <string>
#include <vector>

namespace denselab::data {

/// Reads CIFAR binary record files (the "binary version" of CIFAR-10/100): each record is
/// `labelBytes` label bytes then 3x32x32 pixels, channel-planar. The label used is the last of
/// the label bytes (CIFAR-100's fine label). Throws DataError naming the file when its size is
/// not a whole number of records or a label is out of range.
ImageSet readCifarRecords(const std::vector<std::string> &files, int labelBytes, int classes);

/// CIFAR-10 from `dir` (data_batch_1..5.bin, test_batch.bin), also found in a
/// cifar-10-batches-bin/ subfolder.
Dataset readCifar10(const std::string &dir);

/// CIFAR-100 from `dir` (train.bin, test.bin), also found in a cifar-100-binary/ subfolder.
Dataset readCifar100(const std::string &dir);

} // namespace denselab::data
