// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <stdexcept>
#include <string>

namespace denselab {

/// A design that cannot be compiled or a design file that cannot be read. The message is one
/// line of English that names where the problem is (stage and layer, or a JSON pointer and file).
class DesignError : public std::runtime_error {
public:
    explicit DesignError(const std::string &message) : std::runtime_error(message) {}
};

} // namespace denselab
