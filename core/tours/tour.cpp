// SPDX-License-Identifier: GPL-3.0-or-later
#include "tour.h"

#include "design/designerror.h"
#include "design/designlimits.h"
#include "edit/connectionedit.h"
#include "graph/compiler.h"
#include "io/atomicfile.h"
#include "io/boundedjson.h"
#include "io/jsonreader.h"
#include "presets/embeddedpresets.h"
#include "presets/presets.h"

#include <algorithm>
#include <filesystem>

namespace denselab {

// The tours embedded at build time (generated embeddedtours.cpp, cmake/EmbedPresets.cmake).
extern const EmbeddedPreset kEmbeddedTours[];
extern const std::size_t kEmbeddedTourCount;

namespace {

using nlohmann::json;

constexpr std::size_t kMaxSteps = 200;
constexpr std::size_t kMaxToggles = 4096;

std::string joined(const std::vector<std::string> &names)
{
    std::string out;
    for (const std::string &n : names)
        out += (out.empty() ? "" : ", ") + n;
    return out;
}

std::string oneOf(io::JsonObjectReader &r, const std::string &key, const std::string &fallback,
                  const std::vector<std::string> &allowed)
{
    const std::string value = r.string(key, fallback);
    if (!value.empty() && std::find(allowed.begin(), allowed.end(), value) == allowed.end())
        io::failAt(r.pointerOf(key), "unknown value \"" + value + "\" (known: " + joined(allowed) + ")");
    return value;
}

TourStep stepFromJson(const json &value, const std::string &pointer)
{
    io::JsonObjectReader r(value, pointer);
    TourStep step;
    step.title = r.requiredString("title");
    step.text = r.requiredString("text");
    step.preset = r.string("preset", "");
    step.block = r.integer("block", 1, 1, kMaxStages);
    if (const json *set = r.child("set")) {
        io::JsonObjectReader s(*set, r.pointerOf("set"));
        if (s.has("rule"))
            step.rule = s.choice("rule", ConnectivityRule::Dense);
        if (s.has("threshold"))
            step.threshold = s.integer("threshold", 0, 0, kMaxBlockLayers);
        if (s.has("keep"))
            step.keep = s.integer("keep", 0, 0, kMaxBlockLayers);
        if (s.has("layers"))
            step.layers = s.integer("layers", 1, 1, kMaxBlockLayers);
        if (s.has("growth"))
            step.growth = s.integer("growth", 1, 1, kMaxWidth);
        if (s.has("multiplier"))
            step.multiplier = s.number("multiplier", 1.0, 0.1, 4.0);
        if (s.has("bottleneck"))
            step.bottleneck = s.number("bottleneck", 0.0, 0.0, 64.0);
        if (s.has("output"))
            step.output = s.choice("output", BlockOutput::AllLayers);
        s.finish();
    }
    if (const json *ct = r.child("channelThreshold")) {
        io::JsonObjectReader t(*ct, r.pointerOf("channelThreshold"));
        ChannelThresholdSpec spec;
        spec.enabled = t.boolean("enabled", true);
        spec.threshold = t.integer("threshold", spec.threshold, 0, kMaxWidth);
        spec.comparison = t.choice("comparison", spec.comparison);
        t.finish();
        step.channelThreshold = spec;
    }
    if (const json *toggles = r.child("toggle")) {
        if (!toggles->is_array() || toggles->size() > kMaxToggles)
            io::failAt(r.pointerOf("toggle"), "expected an array of at most " + std::to_string(kMaxToggles) + " cells, got "
                                                  + io::describeValue(*toggles));
        for (std::size_t i = 0; i < toggles->size(); ++i) {
            io::JsonObjectReader cell((*toggles)[i], r.pointerOf("toggle") + "/" + std::to_string(i));
            const int target = cell.integer("target", 1, 1, kMaxBlockLayers + 1);
            const int source = cell.integer("source", 0, 0, kMaxBlockLayers);
            cell.finish();
            step.toggles.emplace_back(target, source);
        }
    }
    step.show = oneOf(r, "show", "matrix", tourViews());
    step.cost = oneOf(r, "cost", "", costKeys());
    r.finish();
    return step;
}

Tour tourFromJson(const json &document, const std::string &name)
{
    io::JsonObjectReader r(document, "");
    if (r.requiredString("format") != "denselab.tour")
        io::failAt("/format", "expected \"denselab.tour\"");
    const int version = r.integer("version", 1, 0, 1 << 30);
    if (version != 1)
        io::failAt("/version", "version " + std::to_string(version) + " is newer than this DenseLab reads (1)");
    Tour tour;
    tour.name = name;
    tour.title = r.requiredString("title");
    tour.description = r.string("description", "");
    const json &steps = r.required("steps");
    if (!steps.is_array() || steps.empty() || steps.size() > kMaxSteps)
        io::failAt("/steps", "expected an array of 1.." + std::to_string(kMaxSteps) + " steps, got " + io::describeValue(steps));
    for (std::size_t i = 0; i < steps.size(); ++i)
        tour.steps.push_back(stepFromJson(steps[i], "/steps/" + std::to_string(i)));
    if (tour.steps.front().preset.empty())
        io::failAt("/steps/0/preset", "the first step must open a preset");
    r.finish();
    return tour;
}

/// "step 3 (Odd-and-last output)": how errors name a step (1-based, as the panel shows it).
std::string stepName(const Tour &tour, int index)
{
    return "tour \"" + tour.name + "\", step " + std::to_string(index + 1) + " (" + tour.steps[std::size_t(index)].title + ")";
}

int stageOfBlock(const Design &design, const Tour &tour, int index)
{
    const std::vector<int> blocks = denseBlockStages(design);
    const int block = tour.steps[std::size_t(index)].block;
    if (block < 1 || block > static_cast<int>(blocks.size()))
        throw DesignError(stepName(tour, index) + ": block " + std::to_string(block) + " does not exist (the design has "
                          + std::to_string(blocks.size()) + " dense blocks)");
    return blocks[std::size_t(block - 1)];
}

void applyStep(Design &design, const Tour &tour, int index)
{
    const TourStep &step = tour.steps[std::size_t(index)];
    if (!step.preset.empty()) {
        try {
            design = loadPreset(step.preset);
        } catch (const DesignError &e) {
            throw DesignError(stepName(tour, index) + ": " + e.what());
        }
    }
    if (step.channelThreshold)
        design.channelThreshold = *step.channelThreshold;
    const int stage = stageOfBlock(design, tour, index);
    auto &spec = std::get<DenseBlockSpec>(design.stages[std::size_t(stage)]);
    const bool edits = step.rule || step.threshold || step.keep || step.layers || step.growth || step.multiplier
                    || step.bottleneck || step.output;
    if (edits) {
        // Through the block editor's own consistency rules (a new depth moves output-row overrides).
        const LayerGraph graph = compile(design);
        int inputChannels = 0;
        for (const CompiledBlock &b : graph.blocks)
            if (b.stage == stage)
                inputChannels = b.designedInputChannels;
        DenseBlockSpec after = spec;
        if (step.rule) after.connectivity.rule = *step.rule;
        if (step.threshold) after.connectivity.threshold = *step.threshold;
        if (step.keep) after.connectivity.keep = *step.keep;
        if (step.layers) after.layers = *step.layers;
        if (step.growth) after.growth = *step.growth;
        if (step.multiplier) after.multiplier = *step.multiplier;
        if (step.bottleneck) after.bottleneck = *step.bottleneck;
        if (step.output) after.output = *step.output;
        spec = adaptBlockEdit(spec, effectiveBlock(design, spec, inputChannels), after);
    }
    for (const auto &[target, source] : step.toggles) {
        if (target > spec.layers + 1 || source >= target)
            throw DesignError(stepName(tour, index) + ": cell (" + std::to_string(target) + ", " + std::to_string(source)
                              + ") is outside block " + std::to_string(step.block) + " (" + std::to_string(spec.layers)
                              + " layers: target 1.." + std::to_string(spec.layers + 1) + ", source below it)");
        const LayerGraph graph = compile(design);
        for (const CompiledBlock &b : graph.blocks) {
            if (b.stage != stage)
                continue;
            const bool connected = b.connectivity.connected(target, source);
            setConnection(spec, effectiveBlock(design, spec, b.designedInputChannels), target, source, !connected);
        }
    }
}

} // namespace

const std::vector<std::string> &tourViews()
{
    static const std::vector<std::string> views{"matrix", "diagram", "totals", "layers", "chart-input", "chart-cost"};
    return views;
}

const std::vector<std::string> &costKeys()
{
    static const std::vector<std::string> keys{"params", "macs",    "madd",        "flops",      "memory",
                                               "memrw",  "cio",     "traffic",     "activations", "connections"};
    return keys;
}

Tour parseTour(const std::string &text, const std::string &source, const std::string &name)
{
    json document;
    try {
        document = io::parseBoundedJson(text);
    } catch (const json::exception &e) {
        throw DesignError(source + ": not valid JSON (" + e.what() + ")");
    }
    try {
        return tourFromJson(document, name);
    } catch (const DesignError &e) {
        throw DesignError(source + ": " + e.what());
    }
}

std::vector<std::string> builtInTourNames()
{
    std::vector<std::string> names;
    for (std::size_t i = 0; i < kEmbeddedTourCount; ++i)
        names.emplace_back(kEmbeddedTours[i].name);
    return names;
}

Tour loadBuiltInTour(const std::string &name)
{
    for (std::size_t i = 0; i < kEmbeddedTourCount; ++i)
        if (name == kEmbeddedTours[i].name)
            return parseTour(kEmbeddedTours[i].json, "tour " + name, name);
    throw DesignError("unknown tour \"" + name + "\" (known: " + joined(builtInTourNames()) + ")");
}

Tour readTourFile(const std::string &path)
{
    std::string name = std::filesystem::path(path).stem().string();
    return parseTour(io::readTextFile(path), path, name);
}

Design tourDesignAt(const Tour &tour, int index)
{
    if (index < 0 || index >= static_cast<int>(tour.steps.size()))
        throw DesignError("tour \"" + tour.name + "\" has steps 1.." + std::to_string(tour.steps.size()) + ", not "
                          + std::to_string(index + 1));
    int from = index;
    while (tour.steps[std::size_t(from)].preset.empty())
        --from;   // step 0 always has a preset (parseTour checks)
    Design design;
    for (int i = from; i <= index; ++i)
        applyStep(design, tour, i);
    return design;
}

int tourStageAt(const Tour &tour, int index)
{
    return stageOfBlock(tourDesignAt(tour, index), tour, index);
}

} // namespace denselab
