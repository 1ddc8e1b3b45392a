// SPDX-License-Identifier: GPL-3.0-or-later
#include "ranking.h"

#include <algorithm>
#include <cmath>
#include <tuple>

namespace denselab::prune {

const char *toString(Criterion criterion)
{
    switch (criterion) {
    case Criterion::Taylor: return "taylor";
    case Criterion::Activation: return "activation";
    case Criterion::L1: return "l1";
    case Criterion::Random: return "random";
    }
    return "?";
}

bool parse(const std::string &text, Criterion &out)
{
    for (const Criterion c : {Criterion::Taylor, Criterion::Activation, Criterion::L1, Criterion::Random}) {
        if (text == toString(c)) {
            out = c;
            return true;
        }
    }
    return false;
}

const char *toString(Ranking ranking) { return ranking == Ranking::Global ? "global" : "per-layer"; }

bool parse(const std::string &text, Ranking &out)
{
    if (text == "global" || text == "per-layer") {
        out = text == "global" ? Ranking::Global : Ranking::PerLayer;
        return true;
    }
    return false;
}

namespace {

struct Candidate {
    double score;
    int group;
    int index;
    bool operator<(const Candidate &o) const { return std::tie(score, group, index) < std::tie(o.score, o.group, o.index); }
};

std::vector<Candidate> candidatesOf(const PruningGroup &g, const std::vector<double> &scores, double scale)
{
    std::vector<Candidate> list;
    for (int c = 0; c < g.channels && c < int(scores.size()); ++c)
        list.push_back({scores[std::size_t(c)] * scale, g.id, c});
    std::sort(list.begin(), list.end());
    return list;
}

} // namespace

Removal selectRemoval(const ChannelMap &map, const Scores &scores, int count, Ranking ranking, bool flopsWeighted)
{
    Removal removal;
    if (count <= 0)
        return removal;
    double meanMacs = 0;
    int groups = 0;
    for (const PruningGroup &g : map.groups)
        if (g.prunable && scores.count(g.id)) {
            meanMacs += double(g.macsPerChannel);
            ++groups;
        }
    meanMacs = groups ? meanMacs / groups : 1.0;
    auto scaleOf = [&](const PruningGroup &g, const std::vector<double> &s) {
        double scale = 1.0;
        if (ranking == Ranking::Global) {
            double norm = 0;
            for (const double v : s)
                norm += v * v;
            scale = norm > 0 ? 1.0 / std::sqrt(norm) : 1.0;
        }
        if (flopsWeighted && g.macsPerChannel > 0 && meanMacs > 0)
            scale /= double(g.macsPerChannel) / meanMacs;
        return scale;
    };

    if (ranking == Ranking::Global) {
        std::vector<Candidate> all;
        for (const PruningGroup &g : map.groups) {
            const auto found = scores.find(g.id);
            if (!g.prunable || found == scores.end())
                continue;
            const auto list = candidatesOf(g, found->second, scaleOf(g, found->second));
            all.insert(all.end(), list.begin(), list.end());
        }
        std::sort(all.begin(), all.end());
        int taken = 0;
        for (const Candidate &c : all) {
            if (taken == count)
                break;
            auto &chosen = removal[c.group];
            if (int(chosen.size()) + 1 >= map.groups[std::size_t(c.group)].channels)
                continue;   // a layer keeps at least one filter
            chosen.insert(c.index);
            ++taken;
        }
    } else {
        int prunable = 0;
        for (const PruningGroup &g : map.groups)
            if (g.prunable && scores.count(g.id))
                prunable += g.channels - 1;
        for (const PruningGroup &g : map.groups) {
            const auto found = scores.find(g.id);
            if (!g.prunable || found == scores.end() || prunable == 0)
                continue;
            const int share = std::min(g.channels - 1,
                                       int(std::lround(double(count) * double(g.channels - 1) / double(prunable))));
            const auto list = candidatesOf(g, found->second, 1.0);
            for (int i = 0; i < share; ++i)
                removal[g.id].insert(list[std::size_t(i)].index);
        }
    }
    for (auto it = removal.begin(); it != removal.end();)
        it = it->second.empty() ? removal.erase(it) : std::next(it);
    return removal;
}

} // namespace denselab::prune
