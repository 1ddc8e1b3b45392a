// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

namespace denselab {

/// Non-linearity after a batch norm. HarDNet uses ReLU6, DenseNet and ThreshNet ReLU.
enum class Activation { ReLU, ReLU6 };

/// Order of the ops inside one layer: DenseNet's pre-activation or the usual post-activation.
enum class LayerOrder { BnReluConv, ConvBnRelu };

/// Which earlier outputs a layer of a dense-style block reads: DenseNet (Huang et al. 2017, arXiv:1608.06993),
/// HarDNet (Chao et al. 2019, arXiv:1909.00948), Log-DenseNet (Hu et al. 2017, arXiv:1711.00002), SparseNet
/// (Liu & Zeng 2018, arXiv:1804.05340), ThresholdNet (Ju et al. 2021); see docs/connectivity.md.
enum class ConnectivityRule { Dense, Harmonic, LogDense, SparseKeep, ThresholdAB, ThresholdBC, Custom };

/// Harmonic part of the ThresholdNet rules: the rule the paper states, or the sets its tables print.
enum class HarmonicStyle { Stated, Printed };

/// Which layer outputs a block concatenates into its output.
enum class BlockOutput { AllLayers, OddAndLast };

/// A standard layer (optionally with a 1x1 bottleneck) or HarDNet-DS's 1x1 conv + depthwise 3x3.
enum class LayerKind { Standard, DepthwiseSeparable };

/// Down-sampling after a transition or a stage.
enum class PoolKind { None, Max, Avg, DepthwiseConv };

/// The stem before the first stage.
enum class StemKind { None, ImageNet, Cifar, TwoConv };

/// torchvision's ResNet block types.
enum class ResidualKind { Basic, Bottleneck };

/// Comparison of the ThreshNet channel-threshold mechanism.
enum class ThresholdComparison { Greater, GreaterOrEqual };

// Names used in files, on the command line and in the UI; parse functions return false for an
// unknown name so callers can report it with their own context.
const char *toString(Activation v);
const char *toString(LayerOrder v);
const char *toString(ConnectivityRule v);
const char *toString(HarmonicStyle v);
const char *toString(BlockOutput v);
const char *toString(LayerKind v);
const char *toString(PoolKind v);
const char *toString(StemKind v);
const char *toString(ResidualKind v);
const char *toString(ThresholdComparison v);

bool parse(const std::string &s, Activation &out);
bool parse(const std::string &s, LayerOrder &out);
bool parse(const std::string &s, ConnectivityRule &out);
bool parse(const std::string &s, HarmonicStyle &out);
bool parse(const std::string &s, BlockOutput &out);
bool parse(const std::string &s, LayerKind &out);
bool parse(const std::string &s, PoolKind &out);
bool parse(const std::string &s, StemKind &out);
bool parse(const std::string &s, ResidualKind &out);
bool parse(const std::string &s, ThresholdComparison &out);

/// Every accepted name of an enum, for error messages ("expected one of ...") and menus.
template <typename Enum> std::vector<std::string> allNames();

} // namespace denselab
