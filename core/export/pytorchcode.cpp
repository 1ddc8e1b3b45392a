// SPDX-License-Identifier: GPL-3.0-or-later
// Writes a compiled layer graph as readable PyTorch code (model.py of `export pytorch`).
#include "pytorchcode.h"

#include "pythontext.h"

#include "cost/costmodel.h"
#include "cost/units.h"
#include "design/designerror.h"
#include "io/atomicfile.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <map>
#include <numeric>
#include <set>
#include <sstream>

namespace denselab::exporting {

namespace {

bool hasModule(OpKind op) { return op == OpKind::Conv || op == OpKind::BatchNorm || op == OpKind::Linear; }

// One operation of a dense layer's chain, as a layer class writes it.
struct Step {
    OpKind op = OpKind::ReLU;
    std::string local;       // attribute / node name inside the layer ("conv1")
    int kernel = 0, stride = 1, padding = 0, groups = 1;
    bool depthwise = false;  // groups = in = out channels of this layer instance
    bool bias = false;
    double dropout = 0.0;
    std::string signature() const
    {
        return std::to_string(int(op)) + ":" + local + ":" + std::to_string(kernel) + "/" + std::to_string(stride) + "/"
               + std::to_string(padding) + "/" + std::to_string(groups) + (depthwise ? "dw" : "") + (bias ? "b" : "")
               + pythonNumber(dropout);
    }
};

struct LayerClass {
    std::string name;
    std::vector<Step> steps;
    std::vector<std::string> usedBy;   // stages, for the docstring
};

// A dense block that model.py writes as a DenseBlock: layers that are chains of simple ops
// after the concatenation of their sources.
struct BlockPlan {
    std::string path;                          // "stage1": the DenseBlock's attribute
    int layers = 0;
    std::vector<int> kept;                     // layer numbers present
    std::map<int, std::vector<int>> sources;   // per layer, block-local source indices
    std::vector<int> output;
    std::vector<int> classOf;                  // per kept layer, index into the layer classes
    std::vector<int> inChannels;
    std::vector<std::vector<int>> widths;
    std::set<int> nodes;                       // graph nodes the block module computes
    int inputNode = -1;
    int outputNode = -1;
};

class ModelWriter {
public:
    explicit ModelWriter(const LayerGraph &graph) : m_graph(graph) {}

    std::string write()
    {
        planBlocks();
        std::ostringstream out;
        writeHeader(out);
        writeDenseBlockClass(out);
        for (const LayerClass &layer : m_classes)
            writeLayerClass(out, layer);
        writeModelClass(out);
        return out.str();
    }

private:
    const Node &node(int i) const { return m_graph.nodes[static_cast<std::size_t>(i)]; }
    int channelsOf(int i) const { return node(i).out.channels; }

    // The layer classes and block plans of every block that has the plain structure; a block
    // that has not (a layer that branches, an op read from outside) is written node by node.
    void planBlocks()
    {
        for (const CompiledBlock &block : m_graph.blocks) {
            BlockPlan plan;
            if (planBlock(block, plan)) {
                for (const int n : plan.nodes)
                    m_blockOf[n] = static_cast<int>(m_plans.size());
                m_plans.push_back(std::move(plan));
            }
        }
        // A value computed inside a block may only be read inside it (its output aside).
        for (std::size_t i = 0; i < m_graph.nodes.size(); ++i)
            for (const int in : m_graph.nodes[i].inputs) {
                const auto b = m_blockOf.find(in);
                if (b == m_blockOf.end() || in == m_plans[static_cast<std::size_t>(b->second)].outputNode)
                    continue;
                const auto mine = m_blockOf.find(static_cast<int>(i));
                if (mine == m_blockOf.end() || mine->second != b->second)
                    throw DesignError("export: " + m_graph.nodes[i].name + " reads " + node(in).name
                                      + " from inside a dense block");
            }
    }

    bool planBlock(const CompiledBlock &block, BlockPlan &plan)
    {
        const ResolvedBlock &rb = block.connectivity;
        plan.layers = rb.layers;
        plan.inputNode = block.inputNode;
        plan.outputNode = block.outputNode;
        std::map<int, int> sourceIndex{{block.inputNode, 0}};
        for (int i = 1; i <= rb.layers; ++i)
            if (block.layerOutputNode[static_cast<std::size_t>(i)] >= 0)
                sourceIndex[block.layerOutputNode[static_cast<std::size_t>(i)]] = i;
        for (int i = 1; i <= rb.layers; ++i) {
            if (block.layerOutputNode[static_cast<std::size_t>(i)] < 0)
                continue;
            std::vector<int> nodes;
            for (std::size_t n = 0; n < m_graph.nodes.size(); ++n)
                if (m_graph.nodes[n].stage == block.stage && m_graph.nodes[n].blockLayer == i)
                    nodes.push_back(static_cast<int>(n));
            if (nodes.empty())
                return false;
            // "stage1.layer3.conv1": the block's path and the layer's own names.
            const std::string marker = ".layer" + std::to_string(i) + ".";
            const std::string &first = node(nodes.front()).name;
            const std::size_t at = first.find(marker);
            if (at == std::string::npos)
                return false;
            const std::string path = first.substr(0, at);
            if (plan.path.empty())
                plan.path = path;
            if (path != plan.path || !isIdentifier(path) || isReserved(path))
                return false;
            std::size_t k = 0;
            std::vector<int> chainSources;
            int previous = -1;
            if (node(nodes[0]).op == OpKind::Concat) {
                chainSources = node(nodes[0]).inputs;
                previous = nodes[0];
                k = 1;
            } else {
                if (node(nodes[0]).inputs.size() != 1)
                    return false;
                chainSources = node(nodes[0]).inputs;
                previous = chainSources[0];
            }
            std::vector<int> sources;
            for (const int s : chainSources) {
                const auto found = sourceIndex.find(s);
                if (found == sourceIndex.end())
                    return false;
                sources.push_back(found->second);
            }
            const int inChannels = channelsOf(previous);
            std::vector<Step> steps;
            std::vector<int> widths;
            int current = inChannels;
            for (; k < nodes.size(); ++k) {
                const Node &n = node(nodes[k]);
                const std::string prefix = plan.path + marker;
                if (n.inputs.size() != 1 || n.inputs[0] != previous || n.name.rfind(prefix, 0) != 0)
                    return false;
                Step step;
                step.op = n.op;
                step.local = n.name.substr(prefix.size());
                if (!isIdentifier(step.local) || isReserved(step.local))
                    return false;
                step.kernel = n.kernel;
                step.stride = n.stride;
                step.padding = n.padding;
                step.bias = n.bias;
                step.dropout = n.dropout;
                switch (n.op) {
                case OpKind::Conv:
                    step.depthwise = n.groups > 1 && n.groups == current && n.out.channels == current;
                    step.groups = step.depthwise ? 0 : n.groups;
                    if (!step.depthwise)
                        widths.push_back(n.out.channels);
                    break;
                case OpKind::BatchNorm: case OpKind::ReLU: case OpKind::ReLU6: case OpKind::MaxPool:
                case OpKind::AvgPool: case OpKind::Dropout:
                    break;
                default:
                    return false;
                }
                current = n.out.channels;
                steps.push_back(step);
                previous = nodes[k];
                plan.nodes.insert(nodes[k]);
            }
            if (previous != block.layerOutputNode[static_cast<std::size_t>(i)] || steps.empty())
                return false;
            if (node(nodes[0]).op == OpKind::Concat)
                plan.nodes.insert(nodes[0]);
            plan.kept.push_back(i);
            plan.sources[i] = sources;
            plan.inChannels.push_back(inChannels);
            plan.widths.push_back(widths);
            plan.classOf.push_back(layerClassFor(steps, plan.path));
        }
        if (plan.kept.empty())
            return false;
        // The block output: a concatenation of sources (or one source).
        const Node &out = node(block.outputNode);
        const std::vector<int> outSources =
            out.op == OpKind::Concat && out.stage == block.stage && out.blockLayer < 0 ? out.inputs : std::vector<int>{block.outputNode};
        for (const int s : outSources) {
            const auto found = sourceIndex.find(s);
            if (found == sourceIndex.end())
                return false;
            plan.output.push_back(found->second);
        }
        if (outSources.size() > 1)
            plan.nodes.insert(block.outputNode);
        return true;
    }

    int layerClassFor(const std::vector<Step> &steps, const std::string &stage)
    {
        std::string signature;
        for (const Step &s : steps)
            signature += s.signature() + ";";
        const auto found = m_classBySignature.find(signature);
        if (found != m_classBySignature.end()) {
            auto &users = m_classes[static_cast<std::size_t>(found->second)].usedBy;
            if (std::find(users.begin(), users.end(), stage) == users.end())
                users.push_back(stage);
            return found->second;
        }
        LayerClass layer;
        layer.name = "DenseLayer" + std::string(1, static_cast<char>('A' + m_classes.size() % 26))
                     + (m_classes.size() >= 26 ? std::to_string(m_classes.size() / 26) : std::string());
        layer.steps = steps;
        layer.usedBy.push_back(stage);
        m_classes.push_back(layer);
        m_classBySignature[signature] = static_cast<int>(m_classes.size()) - 1;
        return static_cast<int>(m_classes.size()) - 1;
    }

    static std::string describe(const Step &s)
    {
        switch (s.op) {
        case OpKind::Conv:
            return std::string(s.depthwise ? "DWConv" : "Conv") + std::to_string(s.kernel) + "x" + std::to_string(s.kernel)
                   + (s.stride > 1 ? "/" + std::to_string(s.stride) : "");
        case OpKind::BatchNorm: return "BN";
        case OpKind::ReLU: return "ReLU";
        case OpKind::ReLU6: return "ReLU6";
        case OpKind::MaxPool: return "MaxPool";
        case OpKind::AvgPool: return "AvgPool";
        case OpKind::Dropout: return "Dropout";
        default: return opName(s.op);
        }
    }

    // The Python expression for one op applied to `x` (activations, pooling, dropout).
    static std::string functional(OpKind op, const std::string &x, int kernel, int stride, int padding, double dropout)
    {
        const std::string pool = std::to_string(kernel) + ", " + std::to_string(stride) + (padding ? ", " + std::to_string(padding) : "");
        switch (op) {
        case OpKind::ReLU: return "F.relu(" + x + ")";
        case OpKind::ReLU6: return "F.relu6(" + x + ")";
        case OpKind::MaxPool: return "F.max_pool2d(" + x + ", " + pool + ")";
        case OpKind::AvgPool: return "F.avg_pool2d(" + x + ", " + pool + ")";
        case OpKind::GlobalAvgPool: return "F.adaptive_avg_pool2d(" + x + ", 1)";
        case OpKind::Flatten: return "torch.flatten(" + x + ", 1)";
        case OpKind::Dropout: return "F.dropout(" + x + ", " + pythonNumber(dropout) + ", self.training)";
        default: return x;
        }
    }

    static std::string convArguments(int kernel, int stride, int padding, const std::string &groups, bool bias)
    {
        std::string s = std::to_string(kernel);
        if (stride != 1)
            s += ", stride=" + std::to_string(stride);
        if (padding != 0)
            s += ", padding=" + std::to_string(padding);
        if (groups != "1")
            s += ", groups=" + groups;
        if (!bias)
            s += ", bias=False";
        return s;
    }

    void writeHeader(std::ostringstream &out) const
    {
        const CostReport costs = computeCosts(m_graph);
        const Shape &in = m_graph.input;
        out << "\"\"\"" << m_graph.name << ", exported from DenseLab.\n\n"
            << "Input " << in.channels << "x" << in.height << "x" << in.width << ", " << m_graph.classes << " classes; "
            << groupedInteger(costs.total.params) << " parameters, " << groupedInteger(costs.total.macs)
            << " MACs (" << formatCount(costs.total.macs) << ") per image\n(multiply-accumulates of the convolutions and linear layers).\n\n"
            << "Module names are DenseLab's layer names: a state_dict key is the layer name followed by\n"
            << "\".weight\", \".bias\", \".running_mean\", ... Dense blocks are DenseBlock modules that loop over\n"
            << "their connectivity lists: layer i reads the concatenation of the outputs listed in\n"
            << "sources[i], where 0 is the block's input. Needs only torch.\n\"\"\"\n"
            << "import torch\nfrom torch import nn\nimport torch.nn.functional as F\n\n"
            << "INPUT_SHAPE = (" << in.channels << ", " << in.height << ", " << in.width << ")\n"
            << "NUM_CLASSES = " << m_graph.classes << "\n";
    }

    void writeDenseBlockClass(std::ostringstream &out) const
    {
        if (m_plans.empty())
            return;
        out << R"(

class DenseBlock(nn.Module):
    """Layer i reads the concatenation of the outputs listed in sources[i] (0: the block input,
    j: layer j's output); the block returns the concatenation of the outputs listed in output."""

    def __init__(self, sources, output, layers):
        super().__init__()
        self.sources = sources
        self.output = output
        for i, layer in layers.items():
            self.add_module(f"layer{i}", layer)

    def forward(self, x):
        features = {0: x}
        for i, sources in self.sources.items():
            inputs = [features[s] for s in sources]
            layer = getattr(self, f"layer{i}")
            features[i] = layer(torch.cat(inputs, 1) if len(inputs) > 1 else inputs[0])
        outputs = [features[s] for s in self.output]
        return torch.cat(outputs, 1) if len(outputs) > 1 else outputs[0]
)";
    }

    void writeLayerClass(std::ostringstream &out, const LayerClass &layer) const
    {
        std::string shape;
        for (const Step &s : layer.steps)
            shape += (shape.empty() ? "" : "-") + describe(s);
        std::string users;
        for (const std::string &u : layer.usedBy)
            users += (users.empty() ? "" : ", ") + u;
        out << "\n\nclass " << layer.name << "(nn.Module):\n"
            << "    \"\"\"" << shape << " (" << users << "): `widths` are the output channels of its convolutions.\"\"\"\n\n"
            << "    def __init__(self, in_channels, widths):\n        super().__init__()\n";
        std::string channels = "in_channels";
        int width = 0;
        for (const Step &s : layer.steps) {
            if (s.op == OpKind::Conv) {
                const std::string outChannels = s.depthwise ? channels : "widths[" + std::to_string(width++) + "]";
                out << "        self." << s.local << " = nn.Conv2d(" << channels << ", " << outChannels << ", "
                    << convArguments(s.kernel, s.stride, s.padding, s.depthwise ? channels : std::to_string(s.groups), s.bias)
                    << ")\n";
                channels = outChannels;
            } else if (s.op == OpKind::BatchNorm) {
                out << "        self." << s.local << " = nn.BatchNorm2d(" << channels << ")\n";
            }
        }
        out << "\n    def forward(self, x):\n";
        for (const Step &s : layer.steps) {
            if (hasModule(s.op))
                out << "        x = self." << s.local << "(x)\n";
            else
                out << "        x = " << functional(s.op, "x", s.kernel, s.stride, s.padding, s.dropout) << "\n";
        }
        out << "        return x\n";
    }

    // An item of the top-level forward(): a block or one node.
    struct Item {
        int block = -1;   // index into m_plans, or -1 for a node
        int node = -1;    // the node (the block's output node for a block)
        std::vector<int> inputs;
    };

    std::vector<Item> items() const
    {
        std::vector<Item> result;
        std::set<int> blocksDone;
        for (std::size_t i = 1; i < m_graph.nodes.size(); ++i) {
            const auto b = m_blockOf.find(static_cast<int>(i));
            if (b == m_blockOf.end()) {
                result.push_back({-1, static_cast<int>(i), m_graph.nodes[i].inputs});
            } else if (blocksDone.insert(b->second).second) {
                const BlockPlan &plan = m_plans[static_cast<std::size_t>(b->second)];
                result.push_back({b->second, plan.outputNode, {plan.inputNode}});
            }
        }
        return result;
    }

    std::string moduleAccess(const std::string &nodeName) const { return "self." + pythonModulePath(nodeName); }

    // Creates the containers above `path` ("stage2" for "stage2.norm") that do not exist yet.
    void ensureContainers(std::ostringstream &out, const std::string &path, std::set<std::string> &created) const
    {
        const std::vector<std::string> parts = split(path, '.');
        std::string prefix;
        for (std::size_t i = 0; i + 1 < parts.size(); ++i) {
            prefix += (i ? "." : "") + parts[i];
            if (created.insert(prefix).second)
                out << "        self." << prefix << " = nn.Module()\n";
        }
    }

    void writeBlockConstruction(std::ostringstream &out, const BlockPlan &plan) const
    {
        const std::size_t count = plan.kept.size();
        out << "        # " << plan.path << ": dense block of " << count << " layers on " << plan.inChannels.front()
            << " input channels\n";
        bool denseSources = true;
        for (const auto &[layer, sources] : plan.sources) {
            std::vector<int> all(static_cast<std::size_t>(layer));
            std::iota(all.begin(), all.end(), 0);
            denseSources = denseSources && sources == all;
        }
        std::vector<int> consecutive(static_cast<std::size_t>(plan.layers));
        std::iota(consecutive.begin(), consecutive.end(), 1);
        const bool allKept = plan.kept == consecutive;
        const std::string layerList = allKept ? "range(1, " + std::to_string(plan.layers + 1) + ")" : "[" + joinInts(plan.kept) + "]";
        std::string sources;
        if (denseSources && allKept) {
            sources = "{i: list(range(i)) for i in " + layerList + "}";
        } else {
            sources = "{";
            bool firstEntry = true;
            for (const auto &[layer, from] : plan.sources) {
                sources += (firstEntry ? "" : ", ") + std::to_string(layer) + ": " + pythonIntList(from);
                firstEntry = false;
            }
            sources += "}";
        }
        out << "        in_channels = " << wrap("[" + joinInts(plan.inChannels) + "]", "            ") << "\n";
        bool sameWidths = true;
        for (const auto &w : plan.widths)
            sameWidths = sameWidths && w == plan.widths.front();
        auto tuple = [](const std::vector<int> &w) { return "(" + joinInts(w) + (w.size() == 1 ? ",)" : ")"); };
        if (sameWidths) {
            out << "        widths = [" << tuple(plan.widths.front()) << "] * " << count << "\n";
        } else {
            std::string all = "[";
            for (std::size_t i = 0; i < count; ++i)
                all += (i ? ", " : "") + tuple(plan.widths[i]);
            out << "        widths = " << wrap(all + "]", "            ") << "\n";
        }
        bool oneClass = std::all_of(plan.classOf.begin(), plan.classOf.end(), [&](int c) { return c == plan.classOf.front(); });
        std::string layers;
        if (oneClass) {
            layers = "{i: " + m_classes[static_cast<std::size_t>(plan.classOf.front())].name + "(c, w) for i, c, w in zip("
                     + layerList + ", in_channels, widths)}";
        } else {
            std::string classes = "[";
            for (std::size_t i = 0; i < count; ++i)
                classes += (i ? ", " : "") + m_classes[static_cast<std::size_t>(plan.classOf[i])].name;
            out << "        kinds = " << wrap(classes + "]", "            ") << "\n";
            layers = "{i: kind(c, w) for i, kind, c, w in zip(" + layerList + ", kinds, in_channels, widths)}";
        }
        out << "        self." << plan.path << " = DenseBlock(\n"
            << "            sources=" << wrap(sources, "                ") << ",\n"
            << "            output=" << pythonIntList(plan.output) << ",\n"
            << "            layers=" << layers << ")\n";
    }

    void writeModelClass(std::ostringstream &out) const
    {
        const std::string className = classNameOf(m_graph.name);
        const std::vector<Item> all = items();
        out << "\n\nclass " << className << "(nn.Module):\n"
            << "    \"\"\"" << m_graph.name << " as DenseLab compiled it.\"\"\"\n\n"
            << "    def __init__(self):\n        super().__init__()\n";
        std::set<std::string> created;
        for (const Item &item : all) {
            if (item.block >= 0) {
                const BlockPlan &plan = m_plans[static_cast<std::size_t>(item.block)];
                if (!created.insert(plan.path).second)
                    throw DesignError("export: " + plan.path + " is both a dense block and a group of layers");
                writeBlockConstruction(out, plan);
                continue;
            }
            const Node &n = node(item.node);
            if (!hasModule(n.op))
                continue;
            const std::string path = pythonModulePath(n.name);
            ensureContainers(out, path, created);
            if (!created.insert(path).second)
                throw DesignError("export: two layers are named " + n.name);
            const Node &in = node(n.inputs.front());
            if (n.op == OpKind::Conv)
                out << "        self." << path << " = nn.Conv2d(" << in.out.channels << ", " << n.out.channels << ", "
                    << convArguments(n.kernel, n.stride, n.padding, std::to_string(n.groups), n.bias) << ")\n";
            else if (n.op == OpKind::BatchNorm)
                out << "        self." << path << " = nn.BatchNorm2d(" << n.out.channels << ")\n";
            else
                out << "        self." << path << " = nn.Linear(" << in.out.numel() << ", " << n.out.channels << ")\n";
        }

        // forward(): values live in `x` while they flow from one line to the next; a value read
        // later (a residual's identity) gets a name of its own.
        std::map<int, std::vector<std::size_t>> readers;
        for (std::size_t k = 0; k < all.size(); ++k)
            for (const int in : all[k].inputs)
                readers[in].push_back(k);
        std::map<int, std::string> variable{{0, "x"}};
        out << "\n    def forward(self, x):\n";
        if (!all.empty() && readers[0] != std::vector<std::size_t>{0}) {   // the input is read again later
            out << "        inputs = x\n";
            variable[0] = "inputs";
        }
        for (std::size_t k = 0; k < all.size(); ++k) {
            const Item &item = all[k];
            std::vector<std::string> args;
            for (const int in : item.inputs)
                args.push_back(variable.at(in));
            const auto &users = readers[item.node];
            const bool flows = k + 1 == all.size() || (users.size() == 1 && users[0] == k + 1
                                                       && all[k + 1].inputs.size() == 1);
            std::string target = "x";
            if (!flows) {
                std::string base = node(item.node).name;
                std::replace(base.begin(), base.end(), '.', '_');
                target = base;
            }
            variable[item.node] = target;
            const Node &n = node(item.node);
            std::string expr;
            if (item.block >= 0) {
                expr = "self." + m_plans[static_cast<std::size_t>(item.block)].path + "(" + args[0] + ")";
            } else if (hasModule(n.op)) {
                expr = moduleAccess(n.name) + "(" + args[0] + ")";
            } else if (n.op == OpKind::Concat) {
                std::string list;
                for (std::size_t a = 0; a < args.size(); ++a)
                    list += (a ? ", " : "") + args[a];
                expr = "torch.cat([" + list + "], 1)";
            } else if (n.op == OpKind::Add) {
                expr = args[0] + " + " + args[1];
            } else {
                expr = functional(n.op, args[0], n.kernel, n.stride, n.padding, n.dropout);
            }
            out << "        " << target << " = " << expr << "\n";
        }
        out << "        return " << (all.empty() ? "x" : variable.at(all.back().node)) << "\n";
        out << "\n\nModel = " << className << "\n";
    }

    const LayerGraph &m_graph;
    std::vector<BlockPlan> m_plans;
    std::map<int, int> m_blockOf;              // node -> plan computing it
    std::vector<LayerClass> m_classes;
    std::map<std::string, int> m_classBySignature;
};

} // namespace

std::string pythonModulePath(const std::string &nodeName)
{
    for (const std::string &part : split(nodeName, '.'))
        if (!isIdentifier(part) || isReserved(part))
            throw DesignError("export: the layer name " + nodeName + " cannot be a PyTorch module name (\"" + part + "\")");
    return nodeName;
}

std::string pytorchModelSource(const LayerGraph &graph) { return ModelWriter(graph).write(); }

void createExportFolder(const std::string &folder)
{
    std::error_code ec;
    std::filesystem::create_directories(folder, ec);
    if (ec)
        throw io::FileError(folder + ": cannot create the folder (" + ec.message() + ")");
}

void writePyTorchFolder(const LayerGraph &graph, const std::string &folder, const std::string &weights)
{
    const std::string source = pytorchModelSource(graph);   // before anything is written
    createExportFolder(folder);
    io::writeFileAtomically(folder + "/model.py", source);
    io::writeFileAtomically(folder + "/README.md", pytorchReadme(graph, weights));
}

std::string pytorchReadme(const LayerGraph &graph, const std::string &weights)
{
    std::ostringstream out;
    out << "# " << graph.name << " for PyTorch\n\n"
        << "`model.py` defines the network (it needs only `torch`)"
        << (weights.empty() ? "" : "; `weights.pt` holds " + weights + " as a plain `state_dict`") << ".\n\n"
        << "```python\nimport torch, model\nnet = model.Model()\n";
    if (!weights.empty())
        out << "net.load_state_dict(torch.load(\"weights.pt\")); net.eval()\n";
    out << "logits = net(torch.randn(1, *model.INPUT_SHAPE))\n```\n";
    return out.str();
}

} // namespace denselab::exporting
