// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

#include "cost/costmodel.h"
#include "cost/units.h"
#include "designsource.h"
#include "graph/compiler.h"
#include "report/costreporttext.h"
#include "tableprinter.h"

#include <nlohmann/json.hpp>

namespace denselab::cli {
namespace {

// The cost keys shared by the totals and every layer (issue #2: integers only).
void putCost(nlohmann::json &j, const Cost &c)
{
    j["params"] = c.params;
    j["macs"] = c.macs;
    j["madd"] = c.madd;
    j["flops"] = c.flops;
    j["memory_bytes"] = c.memoryBytes;
    j["mem_read_bytes"] = c.memReadBytes;
    j["mem_write_bytes"] = c.memWriteBytes;
    j["cio_elements"] = c.cioElements;
    j["traffic_bytes"] = c.trafficBytes;
    j["activation_bytes"] = c.activationBytes;
    j["connections"] = c.connections;
}

void printJson(const LayerGraph &graph, const CostReport &report, std::ostream &out)
{
    nlohmann::json j;
    j["name"] = graph.name;
    j["input"] = {graph.input.channels, graph.input.height, graph.input.width};
    j["classes"] = graph.classes;
    putCost(j, report.total);
    nlohmann::json blocks = nlohmann::json::array();
    for (std::size_t b = 0; b < graph.blocks.size(); ++b) {
        const CompiledBlock &block = graph.blocks[b];
        blocks.push_back({{"stage", block.stage + 1},
                          {"rule", toString(block.rule)},
                          {"layers", block.connectivity.layers},
                          {"connections", report.connectionsPerBlock[b]},
                          {"input_channels", block.connectivity.widths[0]},
                          {"output_channels", block.connectivity.outputChannels()},
                          {"dropped_layers", block.connectivity.droppedLayers}});
    }
    j["blocks"] = blocks;
    j["warnings"] = graph.warnings;
    nlohmann::json layers = nlohmann::json::array();
    for (std::size_t i = 0; i < graph.nodes.size(); ++i) {
        const Node &node = graph.nodes[i];
        nlohmann::json layer = {{"name", node.name},
                                {"op", opName(node.op)},
                                {"output", {node.out.channels, node.out.height, node.out.width}}};
        putCost(layer, report.perNode[i]);
        layers.push_back(std::move(layer));
    }
    j["layers"] = layers;
    out << j.dump(2) << '\n';
}

void printTable(const LayerGraph &graph, const CostReport &report, bool perLayer, std::ostream &out)
{
    const Cost &t = report.total;
    out << graph.name << "  input " << shapeText(graph.input) << ", " << graph.classes << " classes, "
        << graph.nodes.size() << " nodes\n\n";
    TablePrinter totals({"cost", "value", "exact"});
    totals.addRow({"params", formatCount(t.params), std::to_string(t.params)});
    totals.addRow({"MACs (conv + linear)", formatCount(t.macs), std::to_string(t.macs)});
    totals.addRow({"MAdd (torchstat)", formatCount(t.madd), std::to_string(t.madd)});
    totals.addRow({"Flops (torchstat)", formatCount(t.flops), std::to_string(t.flops)});
    totals.addRow({"Memory (torchstat)", formatBytes(t.memoryBytes), std::to_string(t.memoryBytes)});
    totals.addRow({"MemRead (torchstat)", formatBytes(t.memReadBytes), std::to_string(t.memReadBytes)});
    totals.addRow({"MemWrite (torchstat)", formatBytes(t.memWriteBytes), std::to_string(t.memWriteBytes)});
    totals.addRow({"MemR+W (torchstat)", formatBytes(t.memReadWriteBytes()), std::to_string(t.memReadWriteBytes())});
    totals.addRow({"CIO (HarDNet)", formatCount(t.cioElements), std::to_string(t.cioElements)});
    totals.addRow({"traffic (all ops)", formatBytes(t.trafficBytes), std::to_string(t.trafficBytes)});
    totals.addRow({"activations, 1 step (est.)", formatBytes(t.activationBytes), std::to_string(t.activationBytes)});
    totals.addRow({"connections", std::to_string(t.connections), std::to_string(t.connections)});
    totals.print(out);

    if (!graph.blocks.empty()) {
        out << '\n';
        TablePrinter blocks({"block", "rule", "layers", "connections", "in ch", "out ch"});
        blocks.alignLeft(1);
        for (std::size_t b = 0; b < graph.blocks.size(); ++b) {
            const CompiledBlock &block = graph.blocks[b];
            blocks.addRow({"stage " + std::to_string(block.stage + 1), toString(block.rule),
                           std::to_string(block.connectivity.layers), std::to_string(report.connectionsPerBlock[b]),
                           std::to_string(block.connectivity.widths[0]),
                           std::to_string(block.connectivity.outputChannels())});
        }
        blocks.print(out);
    }
    for (const std::string &w : graph.warnings)
        out << "warning: " << w << '\n';

    if (perLayer) {
        out << '\n';
        TablePrinter layers({"node", "op", "output", "params", "MACs", "MAdd", "Flops", "MemR+W", "CIO", "traffic"});
        layers.alignLeft(1);
        layers.alignLeft(2);
        for (std::size_t i = 0; i < graph.nodes.size(); ++i) {
            const Node &n = graph.nodes[i];
            const Cost &c = report.perNode[i];
            layers.addRow({n.name + (n.torchstatVisible || n.op == OpKind::Input ? "" : " *"), opName(n.op),
                           shapeText(n.out), std::to_string(c.params), formatCount(c.macs), formatCount(c.madd),
                           formatCount(c.flops), formatBytes(c.memReadWriteBytes()), formatCount(c.cioElements),
                           formatBytes(c.trafficBytes)});
        }
        layers.print(out);
        out << "* functional or repeated call: invisible to torchstat, counted in traffic\n";
    }
}

} // namespace

int runCosts(Arguments &args, std::ostream &out)
{
    const bool perLayer = args.flag("--per-layer");
    const std::string format = args.choice("--format", {"table", "json", "csv"}, "table");
    DesignSource source = readDesignSource(args);
    args.finish();
    const LayerGraph graph = compile(source.design);
    const CostReport report = computeCosts(graph);
    if (format == "json")
        printJson(graph, report, out);
    else if (format == "csv")
        out << costReportCsv(graph, report, perLayer);
    else
        printTable(graph, report, perLayer, out);
    return 0;
}

} // namespace denselab::cli
