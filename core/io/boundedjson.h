// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <nlohmann/json.hpp>

#include <string>

namespace denselab::io {

/// Deepest nesting of arrays and objects any DenseLab file may have. Ours need fewer than 10
/// levels; nlohmann's dump, copy and comparison recurse once per level, so a hostile file of
/// 100,000 nested brackets would otherwise overflow the stack long after parsing succeeded.
inline constexpr int kMaxJsonDepth = 64;

/// Thrown for a document nested deeper than kMaxJsonDepth. It is an nlohmann::json::exception,
/// so every reader's existing "not valid JSON" handling reports it with the file's name.
class JsonTooDeep : public nlohmann::json::exception {
public:
    explicit JsonTooDeep(const std::string &message) : nlohmann::json::exception(0, message.c_str()) {}
};

/// nlohmann::json::parse that refuses nesting deeper than kMaxJsonDepth while parsing, before
/// any recursive operation can see the document. Throws nlohmann::json::exception (syntax,
/// number overflow, JsonTooDeep).
nlohmann::json parseBoundedJson(const std::string &text);

} // namespace denselab::io
