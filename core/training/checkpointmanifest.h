// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The JSON manifest ("last.json", "best.json") that names a checkpoint file, its size, its hash
// and the run's state. Torch-free, so that the fuzzer and every reader share one check.

#include <nlohmann/json.hpp>

#include <string>

namespace denselab::training {

/// `text` as a checkpoint manifest read from `path`, with its fields' types checked: "file" a
/// plain name inside the run's folder, "bytes" a byte count, "fnv1a64" a string, "state" an
/// object when present. Throws io::FileError naming `path` and the field.
nlohmann::json parseCheckpointManifest(const std::string &text, const std::string &path);

/// <dir>/<tag>.json, read and checked as above.
nlohmann::json readCheckpointManifest(const std::string &dir, const std::string &tag);

} // namespace denselab::training
