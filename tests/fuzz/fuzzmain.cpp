// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer entry for one target, chosen at build time (DENSELAB_FUZZ_TARGET, see CMakeLists.txt).
#include "fuzztargets.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const denselab::fuzz::FuzzTarget *target = denselab::fuzz::findFuzzTarget(DENSELAB_FUZZ_TARGET);
    if (!target)
        std::abort();
    target->run(data, size);
    return 0;
}
