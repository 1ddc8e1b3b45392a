// SPDX-License-Identifier: GPL-3.0-or-later
#include "compiler.h"

#include "design/designerror.h"
#include "design/designlimits.h"
#include "graphbuilder.h"

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace denselab {
namespace {

std::string layerPrefix(const std::string &stage, int layer)
{
    return stage + ".layer" + std::to_string(layer);
}

int emitStem(GraphBuilder &b, const StemSpec &stem, int x)
{
    b.setPlace(-1, "stem");
    auto width = [&](std::size_t i) {
        if (stem.widths.size() <= i)
            throw DesignError(std::string("stem (") + toString(stem.kind) + "): needs " + std::to_string(i + 1) + " widths");
        return stem.widths[i];
    };
    switch (stem.kind) {
    case StemKind::None:
        return x;
    case StemKind::ImageNet: {
        // torchvision DenseNet/ResNet: conv0 7x7/2 pad 3 -> norm0 -> relu0 -> pool0 max 3/2 pad 1.
        x = b.conv(x, "stem.conv0", width(0), 7, 2);
        x = b.batchNorm(x, "stem.norm0");
        x = b.activation(x, "stem.relu0", stem.activation);
        return b.pool(x, "stem.pool0", PoolKind::Max, 3, 2, 1);
    }
    case StemKind::Cifar:
        x = b.conv(x, "stem.conv0", width(0), 3, 1);
        if (stem.norm) {
            x = b.batchNorm(x, "stem.norm0");
            x = b.activation(x, "stem.relu0", stem.activation);
        }
        return x;
    case StemKind::TwoConv:
        // HarDNet/ThreshNet: ConvLayer(3x3/2), ConvLayer(second kernel), then max-pool 3/2 or DS down-sampling.
        x = b.convBnAct(x, "stem.conv1", width(0), 3, 2, stem.activation);
        x = b.convBnAct(x, "stem.conv2", width(1), stem.secondKernel, 1, stem.activation);
        if (stem.depthwise)
            return b.depthwiseConvBn(x, "stem.down", 2);
        return b.pool(x, "stem.pool", PoolKind::Max, 3, 2, 1);
    }
    return x;
}

// One layer H_i of a dense-style block, reading the already concatenated input `x`.
int emitBlockLayer(GraphBuilder &b, const DenseBlockSpec &spec, const std::string &prefix, int x, int width)
{
    const Activation act = spec.activation;
    if (spec.layerKind == LayerKind::DepthwiseSeparable) {
        // HarDNet CombConvLayer: ConvLayer(1x1) then DWConvLayer (depthwise kxk + BN, no activation).
        x = b.conv(x, prefix + ".conv1", width, 1);
        x = b.batchNorm(x, prefix + ".norm1");
        x = b.activation(x, prefix + ".relu1", act);
        x = b.depthwiseConv(x, prefix + ".conv2", spec.kernel, 1);
        return b.batchNorm(x, prefix + ".norm2");
    }
    const bool bottleneck = spec.bottleneck > 0.0;
    const int inner = bottleneck ? static_cast<int>(std::lround(spec.bottleneck * spec.growth)) : width;
    if (spec.order == LayerOrder::BnReluConv) {
        x = b.batchNorm(x, prefix + ".norm1");
        x = b.activation(x, prefix + ".relu1", act);
        if (!bottleneck)
            return b.conv(x, prefix + ".conv1", width, spec.kernel);
        x = b.conv(x, prefix + ".conv1", inner, 1);
        x = b.batchNorm(x, prefix + ".norm2");
        x = b.activation(x, prefix + ".relu2", act);
        return b.conv(x, prefix + ".conv2", width, spec.kernel);
    }
    if (!bottleneck)
        return b.convBnAct(x, prefix, width, spec.kernel, 1, act);
    x = b.conv(x, prefix + ".conv1", inner, 1);
    x = b.batchNorm(x, prefix + ".norm1");
    x = b.activation(x, prefix + ".relu1", act);
    x = b.conv(x, prefix + ".conv2", width, spec.kernel);
    x = b.batchNorm(x, prefix + ".norm2");
    return b.activation(x, prefix + ".relu2", act);
}

int emitDenseBlock(GraphBuilder &b, LayerGraph &graph, const Design &design, const DenseBlockSpec &declared,
                   int stageIndex, const std::string &stage, int x)
{
    // The channel-threshold mechanism looks at the designed width, so pruning never flips a rule.
    const DenseBlockSpec spec = effectiveBlock(design, declared, b.designed(x));
    CompiledBlock compiled;
    compiled.stage = stageIndex;
    compiled.rule = spec.connectivity.rule;
    compiled.connectivity = resolveBlock(spec, b.shape(x).channels, b.where());
    compiled.designedInputChannels = b.designed(x);
    compiled.inputNode = x;
    ResolvedBlock &block = compiled.connectivity;
    for (const int dropped : block.droppedLayers) {
        graph.warnings.push_back(b.where() + ": layer " + std::to_string(dropped)
                                 + " has no inputs left and is dropped");
        b.markAbsent(layerPrefix(stage, dropped) + ".");
    }

    compiled.layerOutputNode.assign(static_cast<std::size_t>(block.layers) + 1, -1);
    compiled.layerOutputNode[0] = x;
    for (int i = 1; i <= block.layers; ++i) {
        if (!block.kept[static_cast<std::size_t>(i)])
            continue;
        b.setBlockLayer(i);
        const std::string prefix = layerPrefix(stage, i);
        std::vector<int> sources;
        for (const int s : block.inputs[static_cast<std::size_t>(i)])
            sources.push_back(compiled.layerOutputNode[static_cast<std::size_t>(s)]);
        const int first = static_cast<int>(graph.nodes.size());
        const int in = b.concat(sources, prefix + ".concat");
        const int out = emitBlockLayer(b, spec, prefix, in, block.widths[static_cast<std::size_t>(i)]);
        // The first node this layer added carries its connection count (a lone source adds no concat).
        b.node(first).connections = static_cast<int>(block.inputs[static_cast<std::size_t>(i)].size());
        compiled.layerOutputNode[static_cast<std::size_t>(i)] = out;
        block.widths[static_cast<std::size_t>(i)] = b.shape(out).channels;   // a pruned width, if set
    }
    b.setBlockLayer(-1);
    std::vector<int> outputs;
    for (const int s : block.outputSources)
        outputs.push_back(compiled.layerOutputNode[static_cast<std::size_t>(s)]);
    compiled.outputNode = b.concat(outputs, stage + ".output");
    graph.blocks.push_back(std::move(compiled));
    return graph.blocks.back().outputNode;
}

int emitDownsampling(GraphBuilder &b, int x, const std::string &stage, PoolKind pool, int size, int stride)
{
    switch (pool) {
    case PoolKind::None:
        return x;
    case PoolKind::DepthwiseConv:
        return b.depthwiseConvBn(x, stage + ".down", stride);
    case PoolKind::Max:
    case PoolKind::Avg:
        return b.pool(x, stage + ".pool", pool, size, stride);
    }
    return x;
}

int emitTransition(GraphBuilder &b, const TransitionSpec &t, const std::string &stage, int x)
{
    // Compression applies to the designed width: pruning the block before leaves this conv's
    // width alone (it is pruned, if at all, by a width of its own).
    const int in = b.designed(x);
    const int width = t.width > 0 ? t.width : static_cast<int>(std::floor(t.compression * in + 1e-9));
    if (width < 1) {
        throw DesignError(b.where() + ": compression " + std::to_string(t.compression) + " of " + std::to_string(in)
                          + " channels leaves no channel");
    }
    if (t.dropoutBefore > 0.0)
        x = b.dropout(x, stage + ".dropout", t.dropoutBefore);
    if (t.order == LayerOrder::BnReluConv) {
        x = b.batchNorm(x, stage + ".norm");
        x = b.activation(x, stage + ".relu", t.activation);
        x = b.conv(x, stage + ".conv", width, 1);
    } else {
        x = b.convBnAct(x, stage, width, 1, 1, t.activation);
    }
    return emitDownsampling(b, x, stage, t.pool, t.poolSize, t.poolStride);
}

// torchvision BasicBlock / Bottleneck. The block's single `self.relu` module is called two or
// three times; torchstat keeps only the last call, so the earlier ones are marked invisible.
int emitResidualStage(GraphBuilder &b, const ResidualStageSpec &r, const std::string &stage, int x)
{
    if (r.blocks < 1 || r.planes < 1 || r.stride < 1)
        throw DesignError(b.where() + ": blocks, planes and stride must be positive");
    const bool bottleneck = r.kind == ResidualKind::Bottleneck;
    const int outChannels = bottleneck ? r.planes * 4 : r.planes;
    for (int blk = 1; blk <= r.blocks; ++blk) {
        const std::string p = stage + ".block" + std::to_string(blk);
        const int stride = blk == 1 ? r.stride : 1;
        const int identityIn = x;
        int y = x;
        if (bottleneck) {
            y = b.conv(y, p + ".conv1", r.planes, 1);
            y = b.batchNorm(y, p + ".bn1");
            y = b.activation(y, p + ".relu1", Activation::ReLU, false);
            y = b.conv(y, p + ".conv2", r.planes, 3, stride);
            y = b.batchNorm(y, p + ".bn2");
            y = b.activation(y, p + ".relu2", Activation::ReLU, false);
            y = b.conv(y, p + ".conv3", outChannels, 1);
            y = b.batchNorm(y, p + ".bn3");
        } else {
            y = b.conv(y, p + ".conv1", r.planes, 3, stride);
            y = b.batchNorm(y, p + ".bn1");
            y = b.activation(y, p + ".relu1", Activation::ReLU, false);
            y = b.conv(y, p + ".conv2", r.planes, 3);
            y = b.batchNorm(y, p + ".bn2");
        }
        int identity = identityIn;
        // torchvision's rule on the designed widths: pruning never adds or removes a projection.
        if (stride != 1 || b.designed(identityIn) != outChannels) {
            identity = b.conv(identityIn, p + ".downsample.conv", outChannels, 1, stride);
            identity = b.batchNorm(identity, p + ".downsample.bn");
        }
        const int sum = b.add(y, identity, p + ".add");
        x = b.activation(sum, p + ".relu", Activation::ReLU);
    }
    return x;
}

int emitPlainStage(GraphBuilder &b, const PlainStageSpec &s, const std::string &stage, int x)
{
    if (s.widths.empty())
        throw DesignError(b.where() + ": a plain stage needs at least one convolution width");
    for (std::size_t j = 0; j < s.widths.size(); ++j) {
        const std::string n = std::to_string(j + 1);
        x = b.conv(x, stage + ".conv" + n, s.widths[j], s.kernel, 1, 1, s.bias);
        if (s.batchNorm)
            x = b.batchNorm(x, stage + ".norm" + n);
        x = b.activation(x, stage + ".relu" + n, s.activation);
    }
    return emitDownsampling(b, x, stage, s.pool, s.poolSize, s.poolStride);
}

int emitStackedUnits(GraphBuilder &b, const StackedUnitSpec &s, const std::string &stage, int x)
{
    if (s.n1 < 1 || s.n2 < 1 || s.n3 < 1)
        throw DesignError(b.where() + ": unit sizes n1-n2-n3 must be positive");
    const int in = b.designed(x);
    const int units = s.units > 0 ? s.units : in / s.n1;
    if (units < 1 || std::int64_t(units) * s.n1 != in) {
        throw DesignError(b.where() + ": " + std::to_string(in) + " input channels do not split into "
                          + (s.units > 0 ? std::to_string(s.units) : std::string("whole")) + " units of n1 = "
                          + std::to_string(s.n1));
    }
    // 64-bit products: 65,536 units of 65,537 channels wrapped round to 65,536 (#15).
    x = b.conv(x, stage + ".conv1", std::int64_t(units) * s.n2, s.kernel, s.stride, units);
    x = b.batchNorm(x, stage + ".norm1");
    x = b.activation(x, stage + ".relu1", s.activation);
    x = b.conv(x, stage + ".conv2", std::int64_t(units) * s.n3, s.kernel, 1, units);
    x = b.batchNorm(x, stage + ".norm2");
    x = b.activation(x, stage + ".relu2", s.activation);
    return emitDownsampling(b, x, stage, s.pool, s.poolSize, s.poolStride);
}

int emitHead(GraphBuilder &b, const HeadSpec &h, int classes, int x)
{
    b.setPlace(-1, "head");
    if (h.norm) {
        x = b.batchNorm(x, "head.norm");
        x = b.activation(x, "head.relu", h.activation, !h.functionalTail);
    }
    x = b.globalAvgPool(x, "head.pool", !h.functionalTail);
    x = b.flatten(x, "head.flatten", h.flattenModule);
    if (h.dropout > 0.0)
        x = b.dropout(x, "head.dropout", h.dropout);
    return b.linear(x, "head.fc", classes);
}

} // namespace

std::string describeStage(const Design &design, int stageIndex)
{
    return "stage " + std::to_string(stageIndex + 1) + " ("
        + stageKindName(design.stages[static_cast<std::size_t>(stageIndex)]) + ")";
}

DenseBlockSpec effectiveBlock(const Design &design, const DenseBlockSpec &block, int inputChannels)
{
    if (!design.channelThreshold.enabled)
        return block;
    const int t = design.channelThreshold.threshold;
    const bool harmonic = design.channelThreshold.comparison == ThresholdComparison::Greater ? inputChannels > t
                                                                                             : inputChannels >= t;
    DenseBlockSpec spec = block;
    spec.connectivity.rule = harmonic ? ConnectivityRule::Harmonic : ConnectivityRule::Dense;
    spec.output = harmonic ? BlockOutput::OddAndLast : BlockOutput::AllLayers;
    return spec;
}

LayerGraph compile(const Design &design)
{
    if (design.classes < 1)
        throw DesignError("classes: must be at least 1 (got " + std::to_string(design.classes) + ")");
    // Limits that must hold before anything is allocated: a few hundred bytes of JSON can ask
    // for forty 4096-layer dense blocks (#15).
    if (design.stages.size() > std::size_t(kMaxStages))
        throw DesignError("stages: " + std::to_string(design.stages.size()) + " stages, more than the limit of "
                          + std::to_string(kMaxStages));
    std::int64_t connections = 0;
    for (const Stage &s : design.stages)
        if (const auto *block = std::get_if<DenseBlockSpec>(&s)) {
            const std::int64_t layers = std::clamp(block->layers, 0, kMaxBlockLayers);   // more is refused later
            connections += layers * (layers + 1) / 2;
        }
    if (connections > kMaxConnections)
        throw DesignError("stages: the dense blocks have up to " + std::to_string(connections)
                          + " connections, more than the limit of " + std::to_string(kMaxConnections)
                          + " (see docs/design-format.md, Limits)");
    LayerGraph graph;
    graph.name = design.name;
    graph.classes = design.classes;
    graph.input = {design.input.channels, design.input.height, design.input.width};
    graph.nodes.reserve(64 + design.stages.size() * 64);
    GraphBuilder b(graph, &design.widths);
    int x = b.input(graph.input);
    x = emitStem(b, design.stem, x);

    for (std::size_t i = 0; i < design.stages.size(); ++i) {
        const int index = static_cast<int>(i);
        const std::string stage = "stage" + std::to_string(i + 1);
        b.setPlace(index, describeStage(design, index));
        const Stage &s = design.stages[i];
        if (const auto *block = std::get_if<DenseBlockSpec>(&s))
            x = emitDenseBlock(b, graph, design, *block, index, stage, x);
        else if (const auto *t = std::get_if<TransitionSpec>(&s))
            x = emitTransition(b, *t, stage, x);
        else if (const auto *r = std::get_if<ResidualStageSpec>(&s))
            x = emitResidualStage(b, *r, stage, x);
        else if (const auto *p = std::get_if<PlainStageSpec>(&s))
            x = emitPlainStage(b, *p, stage, x);
        else if (const auto *u = std::get_if<StackedUnitSpec>(&s))
            x = emitStackedUnits(b, *u, stage, x);
        graph.stageOutputs.push_back(b.shape(x));
    }
    emitHead(b, design.head, design.classes, x);
    b.checkWidthsUsed();
    return graph;
}

} // namespace denselab
