// SPDX-License-Identifier: GPL-3.0-or-later
// `denselab-cli model`: builds the LibTorch module of a design and runs one forward pass on zeros.
#include "commands.h"

#include "design/designerror.h"
#include "designsource.h"
#include "training/modelprobe.h"

#include <nlohmann/json.hpp>

namespace denselab::cli {

int runModel(Arguments &args, std::ostream &out)
{
    const std::string format = args.choice("--format", {"json"}, "json");
    const int batch = args.integer("--batch", 1, 1);
    DesignSource source = readDesignSource(args);
    args.finish();
    (void)format;
    training::ModelProbe probe;
    try {
        probe = training::probeModel(source.design, batch);
    } catch (const DesignError &e) {
        throw DesignError(source.label + ": " + e.what());
    }
    out << nlohmann::json{{"params", probe.params}, {"output", probe.output}}.dump() << '\n';
    return 0;
}

} // namespace denselab::cli
