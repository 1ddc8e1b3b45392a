// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

namespace denselab::cli {

/// Bad command-line input: main() prints the message on one line and exits with status 2.
class UsageError : public std::runtime_error {
public:
    explicit UsageError(const std::string &message) : std::runtime_error(message) {}
};

/// The options of one subcommand. Options take their value as the next word or after '='.
/// finish() rejects anything the command did not ask for, naming it.
class Arguments {
public:
    explicit Arguments(std::vector<std::string> words) : m_words(std::move(words)) {}

    std::optional<std::string> value(const std::string &option);
    bool flag(const std::string &option);
    int integer(const std::string &option, int fallback, int minimum);
    /// An integer in minimum..maximum (the limits run.json is read with, say).
    int integer(const std::string &option, int fallback, int minimum, int maximum);
    /// --threads N: 0 (every core) up to this machine's cores; more is a usage error.
    int threads(const std::string &option = "--threads");
    double number(const std::string &option, double fallback, double minimum);
    /// A finite number in minimum..maximum.
    double number(const std::string &option, double fallback, double minimum, double maximum);
    /// Value restricted to a set of choices, e.g. --format table|json.
    std::string choice(const std::string &option, const std::vector<std::string> &choices, const std::string &fallback);
    /// Words that are not options (file names), in order.
    std::vector<std::string> positionals();
    /// Throws the unknown-option error of finish() for a word that starts with "-" and that no
    /// call asked for so far: called before a positional-count error, whose cause is often the
    /// value of a misspelt option ("--epoch 3" leaves "3" behind).
    void rejectUnknownOptions() const;
    /// Throws UsageError for the first word no call asked for: an unknown option is named with
    /// the closest option the command takes ("--epoch" -> "did you mean --epochs?").
    void finish() const;

private:
    std::vector<std::string> m_words;
    std::set<std::size_t> m_used;
    std::set<std::string> m_known;   // every option the command asked for, for "did you mean"
};

} // namespace denselab::cli
