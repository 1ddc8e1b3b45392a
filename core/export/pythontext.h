// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Small pieces of Python source text, for the model.py writer (pytorchcode.cpp).

#include <cstdint>
#include <string>
#include <vector>

namespace denselab::exporting {

/// A Python identifier: a letter or '_', then letters, digits or '_'.
bool isIdentifier(const std::string &s);
/// Python keywords and nn.Module members a submodule name must not shadow.
bool isReserved(const std::string &s);
std::vector<std::string> split(const std::string &s, char sep);
/// "1, 2, 3"
std::string joinInts(const std::vector<int> &values);
/// "[1, 5, 7]", or "list(range(a, b))" for a run of consecutive integers.
std::string pythonIntList(const std::vector<int> &values);
/// A long Python expression wrapped after commas at about `width` columns, continuation lines
/// starting with `indent`.
std::string wrap(const std::string &text, const std::string &indent, std::size_t width = 100);
/// 7978856 -> "7,978,856"
std::string groupedInteger(std::int64_t value);
/// A double as Python reads it back exactly (17 significant digits).
std::string pythonNumber(double value);
/// The Python class name of a design ("densenet-bc-40-12" -> "DensenetBc4012"), never one that
/// model.py defines itself (Model, DenseBlock, DenseLayerA, ...).
std::string classNameOf(const std::string &designName);

} // namespace denselab::exporting
