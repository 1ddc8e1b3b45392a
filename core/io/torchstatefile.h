// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace denselab::io {

/// A .pth file that cannot be read as a state_dict; the message names the file and the reason.
class TorchFileError : public std::runtime_error {
public:
    explicit TorchFileError(const std::string &message) : std::runtime_error(message) {}
};

/// One tensor of a state_dict, converted to float (integer buffers such as num_batches_tracked
/// too: they are counts).
struct StateTensor {
    std::vector<std::int64_t> sizes;
    std::vector<float> values;   ///< row-major, product of sizes
    std::string storageType;     ///< "FloatStorage", "LongStorage", ...: what the file held
};

/// The tensors of a state_dict that Python wrote with torch.save (the zip format of PyTorch 1.6
/// and later), in the file's order: keys as written ("features.conv0.weight"). A file that holds
/// {"state_dict": {...}} or {"model": {...}} gives the inner dict. Reads the zip's stored entries
/// and a bounded subset of the pickle protocol (what torch.save writes for tensors, dicts,
/// OrderedDicts, tuples and numbers); nothing in the file is executed. LibTorch's own
/// torch::pickle_load cannot read these files (it rejects OrderedDict's BUILD and the SETITEM
/// opcode). Throws TorchFileError naming the file: not a zip, zip64, a compressed entry, an
/// unknown opcode or global, a tensor outside its storage, more than `maxBytes` of file.
std::vector<std::pair<std::string, StateTensor>> readTorchStateDict(const std::string &path,
                                                                    std::uint64_t maxBytes = 4ull << 30);

/// The same from the file's bytes (what the fuzz target feeds); `name` is used in messages.
std::vector<std::pair<std::string, StateTensor>> parseTorchStateDict(const std::string &bytes, const std::string &name);

} // namespace denselab::io
