// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

#include "design/designerror.h"
#include "design/designlimits.h"
#include "tableprinter.h"
#include "topology/connectivity.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace denselab::cli {
namespace {

// "2-6-8-9": ascending, as the seed tables print a layer's inputs.
std::string joinSources(std::vector<int> sources)
{
    std::sort(sources.begin(), sources.end());
    std::string text;
    for (const int s : sources)
        text += (text.empty() ? "" : "-") + std::to_string(s);
    return text.empty() ? std::string("(none)") : text;
}

} // namespace

int runConnections(Arguments &args, std::ostream &out)
{
    const std::vector<std::string> rules{"dense", "harmonic", "log-dense", "sparse-keep", "threshold-ab", "threshold-bc"};
    const auto ruleName = args.value("--rule");
    if (!ruleName)
        throw UsageError("--rule is required (one of dense|harmonic|log-dense|sparse-keep|threshold-ab|threshold-bc)");
    if (std::find(rules.begin(), rules.end(), *ruleName) == rules.end())
        throw UsageError("--rule: unknown rule \"" + *ruleName
                         + "\" (expected dense|harmonic|log-dense|sparse-keep|threshold-ab|threshold-bc)");
    const int layers = args.integer("--layers", 0, 1);
    if (layers == 0)
        throw UsageError("--layers is required");
    ConnectivitySpec spec;
    parse(*ruleName, spec.rule);
    spec.threshold = args.integer("--threshold", spec.threshold, 0);
    spec.keep = args.integer("--keep", spec.keep, 0);
    const std::string style = args.choice("--harmonic-style", {"stated", "printed"}, "stated");
    parse(style, spec.harmonicStyle);
    const int growth = args.integer("--growth", 12, 1);
    if (growth > kMaxWidth)
        throw UsageError("--growth: " + std::to_string(growth) + " is more than the limit of " + std::to_string(kMaxWidth));
    const double multiplier = args.number("--multiplier", 1.7, 1e-3);
    const std::string format = args.choice("--format", {"table", "json"}, "table");
    args.finish();
    if (layers > kMaxBlockLayers)
        throw UsageError("--layers: at most " + std::to_string(kMaxBlockLayers) + " layers");

    std::vector<std::vector<int>> inputs = ruleConnectivity(spec, layers);
    std::vector<int> widths;
    int total = 0;
    for (int i = 1; i <= layers; ++i) {
        widths.push_back(layerWidth(spec, i, growth, multiplier));
        if (widths.back() > kMaxChannels)   // a saturated harmonic width: growth x multiplier^k is absurd
            throw UsageError("layer " + std::to_string(i) + ": its width grows beyond the limit of "
                             + std::to_string(kMaxChannels) + " channels (--growth " + std::to_string(growth)
                             + ", --multiplier " + std::to_string(multiplier) + ")");
        total += static_cast<int>(inputs[static_cast<std::size_t>(i - 1)].size());
        std::sort(inputs[static_cast<std::size_t>(i - 1)].begin(), inputs[static_cast<std::size_t>(i - 1)].end());
    }

    if (format == "json") {
        nlohmann::json j = {{"rule", *ruleName}, {"layers", layers}, {"inputs", inputs},
                            {"widths", widths}, {"total", total}};
        j["threshold"] = spec.rule == ConnectivityRule::ThresholdAB || spec.rule == ConnectivityRule::ThresholdBC
            ? nlohmann::json(spec.threshold)
            : nlohmann::json(nullptr);
        if (spec.rule == ConnectivityRule::SparseKeep)
            j["keep"] = spec.keep;
        if (spec.rule == ConnectivityRule::ThresholdAB || spec.rule == ConnectivityRule::ThresholdBC)
            j["harmonic_style"] = style;
        out << j.dump(2) << '\n';
        return 0;
    }
    out << *ruleName << ", " << layers << " layers";
    if (spec.rule == ConnectivityRule::ThresholdAB || spec.rule == ConnectivityRule::ThresholdBC)
        out << ", threshold " << spec.threshold << ", harmonic style " << style;
    if (spec.rule == ConnectivityRule::SparseKeep)
        out << ", keep " << spec.keep;
    out << ", growth " << growth << ", multiplier " << multiplier << "\n\n";
    TablePrinter table({"layer", "inputs", "width"});
    table.alignLeft(1);
    for (int i = 1; i <= layers; ++i) {
        table.addRow({"n = " + std::to_string(i) + ":", joinSources(inputs[static_cast<std::size_t>(i - 1)]),
                      std::to_string(widths[static_cast<std::size_t>(i - 1)])});
    }
    table.print(out);
    out << "total connections: " << total << '\n';
    return 0;
}

} // namespace denselab::cli
