// SPDX-License-Identifier: GPL-3.0-or-later
#include "design.h"

#include <tuple>

namespace denselab {

// Field-by-field equality: the app's document compares designs to decide whether an edit
// changed anything, and the file round-trip tests rely on it.

bool StemSpec::operator==(const StemSpec &o) const
{
    return std::tie(kind, widths, secondKernel, depthwise, norm, activation)
        == std::tie(o.kind, o.widths, o.secondKernel, o.depthwise, o.norm, o.activation);
}

bool ConnectivitySpec::operator==(const ConnectivitySpec &o) const
{
    return std::tie(rule, threshold, keep, harmonicStyle, custom)
        == std::tie(o.rule, o.threshold, o.keep, o.harmonicStyle, o.custom);
}

bool DenseBlockSpec::operator==(const DenseBlockSpec &o) const
{
    return std::tie(layers, growth, connectivity, multiplier, bottleneck, kernel, order, activation,
                    layerKind, output, keepBase, overrides)
        == std::tie(o.layers, o.growth, o.connectivity, o.multiplier, o.bottleneck, o.kernel, o.order,
                    o.activation, o.layerKind, o.output, o.keepBase, o.overrides);
}

bool TransitionSpec::operator==(const TransitionSpec &o) const
{
    return std::tie(compression, width, order, activation, pool, poolSize, poolStride, dropoutBefore)
        == std::tie(o.compression, o.width, o.order, o.activation, o.pool, o.poolSize, o.poolStride,
                    o.dropoutBefore);
}

bool ResidualStageSpec::operator==(const ResidualStageSpec &o) const
{
    return std::tie(kind, blocks, planes, stride) == std::tie(o.kind, o.blocks, o.planes, o.stride);
}

bool PlainStageSpec::operator==(const PlainStageSpec &o) const
{
    return std::tie(widths, kernel, bias, batchNorm, activation, pool, poolSize, poolStride)
        == std::tie(o.widths, o.kernel, o.bias, o.batchNorm, o.activation, o.pool, o.poolSize, o.poolStride);
}

bool StackedUnitSpec::operator==(const StackedUnitSpec &o) const
{
    return std::tie(n1, n2, n3, units, kernel, stride, activation, pool, poolSize, poolStride)
        == std::tie(o.n1, o.n2, o.n3, o.units, o.kernel, o.stride, o.activation, o.pool, o.poolSize,
                    o.poolStride);
}

bool HeadSpec::operator==(const HeadSpec &o) const
{
    return std::tie(norm, activation, functionalTail, flattenModule, dropout)
        == std::tie(o.norm, o.activation, o.functionalTail, o.flattenModule, o.dropout);
}

bool Design::operator==(const Design &o) const
{
    return std::tie(name, description, input, classes, stem, stages, head, channelThreshold, widths)
        == std::tie(o.name, o.description, o.input, o.classes, o.stem, o.stages, o.head, o.channelThreshold,
                    o.widths);
}

const char *stageKindName(const Stage &stage)
{
    struct Namer {
        const char *operator()(const DenseBlockSpec &) const { return "dense-block"; }
        const char *operator()(const TransitionSpec &) const { return "transition"; }
        const char *operator()(const ResidualStageSpec &) const { return "residual"; }
        const char *operator()(const PlainStageSpec &) const { return "plain"; }
        const char *operator()(const StackedUnitSpec &) const { return "stacked-units"; }
    };
    return std::visit(Namer{}, stage);
}

} // namespace denselab
