// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

#include "cost/costmodel.h"
#include "designsource.h"
#include "graph/compiler.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>

namespace denselab::cli {
namespace {

// Compile + cost, the work of one live-cost update in the app.
double timeOnce(const Design &design, std::int64_t &sink)
{
    const auto start = std::chrono::steady_clock::now();
    const LayerGraph graph = compile(design);
    const CostReport report = computeCosts(graph);
    const auto stop = std::chrono::steady_clock::now();
    sink += report.total.params;   // keeps the optimizer from discarding the work
    return std::chrono::duration<double>(stop - start).count();
}

int benchCosts(Arguments &args, std::ostream &out)
{
    const std::string format = args.choice("--format", {"text", "json"}, "text");
    const int minIterations = args.integer("--iterations", 200, 1);
    const double minSeconds = args.number("--min-seconds", 1.0, 0.0);
    DesignSource source = readDesignSource(args);
    args.finish();

    std::int64_t sink = 0;
    for (int i = 0; i < 10; ++i)   // warm caches and the allocator
        timeOnce(source.design, sink);
    std::vector<double> samples;
    double elapsed = 0.0;
    while (static_cast<int>(samples.size()) < minIterations || elapsed < minSeconds) {
        samples.push_back(timeOnce(source.design, sink));
        elapsed += samples.back();
    }
    std::vector<double> sorted = samples;
    std::nth_element(sorted.begin(), sorted.begin() + sorted.size() / 2, sorted.end());
    const double median = sorted[sorted.size() / 2];
    const double fastest = *std::min_element(samples.begin(), samples.end());
    volatile std::int64_t keep = sink;   // the results must look used
    (void)keep;

    if (format == "json") {
        out << nlohmann::json{{"preset", source.label},
                              {"iterations", samples.size()},
                              {"median_seconds", median},
                              {"min_seconds", fastest}}
                   .dump()
            << '\n';
    } else {
        char line[256];
        std::snprintf(line, sizeof line, "%s: compile + costs median %.3f ms, fastest %.3f ms over %zu iterations\n",
                      source.label.c_str(), median * 1e3, fastest * 1e3, samples.size());
        out << line;
    }
    return 0;
}

} // namespace

int runBench(Arguments &args, std::ostream &out)
{
    return benchCosts(args, out);
}

} // namespace denselab::cli
