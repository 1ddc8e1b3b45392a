// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What DenseLab reads from disk, as fuzz targets: each takes arbitrary bytes, feeds them to one
// reader the way a file would, and lets only the reader's documented errors pass (DesignError,
// DataError, FileError, a JSON error). Anything else - a crash, a sanitizer report, another
// exception - is a finding. libFuzzer drives them (scripts/fuzz); tst_fuzzreplay replays the
// committed corpus and every input that ever crashed in the normal test suite.

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace denselab::fuzz {

struct FuzzTarget {
    const char *name;   ///< also the corpus folder: tests/fuzz/corpus/<name>/
    void (*run)(const std::uint8_t *data, std::size_t size);
};

const std::vector<FuzzTarget> &fuzzTargets();
const FuzzTarget *findFuzzTarget(const std::string &name);

} // namespace denselab::fuzz
