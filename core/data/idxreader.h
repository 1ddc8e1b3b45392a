// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "imagedataset.h"

#include <string>

namespace denselab::data {

/// Reads an IDX image file (magic 0x00000803: unsigned bytes, 3 dimensions N x H x W), gzip-
/// compressed or plain, into a one-channel ImageSet without labels. Throws DataError naming the
/// file and the expected and actual sizes when the magic number or the length is wrong.
ImageSet readIdxImages(const std::string &path);

/// Reads an IDX label file (magic 0x00000801, one dimension N) into `set.labels`, checking
/// that it has set.size() labels below `classes` when the set already holds images.
void readIdxLabels(const std::string &path, ImageSet &set, int classes);

/// MNIST-layout dataset in `dir` (train-images-idx3-ubyte[.gz], train-labels-idx1-ubyte[.gz],
/// t10k-...): Fashion-MNIST and MNIST.
Dataset readIdxDataset(const std::string &name, const std::string &dir);

} // namespace denselab::data
