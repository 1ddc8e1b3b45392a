// SPDX-License-Identifier: GPL-3.0-or-later
// `denselab-cli export pytorch`: model.py from a design without loading LibTorch. Exports that
// carry weights (a run's, ONNX, reference outputs) are handed to denselab-cli-torch.
#include "commands.h"
#include "exportrequest.h"

#include "designsource.h"
#include "cost/costmodel.h"
#include "design/designerror.h"
#include "export/onnxmodel.h"
#include "export/pytorchcode.h"
#include "graph/compiler.h"
#include "io/atomicfile.h"
#include "training/runrecord.h"

#include <nlohmann/json.hpp>

#include <chrono>

namespace denselab::cli {

ExportRequest readExportRequest(const std::string &format, Arguments &args)
{
    ExportRequest request;
    request.format = format;
    request.outputFormat = args.choice("--format", {"text", "json"}, "text");
    const auto out = args.value("--out");
    if (!out)
        throw UsageError(format == "onnx" ? "--out: the .onnx file to write is missing"
                                          : "--out: the folder to write model.py into is missing");
    request.out = *out;
    request.reference = args.value("--reference").value_or("");
    request.seed = static_cast<std::uint64_t>(args.integer("--seed", 1, 0));
    if (format == "onnx") {
        request.opset = args.integer("--opset", 13, exporting::kMinOnnxOpset, exporting::kMaxOnnxOpset);
        const std::string batch = args.value("--batch").value_or("dynamic");
        if (batch != "dynamic") {
            char *end = nullptr;
            const long n = std::strtol(batch.c_str(), &end, 10);
            if (batch.empty() || *end != '\0' || n < 1 || n > 65536)
                throw UsageError("--batch: expected \"dynamic\" or a batch size in 1..65536, got \"" + batch + "\"");
            request.batch = static_cast<int>(n);
        }
    }
    if (const auto run = args.value("--run")) {
        if (args.value("--preset") || !args.positionals().empty() || args.value("--input") || args.value("--classes"))
            throw UsageError("--run exports the design the run trained: give no --preset, FILE, --input or --classes with it");
        training::RunRecord record;
        try {
            record = training::readRunRecord(*run);
        } catch (const std::exception &e) {
            throw UsageError(std::string("--run: ") + e.what());
        }
        request.runDir = *run;
        request.design = training::trainedDesignOf(record);
        request.label = *run;
    } else {
        DesignSource source = readDesignSource(args);
        request.design = std::move(source.design);
        request.label = source.label;
    }
    args.finish();
    return request;
}

LayerGraph compileRequest(const ExportRequest &request)
{
    try {
        return compile(request.design);
    } catch (const DesignError &e) {
        throw DesignError(request.label + ": " + e.what());
    }
}

void writePyTorchCode(const ExportRequest &request, const LayerGraph &graph, const std::string &weights)
{
    try {
        exporting::writePyTorchFolder(graph, request.out, weights);
    } catch (const DesignError &e) {
        throw DesignError(request.label + ": " + e.what());
    } catch (const io::FileError &e) {
        throw UsageError(std::string("--out: ") + e.what());
    }
}

void reportExport(const ExportRequest &request, const LayerGraph &graph, const std::vector<std::string> &files,
                  double seconds, std::ostream &out)
{
    const CostReport costs = computeCosts(graph);
    if (request.outputFormat == "json") {
        out << nlohmann::json{{"format", request.format}, {"design", graph.name}, {"files", files},
                              {"params", costs.total.params}, {"macs", costs.total.macs}, {"seconds", seconds}}
                   .dump()
            << '\n';
        return;
    }
    out << graph.name << " (" << costs.total.params << " params) exported as " << request.format << " in "
        << seconds << " s:\n";
    for (const std::string &file : files)
        out << "  " << file << '\n';
}

int runExport(const std::string &format, Arguments &args, std::ostream &out)
{
    const auto started = std::chrono::steady_clock::now();
    const ExportRequest request = readExportRequest(format, args);
    if (request.needsWeights())
        throw UsageError("export " + format + ": needs LibTorch, and this build has none");
    const LayerGraph graph = compileRequest(request);
    writePyTorchCode(request, graph, {});
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    reportExport(request, graph, {request.out + "/model.py", request.out + "/README.md"}, seconds, out);
    return 0;
}

} // namespace denselab::cli
