// SPDX-License-Identifier: GPL-3.0-or-later
// `denselab-cli bench prune`: the structural effect of the pruning rules (no LibTorch needed):
// params and MACs after removing a share of the prunable filters, with and without the seed's
// rule of leaving convolutions before an addition alone.
#include "commands.h"

#include "designsource.h"

#include "cost/costmodel.h"
#include "graph/compiler.h"
#include "prune/channelgroups.h"
#include "prune/ranking.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdio>
#include <random>

namespace denselab::cli {

namespace {

struct Outcome {
    Cost before;
    Cost after;
    int prunable = 0;
    int removed = 0;
};

// Each iteration removes fraction / iterations of the parent's prunable channels, every group
// its share (per-layer ranking), the channels within a group chosen at random.
Outcome pruneAtRandom(const Design &design, double fraction, int iterations, bool keepCoupled, std::uint64_t seed)
{
    Outcome o;
    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<double> uniform(0.0, 1.0);
    Design current = design;
    LayerGraph graph = compile(current);
    o.before = computeCosts(graph).total;
    const int parentPrunable = prune::channelMap(current, graph, keepCoupled).prunableChannels;
    o.prunable = parentPrunable;
    const int perIteration = int(std::lround(fraction * parentPrunable / iterations));
    for (int i = 0; i < iterations && perIteration > 0; ++i) {
        const prune::ChannelMap map = prune::channelMap(current, graph, keepCoupled);
        prune::Scores scores;
        for (const prune::PruningGroup &g : map.groups)
            if (g.prunable)
                for (int c = 0; c < g.channels; ++c)
                    scores[g.id].push_back(uniform(rng));
        const prune::Removal removal = prune::selectRemoval(map, scores, perIteration, prune::Ranking::PerLayer, false);
        for (const auto &[group, channels] : removal)
            o.removed += int(channels.size());
        current = prune::prunedDesign(current, graph, map, removal);
        graph = compile(current);
    }
    o.after = computeCosts(graph).total;
    return o;
}

std::string change(std::int64_t before, std::int64_t after)
{
    char text[32];
    std::snprintf(text, sizeof text, "%+.1f%%", 100.0 * (double(after) - double(before)) / double(before));
    return text;
}

} // namespace

int runBenchPrune(Arguments &args, std::ostream &out)
{
    const std::string format = args.choice("--format", {"text", "json"}, "text");
    const double fraction = args.number("--fraction", 0.3, 0.0);
    if (!(fraction > 0.0 && fraction < 1.0))
        throw UsageError("--fraction: expected a share of the prunable filters between 0 and 1");
    const int iterations = args.integer("--iterations", 6, 1);
    const std::uint64_t seed = std::uint64_t(args.integer("--seed", 1, 0));
    const DesignSource source = readDesignSource(args);
    args.finish();
    nlohmann::json result = {{"design", source.label}, {"fraction", fraction}, {"iterations", iterations}};
    for (const bool keepCoupled : {false, true}) {
        const Outcome o = pruneAtRandom(source.design, fraction, iterations, keepCoupled, seed);
        const char *rule = keepCoupled ? "seed_rule" : "all_groups";
        result[rule] = {{"params_before", o.before.params}, {"params_after", o.after.params},
                        {"macs_before", o.before.macs},     {"macs_after", o.after.macs},
                        {"prunable_channels", o.prunable},  {"removed_channels", o.removed}};
        if (format == "text") {
            char line[400];
            std::snprintf(line, sizeof line,
                          "%s, %s: params %.2f M -> %.2f M (%s), MACs %.3f G -> %.3f G (%s); %d of %d prunable channels "
                          "removed\n",
                          source.label.c_str(),
                          keepCoupled ? "convolutions before additions kept (seed)" : "every group (DenseLab)",
                          double(o.before.params) / 1e6, double(o.after.params) / 1e6,
                          change(o.before.params, o.after.params).c_str(), double(o.before.macs) / 1e9,
                          double(o.after.macs) / 1e9, change(o.before.macs, o.after.macs).c_str(), o.removed, o.prunable);
            out << line;
        }
    }
    if (format == "json")
        out << result.dump() << '\n';
    return 0;
}

} // namespace denselab::cli
