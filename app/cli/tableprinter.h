// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace denselab::cli {

/// Collects rows and prints them as aligned columns: the first column left-aligned, the others
/// right-aligned (numbers), with a rule under the header.
class TablePrinter {
public:
    explicit TablePrinter(std::vector<std::string> header) : m_header(std::move(header)) {}
    void addRow(std::vector<std::string> row) { m_rows.push_back(std::move(row)); }
    /// Text columns (descriptions, shapes) read better left-aligned too.
    void alignLeft(std::size_t column) { m_left.push_back(column); }
    void print(std::ostream &out) const;

private:
    std::vector<std::string> m_header;
    std::vector<std::vector<std::string>> m_rows;
    std::vector<std::size_t> m_left{0};
};

} // namespace denselab::cli
