// SPDX-License-Identifier: GPL-3.0-or-later
#include "boundedjson.h"

namespace denselab::io {

nlohmann::json parseBoundedJson(const std::string &text)
{
    // The callback sees the depth of every element as the SAX parser meets it, so the
    // document is refused at the first level too many; it never holds the deep part.
    const auto refuseDeepNesting = [](int depth, nlohmann::json::parse_event_t event, nlohmann::json &) {
        if ((event == nlohmann::json::parse_event_t::object_start || event == nlohmann::json::parse_event_t::array_start)
            && depth >= kMaxJsonDepth) {
            throw JsonTooDeep("nested deeper than " + std::to_string(kMaxJsonDepth) + " levels of arrays and objects");
        }
        return true;
    };
    return nlohmann::json::parse(text, refuseDeepNesting);
}

} // namespace denselab::io
