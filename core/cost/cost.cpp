// SPDX-License-Identifier: GPL-3.0-or-later
#include "cost.h"

#include <tuple>

namespace denselab {

Cost &Cost::operator+=(const Cost &o)
{
    params += o.params;
    macs += o.macs;
    madd += o.madd;
    flops += o.flops;
    memoryBytes += o.memoryBytes;
    memReadBytes += o.memReadBytes;
    memWriteBytes += o.memWriteBytes;
    cioElements += o.cioElements;
    trafficBytes += o.trafficBytes;
    activationBytes += o.activationBytes;
    connections += o.connections;
    return *this;
}

bool Cost::operator==(const Cost &o) const
{
    auto fields = [](const Cost &c) {
        return std::tie(c.params, c.macs, c.madd, c.flops, c.memoryBytes, c.memReadBytes, c.memWriteBytes,
                        c.cioElements, c.trafficBytes, c.activationBytes, c.connections);
    };
    return fields(*this) == fields(o);
}

} // namespace denselab
