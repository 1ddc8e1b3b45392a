// SPDX-License-Identifier: GPL-3.0-or-later
// `denselab-cli export` with weights (denselab-cli-torch): weights.pt for PyTorch, ONNX, and
// the reference outputs an export is checked against.
#include "commands.h"
#include "exportrequest.h"

#include "design/designerror.h"
#include "export/pytorchcode.h"
#include "export/weightsexport.h"
#include "io/atomicfile.h"

#include <chrono>
#include <stdexcept>

namespace denselab::cli {

int runExportWithWeights(const std::string &format, Arguments &args, std::ostream &out)
{
    const auto started = std::chrono::steady_clock::now();
    const ExportRequest request = readExportRequest(format, args);
    exporting::WeightsSource source{request.runDir, request.seed, {}};
    std::vector<std::string> files;
    LayerGraph graph;
    try {
        graph = compileRequest(request);
        source = exporting::resolveCheckpoint(source);   // the README names the checkpoint read
        if (format == "pytorch") {
            exporting::pytorchModelSource(graph);   // a graph model.py cannot express fails before any file
            // weights.pt first: a checkpoint that cannot be read leaves no README promising it.
            exporting::createExportFolder(request.out);
            exporting::exportPyTorchWeights(graph, source, request.out + "/weights.pt", request.reference);
            writePyTorchCode(request, graph, exporting::weightsOrigin(source));
            files = {request.out + "/model.py", request.out + "/README.md", request.out + "/weights.pt"};
        } else {
            exporting::OnnxOptions options;
            options.opset = request.opset;
            options.batch = request.batch;
            options.producerVersion = DENSELAB_VERSION;
            exporting::exportOnnx(graph, source, options, request.out, request.reference);
            files = {request.out};
        }
    } catch (const std::invalid_argument &e) {
        throw UsageError(e.what());
    } catch (const io::FileError &e) {   // a damaged checkpoint, an unwritable --out
        throw UsageError(e.what());
    }
    if (!request.reference.empty())
        files.push_back(request.reference);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    reportExport(request, graph, files, seconds, out);
    return 0;
}

} // namespace denselab::cli
