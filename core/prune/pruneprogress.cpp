// SPDX-License-Identifier: GPL-3.0-or-later
#include "pruneprogress.h"
#include "io/boundedjson.h"

#include <nlohmann/json.hpp>

namespace denselab::prune {

nlohmann::json toJson(const PruneIteration &p)
{
    nlohmann::json removed = nlohmann::json::object();
    for (const auto &[node, count] : p.removedPerLayer)
        removed[node] = count;
    nlohmann::json widths = nlohmann::json::array();
    for (const ConvWidth &w : p.widths)
        widths.push_back({w.node, w.designed, w.kept});
    return {{"type", "prune_iteration"},
            {"iteration", p.iteration},
            {"removed_filters", p.removedFilters},
            {"removed_per_layer", removed},
            {"widths", widths},
            {"params", p.params},
            {"macs", p.macs},
            {"accuracy_before", p.accuracyBefore},
            {"accuracy_after", p.accuracyAfter},
            {"loss_before", p.lossBefore},
            {"loss_after", p.lossAfter},
            {"design", p.design},
            {"seconds", p.seconds}};
}

PruneIteration pruneIterationFromJson(const nlohmann::json &j)
{
    PruneIteration p;
    p.iteration = io::jsonInteger<int>(j.at("iteration"));
    p.removedFilters = io::jsonInteger(j, "removed_filters", 0);
    const nlohmann::json removed = j.value("removed_per_layer", nlohmann::json::object());
    for (const auto &[node, count] : removed.items())
        p.removedPerLayer.emplace_back(node, io::jsonInteger<int>(count));
    for (const nlohmann::json &w : j.value("widths", nlohmann::json::array()))
        p.widths.push_back({w.at(0).get<std::string>(), io::jsonInteger<int>(w.at(1)), io::jsonInteger<int>(w.at(2))});
    p.params = io::jsonInteger<std::int64_t>(j.at("params"));
    p.macs = io::jsonInteger<std::int64_t>(j.at("macs"));
    p.accuracyBefore = j.value("accuracy_before", 0.0);
    p.accuracyAfter = j.value("accuracy_after", 0.0);
    p.lossBefore = j.value("loss_before", 0.0);
    p.lossAfter = j.value("loss_after", 0.0);
    p.design = j.value("design", std::string());
    p.seconds = j.value("seconds", 0.0);
    return p;
}

} // namespace denselab::prune
