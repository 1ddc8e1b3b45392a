// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace denselab::data {

/// Whole content of `path`, inflated when it is gzip-compressed (plain files are read as they
/// are). Throws DataError naming the file when it is missing, unreadable or a damaged .gz.
std::vector<std::uint8_t> readFileBytes(const std::string &path);

/// The first existing of `candidates` ("x.gz" before "x", say); empty string if none exists.
std::string firstExisting(const std::vector<std::string> &candidates);

} // namespace denselab::data
