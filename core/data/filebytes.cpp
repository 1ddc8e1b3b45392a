// SPDX-License-Identifier: GPL-3.0-or-later
#include "filebytes.h"

#include "imagedataset.h"

#ifdef DENSELAB_HAVE_ZLIB
#include <zlib.h>
#endif
#include <fstream>

#include <cerrno>
#include <cstring>
#include <filesystem>

namespace denselab::data {

std::vector<std::uint8_t> readFileBytes(const std::string &path)
{
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec))
        throw DataError(path + ": no such file");
#ifndef DENSELAB_HAVE_ZLIB
    std::ifstream in(path, std::ios::binary);
    std::vector<std::uint8_t> plain((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (plain.size() >= 2 && plain[0] == 0x1f && plain[1] == 0x8b)
        throw DataError(path + ": gzip-compressed, but this build has no zlib: unpack it with gunzip");
    return plain;
#else
    // gzread inflates gzip data and passes anything else through unchanged, so one path
    // serves "train-images-idx3-ubyte.gz" and its unpacked twin.
    gzFile file = gzopen(path.c_str(), "rb");
    if (!file)
        throw DataError(path + ": cannot open (" + std::strerror(errno) + ")");
    gzbuffer(file, 1 << 20);
    std::vector<std::uint8_t> bytes;
    std::size_t used = 0;
    for (;;) {
        if (bytes.size() - used < (1u << 20))
            bytes.resize(used + (4u << 20));
        const int got = gzread(file, bytes.data() + used, unsigned(bytes.size() - used));
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
    // A gzip stream cut short ends without an error from gzread; gzclose_r reports it.
    int code = 0;
    const std::string message = gzerror(file, &code);
    const bool truncated = code == Z_BUF_ERROR;
    gzclose(file);
    if (truncated)
        throw DataError(path + ": compressed data ends early (truncated download?): " + message);
    bytes.resize(used);
    return bytes;
#endif
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
