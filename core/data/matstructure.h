// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

namespace denselab::data {

/// Walks the top-level elements of a MATLAB 5 .mat file and the header of each array (inflating
/// just that much of a compressed one) before libmatio sees the file: element sizes must fit
/// the file, and each array must have 1..32 dimensions, a name of at most 63 characters and no
/// more data than the dataset limit. libmatio trusts these fields and allocates from them (a
/// 559-byte file made it calloc 2.5 GB; found by fuzzing, #15). Throws DataError naming the file.
void checkMatStructure(const std::string &path);

} // namespace denselab::data
