// SPDX-License-Identifier: GPL-3.0-or-later
#include "pythontext.h"

#include <algorithm>
#include <cctype>
#include <set>
#include <sstream>

namespace denselab::exporting {

bool isIdentifier(const std::string &s)
{
    if (s.empty() || !(std::isalpha(static_cast<unsigned char>(s[0])) || s[0] == '_'))
        return false;
    return std::all_of(s.begin(), s.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; });
}

// Python keywords and nn.Module members a submodule name must not shadow.
bool isReserved(const std::string &s)
{
    static const std::set<std::string> reserved = {
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def",
        "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is",
        "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
        "training", "forward", "parameters", "buffers", "modules", "children", "state_dict", "train", "eval",
        "to", "cuda", "cpu", "float", "double", "half", "type", "apply", "zero_grad", "sources", "output"};
    return reserved.count(s) > 0;
}

std::vector<std::string> split(const std::string &s, char sep)
{
    std::vector<std::string> parts;
    std::string part;
    std::istringstream in(s);
    while (std::getline(in, part, sep))
        parts.push_back(part);
    return parts;
}

std::string joinInts(const std::vector<int> &values)
{
    std::string s;
    for (std::size_t i = 0; i < values.size(); ++i)
        s += (i ? ", " : "") + std::to_string(values[i]);
    return s;
}

// "[1, 2, 3]" or "list(range(a, b))" for a run of consecutive integers.
std::string pythonIntList(const std::vector<int> &values)
{
    bool consecutive = values.size() > 2;
    for (std::size_t i = 1; consecutive && i < values.size(); ++i)
        consecutive = values[i] == values[i - 1] + 1;
    if (consecutive)
        return values.front() == 0 ? "list(range(" + std::to_string(values.back() + 1) + "))"
                                   : "list(range(" + std::to_string(values.front()) + ", " + std::to_string(values.back() + 1) + "))";
    return "[" + joinInts(values) + "]";
}

// Wraps a long Python expression after commas at about `width` columns.
std::string wrap(const std::string &text, const std::string &indent, std::size_t width)
{
    std::string out;
    std::size_t column = 0;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find(", ", start);
        end = end == std::string::npos ? text.size() : end + 2;
        const std::string piece = text.substr(start, end - start);
        if (column > 0 && column + piece.size() > width) {
            while (!out.empty() && out.back() == ' ')
                out.pop_back();
            out += "\n" + indent;
            column = indent.size();
        }
        out += piece;
        column += piece.size();
        start = end;
    }
    return out;
}

// 7978856 -> "7,978,856"
std::string groupedInteger(std::int64_t value)
{
    std::string digits = std::to_string(value);
    for (int at = static_cast<int>(digits.size()) - 3; at > (value < 0 ? 1 : 0); at -= 3)
        digits.insert(static_cast<std::size_t>(at), ",");
    return digits;
}

std::string pythonNumber(double value)
{
    std::ostringstream s;
    s.precision(17);
    s << value;
    return s.str();
}


std::string classNameOf(const std::string &designName)
{
    std::string name;
    bool upper = true;
    for (const char c : designName) {
        if (std::isalnum(static_cast<unsigned char>(c))) {
            name += upper ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c;
            upper = false;
        } else {
            upper = true;
        }
    }
    if (name.empty() || std::isdigit(static_cast<unsigned char>(name[0])))
        name = "Net" + name;
    // Names model.py defines itself (the layer classes are DenseLayerA, DenseLayerB, ...).
    const bool taken = name == "Model" || name == "DenseBlock" || name.rfind("DenseLayer", 0) == 0;
    return taken ? name + "Net" : name;
}

} // namespace denselab::exporting
