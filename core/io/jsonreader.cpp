// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonreader.h"

#include "design/designerror.h"

#include <cmath>
#include <limits>

namespace denselab::io {

std::string describeValue(const nlohmann::json &value)
{
    std::string text = value.dump();
    if (text.size() > 40)
        text = text.substr(0, 37) + "...";
    return text;
}

void failAt(const std::string &pointer, const std::string &problem)
{
    throw DesignError((pointer.empty() ? std::string("/") : pointer) + ": " + problem);
}

JsonObjectReader::JsonObjectReader(const nlohmann::json &value, std::string pointer)
    : m_value(value), m_pointer(std::move(pointer))
{
    if (!m_value.is_object())
        failAt(m_pointer, "expected an object, got " + describeValue(m_value));
}

void JsonObjectReader::fail(const std::string &key, const std::string &problem) const
{
    failAt(pointerOf(key), problem);
}

bool JsonObjectReader::has(const std::string &key) const
{
    return m_value.contains(key);
}

const nlohmann::json &JsonObjectReader::required(const std::string &key)
{
    if (!has(key))
        fail(key, "missing required field");
    m_read.insert(key);
    return m_value.at(key);
}

const nlohmann::json *JsonObjectReader::child(const std::string &key)
{
    if (!has(key))
        return nullptr;
    m_read.insert(key);
    return &m_value.at(key);
}

std::string JsonObjectReader::requiredString(const std::string &key)
{
    const nlohmann::json &v = required(key);
    if (!v.is_string())
        fail(key, "expected a string, got " + describeValue(v));
    return v.get<std::string>();
}

std::string JsonObjectReader::string(const std::string &key, const std::string &fallback)
{
    return has(key) ? requiredString(key) : fallback;
}

int JsonObjectReader::integer(const std::string &key, int fallback, int minimum, int maximum)
{
    if (!has(key))
        return fallback;
    const nlohmann::json &v = required(key);
    if (!v.is_number_integer())
        fail(key, "expected an integer, got " + describeValue(v));
    const auto value = v.get<std::int64_t>();
    if (value < minimum || value > maximum) {
        fail(key, "value " + std::to_string(value) + " is outside " + std::to_string(minimum) + ".."
                      + std::to_string(maximum));
    }
    return static_cast<int>(value);
}

double JsonObjectReader::number(const std::string &key, double fallback, double minimum, double maximum)
{
    if (!has(key))
        return fallback;
    const nlohmann::json &v = required(key);
    if (!v.is_number())
        fail(key, "expected a number, got " + describeValue(v));
    const double value = v.get<double>();
    if (!std::isfinite(value) || value < minimum || value > maximum)
        fail(key, "value " + describeValue(v) + " is outside " + describeValue(minimum) + ".." + describeValue(maximum));
    return value;
}

bool JsonObjectReader::boolean(const std::string &key, bool fallback)
{
    if (!has(key))
        return fallback;
    const nlohmann::json &v = required(key);
    if (!v.is_boolean())
        fail(key, "expected true or false, got " + describeValue(v));
    return v.get<bool>();
}

std::vector<int> JsonObjectReader::integers(const std::string &key, const std::vector<int> &fallback, int minimum,
                                            int maximum, std::size_t maxCount)
{
    if (!has(key))
        return fallback;
    const nlohmann::json &v = required(key);
    if (!v.is_array())
        fail(key, "expected an array of integers, got " + describeValue(v));
    if (v.size() > maxCount)
        fail(key, std::to_string(v.size()) + " entries, more than the limit of " + std::to_string(maxCount));
    std::vector<int> values;
    for (std::size_t i = 0; i < v.size(); ++i) {
        const nlohmann::json &item = v[i];
        const std::string where = pointerOf(key) + "/" + std::to_string(i);
        if (!item.is_number_integer())
            failAt(where, "expected an integer, got " + describeValue(item));
        const auto value = item.get<std::int64_t>();
        if (value < minimum || value > maximum)
            failAt(where, "value " + std::to_string(value) + " is outside " + std::to_string(minimum) + ".."
                              + std::to_string(maximum));
        values.push_back(static_cast<int>(value));
    }
    return values;
}

void JsonObjectReader::finish() const
{
    for (auto it = m_value.begin(); it != m_value.end(); ++it) {
        if (m_read.count(it.key()) == 0)
            fail(it.key(), "unknown field \"" + it.key() + "\"");
    }
}

} // namespace denselab::io
