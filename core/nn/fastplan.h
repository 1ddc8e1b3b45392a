// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Torch-free: what the fast training engine computes where, read off the layer graph alone.

#include "graph/layergraph.h"

#include <vector>

namespace denselab::nn {

/// A batch norm and the ReLU (or ReLU6) after it, read as one operation by the fast engine: the
/// BN's input is a concatenation of `sources` (or a single node), each source is normalized once
/// per step with its own batch statistics, and the chain only applies its own BN weight and bias
/// and the activation, reading the sources where they lie. No concatenation is made.
struct FastChain {
    int concatNode = -1;        ///< the concatenation the BN reads, -1 when it reads one node
    int normNode = -1;
    int actNode = -1;
    int convNode = -1;          ///< the convolution after it when the plan puts it inside, else -1
    bool relu6 = false;
    /// Its one source has no other BN reader and no convolution is taken in: the batch
    /// statistics fold into the chain's own weight and bias, and the source is read raw
    /// (normActivateSingle), without a normalized copy.
    bool singleReader = false;
    std::vector<int> sources;   ///< in concatenation order (a source may repeat)

    /// The node whose value the chain produces.
    int outputNode() const { return convNode >= 0 ? convNode : actNode; }
};

/// The fast engine's schedule over a graph's nodes (indices are node indices).
struct FastPlan {
    std::vector<FastChain> chains;
    std::vector<int> chainAt;         ///< per node: the chain that produces it, -1 if none
    std::vector<char> covered;        ///< per node: inside a chain, not computed by itself
    std::vector<char> normalized;     ///< per node: chains read it normalized with its batch statistics
    std::vector<int> firstReaderNorm; ///< per normalized node: the BN node of its first reader (its eps)
    std::vector<int> rawLastUse;      ///< per node: last node that reads its value as it is (-1: none)
    std::vector<int> normalizedLastUse;   ///< per node: last chain output node reading it normalized
    /// Per AvgPool node: the 1x1 convolution whose output it averages, computed after the
    /// pooling instead (-1: none). A 1x1 convolution with stride 1 acts on each pixel alone and
    /// an unpadded average pooling is a mean over pixels, so the two commute exactly:
    /// pool(W x + b) = W pool(x) + b. A DenseNet transition's convolution then runs on a
    /// quarter of the pixels, forward and backward. That convolution's node holds the pooled
    /// input meanwhile (poolsFirst).
    std::vector<int> convAfterPool;
    std::vector<int> poolsFirst;          ///< per Conv node: the AvgPool it hands its pooling to, else -1
};

/// Finds every BN -> ReLU/ReLU6 whose BN output has no other reader (and the concatenation
/// before it, when only that BN reads it). `convInside`: a chain whose activation is read only
/// by a convolution takes that convolution in too (the memory-efficient mode, where the
/// activation is recomputed in backward instead of kept), except a 1x1 convolution that alone
/// feeds an unpadded average pooling: in both modes, that one is swapped with its pooling
/// (convAfterPool).
FastPlan planFastEngine(const LayerGraph &graph, bool convInside);

} // namespace denselab::nn
