// SPDX-License-Identifier: GPL-3.0-or-later
#include "designjson.h"
#include "boundedjson.h"
#include "design/designlimits.h"

#include "atomicfile.h"

#include "design/designerror.h"
#include "jsonreader.h"

#include <cstdio>
#include <fstream>
#include <limits>
#include <sstream>

namespace denselab::io {
namespace {

using nlohmann::json;

constexpr int kMaxInt = std::numeric_limits<int>::max();
constexpr int kMaxLayers = kMaxBlockLayers;

// ---------------------------------------------------------------- writing

json stemToJson(const StemSpec &s)
{
    return {{"kind", toString(s.kind)}, {"widths", s.widths}, {"secondKernel", s.secondKernel},
            {"depthwise", s.depthwise}, {"norm", s.norm}, {"activation", toString(s.activation)}};
}

json connectivityToJson(const ConnectivitySpec &c)
{
    json j = {{"rule", toString(c.rule)}, {"threshold", c.threshold}, {"keep", c.keep},
              {"harmonicStyle", toString(c.harmonicStyle)}};
    if (c.rule == ConnectivityRule::Custom)
        j["inputs"] = c.custom;
    return j;
}

struct StageWriter {
    json operator()(const DenseBlockSpec &b) const
    {
        json overrides = json::array();
        for (const ConnectionOverride &o : b.overrides)
            overrides.push_back({{"target", o.target}, {"source", o.source}, {"connected", o.connected}});
        return {{"kind", "dense-block"}, {"layers", b.layers}, {"growth", b.growth},
                {"connectivity", connectivityToJson(b.connectivity)}, {"multiplier", b.multiplier},
                {"bottleneck", b.bottleneck}, {"kernel", b.kernel}, {"order", toString(b.order)},
                {"activation", toString(b.activation)}, {"layerKind", toString(b.layerKind)},
                {"output", toString(b.output)}, {"keepBase", b.keepBase}, {"overrides", overrides}};
    }
    json operator()(const TransitionSpec &t) const
    {
        return {{"kind", "transition"}, {"compression", t.compression}, {"width", t.width},
                {"order", toString(t.order)}, {"activation", toString(t.activation)}, {"pool", toString(t.pool)},
                {"poolSize", t.poolSize}, {"poolStride", t.poolStride}, {"dropoutBefore", t.dropoutBefore}};
    }
    json operator()(const ResidualStageSpec &r) const
    {
        return {{"kind", "residual"}, {"block", toString(r.kind)}, {"blocks", r.blocks}, {"planes", r.planes},
                {"stride", r.stride}};
    }
    json operator()(const PlainStageSpec &p) const
    {
        return {{"kind", "plain"}, {"widths", p.widths}, {"kernel", p.kernel}, {"bias", p.bias},
                {"batchNorm", p.batchNorm}, {"activation", toString(p.activation)}, {"pool", toString(p.pool)},
                {"poolSize", p.poolSize}, {"poolStride", p.poolStride}};
    }
    json operator()(const StackedUnitSpec &u) const
    {
        return {{"kind", "stacked-units"}, {"units", json::array({u.n1, u.n2, u.n3})}, {"count", u.units},
                {"kernel", u.kernel}, {"stride", u.stride}, {"activation", toString(u.activation)},
                {"pool", toString(u.pool)}, {"poolSize", u.poolSize}, {"poolStride", u.poolStride}};
    }
};

// ---------------------------------------------------------------- reading

StemSpec readStem(const json &j, const std::string &pointer)
{
    JsonObjectReader r(j, pointer);
    StemSpec s;
    s.kind = r.choice("kind", s.kind);
    s.widths = r.integers("widths", s.widths, 1, kMaxWidth, 16);
    s.secondKernel = r.integer("secondKernel", s.secondKernel, 1, 15);
    s.depthwise = r.boolean("depthwise", s.depthwise);
    s.norm = r.boolean("norm", s.norm);
    s.activation = r.choice("activation", s.activation);
    r.finish();
    const std::size_t needed = s.kind == StemKind::TwoConv ? 2 : (s.kind == StemKind::None ? 0 : 1);
    if (s.widths.size() < needed)
        failAt(pointer + "/widths", "stem \"" + std::string(toString(s.kind)) + "\" needs " + std::to_string(needed) + " widths");
    return s;
}

ConnectivitySpec readConnectivity(const json &j, const std::string &pointer, int layers)
{
    JsonObjectReader r(j, pointer);
    ConnectivitySpec c;
    c.rule = r.choice("rule", c.rule);
    c.threshold = r.integer("threshold", c.threshold, 0, kMaxLayers);
    c.keep = r.integer("keep", c.keep, 0, kMaxLayers);
    c.harmonicStyle = r.choice("harmonicStyle", c.harmonicStyle);
    if (const json *inputs = r.child("inputs")) {
        const std::string p = r.pointerOf("inputs");
        if (!inputs->is_array())
            failAt(p, "expected an array with the sources of each layer, got " + describeValue(*inputs));
        if (inputs->size() != static_cast<std::size_t>(layers))
            failAt(p, "lists " + std::to_string(inputs->size()) + " layers but the block has " + std::to_string(layers));
        for (std::size_t i = 0; i < inputs->size(); ++i) {
            const json &row = (*inputs)[i];
            const std::string rp = p + "/" + std::to_string(i);
            if (!row.is_array())
                failAt(rp, "expected an array of source layers, got " + describeValue(row));
            std::vector<int> sources;
            std::vector<bool> seen(i + 1, false);
            for (std::size_t k = 0; k < row.size(); ++k) {
                const json &s = row[k];
                const int layer = static_cast<int>(i) + 1;
                if (!s.is_number_integer() || s.get<std::int64_t>() < 0 || s.get<std::int64_t>() >= layer) {
                    failAt(rp + "/" + std::to_string(k), "layer " + std::to_string(layer) + " can only read layers 0.."
                               + std::to_string(layer - 1) + " (a forward reference or a bad value), got "
                               + describeValue(s));
                }
                // A source read twice would be concatenated twice: refused, which also bounds a
                // row to `layer` entries (#15).
                if (seen[s.get<std::size_t>()])
                    failAt(rp + "/" + std::to_string(k), "layer " + std::to_string(s.get<int>()) + " is listed twice");
                seen[s.get<std::size_t>()] = true;
                sources.push_back(s.get<int>());
            }
            c.custom.push_back(std::move(sources));
        }
    }
    r.finish();
    if (c.rule == ConnectivityRule::Custom && c.custom.empty() && layers > 0)
        failAt(pointer, "rule \"custom\" needs \"inputs\": the sources of every layer");
    return c;
}

DenseBlockSpec readDenseBlock(JsonObjectReader &r)
{
    DenseBlockSpec b;
    b.layers = r.integer("layers", b.layers, 1, kMaxLayers);
    b.growth = r.integer("growth", b.growth, 1, kMaxWidth);
    if (const json *c = r.child("connectivity"))
        b.connectivity = readConnectivity(*c, r.pointerOf("connectivity"), b.layers);
    b.multiplier = r.number("multiplier", b.multiplier, 1e-3, 16.0);
    b.bottleneck = r.number("bottleneck", b.bottleneck, 0.0, 1024.0);
    b.kernel = r.integer("kernel", b.kernel, 1, 15);
    b.order = r.choice("order", b.order);
    b.activation = r.choice("activation", b.activation);
    b.layerKind = r.choice("layerKind", b.layerKind);
    b.output = r.choice("output", b.output);
    b.keepBase = r.boolean("keepBase", b.keepBase);
    if (const json *list = r.child("overrides")) {
        const std::string p = r.pointerOf("overrides");
        if (!list->is_array())
            failAt(p, "expected an array of {target, source, connected}, got " + describeValue(*list));
        for (std::size_t i = 0; i < list->size(); ++i) {
            JsonObjectReader o((*list)[i], p + "/" + std::to_string(i));
            ConnectionOverride ov;
            ov.target = o.integer("target", 0, 1, b.layers + 1);
            if (!o.has("target"))
                o.required("target");
            ov.source = o.integer("source", 0, 0, ov.target - 1);
            ov.connected = o.boolean("connected", true);
            o.finish();
            b.overrides.push_back(ov);
        }
    }
    return b;
}

TransitionSpec readTransition(JsonObjectReader &r)
{
    TransitionSpec t;
    t.compression = r.number("compression", t.compression, 1e-6, 64.0);
    t.width = r.integer("width", t.width, 0, kMaxWidth);
    t.order = r.choice("order", t.order);
    t.activation = r.choice("activation", t.activation);
    t.pool = r.choice("pool", t.pool);
    t.poolSize = r.integer("poolSize", t.poolSize, 1, 64);
    t.poolStride = r.integer("poolStride", t.poolStride, 1, 64);
    t.dropoutBefore = r.number("dropoutBefore", t.dropoutBefore, 0.0, 0.999);
    return t;
}

ResidualStageSpec readResidual(JsonObjectReader &r)
{
    ResidualStageSpec s;
    s.kind = r.choice("block", s.kind);
    s.blocks = r.integer("blocks", s.blocks, 1, kMaxLayers);
    s.planes = r.integer("planes", s.planes, 1, kMaxWidth);
    s.stride = r.integer("stride", s.stride, 1, 64);
    return s;
}

PlainStageSpec readPlain(JsonObjectReader &r)
{
    PlainStageSpec p;
    p.widths = r.integers("widths", p.widths, 1, kMaxWidth, kMaxBlockLayers);
    if (p.widths.empty())
        failAt(r.pointerOf("widths"), "needs at least one convolution width");
    p.kernel = r.integer("kernel", p.kernel, 1, 15);
    p.bias = r.boolean("bias", p.bias);
    p.batchNorm = r.boolean("batchNorm", p.batchNorm);
    p.activation = r.choice("activation", p.activation);
    p.pool = r.choice("pool", p.pool);
    p.poolSize = r.integer("poolSize", p.poolSize, 1, 64);
    p.poolStride = r.integer("poolStride", p.poolStride, 1, 64);
    return p;
}

StackedUnitSpec readStacked(JsonObjectReader &r)
{
    StackedUnitSpec u;
    const std::vector<int> sizes = r.integers("units", {u.n1, u.n2, u.n3}, 1, kMaxWidth, 16);
    if (sizes.size() != 3)
        failAt(r.pointerOf("units"), "expected the three node counts n1, n2, n3 of a basic unit");
    u.n1 = sizes[0];
    u.n2 = sizes[1];
    u.n3 = sizes[2];
    u.units = r.integer("count", u.units, 0, kMaxWidth);
    u.kernel = r.integer("kernel", u.kernel, 1, 15);
    u.stride = r.integer("stride", u.stride, 1, 64);
    u.activation = r.choice("activation", u.activation);
    u.pool = r.choice("pool", u.pool);
    u.poolSize = r.integer("poolSize", u.poolSize, 1, 64);
    u.poolStride = r.integer("poolStride", u.poolStride, 1, 64);
    return u;
}

Stage readStage(const json &j, const std::string &pointer)
{
    JsonObjectReader r(j, pointer);
    const std::string kind = r.requiredString("kind");
    Stage stage;
    if (kind == "dense-block")
        stage = readDenseBlock(r);
    else if (kind == "transition")
        stage = readTransition(r);
    else if (kind == "residual")
        stage = readResidual(r);
    else if (kind == "plain")
        stage = readPlain(r);
    else if (kind == "stacked-units")
        stage = readStacked(r);
    else
        failAt(pointer + "/kind", "unknown stage kind \"" + kind
                                      + "\" (expected one of: dense-block, transition, residual, plain, stacked-units)");
    r.finish();
    return stage;
}

HeadSpec readHead(const json &j, const std::string &pointer)
{
    JsonObjectReader r(j, pointer);
    HeadSpec h;
    h.norm = r.boolean("norm", h.norm);
    h.activation = r.choice("activation", h.activation);
    h.functionalTail = r.boolean("functionalTail", h.functionalTail);
    h.flattenModule = r.boolean("flattenModule", h.flattenModule);
    h.dropout = r.number("dropout", h.dropout, 0.0, 0.999);
    r.finish();
    return h;
}

} // namespace

json designToJson(const Design &d)
{
    json stages = json::array();
    for (const Stage &s : d.stages)
        stages.push_back(std::visit(StageWriter{}, s));
    json document = {{"format", kDesignFormat},
            {"version", d.widths.empty() ? 1 : 2},
            {"name", d.name},
            {"description", d.description},
            {"input", {{"channels", d.input.channels}, {"height", d.input.height}, {"width", d.input.width}}},
            {"classes", d.classes},
            {"stem", stemToJson(d.stem)},
            {"stages", stages},
            {"head",
             {{"norm", d.head.norm}, {"activation", toString(d.head.activation)},
              {"functionalTail", d.head.functionalTail}, {"flattenModule", d.head.flattenModule},
              {"dropout", d.head.dropout}}},
            {"channelThreshold",
             {{"enabled", d.channelThreshold.enabled}, {"threshold", d.channelThreshold.threshold},
              {"comparison", toString(d.channelThreshold.comparison)}}}};
    if (!d.widths.empty())
        document["widths"] = d.widths;
    return document;
}

Design designFromJson(const json &document)
{
    JsonObjectReader r(document, "");
    const std::string format = r.requiredString("format");
    if (format != kDesignFormat)
        failAt("/format", "expected \"" + std::string(kDesignFormat) + "\", got \"" + format + "\"");
    const int version = r.integer("version", 0, 1, kMaxInt);
    if (!r.has("version"))
        r.required("version");
    if (version > kDesignVersion)
        failAt("/version", "version " + std::to_string(version) + " is newer than this DenseLab reads ("
                               + std::to_string(kDesignVersion) + ")");

    Design d;
    d.name = r.string("name", d.name);
    d.description = r.string("description", d.description);
    if (const json *input = r.child("input")) {
        JsonObjectReader in(*input, "/input");
        d.input.channels = in.integer("channels", d.input.channels, 1, 4096);
        d.input.height = in.integer("height", d.input.height, 1, 16384);
        d.input.width = in.integer("width", d.input.width, 1, 16384);
        in.finish();
    }
    d.classes = r.integer("classes", d.classes, 1, 1000000);
    if (const json *stem = r.child("stem"))
        d.stem = readStem(*stem, "/stem");
    const json &stages = r.required("stages");
    if (!stages.is_array())
        failAt("/stages", "expected an array of stages, got " + describeValue(stages));
    if (stages.size() > std::size_t(kMaxStages))
        failAt("/stages", std::to_string(stages.size()) + " stages, more than the limit of " + std::to_string(kMaxStages));
    for (std::size_t i = 0; i < stages.size(); ++i)
        d.stages.push_back(readStage(stages[i], "/stages/" + std::to_string(i)));
    if (const json *head = r.child("head"))
        d.head = readHead(*head, "/head");
    if (const json *ct = r.child("channelThreshold")) {
        JsonObjectReader t(*ct, "/channelThreshold");
        d.channelThreshold.enabled = t.boolean("enabled", d.channelThreshold.enabled);
        d.channelThreshold.threshold = t.integer("threshold", d.channelThreshold.threshold, 0, kMaxInt);
        d.channelThreshold.comparison = t.choice("comparison", d.channelThreshold.comparison);
        t.finish();
    }
    if (const json *widths = r.child("widths")) {
        if (version < 2)
            failAt("/widths", "per-convolution widths need format version 2 (the file says " + std::to_string(version) + ")");
        if (!widths->is_object())
            failAt("/widths", "expected an object of convolution name -> output channels, got " + describeValue(*widths));
        if (widths->size() > std::size_t(kMaxNodes))
            failAt("/widths", std::to_string(widths->size()) + " entries, more than the limit of " + std::to_string(kMaxNodes));
        for (const auto &[name, value] : widths->items()) {
            // A JSON pointer escapes '/' and '~'; node names never contain them, but the message should still point right.
            const std::string p = "/widths/" + name;
            if (name.empty())
                failAt(p, "a convolution name cannot be empty");
            if (!value.is_number_integer() || value.get<std::int64_t>() < 1 || value.get<std::int64_t>() > kMaxWidth)
                failAt(p, "expected a width between 1 and " + std::to_string(kMaxWidth) + ", got " + describeValue(value));
            d.widths[name] = value.get<int>();
        }
    }
    r.finish();
    return d;
}

Design parseDesign(const std::string &text, const std::string &source)
{
    json document;
    try {
        document = parseBoundedJson(text);
    } catch (const json::exception &e) {   // syntax, number overflow (1e309), nesting
        throw DesignError(source + ": not valid JSON (" + e.what() + ")");
    }
    try {
        return designFromJson(document);
    } catch (const DesignError &e) {
        throw DesignError(source + ": " + e.what());
    }
}

Design readDesignFile(const std::string &path)
{
    std::string text;
    try {
        text = readTextFile(path);
    } catch (const FileError &e) {
        throw DesignError(e.what());
    }
    return parseDesign(text, path);
}

void writeDesignFile(const Design &design, const std::string &path)
{
    try {
        writeFileAtomically(path, designToJson(design).dump(2) + "\n");
    } catch (const FileError &e) {
        throw DesignError(e.what());
    }
}

} // namespace denselab::io
