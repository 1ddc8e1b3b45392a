// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "design/design.h"

#include <nlohmann/json.hpp>

#include <string>

namespace denselab::io {

inline constexpr const char *kDesignFormat = "denselab.design";
/// The newest format version this DenseLab reads. Version 2 added per-convolution "widths"
/// (pruned networks); version-1 files read unchanged.
inline constexpr int kDesignVersion = 2;

/// The design as a versioned JSON document (docs/design-format.md). Every field is written,
/// so a file states the whole design. The version written is the oldest that can read it:
/// 1 unless the design has width overrides, so unpruned designs stay readable by older builds.
nlohmann::json designToJson(const Design &design);

/// Reads a design document. Throws DesignError whose message starts with the JSON pointer of
/// the problem; unknown fields, wrong types, out-of-range values, an unknown format or a newer
/// version are all rejected.
Design designFromJson(const nlohmann::json &document);

/// Parses `text`; `source` (a file name or "preset NAME") prefixes every error message.
Design parseDesign(const std::string &text, const std::string &source);

/// Reads a design file. Throws DesignError "PATH: problem" (unreadable, malformed, invalid).
Design readDesignFile(const std::string &path);

/// Writes a design file atomically (temporary file, flush, rename), so a failed save never
/// destroys the previous file. Throws DesignError naming the path.
void writeDesignFile(const Design &design, const std::string &path);

} // namespace denselab::io
