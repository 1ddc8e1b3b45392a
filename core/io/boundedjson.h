// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <limits>
#include <string>
#include <type_traits>

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

/// Thrown for a value of the wrong kind where a count is read (a float, a string, out of the
/// type's range). An nlohmann::json::exception, so readers report it like any JSON error.
class JsonBadValue : public nlohmann::json::exception {
public:
    explicit JsonBadValue(const std::string &message) : nlohmann::json::exception(0, message.c_str()) {}
};

/// `value` as the integer type T. nlohmann's get<T>() converts a float by a cast, which is
/// undefined behaviour out of T's range (found by fuzzing, #15); this accepts JSON integers in
/// T's range only.
template <typename T>
T jsonInteger(const nlohmann::json &value)
{
    static_assert(std::is_integral_v<T>);
    constexpr auto maximum = static_cast<std::uint64_t>(std::numeric_limits<T>::max());
    bool fits = false;
    if (value.is_number_unsigned()) {
        fits = value.get<std::uint64_t>() <= maximum;
    } else if (value.is_number_integer()) {
        const std::int64_t v = value.get<std::int64_t>();
        if constexpr (std::is_unsigned_v<T>)
            fits = v >= 0 && static_cast<std::uint64_t>(v) <= maximum;
        else
            fits = v >= std::int64_t(std::numeric_limits<T>::min()) && v <= std::int64_t(std::numeric_limits<T>::max());
    }
    if (!fits)
        throw JsonBadValue("expected an integer in " + std::to_string(std::numeric_limits<T>::min()) + ".."
                           + std::to_string(std::numeric_limits<T>::max()) + ", got " + value.dump());
    return value.get<T>();
}

/// `object[key]` as the integer type T, or `fallback` when the key is absent (json::value for counts).
template <typename T>
T jsonInteger(const nlohmann::json &object, const char *key, T fallback)
{
    const auto found = object.find(key);
    if (found == object.end())
        return fallback;
    try {
        return jsonInteger<T>(*found);
    } catch (const JsonBadValue &e) {
        throw JsonBadValue(std::string("/") + key + ": " + e.what());
    }
}

/// nlohmann::json::parse that refuses nesting deeper than kMaxJsonDepth while parsing, before
/// any recursive operation can see the document. Throws nlohmann::json::exception (syntax,
/// number overflow, JsonTooDeep).
nlohmann::json parseBoundedJson(const std::string &text);

} // namespace denselab::io
