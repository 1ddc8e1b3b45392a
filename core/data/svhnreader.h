// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "imagedataset.h"

#include <string>

namespace denselab::data {

/// Reads one SVHN "cropped digits" MATLAB file (train_32x32.mat, test_32x32.mat): X is uint8
/// 32x32x3xN in MATLAB's column-major order, y is N labels 1..10 where 10 stands for the
/// digit 0. Throws DataError naming the file, the variable and the expected and found shape.
ImageSet readSvhnFile(const std::string &path);

/// SVHN from `dir` (train_32x32.mat, test_32x32.mat).
Dataset readSvhn(const std::string &dir);

} // namespace denselab::data
