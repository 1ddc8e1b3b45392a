// SPDX-License-Identifier: GPL-3.0-or-later
#include "channelgroups.h"

#include "cost/costmodel.h"
#include "design/designerror.h"
#include "graph/compiler.h"

#include <algorithm>

namespace denselab::prune {

namespace {

// Channel spaces joined by additions (union-find), each with why it cannot be pruned, if so.
struct Spaces {
    std::vector<int> parent;
    std::vector<int> width;
    std::vector<std::vector<int>> producers;
    std::vector<std::string> fixed;      // non-empty: not prunable, and why
    std::vector<bool> coupled;

    int make(int channels, int producer, std::string fixedReason)
    {
        parent.push_back(int(parent.size()));
        width.push_back(channels);
        producers.push_back(producer >= 0 ? std::vector<int>{producer} : std::vector<int>{});
        fixed.push_back(std::move(fixedReason));
        coupled.push_back(false);
        return int(parent.size()) - 1;
    }
    int find(int s)
    {
        while (parent[std::size_t(s)] != s)
            s = parent[std::size_t(s)] = parent[std::size_t(parent[std::size_t(s)])];
        return s;
    }
    void fix(int s, const std::string &why)
    {
        s = find(s);
        if (fixed[std::size_t(s)].empty())
            fixed[std::size_t(s)] = why;
    }
    void join(int a, int b)
    {
        a = find(a);
        b = find(b);
        if (a == b)
            return;
        parent[std::size_t(b)] = a;
        auto &pa = producers[std::size_t(a)];
        const auto &pb = producers[std::size_t(b)];
        pa.insert(pa.end(), pb.begin(), pb.end());
        std::sort(pa.begin(), pa.end());
        if (fixed[std::size_t(a)].empty())
            fixed[std::size_t(a)] = fixed[std::size_t(b)];
        coupled[std::size_t(a)] = true;
    }
};

// The refs of a whole space in order (0..w-1), or -1 when `refs` is a mix of spaces.
int wholeSpace(Spaces &spaces, const std::vector<ChannelRef> &refs)
{
    if (refs.empty())
        return -1;
    const int s = spaces.find(refs.front().group);
    for (std::size_t i = 0; i < refs.size(); ++i)
        if (spaces.find(refs[i].group) != s || refs[i].index != int(i))
            return -1;
    return int(refs.size()) == spaces.width[std::size_t(s)] ? s : -1;
}

std::vector<ChannelRef> fresh(int space, int channels)
{
    std::vector<ChannelRef> refs(static_cast<std::size_t>(channels));
    for (int i = 0; i < channels; ++i)
        refs[std::size_t(i)] = {space, i};
    return refs;
}

} // namespace

std::string PruningGroup::name(const LayerGraph &graph) const
{
    if (producers.empty())
        return "(input)";
    std::string text = graph.nodes[std::size_t(producers.front())].name;
    if (producers.size() > 1)
        text += " +" + std::to_string(producers.size() - 1);
    return text;
}

ChannelMap channelMap(const Design &design, const LayerGraph &graph, bool keepCoupled)
{
    Spaces spaces;
    std::vector<std::vector<ChannelRef>> refs(graph.nodes.size());
    std::vector<std::vector<int>> readersOf;   // per space, filled after
    std::vector<std::pair<int, std::vector<ChannelRef>>> reads;   // node -> refs its weights read
    const int last = int(graph.nodes.size()) - 1;
    for (std::size_t i = 0; i < graph.nodes.size(); ++i) {
        const Node &node = graph.nodes[i];
        const std::vector<ChannelRef> *in = node.inputs.empty() ? nullptr : &refs[std::size_t(node.inputs.front())];
        switch (node.op) {
        case OpKind::Input:
            refs[i] = fresh(spaces.make(node.out.channels, -1, "the network input"), node.out.channels);
            break;
        case OpKind::Conv: {
            const int inChannels = int(in->size());
            if (node.groups == 1) {
                refs[i] = fresh(spaces.make(node.out.channels, int(i), ""), node.out.channels);
                reads.emplace_back(int(i), *in);
            } else if (node.groups == inChannels && node.out.channels == inChannels) {
                refs[i] = *in;   // depthwise: channel c in, channel c out
                for (const ChannelRef &r : *in)
                    spaces.coupled[std::size_t(spaces.find(r.group))] = true;
                reads.emplace_back(int(i), *in);
            } else {
                refs[i] = fresh(spaces.make(node.out.channels, int(i), "the output of a grouped convolution"),
                                node.out.channels);
                for (const ChannelRef &r : *in)
                    spaces.fix(r.group, "read by a grouped convolution (" + node.name + ")");
            }
            break;
        }
        case OpKind::BatchNorm:
            refs[i] = *in;
            reads.emplace_back(int(i), *in);
            break;
        case OpKind::ReLU:
        case OpKind::ReLU6:
        case OpKind::MaxPool:
        case OpKind::AvgPool:
        case OpKind::GlobalAvgPool:
        case OpKind::Dropout:
            refs[i] = *in;
            break;
        case OpKind::Flatten: {
            const Shape &shape = graph.nodes[std::size_t(node.inputs.front())].out;
            const int positions = shape.height * shape.width;
            for (const ChannelRef &r : *in)
                for (int p = 0; p < positions; ++p)
                    refs[i].push_back(r);   // NCHW flatten: channel-major
            break;
        }
        case OpKind::Linear:
            reads.emplace_back(int(i), *in);
            refs[i] = fresh(spaces.make(node.out.channels, -1, int(i) == last ? "the classifier's outputs" : "a linear layer's outputs"),
                            node.out.channels);
            break;
        case OpKind::Concat:
            for (const int source : node.inputs) {
                const auto &part = refs[std::size_t(source)];
                refs[i].insert(refs[i].end(), part.begin(), part.end());
            }
            break;
        case OpKind::Add: {
            const auto &a = refs[std::size_t(node.inputs[0])];
            const auto &b = refs[std::size_t(node.inputs[1])];
            const int sa = wholeSpace(spaces, a), sb = wholeSpace(spaces, b);
            if (sa < 0 || sb < 0) {
                for (const auto *side : {&a, &b})
                    for (const ChannelRef &r : *side)
                        spaces.fix(r.group, "added to channels of several sources (" + node.name + ")");
            } else {
                spaces.join(sa, sb);
                if (keepCoupled)
                    spaces.fix(sa, "meets an addition (" + node.name + "; the seed's rule keeps these)");
            }
            refs[i] = a;
            break;
        }
        }
    }

    // Groups: one per root space, numbered in order of first appearance.
    ChannelMap map;
    std::vector<int> groupOf(spaces.parent.size(), -1);
    for (std::size_t s = 0; s < spaces.parent.size(); ++s) {
        const int root = spaces.find(int(s));
        if (groupOf[std::size_t(root)] >= 0)
            continue;
        PruningGroup g;
        g.id = int(map.groups.size());
        g.producers = spaces.producers[std::size_t(root)];
        g.channels = spaces.width[std::size_t(root)];
        g.coupled = spaces.coupled[std::size_t(root)] || g.producers.size() > 1;
        g.reason = spaces.fixed[std::size_t(root)];
        if (g.reason.empty() && g.producers.empty())
            g.reason = "no convolution produces it";
        if (g.reason.empty() && g.channels < 2)
            g.reason = "a single channel (a layer keeps at least one)";
        g.prunable = g.reason.empty();
        groupOf[std::size_t(root)] = g.id;
        map.groups.push_back(std::move(g));
    }
    map.nodeChannels.resize(refs.size());
    for (std::size_t i = 0; i < refs.size(); ++i) {
        map.nodeChannels[i].reserve(refs[i].size());
        for (const ChannelRef &r : refs[i])
            map.nodeChannels[i].push_back({groupOf[std::size_t(spaces.find(r.group))], r.index});
    }
    for (const auto &[node, read] : reads) {
        std::set<int> groups;
        for (const ChannelRef &r : read)
            groups.insert(groupOf[std::size_t(spaces.find(r.group))]);
        for (const int g : groups)
            map.groups[std::size_t(g)].readers.push_back(node);
    }

    // What one channel costs: the design compiled with the group one channel narrower.
    const Cost total = computeCosts(graph).total;
    for (PruningGroup &g : map.groups) {
        if (!g.prunable)
            continue;
        Removal one;
        one[g.id] = {g.channels - 1};
        try {
            const Cost narrower = computeCosts(compile(prunedDesign(design, graph, map, one))).total;
            g.paramsPerChannel = total.params - narrower.params;
            g.macsPerChannel = total.macs - narrower.macs;
        } catch (const DesignError &e) {
            g.prunable = false;
            g.reason = std::string("cannot be narrowed: ") + e.what();
            continue;
        }
        map.prunableChannels += g.channels - 1;
    }
    return map;
}

Design prunedDesign(const Design &design, const LayerGraph &graph, const ChannelMap &map, const Removal &removal)
{
    Design pruned = design;
    for (const auto &[groupId, channels] : removal) {
        if (channels.empty())
            continue;
        const PruningGroup &g = map.groups.at(std::size_t(groupId));
        if (!g.prunable)
            throw DesignError("pruning: " + g.name(graph) + " cannot be pruned (" + g.reason + ")");
        const int left = g.channels - int(channels.size());
        if (left < 1)
            throw DesignError("pruning: " + g.name(graph) + " would lose all of its " + std::to_string(g.channels)
                              + " channels");
        for (const int producer : g.producers)
            pruned.widths[graph.nodes[std::size_t(producer)].name] = left;
    }
    return pruned;
}

std::vector<std::int64_t> keptPositions(const std::vector<ChannelRef> &refs, const Removal &removal)
{
    std::vector<std::int64_t> kept;
    kept.reserve(refs.size());
    for (std::size_t p = 0; p < refs.size(); ++p) {
        const auto found = removal.find(refs[p].group);
        if (found == removal.end() || !found->second.count(refs[p].index))
            kept.push_back(std::int64_t(p));
    }
    return kept;
}

std::vector<ConvWidth> prunableWidths(const LayerGraph &graph, const ChannelMap &map)
{
    std::vector<int> producers;
    for (const PruningGroup &g : map.groups)
        if (g.prunable || g.reason.rfind("a single channel", 0) == 0)
            producers.insert(producers.end(), g.producers.begin(), g.producers.end());
    std::sort(producers.begin(), producers.end());   // network order
    std::vector<ConvWidth> rows;
    for (const int producer : producers) {
        const Node &node = graph.nodes[std::size_t(producer)];
        rows.push_back({node.name, node.designedChannels, node.out.channels});
    }
    return rows;
}

} // namespace denselab::prune
