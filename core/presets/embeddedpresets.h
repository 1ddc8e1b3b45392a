// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>

namespace denselab {

/// One resources/presets/*.json file compiled into the binary (generated: embeddedpresets.cpp
/// in the build tree, by cmake/EmbedPresets.cmake), so the CLI works from any directory.
struct EmbeddedPreset {
    const char *name;
    const char *json;
};

extern const EmbeddedPreset kEmbeddedPresets[];
extern const std::size_t kEmbeddedPresetCount;

} // namespace denselab
