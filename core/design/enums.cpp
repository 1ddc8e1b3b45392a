// SPDX-License-Identifier: GPL-3.0-or-later
#include "enums.h"

#include <array>
#include <utility>

namespace denselab {
namespace {

// One table per enum keeps names and values side by side, so toString/parse/allNames agree.
template <typename Enum, std::size_t N>
using NameTable = std::array<std::pair<Enum, const char *>, N>;

constexpr NameTable<Activation, 2> kActivations{{{Activation::ReLU, "relu"}, {Activation::ReLU6, "relu6"}}};
constexpr NameTable<LayerOrder, 2> kOrders{{{LayerOrder::BnReluConv, "bn-relu-conv"},
                                            {LayerOrder::ConvBnRelu, "conv-bn-relu"}}};
constexpr NameTable<ConnectivityRule, 7> kRules{{{ConnectivityRule::Dense, "dense"},
                                                 {ConnectivityRule::Harmonic, "harmonic"},
                                                 {ConnectivityRule::LogDense, "log-dense"},
                                                 {ConnectivityRule::SparseKeep, "sparse-keep"},
                                                 {ConnectivityRule::ThresholdAB, "threshold-ab"},
                                                 {ConnectivityRule::ThresholdBC, "threshold-bc"},
                                                 {ConnectivityRule::Custom, "custom"}}};
constexpr NameTable<HarmonicStyle, 2> kStyles{{{HarmonicStyle::Stated, "stated"}, {HarmonicStyle::Printed, "printed"}}};
constexpr NameTable<BlockOutput, 2> kOutputs{{{BlockOutput::AllLayers, "all"}, {BlockOutput::OddAndLast, "odd-and-last"}}};
constexpr NameTable<LayerKind, 2> kLayerKinds{{{LayerKind::Standard, "standard"},
                                               {LayerKind::DepthwiseSeparable, "depthwise-separable"}}};
constexpr NameTable<PoolKind, 4> kPools{{{PoolKind::None, "none"},
                                         {PoolKind::Max, "max"},
                                         {PoolKind::Avg, "avg"},
                                         {PoolKind::DepthwiseConv, "depthwise-conv"}}};
constexpr NameTable<StemKind, 4> kStems{{{StemKind::None, "none"},
                                         {StemKind::ImageNet, "imagenet"},
                                         {StemKind::Cifar, "cifar"},
                                         {StemKind::TwoConv, "two-conv"}}};
constexpr NameTable<ResidualKind, 2> kResiduals{{{ResidualKind::Basic, "basic"}, {ResidualKind::Bottleneck, "bottleneck"}}};
constexpr NameTable<ThresholdComparison, 2> kComparisons{{{ThresholdComparison::Greater, ">"},
                                                          {ThresholdComparison::GreaterOrEqual, ">="}}};

template <typename Enum, std::size_t N>
const char *nameIn(const NameTable<Enum, N> &table, Enum v)
{
    for (const auto &[value, name] : table)
        if (value == v)
            return name;
    return "?";
}

template <typename Enum, std::size_t N>
bool parseIn(const NameTable<Enum, N> &table, const std::string &s, Enum &out)
{
    for (const auto &[value, name] : table) {
        if (s == name) {
            out = value;
            return true;
        }
    }
    return false;
}

template <typename Enum, std::size_t N>
std::vector<std::string> namesIn(const NameTable<Enum, N> &table)
{
    std::vector<std::string> names;
    for (const auto &entry : table)
        names.emplace_back(entry.second);
    return names;
}

} // namespace

#define DENSELAB_ENUM_NAMES(Enum, table)                                                           \
    const char *toString(Enum v) { return nameIn(table, v); }                                      \
    bool parse(const std::string &s, Enum &out) { return parseIn(table, s, out); }                 \
    template <> std::vector<std::string> allNames<Enum>() { return namesIn(table); }

DENSELAB_ENUM_NAMES(Activation, kActivations)
DENSELAB_ENUM_NAMES(LayerOrder, kOrders)
DENSELAB_ENUM_NAMES(ConnectivityRule, kRules)
DENSELAB_ENUM_NAMES(HarmonicStyle, kStyles)
DENSELAB_ENUM_NAMES(BlockOutput, kOutputs)
DENSELAB_ENUM_NAMES(LayerKind, kLayerKinds)
DENSELAB_ENUM_NAMES(PoolKind, kPools)
DENSELAB_ENUM_NAMES(StemKind, kStems)
DENSELAB_ENUM_NAMES(ResidualKind, kResiduals)
DENSELAB_ENUM_NAMES(ThresholdComparison, kComparisons)

#undef DENSELAB_ENUM_NAMES

} // namespace denselab
