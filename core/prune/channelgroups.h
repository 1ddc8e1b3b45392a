// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pruneprogress.h"

#include "design/design.h"
#include "graph/layergraph.h"

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace denselab::prune {

/// One channel of a tensor of the layer graph: the pruning group whose channel it is and its
/// index in that group.
struct ChannelRef {
    int group = -1;
    int index = 0;
    bool operator==(const ChannelRef &o) const { return group == o.group && index == o.index; }
};

/// Output channels that can only be removed together: the filters of one convolution, or, where
/// tensors meet at an addition (ResNet), of every convolution whose outputs are added, identity
/// shortcuts included; a depthwise convolution belongs to the group of its input. Removing
/// channel i of a group removes filter i of every producer, the matching BatchNorm channels and
/// depthwise filters, and input channel i (at its offset in each concatenation) of every
/// convolution and linear layer that reads it, through pooling and flatten.
struct PruningGroup {
    int id = 0;
    std::vector<int> producers;         ///< conv nodes whose filters these are (in node order)
    int channels = 0;
    bool prunable = false;
    std::string reason;                 ///< why not, when not prunable
    bool coupled = false;               ///< several producers (an addition) or a depthwise follower
    std::vector<int> readers;           ///< nodes whose weights read the channels (BN, conv, linear)
    std::int64_t paramsPerChannel = 0;  ///< cost model: what one channel fewer saves
    std::int64_t macsPerChannel = 0;

    /// The group's name in tables: its first producer, "+N" for coupled ones.
    std::string name(const LayerGraph &graph) const;
};

/// Where every channel of every node comes from, and the groups. Pure function of the graph.
struct ChannelMap {
    std::vector<std::vector<ChannelRef>> nodeChannels;   ///< per node output, one ref per channel
    std::vector<PruningGroup> groups;                    ///< indexed by ChannelRef::group
    int prunableChannels = 0;                            ///< channels of prunable groups (minus one each)
};

/// Derives the pruning groups of `graph` (no tracing: the graph is the network). The classifier's
/// outputs, the network input, the outputs of grouped (non-depthwise) convolutions and whatever
/// a grouped convolution reads are never pruned. `keepCoupled` reproduces the seed's rule of
/// leaving convolutions before an addition alone. Costs per channel come from `design` compiled
/// with the group one channel narrower (a group that cannot be narrowed is not prunable).
ChannelMap channelMap(const Design &design, const LayerGraph &graph, bool keepCoupled = false);

/// Channels to remove: group id -> channel indices.
using Removal = std::map<int, std::set<int>>;

/// The design with the channels in `removal` gone: every producer of a pruned group gets a
/// width override (Design::widths) of the channels left. Throws DesignError when a group would
/// lose every channel.
Design prunedDesign(const Design &design, const LayerGraph &graph, const ChannelMap &map, const Removal &removal);

/// Positions of `refs` (one node's channels) that survive `removal`, in order: what a weight's
/// channel dimension is sliced to.
std::vector<std::int64_t> keptPositions(const std::vector<ChannelRef> &refs, const Removal &removal);

/// Every producer conv of a prunable group with its width in `graph` against its designed width
/// (what the Prune page and the iterations record).
std::vector<ConvWidth> prunableWidths(const LayerGraph &graph, const ChannelMap &map);

} // namespace denselab::prune
