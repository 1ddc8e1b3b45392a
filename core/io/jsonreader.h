// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <nlohmann/json.hpp>

#include <set>
#include <string>
#include <vector>

namespace denselab::io {

/// Strict reader for one JSON object of a design file. Every error is a DesignError whose
/// message starts with the JSON pointer of the offending value ("/stages/3/growth: ...").
/// Call finish() after reading: keys that were never asked for are rejected by name, so a
/// misspelt field is an error instead of being silently ignored.
class JsonObjectReader {
public:
    JsonObjectReader(const nlohmann::json &value, std::string pointer);

    bool has(const std::string &key) const;
    const std::string &pointer() const { return m_pointer; }
    std::string pointerOf(const std::string &key) const { return m_pointer + "/" + key; }

    const nlohmann::json &required(const std::string &key);
    std::string string(const std::string &key, const std::string &fallback);
    std::string requiredString(const std::string &key);
    int integer(const std::string &key, int fallback, int minimum, int maximum);
    double number(const std::string &key, double fallback, double minimum, double maximum);
    bool boolean(const std::string &key, bool fallback);
    /// An array of at most `maxCount` integers in minimum..maximum.
    std::vector<int> integers(const std::string &key, const std::vector<int> &fallback, int minimum, int maximum,
                              std::size_t maxCount);

    /// Reads an enum by its file name; unknown names list the accepted ones.
    template <typename Enum> Enum choice(const std::string &key, Enum fallback);

    /// A child object, or nullptr when absent; marks the key as read.
    const nlohmann::json *child(const std::string &key);

    void finish() const;

private:
    [[noreturn]] void fail(const std::string &key, const std::string &problem) const;

    const nlohmann::json &m_value;
    std::string m_pointer;
    std::set<std::string> m_read;
};

/// "expected X, got <value>" with the value shortened to a readable length.
std::string describeValue(const nlohmann::json &value);
[[noreturn]] void failAt(const std::string &pointer, const std::string &problem);

} // namespace denselab::io

#include "jsonreader_impl.h"
