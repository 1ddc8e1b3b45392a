// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Template part of jsonreader.h; include jsonreader.h instead.

#include "design/enums.h"

namespace denselab::io {

template <typename Enum> Enum JsonObjectReader::choice(const std::string &key, Enum fallback)
{
    if (!has(key))
        return fallback;
    const std::string name = requiredString(key);
    Enum value = fallback;
    if (parse(name, value))
        return value;
    std::string accepted;
    for (const std::string &n : allNames<Enum>())
        accepted += (accepted.empty() ? "" : ", ") + n;
    fail(key, "unknown value \"" + name + "\" (expected one of: " + accepted + ")");
}

} // namespace denselab::io
