// SPDX-License-Identifier: GPL-3.0-or-later
#include "tableprinter.h"

#include <algorithm>

namespace denselab::cli {

void TablePrinter::print(std::ostream &out) const
{
    std::vector<std::size_t> widths(m_header.size(), 0);
    auto measure = [&](const std::vector<std::string> &row) {
        for (std::size_t i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], row[i].size());
    };
    measure(m_header);
    for (const auto &row : m_rows)
        measure(row);
    auto printRow = [&](const std::vector<std::string> &row) {
        std::string line;
        for (std::size_t i = 0; i < widths.size(); ++i) {
            const std::string cell = i < row.size() ? row[i] : std::string();
            const std::string pad(widths[i] - cell.size(), ' ');
            const bool left = std::find(m_left.begin(), m_left.end(), i) != m_left.end();
            line += (i == 0 ? "" : "  ") + (left ? cell + pad : pad + cell);
        }
        while (!line.empty() && line.back() == ' ')
            line.pop_back();
        out << line << '\n';
    };
    printRow(m_header);
    std::size_t total = 0;
    for (const std::size_t w : widths)
        total += w + 2;
    out << std::string(total > 2 ? total - 2 : 0, '-') << '\n';
    for (const auto &row : m_rows)
        printRow(row);
}

} // namespace denselab::cli
