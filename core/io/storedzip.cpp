// SPDX-License-Identifier: GPL-3.0-or-later
// The zip archives torch.save writes: stored (uncompressed) entries, found through the central
// directory, every offset and size checked against the file before it is used.
#include "storedzip.h"

#include <cstdint>
#include <stdexcept>

namespace denselab::io {

namespace {

std::uint32_t le32(const std::string &b, std::size_t at)
{
    return std::uint32_t(std::uint8_t(b[at])) | std::uint32_t(std::uint8_t(b[at + 1])) << 8
           | std::uint32_t(std::uint8_t(b[at + 2])) << 16 | std::uint32_t(std::uint8_t(b[at + 3])) << 24;
}
std::uint16_t le16(const std::string &b, std::size_t at)
{
    return std::uint16_t(std::uint8_t(b[at]) | std::uint8_t(b[at + 1]) << 8);
}

} // namespace

StoredZipEntries storedZipEntries(const std::string &bytes)
{
    auto fail = [](const std::string &why) { return std::invalid_argument(why); };
    if (bytes.size() < 22 || le32(bytes, 0) != 0x04034b50)
        throw fail("not a zip archive: only the format of torch.save since PyTorch 1.6 can be read "
                   "(re-save the weights with torch.save(state_dict, path) in a recent PyTorch)");
    // The end-of-central-directory record, within the last 64 KiB + 22 bytes (its comment).
    std::size_t eocd = std::string::npos;
    for (std::size_t at = bytes.size() - 22;; --at) {
        if (le32(bytes, at) == 0x06054b50) {
            eocd = at;
            break;
        }
        if (at == 0 || bytes.size() - at > 65557)
            break;
    }
    if (eocd == std::string::npos)
        throw fail("damaged zip archive (no end of central directory)");
    const std::size_t count = le16(bytes, eocd + 10);
    const std::size_t dirSize = le32(bytes, eocd + 12);
    const std::size_t dirOffset = le32(bytes, eocd + 16);
    if (count == 0xffff || dirOffset == 0xffffffff)
        throw fail("zip64 archives (over 4 GiB or 65,535 entries) are not supported");
    if (dirOffset > bytes.size() || dirSize > bytes.size() - dirOffset)
        throw fail("damaged zip archive (central directory outside the file)");
    StoredZipEntries entries;
    std::size_t at = dirOffset;
    for (std::size_t i = 0; i < count; ++i) {
        if (at + 46 > bytes.size() || le32(bytes, at) != 0x02014b50)
            throw fail("damaged zip archive (central directory entry " + std::to_string(i) + ")");
        const std::uint16_t method = le16(bytes, at + 10);
        const std::size_t compressed = le32(bytes, at + 20);
        const std::size_t size = le32(bytes, at + 24);
        const std::size_t nameLength = le16(bytes, at + 28);
        const std::size_t extraLength = le16(bytes, at + 30);
        const std::size_t commentLength = le16(bytes, at + 32);
        const std::size_t local = le32(bytes, at + 42);
        if (at + 46 + nameLength > bytes.size())
            throw fail("damaged zip archive (entry name outside the file)");
        const std::string entry = bytes.substr(at + 46, nameLength);
        if (method != 0 || compressed != size)
            throw fail(entry + ": compressed zip entries are not supported (torch.save stores them uncompressed)");
        if (size == 0xffffffff || local == 0xffffffff)
            throw fail("zip64 archives (over 4 GiB) are not supported");
        if (local + 30 > bytes.size() || le32(bytes, local) != 0x04034b50)
            throw fail(entry + ": damaged zip archive (local header)");
        const std::size_t data = local + 30 + le16(bytes, local + 26) + le16(bytes, local + 28);
        if (data > bytes.size() || size > bytes.size() - data)
            throw fail(entry + ": damaged zip archive (data outside the file)");
        entries[entry] = {data, size};
        at += 46 + nameLength + extraLength + commentLength;
    }
    return entries;
}

} // namespace denselab::io
