// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "design/design.h"

#include <string>
#include <vector>

namespace denselab {

/// A built-in design from resources/presets/, embedded in the binary at build time.
struct PresetInfo {
    std::string name;          ///< file name without .json, e.g. "threshnet79"
    std::string description;   ///< one line
    std::string group;         ///< library panel group: "DenseNet", "HarDNet", ...
};

/// Every preset, in library order (grouped, then by name). Parses each embedded file once.
const std::vector<PresetInfo> &presetList();

/// The preset's design, read through the same JSON reader as user files.
/// Throws DesignError "unknown preset \"NAME\" (known: ...)" for a name that does not exist.
Design loadPreset(const std::string &name);

/// The embedded JSON text of a preset (for "save as" and the tests); empty when unknown.
std::string presetText(const std::string &name);

/// Sets input shape and class count ("retarget"), e.g. to 1x28x28 and 10 for Fashion-MNIST.
void retarget(Design &design, const InputShape &input, int classes);

} // namespace denselab
