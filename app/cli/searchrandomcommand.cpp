// SPDX-License-Identifier: GPL-3.0-or-later
// `denselab-cli search random`: a random child with a given MACs ratio, the baseline an LWP search
// is compared with (no LibTorch needed).
#include "commands.h"

#include "designsource.h"

#include "graph/connectionmask.h"
#include "io/designjson.h"
#include "search/randomchild.h"

#include <nlohmann/json.hpp>

#include <cstdio>

namespace denselab::cli {

int runSearchRandom(Arguments &args, std::ostream &out)
{
    const std::string format = args.choice("--format", {"text", "json"}, "text");
    const double eta = args.number("--eta", -1.0, 0.0);
    if (!(eta > 0.0 && eta <= 1.0))
        throw UsageError("--eta: expected the child's MACs ratio to its parent, in (0, 1]");
    const std::uint64_t seed = std::uint64_t(args.integer("--seed", 1, 0));
    const auto path = args.value("--out");
    if (!path)
        throw UsageError("--out: the design file to write is missing");
    training::TrainingConfig config;
    readParentOrDesign(args, config);
    args.finish();
    const Design &parent = config.design;
    const search::RandomChild child = search::randomChild(parent, eta, seed);
    Design design = child.design;
    design.name = parent.name + "-random-" + std::to_string(seed);
    char text[200];
    std::snprintf(text, sizeof text, "random child of %s: connections kept with p = %.3f (seed %llu), eta %.4f",
                  parent.name.c_str(), child.keepProbability, static_cast<unsigned long long>(seed), child.cost.eta);
    design.description = text;
    io::writeDesignFile(design, *path);
    if (format == "json") {
        out << nlohmann::json{{"design", *path},          {"eta", child.cost.eta},
                              {"params", child.cost.child.params}, {"macs", child.cost.child.macs},
                              {"keep_probability", child.keepProbability}, {"dropped_layers", child.cost.droppedLayers},
                              {"connections", child.cost.child.connections}}
                   .dump()
            << '\n';
    } else {
        out << text << "\n" << *path << ": " << child.cost.child.params << " params, " << child.cost.child.macs
            << " MACs, " << child.cost.droppedLayers << " layers dropped\n";
    }
    return 0;
}

} // namespace denselab::cli
