// SPDX-License-Identifier: GPL-3.0-or-later
// `denselab-cli bench train`: training speed on synthetic data against the machine's peak.
#include "commands.h"

#include "designsource.h"
#include "search/maskbench.h"
#include "cost/units.h"
#include "training/trainbench.h"

#include <nlohmann/json.hpp>

#include <cstdio>

namespace denselab::cli {

int runBenchTrain(Arguments &args, std::ostream &out)
{
    using namespace training;
    const std::string format = args.choice("--format", {"text", "json"}, "text");
    TrainBenchOptions o;
    o.batch = args.integer("--batch", 64, 1);
    o.device = args.value("--device").value_or("auto");
    const std::string precision = args.choice("--precision", {"auto", "fp32", "bf16", "fp16"}, "auto");
    parse(precision, o.precision);
    o.channelsLast = !args.flag("--no-channels-last");
    o.threads = args.threads();
    o.minSteps = args.integer("--steps", 10, 1);
    o.minSeconds = args.number("--min-seconds", 3.0, 0.0);
    o.measurePeak = !args.flag("--no-peak");
    o.memoryEfficient = args.choice("--memory", {"standard", "efficient"}, "standard") == "efficient";
    parse(args.choice("--engine", {"fast", "plain"}, "fast"), o.engine);
    DesignSource source = readDesignSource(args);
    args.finish();
    o.design = source.design;
    TrainBenchResult r;
    try {
        r = benchTrain(o);
    } catch (const std::invalid_argument &e) {
        throw UsageError(e.what());
    }
    if (format == "json") {
        nlohmann::json j = {{"design", source.label},
                            {"device", r.device},
                            {"precision", r.precision},
                            {"batch", r.batch},
                            {"steps", r.steps},
                            {"median_step_ms", r.medianStepMilliseconds},
                            {"images_per_second", r.imagesPerSecond},
                            {"conv_flops_per_image", r.convFlopsPerImage},
                            {"achieved_conv_flops", r.achievedConvFlops},
                            {"memory", r.memoryEfficient ? "efficient" : "standard"},
                            {"engine", r.engine},
                            {"step_memory_bytes", r.stepMemoryBytes}};
        if (o.measurePeak) {
            j["peak_conv_flops"] = r.peakConvFlops;
            j["peak_shape"] = r.peakShape;
            j["peak_ratio"] = r.peakRatio;
        }
        out << j.dump() << '\n';
        return 0;
    }
    char line[512];
    std::snprintf(line, sizeof line,
                  "%s on %s (%s, %s engine), batch %d: median step %.1f ms, %.0f images/s, %.2f GFLOP/s of convolutions\n",
                  source.label.c_str(), r.device.c_str(), r.precision.c_str(), r.engine.c_str(), r.batch, r.medianStepMilliseconds,
                  r.imagesPerSecond, r.achievedConvFlops / 1e9);
    out << line;
    std::snprintf(line, sizeof line, "memory per step (%s dense layers): %s\n", r.memoryEfficient ? "memory-efficient" : "standard",
                  formatBytes(r.stepMemoryBytes).c_str());
    out << line;
    if (o.measurePeak) {
        std::snprintf(line, sizeof line, "peak %.2f GFLOP/s (%s): %.0f%% of peak\n", r.peakConvFlops / 1e9,
                      r.peakShape.c_str(), 100.0 * r.peakRatio);
        out << line;
    }
    return 0;
}

int runBenchMask(Arguments &args, std::ostream &out)
{
    const std::string format = args.choice("--format", {"text", "json"}, "text");
    search::MaskBenchOptions o;
    o.eta = args.number("--eta", o.eta, 0.0);
    if (!(o.eta > 0.0 && o.eta <= 1.0))
        throw UsageError("--eta: expected a MACs ratio in (0, 1]");
    o.batch = args.integer("--batch", o.batch, 1);
    o.threads = args.threads();
    o.steps = args.integer("--steps", o.steps, 1);
    o.seed = std::uint64_t(args.integer("--seed", 1, 0));
    DesignSource source = readDesignSource(args);
    args.finish();
    o.design = source.design;
    const search::MaskBenchResult r = search::benchMask(o);
    if (format == "json") {
        out << nlohmann::json{{"design", source.label},          {"batch", o.batch},
                              {"threads", r.threads},            {"child_eta", r.childEta},
                              {"forward_plain_ms", r.forwardPlainMs}, {"forward_masked_ms", r.forwardMaskedMs},
                              {"forward_child_ms", r.forwardChildMs}, {"train_plain_ms", r.trainPlainMs},
                              {"train_masked_ms", r.trainMaskedMs},   {"train_child_ms", r.trainChildMs}}
                   .dump()
            << '\n';
        return 0;
    }
    char line[512];
    std::snprintf(line, sizeof line,
                  "%s, batch %d, %d threads, a random child of eta %.3f (median ms):\n"
                  "  forward            supernet %8.1f   masked supernet %8.1f (%.2fx)   child module %8.1f (%.2fx)\n"
                  "  forward + backward supernet %8.1f   masked supernet %8.1f (%.2fx)   child module %8.1f (%.2fx)\n",
                  source.label.c_str(), o.batch, r.threads, r.childEta, r.forwardPlainMs, r.forwardMaskedMs,
                  r.forwardMaskedMs / r.forwardPlainMs, r.forwardChildMs, r.forwardChildMs / r.forwardPlainMs,
                  r.trainPlainMs, r.trainMaskedMs, r.trainMaskedMs / r.trainPlainMs, r.trainChildMs,
                  r.trainChildMs / r.trainPlainMs);
    out << line;
    return 0;
}

} // namespace denselab::cli
