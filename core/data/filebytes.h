// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace denselab::data {

/// Whether a reader takes gzip-compressed files (IDX does; CIFAR's .bin files never are).
enum class Compression { Allowed, Refused };

/// The most bytes one dataset file may hold once inflated: 16 GiB, or half of this machine's
/// memory when that is less. A small .gz that claims more is refused before it is inflated.
std::size_t maxDatasetFileBytes();

/// Whole content of `path`, inflated when it is gzip-compressed (plain files are read as they
/// are), reading no more than `maxBytes`: a file that holds more is refused as soon as the
/// byte after them arrives ("trailing data"), so a gzip bomb never inflates in full.
/// Throws DataError naming the file when it is missing, unreadable, a damaged .gz, too large,
/// or compressed where `compression` refuses it.
std::vector<std::uint8_t> readFileBytes(const std::string &path, std::size_t maxBytes,
                                        Compression compression = Compression::Allowed);

/// The first `count` bytes of `path` after inflating (fewer when the file is shorter): enough
/// to read a header and size the rest.
std::vector<std::uint8_t> readFileHead(const std::string &path, std::size_t count);

/// The first existing of `candidates` ("x.gz" before "x", say); empty string if none exists.
std::string firstExisting(const std::vector<std::string> &candidates);

} // namespace denselab::data
