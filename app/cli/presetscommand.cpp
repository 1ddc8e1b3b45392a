// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

#include "presets/presets.h"
#include "tableprinter.h"

#include <nlohmann/json.hpp>

namespace denselab::cli {

int runPresets(Arguments &args, std::ostream &out)
{
    const std::string format = args.choice("--format", {"table", "json"}, "table");
    args.finish();
    if (format == "json") {
        nlohmann::json list = nlohmann::json::array();
        for (const PresetInfo &p : presetList())
            list.push_back({{"name", p.name}, {"group", p.group}, {"description", p.description}});
        out << list.dump(2) << '\n';
        return 0;
    }
    TablePrinter table({"preset", "group", "description"});
    table.alignLeft(1);
    table.alignLeft(2);
    for (const PresetInfo &p : presetList())
        table.addRow({p.name, p.group, p.description});
    table.print(out);
    return 0;
}

} // namespace denselab::cli
