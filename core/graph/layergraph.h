// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "topology/resolvedblock.h"

#include <cstdint>
#include <string>
#include <vector>

namespace denselab {

enum class OpKind { Input, Conv, BatchNorm, ReLU, ReLU6, MaxPool, AvgPool, GlobalAvgPool, Flatten, Dropout, Linear, Concat, Add };

/// Name of an op as printed by the CLI and written to JSON ("conv", "bn", "concat", ...).
const char *opName(OpKind op);

/// Channels x height x width of one sample (batch excluded). Linear and flatten outputs are C x 1 x 1.
struct Shape {
    int channels = 0;
    int height = 0;
    int width = 0;
    std::int64_t numel() const { return std::int64_t(channels) * height * width; }
    bool operator==(const Shape &o) const { return channels == o.channels && height == o.height && width == o.width; }
};

/// One operation of the compiled network. Nodes are stored in execution order and only read
/// earlier nodes, so a single forward sweep evaluates the graph.
struct Node {
    std::string name;            ///< stable, unique, dotted ("stage3.layer5.conv2"): future checkpoint keys
    OpKind op = OpKind::Input;
    std::vector<int> inputs;     ///< indices of earlier nodes; Concat/Add have several
    Shape out;
    /// Output channels the design's stages give this node before any width override
    /// (Design::widths): equal to out.channels in an unpruned network. Concatenations sum their
    /// inputs' designed channels, so a pruned network can be shown against its parent.
    int designedChannels = 0;
    // Conv and pooling attributes (kernel is square); Linear uses out.channels.
    int kernel = 0;
    int stride = 1;
    int padding = 0;
    int groups = 1;
    bool bias = false;
    double dropout = 0.0;
    /// False for what torchstat (seed cost tables) cannot see: functional calls (torch.cat, F.relu,
    /// the `+=` of a residual add) and earlier calls of a module that is called again (torchstat's hooks).
    bool torchstatVisible = true;
    int stage = -1;              ///< index into Design::stages; -1 for stem and head
    int blockLayer = -1;         ///< dense-block layer (1..L) this node belongs to, else -1
    int connections = 0;         ///< edges into the block layer this node starts (0 elsewhere)
};

/// A dense-style block as compiled: where its nodes are and how it is connected.
struct CompiledBlock {
    int stage = -1;
    ConnectivityRule rule = ConnectivityRule::Dense;   ///< after the channel-threshold mechanism
    ResolvedBlock connectivity;                        ///< widths: as built (pruned widths included)
    int designedInputChannels = 0;                     ///< x_0 before width overrides (what the
                                                       ///< channel-threshold mechanism looked at)
    int inputNode = -1;
    std::vector<int> layerOutputNode;                  ///< [i]: node producing x_i (-1 if dropped)
    int outputNode = -1;
};

/// The whole network as compiled from a Design: plain value, thread-agnostic.
struct LayerGraph {
    std::string name;
    Shape input;
    int classes = 0;
    std::vector<Node> nodes;
    std::vector<CompiledBlock> blocks;
    std::vector<Shape> stageOutputs;                   ///< output shape of each Design stage
    std::vector<std::string> warnings;                 ///< e.g. layers dropped for lack of inputs
};

/// Per node, the nodes that read its output, in node order.
std::vector<std::vector<int>> readersOf(const LayerGraph &graph);

} // namespace denselab
