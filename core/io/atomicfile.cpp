// SPDX-License-Identifier: GPL-3.0-or-later
#include "atomicfile.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace denselab::io {
namespace {

std::string reason() { return std::strerror(errno); }

void syncPath(const std::string &path, int flags)
{
    const int fd = ::open(path.c_str(), flags);
    if (fd < 0)
        return;   // best effort for folders on file systems that refuse O_RDONLY on them
    ::fsync(fd);
    ::close(fd);
}

std::string folderOf(const std::string &path)
{
    const auto parent = std::filesystem::path(path).parent_path();
    return parent.empty() ? std::string(".") : parent.string();
}

/// Makes the already written `temporary` file durable and renames it onto `path`.
void commitFile(const std::string &temporary, const std::string &path)
{
    if (std::rename(temporary.c_str(), path.c_str()) != 0) {
        const std::string why = reason();
        std::remove(temporary.c_str());
        throw FileError(path + ": cannot replace it with the new version (" + why + "); the old file is untouched");
    }
    syncPath(folderOf(path), O_RDONLY | O_DIRECTORY);
}

} // namespace

void writeFileAtomically(const std::string &path, const std::string &content)
{
    const std::string temporary = path + ".tmp";
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        if (!out)
            throw FileError(path + ": cannot open \"" + temporary + "\" for writing (" + reason() + ")");
        out << content;
        out.close();   // flushes; a full disk shows here at the latest
        if (!out) {
            std::remove(temporary.c_str());
            throw FileError(path + ": write failed (disk full?); the previous file is untouched");
        }
    }
    // Delayed allocation can report a full disk only when the data is forced out.
    // Only errors that mean lost data fail the write: file systems that cannot fsync at all
    // (EINVAL on some FUSE mounts) still get their files.
    const int fd = ::open(temporary.c_str(), O_RDONLY);
    const bool lost = fd >= 0 && ::fsync(fd) != 0 && (errno == EIO || errno == ENOSPC || errno == EDQUOT);
    const std::string why = reason();
    if (fd >= 0)
        ::close(fd);
    if (lost) {
        std::remove(temporary.c_str());
        throw FileError(path + ": write failed (" + why + "); the previous file is untouched");
    }
    commitFile(temporary, path);
}

void appendLine(const std::string &path, const std::string &line)
{
    const int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_APPEND, 0644);
    if (fd < 0)
        throw FileError(path + ": cannot open for appending (" + reason() + ")");
    // A line torn by a kill or a full disk lacks its newline: end it first, or this line would be
    // glued to it and lost with it (#15).
    std::string text = line + "\n";
    const off_t size = ::lseek(fd, 0, SEEK_END);
    char last = '\n';
    if (size > 0 && ::pread(fd, &last, 1, size - 1) == 1 && last != '\n')
        text.insert(text.begin(), '\n');
    const ssize_t written = ::write(fd, text.data(), text.size());   // O_APPEND: one write, one line
    const bool ok = written == static_cast<ssize_t>(text.size());
    ::fdatasync(fd);
    ::close(fd);
    if (!ok)
        throw FileError(path + ": append failed (disk full?)");
}

std::string fileHash(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw FileError(path + ": cannot open for reading");
    std::uint64_t hash = 0xcbf29ce484222325ull;
    char buffer[1 << 16];
    while (in) {
        in.read(buffer, sizeof buffer);
        for (std::streamsize i = 0; i < in.gcount(); ++i) {
            hash ^= static_cast<unsigned char>(buffer[i]);
            hash *= 0x100000001b3ull;
        }
    }
    char text[17];
    std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(hash));
    return text;
}

std::string readTextFile(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw FileError(path + ": cannot open the file for reading");
    std::ostringstream text;
    text << in.rdbuf();
    if (in.bad())
        throw FileError(path + ": read error");
    return text.str();
}

} // namespace denselab::io
