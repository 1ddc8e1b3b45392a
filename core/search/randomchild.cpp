// SPDX-License-Identifier: GPL-3.0-or-later
#include "randomchild.h"

#include "decisionspace.h"

#include "cost/costmodel.h"
#include "design/designerror.h"
#include "graph/compiler.h"

#include <cmath>
#include <random>

namespace denselab::search {

namespace {

constexpr int kBisections = 16;
constexpr int kDrawsPerProbability = 6;
constexpr int kFinalDraws = 64;
constexpr int kAttempts = 256;   // draws that may lose a whole block output before giving up

struct Draw {
    ConnectionMask mask;
    ChildCost cost;
};

Draw draw(const Design &parent, const LayerGraph &graph, const Cost &parentCost, const DecisionSpace &space, double p,
          std::mt19937_64 &rng)
{
    std::bernoulli_distribution keep(p);
    for (int attempt = 0; attempt < kAttempts; ++attempt) {
        std::vector<std::vector<bool>> actions(space.layers.size());
        for (std::size_t k = 0; k < space.layers.size(); ++k)
            for (std::size_t j = 0; j < space.layers[k].inParent.size(); ++j)
                actions[k].push_back(keep(rng));
        ConnectionMask mask = maskFromActions(graph, space, actions);
        if (hasBlockOutputs(graph, mask))
            return {mask, childCost(parent, graph, parentCost, mask)};
    }
    throw DesignError("random child: keeping each connection with p = " + std::to_string(p) + ", " + std::to_string(kAttempts)
                      + " draws in a row left a block without output layers; ask for a larger eta");
}

} // namespace

RandomChild randomChild(const Design &parent, double targetEta, std::uint64_t seed)
{
    const LayerGraph graph = compile(parent);
    const Cost parentCost = computeCosts(graph).total;
    const DecisionSpace space = decisionSpace(graph);
    std::mt19937_64 rng(seed);
    double low = 0.0, high = 1.0;
    for (int i = 0; i < kBisections; ++i) {
        const double p = 0.5 * (low + high);
        double eta = 0;
        for (int d = 0; d < kDrawsPerProbability; ++d)
            eta += draw(parent, graph, parentCost, space, p, rng).cost.eta;
        (eta / kDrawsPerProbability < targetEta ? low : high) = p;
    }
    RandomChild best;
    best.keepProbability = 0.5 * (low + high);
    double distance = -1;
    for (int d = 0; d < kFinalDraws; ++d) {
        Draw candidate = draw(parent, graph, parentCost, space, best.keepProbability, rng);
        const double gap = std::abs(candidate.cost.eta - targetEta);
        if (distance < 0 || gap < distance) {
            distance = gap;
            best.mask = std::move(candidate.mask);
            best.cost = candidate.cost;
        }
    }
    best.design = childDesign(parent, graph, best.mask);
    return best;
}

} // namespace denselab::search
