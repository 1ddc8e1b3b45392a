// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <utility>

namespace denselab::io {

/// Entry name -> (offset, size) of its data in the archive's bytes.
using StoredZipEntries = std::map<std::string, std::pair<std::size_t, std::size_t>>;

/// The entries of a zip archive whose entries are stored uncompressed (as torch.save writes
/// them). Throws std::invalid_argument saying why for anything else: not a zip, zip64, a
/// compressed entry, an offset or size outside `bytes`.
StoredZipEntries storedZipEntries(const std::string &bytes);

} // namespace denselab::io
