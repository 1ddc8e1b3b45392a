// SPDX-License-Identifier: GPL-3.0-or-later
// `denselab-cli prunable`: what filter pruning can reach in a design, group by group.
#include "commands.h"

#include "designsource.h"
#include "tableprinter.h"

#include "cost/costmodel.h"
#include "cost/units.h"
#include "graph/compiler.h"
#include "prune/channelgroups.h"

#include <nlohmann/json.hpp>

#include <cstdio>

namespace denselab::cli {

namespace {

std::string percent(double share)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.2f %%", 100.0 * share);
    return text;
}

} // namespace

int runPrunable(Arguments &args, std::ostream &out)
{
    const bool keepCoupled = args.flag("--keep-coupled");
    const std::string format = args.choice("--format", {"table", "json"}, "table");
    const DesignSource source = readDesignSource(args);
    args.finish();
    const LayerGraph graph = compile(source.design);
    const Cost total = computeCosts(graph).total;
    const prune::ChannelMap map = prune::channelMap(source.design, graph, keepCoupled);

    // At most what can go: every prunable group cut down to one channel. (The groups' shares
    // overlap: a convolution's weights depend on its input's group and on its own.)
    int filters = 0, prunableFilters = 0;
    prune::Removal everything;
    for (const prune::PruningGroup &g : map.groups) {
        if (g.producers.empty())
            continue;
        filters += g.channels * int(g.producers.size());
        if (g.prunable) {
            prunableFilters += g.channels * int(g.producers.size());
            for (int c = 1; c < g.channels; ++c)
                everything[g.id].insert(c);
        }
    }
    const Cost floor = computeCosts(compile(prune::prunedDesign(source.design, graph, map, everything))).total;
    const double paramsShare = 1.0 - double(floor.params) / double(std::max<std::int64_t>(1, total.params));
    const double macsShare = 1.0 - double(floor.macs) / double(std::max<std::int64_t>(1, total.macs));
    if (format == "json") {
        nlohmann::json groups = nlohmann::json::array();
        for (const prune::PruningGroup &g : map.groups) {
            if (g.producers.empty())
                continue;
            nlohmann::json producers = nlohmann::json::array();
            for (const int p : g.producers)
                producers.push_back(graph.nodes[std::size_t(p)].name);
            groups.push_back({{"group", g.name(graph)},
                              {"producers", producers},
                              {"channels", g.channels},
                              {"prunable", g.prunable},
                              {"coupled", g.coupled},
                              {"reason", g.reason},
                              {"params_per_channel", g.paramsPerChannel},
                              {"macs_per_channel", g.macsPerChannel},
                              {"params_share", double(g.paramsPerChannel) * g.channels / double(total.params)},
                              {"macs_share", double(g.macsPerChannel) * g.channels / double(total.macs)}});
        }
        out << nlohmann::json{{"design", graph.name},
                              {"params", total.params},
                              {"macs", total.macs},
                              {"filters", filters},
                              {"prunable_filters", prunableFilters},
                              {"removable_filters", map.prunableChannels},
                              {"removable_params_share", paramsShare},
                              {"removable_macs_share", macsShare},
                              {"keep_coupled", keepCoupled},
                              {"groups", groups}}
                   .dump(2)
            << '\n';
        return 0;
    }
    out << graph.name << ": " << prunableFilters << " of " << filters << " filters in prunable groups ("
        << map.prunableChannels << " channels removable: a coupled group's channel counts once, a layer keeps one);"
        << " removing them all would take away "
        << percent(paramsShare) << " of the params and " << percent(macsShare) << " of the MACs"
        << (keepCoupled ? " (convolutions before an addition kept, as the seed does)" : "") << "\n\n";
    TablePrinter table({"group", "channels", "params it touches", "MACs it touches", "coupled", "prunable"});
    table.alignLeft(5);
    for (const prune::PruningGroup &g : map.groups) {
        if (g.producers.empty())
            continue;
        table.addRow({g.name(graph), std::to_string(g.channels),
                      percent(double(g.paramsPerChannel) * g.channels / double(total.params)),
                      percent(double(g.macsPerChannel) * g.channels / double(total.macs)), g.coupled ? "yes" : "",
                      g.prunable ? "yes" : "no: " + g.reason});
    }
    table.print(out);
    return 0;
}

} // namespace denselab::cli
