// SPDX-License-Identifier: GPL-3.0-or-later
// `denselab-cli bench train`: training speed on synthetic data against the machine's peak.
#include "commands.h"

#include "designsource.h"
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
    o.threads = args.integer("--threads", 0, 0);
    o.minSteps = args.integer("--steps", 10, 1);
    o.minSeconds = args.number("--min-seconds", 3.0, 0.0);
    o.measurePeak = !args.flag("--no-peak");
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
                            {"achieved_conv_flops", r.achievedConvFlops}};
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
                  "%s on %s (%s), batch %d: median step %.1f ms, %.0f images/s, %.2f GFLOP/s of convolutions\n",
                  source.label.c_str(), r.device.c_str(), r.precision.c_str(), r.batch, r.medianStepMilliseconds,
                  r.imagesPerSecond, r.achievedConvFlops / 1e9);
    out << line;
    if (o.measurePeak) {
        std::snprintf(line, sizeof line, "peak %.2f GFLOP/s (%s): %.0f%% of peak\n", r.peakConvFlops / 1e9,
                      r.peakShape.c_str(), 100.0 * r.peakRatio);
        out << line;
    }
    return 0;
}

} // namespace denselab::cli
