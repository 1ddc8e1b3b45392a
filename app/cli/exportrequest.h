// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "arguments.h"
#include "design/design.h"
#include "graph/layergraph.h"

#include <cstdint>
#include <string>

namespace denselab::cli {

/// What `denselab-cli export pytorch|onnx` was asked for.
struct ExportRequest {
    std::string format;        ///< "pytorch" or "onnx"
    Design design;             ///< the design, or the design a run trained
    std::string label;         ///< preset name, design file or run folder, for messages
    std::string runDir;        ///< --run: the weights come from its best checkpoint
    std::string out;           ///< folder (pytorch) or .onnx file
    std::string reference;     ///< --reference FILE.pt: DenseLab's logits for a fixed input
    std::uint64_t seed = 1;    ///< initialization of the weights when no run is given
    int opset = 13;
    int batch = 0;             ///< ONNX batch dimension, 0: dynamic
    std::string outputFormat;  ///< text | json

    /// Whether the export needs LibTorch: weights (a run, ONNX) or reference outputs.
    bool needsWeights() const { return format == "onnx" || !runDir.empty() || !reference.empty(); }
};

/// Reads and checks the options (and finishes `args`). `format` is the word after "export".
ExportRequest readExportRequest(const std::string &format, Arguments &args);

/// Compiles the request's design (errors name the design's source).
LayerGraph compileRequest(const ExportRequest &request);

/// Writes model.py and README.md into request.out (created if missing); `weights` as for
/// exporting::pytorchReadme.
void writePyTorchCode(const ExportRequest &request, const LayerGraph &graph, const std::string &weights);

/// What an export wrote, as text or one JSON line.
void reportExport(const ExportRequest &request, const LayerGraph &graph, const std::vector<std::string> &files,
                  double seconds, std::ostream &out);

} // namespace denselab::cli
