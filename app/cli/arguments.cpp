// SPDX-License-Identifier: GPL-3.0-or-later
#include "arguments.h"

#include "text/closestname.h"

#include <algorithm>

#include "training/trainingconfig.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace denselab::cli {

std::optional<std::string> Arguments::value(const std::string &option)
{
    m_known.insert(option);
    for (std::size_t i = 0; i < m_words.size(); ++i) {
        const std::string &w = m_words[i];
        if (w == option) {
            if (i + 1 >= m_words.size())
                throw UsageError(option + " needs a value");
            m_used.insert(i);
            m_used.insert(i + 1);
            return m_words[i + 1];
        }
        if (w.rfind(option + "=", 0) == 0) {
            m_used.insert(i);
            return w.substr(option.size() + 1);
        }
    }
    return std::nullopt;
}

bool Arguments::flag(const std::string &option)
{
    m_known.insert(option);
    for (std::size_t i = 0; i < m_words.size(); ++i) {
        if (m_words[i] == option) {
            m_used.insert(i);
            return true;
        }
    }
    return false;
}

int Arguments::integer(const std::string &option, int fallback, int minimum)
{
    const auto text = value(option);
    if (!text)
        return fallback;
    char *end = nullptr;
    const long v = std::strtol(text->c_str(), &end, 10);
    if (text->empty() || *end != '\0' || v < minimum || v > 1000000000L)
        throw UsageError(option + ": expected an integer >= " + std::to_string(minimum) + ", got \"" + *text + "\"");
    return static_cast<int>(v);
}

int Arguments::integer(const std::string &option, int fallback, int minimum, int maximum)
{
    const int v = integer(option, fallback, minimum);
    if (v > maximum)
        throw UsageError(option + ": " + std::to_string(v) + " is more than the limit of " + std::to_string(maximum));
    return v;
}

double Arguments::number(const std::string &option, double fallback, double minimum, double maximum)
{
    const double v = number(option, fallback, minimum);
    if (v > maximum) {
        char limit[32];
        std::snprintf(limit, sizeof limit, "%g", maximum);
        throw UsageError(option + ": " + std::to_string(v) + " is more than the limit of " + limit);
    }
    return v;
}

int Arguments::threads(const std::string &option)
{
    const int n = integer(option, 0, 0);
    const int cores = training::machineCores();
    if (n > cores)
        throw UsageError(option + ": " + std::to_string(n) + " is more than this machine's " + std::to_string(cores)
                         + " cores (0 uses them all)");
    return n;
}

double Arguments::number(const std::string &option, double fallback, double minimum)
{
    const auto text = value(option);
    if (!text)
        return fallback;
    char *end = nullptr;
    const double v = std::strtod(text->c_str(), &end);
    if (text->empty() || *end != '\0' || !(v >= minimum) || !std::isfinite(v))
        throw UsageError(option + ": expected a finite number >= " + std::to_string(minimum) + ", got \"" + *text + "\"");
    return v;
}

std::string Arguments::choice(const std::string &option, const std::vector<std::string> &choices,
                              const std::string &fallback)
{
    const auto text = value(option);
    if (!text)
        return fallback;
    std::string list;
    for (const std::string &c : choices) {
        if (*text == c)
            return c;
        list += (list.empty() ? "" : "|") + c;
    }
    throw UsageError(option + ": unknown value \"" + *text + "\" (expected " + list + ")");
}

std::vector<std::string> Arguments::positionals()
{
    std::vector<std::string> result;
    for (std::size_t i = 0; i < m_words.size(); ++i) {
        if (m_used.count(i) || (m_words[i].size() > 1 && m_words[i][0] == '-'))
            continue;
        m_used.insert(i);
        result.push_back(m_words[i]);
    }
    return result;
}


void Arguments::rejectUnknownOptions() const
{
    for (std::size_t i = 0; i < m_words.size(); ++i) {
        const std::string &word = m_words[i];
        if (m_used.count(i) || word.size() < 2 || word[0] != '-')
            continue;
        // An option the command does not take: name it, and the closest one it does take.
        const std::string name = word.substr(0, word.find('='));
        if (m_known.count(name))
            continue;
        std::string message = "unknown option \"" + name + "\"";
        if (const std::string closest = closestName(name, {m_known.begin(), m_known.end()}); !closest.empty())
            message += " (did you mean " + closest + "?)";
        throw UsageError(message + " (see denselab-cli COMMAND --help)");
    }
}

void Arguments::finish() const
{
    rejectUnknownOptions();
    for (std::size_t i = 0; i < m_words.size(); ++i)
        if (!m_used.count(i))
            throw UsageError("unexpected argument \"" + m_words[i] + "\" (see denselab-cli COMMAND --help)");
}

} // namespace denselab::cli
