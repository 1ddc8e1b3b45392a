// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

namespace denselab {

/// The candidate closest to `name` by edit distance, when it is close enough to be a likely
/// misspelling (at most 2 edits, or a third of the candidate's length); empty otherwise. For
/// "did you mean --epochs?" hints on unknown options.
std::string closestName(const std::string &name, const std::vector<std::string> &candidates);

} // namespace denselab
