// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>

namespace denselab::io {

/// Thrown when a file cannot be written or read back; what() names the file.
class FileError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// Replaces `path` by `content` so that a crash at any moment leaves either the old or the
/// new file, never a mix: write "<path>.tmp", flush, fsync, rename, fsync the folder.
/// Throws FileError; the old file is then untouched.
void writeFileAtomically(const std::string &path, const std::string &content);

/// Appends one line to `path` and flushes it to disk (metrics logs). A torn last line (no
/// newline) is ended first, so the new line stays readable.
void appendLine(const std::string &path, const std::string &line);

/// FNV-1a 64-bit hash of a file's bytes as 16 hex digits: detects torn or altered checkpoints
/// (not an adversary).
std::string fileHash(const std::string &path);

/// Whole file as a string; throws FileError naming it.
std::string readTextFile(const std::string &path);

} // namespace denselab::io
