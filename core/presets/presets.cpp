// SPDX-License-Identifier: GPL-3.0-or-later
#include "presets.h"

#include "design/designerror.h"
#include "embeddedpresets.h"
#include "io/designjson.h"

#include <algorithm>
#include <array>

namespace denselab {
namespace {

// Library groups in display order, each claiming presets by name prefix.
constexpr std::array<std::pair<const char *, const char *>, 7> kGroups{{
    {"densenet", "DenseNet"},
    {"hardnet", "HarDNet"},
    {"threshnet", "ThreshNet / ThresholdNet"},
    {"thresholdnet", "ThreshNet / ThresholdNet"},
    {"resnet", "ResNet / VGG"},
    {"vgg", "ResNet / VGG"},
    {"tissuenet", "TissueNet"},
}};

std::string groupOf(const std::string &name)
{
    for (const auto &[prefix, group] : kGroups) {
        if (name.rfind(prefix, 0) == 0)
            return group;
    }
    return "Other";
}

int groupRank(const std::string &group)
{
    for (std::size_t i = 0; i < kGroups.size(); ++i) {
        if (group == kGroups[i].second)
            return static_cast<int>(i);
    }
    return static_cast<int>(kGroups.size());
}

const EmbeddedPreset *findEmbedded(const std::string &name)
{
    for (std::size_t i = 0; i < kEmbeddedPresetCount; ++i) {
        if (name == kEmbeddedPresets[i].name)
            return &kEmbeddedPresets[i];
    }
    return nullptr;
}

} // namespace

const std::vector<PresetInfo> &presetList()
{
    static const std::vector<PresetInfo> list = [] {
        std::vector<PresetInfo> presets;
        for (std::size_t i = 0; i < kEmbeddedPresetCount; ++i) {
            const Design d = io::parseDesign(kEmbeddedPresets[i].json, std::string("preset ") + kEmbeddedPresets[i].name);
            presets.push_back({kEmbeddedPresets[i].name, d.description, groupOf(kEmbeddedPresets[i].name)});
        }
        std::stable_sort(presets.begin(), presets.end(), [](const PresetInfo &a, const PresetInfo &b) {
            const int ra = groupRank(a.group), rb = groupRank(b.group);
            return ra != rb ? ra < rb : a.name < b.name;
        });
        return presets;
    }();
    return list;
}

Design loadPreset(const std::string &name)
{
    const EmbeddedPreset *preset = findEmbedded(name);
    if (!preset) {
        std::string known;
        for (const PresetInfo &p : presetList())
            known += (known.empty() ? "" : ", ") + p.name;
        throw DesignError("unknown preset \"" + name + "\" (known: " + known + ")");
    }
    return io::parseDesign(preset->json, "preset " + name);
}

std::string presetText(const std::string &name)
{
    const EmbeddedPreset *preset = findEmbedded(name);
    return preset ? std::string(preset->json) : std::string();
}

void retarget(Design &design, const InputShape &input, int classes)
{
    design.input = input;
    design.classes = classes;
}

} // namespace denselab
