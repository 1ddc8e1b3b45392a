// SPDX-License-Identifier: GPL-3.0-or-later
#include "costreporttext.h"

#include "cost/units.h"

#include <sstream>
#include <vector>

namespace denselab {

std::string shapeText(const Shape &s)
{
    return std::to_string(s.channels) + "x" + std::to_string(s.height) + "x" + std::to_string(s.width);
}

std::string csvField(const std::string &text)
{
    if (text.find_first_of(",\"\n") == std::string::npos)
        return text;
    std::string quoted = "\"";
    for (const char c : text) {
        if (c == '"')
            quoted += '"';
        quoted += c;
    }
    return quoted + "\"";
}

namespace {

std::vector<std::string> csvRow(const std::string &name, const std::string &op, const std::string &shape, const Cost &c)
{
    return {name, op, shape, std::to_string(c.params), std::to_string(c.macs), std::to_string(c.madd),
            std::to_string(c.flops), std::to_string(c.memoryBytes), std::to_string(c.memReadBytes),
            std::to_string(c.memWriteBytes), std::to_string(c.cioElements), std::to_string(c.trafficBytes),
            std::to_string(c.activationBytes), std::to_string(c.connections)};
}

std::string signedDelta(std::int64_t delta, const std::string &formatted)
{
    if (delta == 0)
        return "0";
    return (delta > 0 ? "+" : "") + formatted;
}

} // namespace

std::string costReportCsv(const LayerGraph &graph, const CostReport &report, bool perLayer)
{
    std::ostringstream out;
    out << "name,op,output,params,macs,madd,flops,memory_bytes,mem_read_bytes,mem_write_bytes,cio_elements,"
           "traffic_bytes,activation_bytes,connections\n";
    auto emit = [&](const std::vector<std::string> &row) {
        for (std::size_t i = 0; i < row.size(); ++i)
            out << (i ? "," : "") << csvField(row[i]);
        out << '\n';
    };
    if (perLayer) {
        for (std::size_t i = 0; i < graph.nodes.size(); ++i) {
            const Node &n = graph.nodes[i];
            emit(csvRow(n.name, opName(n.op), shapeText(n.out), report.perNode[i]));
        }
    }
    emit(csvRow("total", "", "", report.total));
    return out.str();
}

std::string costReportMarkdown(const LayerGraph &graph, const CostReport &report, const CostReport *baseline,
                               const std::string &baselineName)
{
    std::ostringstream out;
    out << "# " << graph.name << "\n\nInput " << shapeText(graph.input) << ", " << graph.classes << " classes, "
        << graph.nodes.size() << " nodes.\n\n";
    struct Row {
        const char *label;
        std::int64_t value;
        std::int64_t base;
        bool bytes;
    };
    const Cost &t = report.total;
    const Cost b = baseline ? baseline->total : Cost{};
    const std::vector<Row> rows = {
        {"params", t.params, b.params, false},
        {"MACs (conv + linear)", t.macs, b.macs, false},
        {"MAdd (torchstat)", t.madd, b.madd, false},
        {"Flops (torchstat)", t.flops, b.flops, false},
        {"Memory (torchstat)", t.memoryBytes, b.memoryBytes, true},
        {"MemR+W (torchstat)", t.memReadWriteBytes(), b.memReadWriteBytes(), true},
        {"CIO (HarDNet)", t.cioElements, b.cioElements, false},
        {"traffic (all ops)", t.trafficBytes, b.trafficBytes, true},
        {"activations, 1 step (est.)", t.activationBytes, b.activationBytes, true},
        {"connections", t.connections, b.connections, false},
    };
    out << "| cost | value | exact |" << (baseline ? " Δ vs " + baselineName + " |" : std::string()) << '\n'
        << "|---|---:|---:|" << (baseline ? "---:|" : "") << '\n';
    for (const Row &r : rows) {
        const auto fmt = [&](std::int64_t v) { return r.bytes ? formatBytes(v) : formatCount(v); };
        out << "| " << r.label << " | " << fmt(r.value) << " | " << r.value << " |";
        if (baseline) {
            const std::int64_t d = r.value - r.base;
            out << ' ' << signedDelta(d, fmt(d)) << " |";
        }
        out << '\n';
    }
    if (!graph.blocks.empty()) {
        out << "\n## Dense blocks\n\n| stage | rule | layers | connections | in ch | out ch |\n"
               "|---|---|---:|---:|---:|---:|\n";
        for (std::size_t i = 0; i < graph.blocks.size(); ++i) {
            const CompiledBlock &block = graph.blocks[i];
            out << "| " << block.stage + 1 << " | " << toString(block.rule) << " | " << block.connectivity.layers
                << " | " << report.connectionsPerBlock[i] << " | " << block.connectivity.widths[0] << " | "
                << block.connectivity.outputChannels() << " |\n";
        }
    }
    for (const std::string &w : graph.warnings)
        out << "\n> warning: " << w << '\n';
    out << "\n## Layers\n\n| node | op | output | params | MACs | MemR+W | CIO |\n"
           "|---|---|---|---:|---:|---:|---:|\n";
    for (std::size_t i = 0; i < graph.nodes.size(); ++i) {
        const Node &n = graph.nodes[i];
        const Cost &c = report.perNode[i];
        out << "| " << n.name << " | " << opName(n.op) << " | " << shapeText(n.out) << " | " << c.params << " | "
            << c.macs << " | " << c.memReadWriteBytes() << " | " << c.cioElements << " |\n";
    }
    return out.str();
}

} // namespace denselab
