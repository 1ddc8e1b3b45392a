// SPDX-License-Identifier: GPL-3.0-or-later
#include "filebytes.h"

#include "imagedataset.h"

#ifdef DENSELAB_HAVE_ZLIB
#include <zlib.h>
#endif
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>

namespace denselab::data {
namespace {

bool isGzip(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    unsigned char magic[2] = {0, 0};
    in.read(reinterpret_cast<char *>(magic), 2);
    return in.gcount() == 2 && magic[0] == 0x1f && magic[1] == 0x8b;
}

// Reads at most `limit` bytes (inflated); `more` tells whether the file goes on beyond them.
std::vector<std::uint8_t> readUpTo(const std::string &path, std::size_t limit, bool &more)
{
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec))
        throw DataError(path + ": no such file");
    std::vector<std::uint8_t> bytes;
    std::size_t used = 0;
    // Grows with what arrives, never to `limit` at once: a small file claiming a huge size
    // costs only what it really holds.
    const auto room = [&] {
        if (bytes.size() - used < (1u << 20))
            bytes.resize(std::min(limit + 1, std::max(used + (4u << 20), bytes.size() * 2)));
        return bytes.size() - used;
    };
#ifndef DENSELAB_HAVE_ZLIB
    if (isGzip(path))
        throw DataError(path + ": gzip-compressed, but this build has no zlib: unpack it with gunzip");
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw DataError(path + ": cannot open (" + std::strerror(errno) + ")");
    while (used <= limit) {
        const std::size_t want = room();
        in.read(reinterpret_cast<char *>(bytes.data() + used), std::streamsize(want));
        used += std::size_t(in.gcount());
        if (std::size_t(in.gcount()) < want)
            break;
    }
#else
    // gzread inflates gzip data and passes anything else through unchanged, so one path
    // serves "train-images-idx3-ubyte.gz" and its unpacked twin.
    gzFile file = gzopen(path.c_str(), "rb");
    if (!file)
        throw DataError(path + ": cannot open (" + std::strerror(errno) + ")");
    gzbuffer(file, 1 << 20);
    while (used <= limit) {
        const std::size_t want = std::min<std::size_t>(room(), 1u << 30);   // gzread takes an unsigned
        const int got = gzread(file, bytes.data() + used, unsigned(want));
        if (got < 0) {
            int code = 0;
            const std::string message = gzerror(file, &code);
            gzclose(file);
            throw DataError(path + ": damaged compressed data (" + message + ")");
        }
        if (got == 0)
            break;
        used += std::size_t(got);
    }
    if (used <= limit) {
        // A gzip stream cut short ends without an error from gzread; gzerror reports it.
        int code = 0;
        const std::string message = gzerror(file, &code);
        const bool truncated = code == Z_BUF_ERROR;
        gzclose(file);
        if (truncated)
            throw DataError(path + ": compressed data ends early (truncated download?): " + message);
    } else {
        gzclose(file);
    }
#endif
    more = used > limit;
    bytes.resize(std::min(used, limit));
    return bytes;
}

} // namespace

std::size_t maxDatasetFileBytes()
{
    const std::size_t cap = std::size_t(16) << 30;
    const long pages = ::sysconf(_SC_PHYS_PAGES);
    const long pageSize = ::sysconf(_SC_PAGE_SIZE);
    if (pages <= 0 || pageSize <= 0)
        return cap;
    return std::min(cap, std::size_t(pages) * std::size_t(pageSize) / 2);
}

std::vector<std::uint8_t> readFileBytes(const std::string &path, std::size_t maxBytes, Compression compression)
{
    if (compression == Compression::Refused && isGzip(path))
        throw DataError(path + ": gzip-compressed, but this format's files are stored uncompressed: unpack it first");
    bool more = false;
    std::vector<std::uint8_t> bytes = readUpTo(path, maxBytes, more);
    if (more)
        throw DataError(path + ": holds more than the expected " + std::to_string(maxBytes) + " bytes (trailing data)");
    return bytes;
}

std::vector<std::uint8_t> readFileHead(const std::string &path, std::size_t count)
{
    bool more = false;
    return readUpTo(path, count, more);
}

std::string firstExisting(const std::vector<std::string> &candidates)
{
    std::error_code ec;
    for (const std::string &c : candidates)
        if (std::filesystem::is_regular_file(c, ec))
            return c;
    return {};
}

} // namespace denselab::data
