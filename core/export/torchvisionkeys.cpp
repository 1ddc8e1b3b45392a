// SPDX-License-Identifier: GPL-3.0-or-later
#include "torchvisionkeys.h"

#include <regex>

namespace denselab::exporting {

namespace {

struct Rule {
    std::regex pattern;
    std::string (*map)(const std::smatch &);
};

// A block or unit number; absurd ones (the key is bounded, its digits are not) map to nothing.
int number(const std::ssub_match &m) { return m.length() > 6 ? -1000000 : std::stoi(m.str()); }

const std::vector<Rule> &rules()
{
    static const std::vector<Rule> all = {
        {std::regex(R"(features\.(conv0|norm0)\.(\w+))"),
         [](const std::smatch &m) { return "stem." + m[1].str() + "." + m[2].str(); }},
        {std::regex(R"(features\.denseblock(\d+)\.denselayer(\d+)\.(norm|conv)\.?([12])\.(\w+))"),
         [](const std::smatch &m) {
             return "stage" + std::to_string(2 * number(m[1]) - 1) + ".layer" + m[2].str() + "." + m[3].str() + m[4].str()
                    + "." + m[5].str();
         }},
        {std::regex(R"(features\.transition(\d+)\.(norm|conv)\.(\w+))"),
         [](const std::smatch &m) { return "stage" + std::to_string(2 * number(m[1])) + "." + m[2].str() + "." + m[3].str(); }},
        {std::regex(R"(features\.norm5\.(\w+))"), [](const std::smatch &m) { return "head.norm." + m[1].str(); }},
        {std::regex(R"(classifier\.(\w+))"), [](const std::smatch &m) { return "head.fc." + m[1].str(); }},
        {std::regex(R"(conv1\.(\w+))"), [](const std::smatch &m) { return "stem.conv0." + m[1].str(); }},
        {std::regex(R"(bn1\.(\w+))"), [](const std::smatch &m) { return "stem.norm0." + m[1].str(); }},
        {std::regex(R"(layer(\d+)\.(\d+)\.(conv\d|bn\d)\.(\w+))"),
         [](const std::smatch &m) {
             return "stage" + m[1].str() + ".block" + std::to_string(number(m[2]) + 1) + "." + m[3].str() + "." + m[4].str();
         }},
        {std::regex(R"(layer(\d+)\.(\d+)\.downsample\.([01])\.(\w+))"),
         [](const std::smatch &m) {
             return "stage" + m[1].str() + ".block" + std::to_string(number(m[2]) + 1) + ".downsample."
                    + (m[3].str() == "0" ? "conv" : "bn") + "." + m[4].str();
         }},
        {std::regex(R"(fc\.(\w+))"), [](const std::smatch &m) { return "head.fc." + m[1].str(); }},
    };
    return all;
}

} // namespace

std::string denselabKeyOfTorchvision(const std::string &torchvisionKey)
{
    if (torchvisionKey.size() > 200)
        return {};
    std::smatch match;
    for (const Rule &rule : rules())
        if (std::regex_match(torchvisionKey, match, rule.pattern))
            return rule.map(match);
    return {};
}

} // namespace denselab::exporting
