// SPDX-License-Identifier: GPL-3.0-or-later
#include "matstructure.h"

#include "filebytes.h"
#include "imagedataset.h"

#ifdef DENSELAB_HAVE_ZLIB
#include <zlib.h>
#endif

#include <algorithm>
#include <cstdint>
#include <fstream>
#include <vector>

namespace denselab::data {
namespace {

constexpr std::uint32_t kMiInt8 = 1, kMiInt32 = 5, kMiUInt32 = 6, kMiMatrix = 14, kMiCompressed = 15;
constexpr std::size_t kArrayHeaderBytes = 512;   // flags, up to 32 dimensions, a 63-character name

struct Reader {
    const std::string &path;
    bool swap = false;

    [[noreturn]] void fail(const std::string &what) const
    {
        throw DataError(path + ": not a valid MATLAB 5 .mat file (" + what + ")");
    }
    std::uint32_t word(const std::uint8_t *p) const
    {
        const std::uint32_t v = std::uint32_t(p[0]) | std::uint32_t(p[1]) << 8 | std::uint32_t(p[2]) << 16
                                | std::uint32_t(p[3]) << 24;
        return swap ? (v >> 24) | ((v >> 8) & 0xff00) | ((v << 8) & 0xff0000) | (v << 24) : v;
    }
};

std::size_t padded(std::size_t n) { return (n + 7) / 8 * 8; }

// The array header at the start of a miMATRIX element's data (`bytes` holds at least the
// first part of it); `dataBytes` is the element's stated size, `room` what it may expand to.
void checkArrayHeader(const Reader &r, const std::vector<std::uint8_t> &bytes, std::uint64_t room)
{
    std::size_t at = 0;
    const auto need = [&](std::size_t n, const char *what) {
        if (at + n > bytes.size())
            r.fail(std::string("array header cut short at its ") + what);
    };
    need(16, "flags");
    if (r.word(&bytes[at]) != kMiUInt32 || r.word(&bytes[at + 4]) != 8)
        r.fail("array flags");
    // SVHN files hold numeric arrays (double .. uint64); cells, structs, sparse and objects are
    // refused here, so that libmatio never reads their nested headers either.
    const std::uint32_t arrayClass = r.word(&bytes[at + 8]) & 0xff;
    if (arrayClass < 6 || arrayClass > 15)
        r.fail("an array of class " + std::to_string(arrayClass) + "; only numeric arrays are read");
    at += 16;
    need(8, "dimensions");
    if (r.word(&bytes[at]) != kMiInt32)
        r.fail("dimensions of another type than int32");
    const std::uint32_t dimBytes = r.word(&bytes[at + 4]);
    if (dimBytes % 4 != 0 || dimBytes < 4 || dimBytes > 32 * 4)
        r.fail(std::to_string(dimBytes / 4) + " dimensions (1..32 expected)");
    at += 8;
    need(dimBytes, "dimensions");
    std::uint64_t elements = 1;
    for (std::uint32_t d = 0; d < dimBytes / 4; ++d) {
        const std::uint32_t size = r.word(&bytes[at + 4 * d]);
        if (size > 0x7fffffffu)
            r.fail("a negative dimension");
        elements = size == 0 || elements <= room / size ? elements * size : room + 1;
    }
    // Any class takes at least one byte per element, so more elements than the element may
    // expand to are a lie.
    if (elements > room || elements > maxDatasetFileBytes())
        r.fail(std::to_string(elements) + " elements, more than the file can hold");
    at += padded(dimBytes);
    need(8, "name");
    const std::uint32_t tag = r.word(&bytes[at]);
    const std::uint32_t nameBytes = (tag >> 16) != 0 ? tag >> 16 : r.word(&bytes[at + 4]);
    const std::uint32_t nameType = (tag >> 16) != 0 ? tag & 0xffff : tag;
    if (nameType != kMiInt8 || nameBytes > 63)
        r.fail("an array name longer than 63 characters");
}

#ifdef DENSELAB_HAVE_ZLIB
// The first kArrayHeaderBytes of a compressed element's inflated data (fewer if it is shorter).
std::vector<std::uint8_t> inflateStart(const Reader &r, std::ifstream &in, std::uint32_t compressedBytes)
{
    std::vector<std::uint8_t> input(std::min<std::size_t>(compressedBytes, 64 * 1024));
    in.read(reinterpret_cast<char *>(input.data()), std::streamsize(input.size()));
    if (std::size_t(in.gcount()) != input.size())
        r.fail("a compressed element is cut short");
    std::vector<std::uint8_t> out(8 + kArrayHeaderBytes);
    z_stream z{};
    if (inflateInit(&z) != Z_OK)
        r.fail("zlib cannot start");
    z.next_in = input.data();
    z.avail_in = uInt(input.size());
    z.next_out = out.data();
    z.avail_out = uInt(out.size());
    const int status = inflate(&z, Z_SYNC_FLUSH);
    out.resize(out.size() - z.avail_out);
    inflateEnd(&z);
    if (status != Z_OK && status != Z_STREAM_END && status != Z_BUF_ERROR)
        r.fail("damaged compressed data");
    return out;
}

// Inflates the whole element, discarding the output: zlib's checksum at the end of the stream
// catches flipped bytes that libmatio would inflate into wrong pixels without a word (#15).
void verifyCompressedStream(const Reader &r, std::ifstream &in, std::uint64_t offset, std::uint64_t compressedBytes)
{
    in.clear();
    in.seekg(std::streamoff(offset));
    z_stream z{};
    if (inflateInit(&z) != Z_OK)
        r.fail("zlib cannot start");
    std::vector<std::uint8_t> input(1 << 20), output(1 << 20);
    std::uint64_t left = compressedBytes, inflated = 0;
    int status = Z_OK;
    while (status != Z_STREAM_END) {
        if (z.avail_in == 0) {
            if (left == 0)
                break;
            const std::size_t chunk = std::size_t(std::min<std::uint64_t>(left, input.size()));
            in.read(reinterpret_cast<char *>(input.data()), std::streamsize(chunk));
            left -= chunk;
            z.next_in = input.data();
            z.avail_in = uInt(chunk);
        }
        z.next_out = output.data();
        z.avail_out = uInt(output.size());
        status = inflate(&z, Z_NO_FLUSH);
        inflated += output.size() - z.avail_out;
        if ((status != Z_OK && status != Z_STREAM_END) || inflated > maxDatasetFileBytes())
            break;
    }
    inflateEnd(&z);
    if (status != Z_STREAM_END)
        r.fail(inflated > maxDatasetFileBytes() ? "a compressed element larger than the dataset limit"
                                                : "damaged compressed data (checksum or stream)");
}
#endif

} // namespace

void checkMatStructure(const std::string &path)
{
    std::ifstream in(path, std::ios::binary | std::ios::ate);
    if (!in)
        throw DataError(path + ": cannot open the file for reading");
    const std::uint64_t fileBytes = std::uint64_t(in.tellg());
    Reader r{path};
    std::uint8_t header[128];
    in.seekg(0);
    if (fileBytes < 128 || !in.read(reinterpret_cast<char *>(header), 128))
        r.fail("shorter than its 128-byte header");
    if (header[126] == 'I' && header[127] == 'M')
        r.swap = false;   // written little-endian
    else if (header[126] == 'M' && header[127] == 'I')
        r.swap = true;
    else
        r.fail("no endian indicator");
    const std::uint32_t version = r.swap ? std::uint32_t(header[124]) << 8 | header[125]
                                         : std::uint32_t(header[125]) << 8 | header[124];
    if (version == 0x0200)
        return;   // MATLAB 7.3: an HDF5 file, whose structure libhdf5 (through libmatio) checks itself
    if (version != 0x0100)
        r.fail("version " + std::to_string(version) + " in its header");
    std::uint64_t offset = 128;
    while (offset + 8 <= fileBytes) {
        std::uint8_t tag[8];
        in.seekg(std::streamoff(offset));
        if (!in.read(reinterpret_cast<char *>(tag), 8))
            r.fail("unreadable at offset " + std::to_string(offset));
        const std::uint32_t type = r.word(tag);
        const std::uint64_t size = r.word(tag + 4);
        if (offset + 8 + size > fileBytes)
            throw DataError(path + ": expected at least " + std::to_string(offset + 8 + size) + " bytes (an element of "
                            + std::to_string(size) + " bytes at offset " + std::to_string(offset) + "), found "
                            + std::to_string(fileBytes) + " (truncated)");
        if (type == kMiMatrix) {
            std::vector<std::uint8_t> start(std::min<std::uint64_t>(size, kArrayHeaderBytes));
            in.read(reinterpret_cast<char *>(start.data()), std::streamsize(start.size()));
            checkArrayHeader(r, start, size);
            offset += 8 + size;   // as libmatio steps: its next element is where it will read
        } else if (type == kMiCompressed) {
#ifdef DENSELAB_HAVE_ZLIB
            const std::vector<std::uint8_t> inner = inflateStart(r, in, std::uint32_t(size));
            if (inner.size() < 8 || r.word(inner.data()) != kMiMatrix)
                r.fail("a compressed element that is not an array");
            // Deflate expands at most ~1032:1.
            checkArrayHeader(r, std::vector<std::uint8_t>(inner.begin() + 8, inner.end()), size * 1032);
            verifyCompressedStream(r, in, offset + 8, size);
#else
            r.fail("a compressed element, and this build has no zlib to check it");
#endif
            offset += 8 + size;   // compressed elements are not padded
        } else {
            offset += 8 + padded(size);
        }
    }
}

} // namespace denselab::data
