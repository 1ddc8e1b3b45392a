// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "graph/layergraph.h"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace denselab::exporting {

/// One parameter or buffer of the network, by its node-name key ("stage1.layer1.conv1.weight").
struct NamedTensor {
    std::vector<std::int64_t> dims;
    std::vector<float> values;
};
using TensorMap = std::map<std::string, NamedTensor>;

/// The opsets `export onnx --opset` accepts: 9 has every op used here; 17 is the newest that
/// Debian's ONNX 1.12 checks. ReLU6 is Clip with min/max attributes below opset 11 and with
/// min/max inputs from 11 on (the form Debian's OpenCV 4.6 does not read yet).
constexpr int kMinOnnxOpset = 9;
constexpr int kMaxOnnxOpset = 17;

struct OnnxOptions {
    int opset = 13;
    int batch = 0;            ///< 0: a dynamic batch dimension ("batch"), else a fixed size
    std::string producerVersion;
};

/// The network as a serialized ONNX ModelProto for inference: input "input" [N, C, H, W] float,
/// output "logits" [N, classes]; every node maps to standard ONNX ops (Conv,
/// BatchNormalization, Relu, Clip for ReLU6, MaxPool, AveragePool, GlobalAveragePool, Flatten,
/// Gemm, Concat, Add); dropout is left out. `weights` must hold every parameter and BN running
/// statistic the graph needs, under node-name keys, with the graph's shapes; throws
/// std::invalid_argument naming the first key that is missing or has the wrong size.
std::string onnxModelBytes(const LayerGraph &graph, const TensorMap &weights, const OnnxOptions &options);

} // namespace denselab::exporting
