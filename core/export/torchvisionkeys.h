// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

namespace denselab::exporting {

/// The DenseLab state key of a torchvision DenseNet (121/161/169/201) or ResNet (18/34/50/101/
/// 152) state_dict key, empty when the key follows neither scheme. The mapping is one-to-one:
///
///   torchvision                                  DenseLab
///   features.conv0 / features.norm0              stem.conv0 / stem.norm0
///   features.denseblockB.denselayerI.X           stage(2B-1).layerI.X   (X: norm1 conv1 norm2 conv2)
///   features.transitionT.norm / .conv            stage(2T).norm / .conv
///   features.norm5 / classifier                  head.norm / head.fc
///   conv1 / bn1                                  stem.conv0 / stem.norm0
///   layerS.U.convK / .bnK                        stageS.block(U+1).convK / .bnK
///   layerS.U.downsample.0 / .1                   stageS.block(U+1).downsample.conv / .bn
///   fc                                           head.fc
///
/// followed by the parameter's own name (weight, bias, running_mean, running_var,
/// num_batches_tracked). The legacy DenseNet keys of early torchvision ("denselayer1.norm.1")
/// are read as their modern form ("denselayer1.norm1").
std::string denselabKeyOfTorchvision(const std::string &torchvisionKey);

} // namespace denselab::exporting
