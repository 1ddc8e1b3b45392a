// SPDX-License-Identifier: GPL-3.0-or-later
#include "svhnreader.h"

#ifdef DENSELAB_HAVE_MATIO
#include <matio.h>
#endif

#include "filebytes.h"
#include "matstructure.h"

#include <cmath>
#include <cstdint>
#include <filesystem>
#include <memory>

namespace denselab::data {
#ifdef DENSELAB_HAVE_MATIO
namespace {

constexpr std::size_t kSide = 32;

struct MatCloser {
    void operator()(mat_t *m) const { Mat_Close(m); }
};
struct VarFreer {
    void operator()(matvar_t *v) const { Mat_VarFree(v); }
};
using MatFile = std::unique_ptr<mat_t, MatCloser>;
using MatVar = std::unique_ptr<matvar_t, VarFreer>;

std::string dimsText(const matvar_t *v)
{
    std::string text;
    for (int d = 0; d < v->rank; ++d)
        text += (d ? "x" : "") + std::to_string(v->dims[d]);
    return text;
}

MatVar readVariable(mat_t *mat, const std::string &path, const char *name)
{
    MatVar info(Mat_VarReadInfo(mat, name));
    std::error_code ec;
    if (!info)
        throw DataError(path + ": no variable '" + name + "': the file is truncated or corrupt, or not an SVHN "
                        "cropped-digits .mat file (" + std::to_string(std::filesystem::file_size(path, ec))
                        + " bytes on disk)");
    // Sized from the header before anything is inflated: a small file cannot claim gigabytes (#15).
    std::uint64_t bytes = Mat_SizeOfClass(info->class_type);
    for (int d = 0; d < info->rank; ++d)
        bytes = info->dims[d] == 0 || bytes <= maxDatasetFileBytes() / info->dims[d] ? bytes * info->dims[d]
                                                                                    : maxDatasetFileBytes() + 1;
    if (bytes > maxDatasetFileBytes())
        throw DataError(path + ": variable '" + name + "' (" + dimsText(info.get()) + ") would take more than the limit of "
                        + std::to_string(maxDatasetFileBytes()) + " bytes");
    // Nor more than the file can hold: stored plainly, its bytes are on disk; deflate expands at
    // most ~1032:1. A damaged header claiming gigabytes fails here, before any allocation.
    const std::uint64_t onDisk = std::filesystem::file_size(path, ec);
    const std::uint64_t room = info->compression == MAT_COMPRESSION_NONE ? onDisk : onDisk * 1032 + 4096;
    if (bytes > room)
        throw DataError(path + ": expected at least " + std::to_string(info->compression == MAT_COMPRESSION_NONE ? bytes : bytes / 1032)
                        + " bytes for variable '" + name + "' (" + dimsText(info.get()) + "), found " + std::to_string(onDisk)
                        + (info->compression == MAT_COMPRESSION_NONE ? " (truncated)" : " (truncated or corrupt)"));
    MatVar var(Mat_VarRead(mat, name));
    if (!var || !var->data) {
        throw DataError(path + ": variable '" + name + "' (" + dimsText(info.get())
                        + ") cannot be read: the file is truncated or corrupt ("
                        + std::to_string(std::filesystem::file_size(path, ec)) + " bytes on disk)");
    }
    return var;
}

// Every numeric type MATLAB can store labels in (#15: int16 labels were reported as -1).
double labelAt(const matvar_t *y, std::size_t i)
{
    switch (y->data_type) {
    case MAT_T_DOUBLE: return static_cast<const double *>(y->data)[i];
    case MAT_T_SINGLE: return static_cast<const float *>(y->data)[i];
    case MAT_T_INT8: return static_cast<const std::int8_t *>(y->data)[i];
    case MAT_T_UINT8: return static_cast<const std::uint8_t *>(y->data)[i];
    case MAT_T_INT16: return static_cast<const std::int16_t *>(y->data)[i];
    case MAT_T_UINT16: return static_cast<const std::uint16_t *>(y->data)[i];
    case MAT_T_INT32: return static_cast<const std::int32_t *>(y->data)[i];
    case MAT_T_UINT32: return static_cast<const std::uint32_t *>(y->data)[i];
    case MAT_T_INT64: return double(static_cast<const std::int64_t *>(y->data)[i]);
    case MAT_T_UINT64: return double(static_cast<const std::uint64_t *>(y->data)[i]);
    default: return std::nan("");
    }
}

} // namespace

ImageSet readSvhnFile(const std::string &path)
{
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec))
        throw DataError(path + ": no such file");
    checkMatStructure(path);   // libmatio allocates from these fields unchecked
    MatFile mat(Mat_Open(path.c_str(), MAT_ACC_RDONLY));
    if (!mat)
        throw DataError(path + ": not a MATLAB .mat file (or its header is damaged)");
    MatVar x = readVariable(mat.get(), path, "X");
    if (x->class_type != MAT_C_UINT8 || x->rank != 4 || x->dims[0] != kSide || x->dims[1] != kSide
        || x->dims[2] != 3)
        throw DataError(path + ": variable 'X' is " + dimsText(x.get()) + ", expected uint8 32x32x3xN");
    const std::size_t count = x->dims[3];
    const std::size_t onDisk = std::filesystem::file_size(path, ec);
    if (x->compression == MAT_COMPRESSION_NONE && onDisk < count * 3 * kSide * kSide)
        throw DataError(path + ": expected at least " + std::to_string(count * 3 * kSide * kSide) + " bytes for "
                        + std::to_string(count) + " images, found " + std::to_string(onDisk) + " (truncated)");
    MatVar y = readVariable(mat.get(), path, "y");
    const std::size_t labels = y->rank >= 1 ? y->dims[0] * (y->rank >= 2 ? y->dims[1] : 1) : 0;
    if (labels != count)
        throw DataError(path + ": expected " + std::to_string(count) + " labels in 'y' (one per image), found "
                        + std::to_string(labels) + " (" + dimsText(y.get()) + ")");
    // The buffers libmatio filled must hold what the dimensions say (found by fuzzing: a file
    // whose data element was shorter than its dimensions had X read past its end, #15).
    // A complex array's data is a {real, imaginary} pair of pointers, not the values.
    if (x->isComplex || y->isComplex || y->class_type == MAT_C_SPARSE || y->class_type == MAT_C_CELL
        || y->class_type == MAT_C_STRUCT || y->class_type == MAT_C_CHAR)
        throw DataError(path + ": 'X' and 'y' must be real numeric arrays");
    if (x->data_type != MAT_T_UINT8 || x->nbytes < count * 3 * kSide * kSide)
        throw DataError(path + ": variable 'X' holds " + std::to_string(x->nbytes) + " bytes of data, expected "
                        + std::to_string(count * 3 * kSide * kSide) + " uint8 values (corrupt)");
    const std::size_t labelBytes = Mat_SizeOf(y->data_type);
    if (labelBytes == 0 || y->nbytes < count * labelBytes)
        throw DataError(path + ": variable 'y' holds " + std::to_string(y->nbytes) + " bytes of data, expected "
                        + std::to_string(count) + " labels (corrupt)");
    if (count > 0 && std::isnan(labelAt(y.get(), 0)))
        throw DataError(path + ": variable 'y' holds " + dimsText(y.get()) + " values of a type that is not a number");

    ImageSet set;
    set.channels = 3;
    set.height = int(kSide);
    set.width = int(kSide);
    set.labels.resize(count);
    set.pixels.resize(count * 3 * kSide * kSide);
    const auto *source = static_cast<const std::uint8_t *>(x->data);
    for (std::size_t n = 0; n < count; ++n) {
        const double label = labelAt(y.get(), n);
        if (!(label >= 1 && label <= 10) || label != double(int(label)))
            throw DataError(path + ": label " + std::to_string(label) + " of image " + std::to_string(n)
                            + " is outside 1..10");
        set.labels[n] = static_cast<std::uint8_t>(int(label) % 10);   // SVHN writes the digit 0 as 10
        // Column-major X(row, col, channel, n) -> planar channel, row, col.
        std::uint8_t *out = set.pixels.data() + n * 3 * kSide * kSide;
        for (std::size_t c = 0; c < 3; ++c)
            for (std::size_t col = 0; col < kSide; ++col)
                for (std::size_t row = 0; row < kSide; ++row)
                    out[(c * kSide + row) * kSide + col] = source[((n * 3 + c) * kSide + col) * kSide + row];
    }
    return set;
}

#else
ImageSet readSvhnFile(const std::string &path)
{
    throw DataError(path + ": reading SVHN .mat files needs libmatio, and this build has none");
}
#endif

Dataset readSvhn(const std::string &dir)
{
    Dataset dataset;
    dataset.name = "svhn";
    dataset.classes = 10;
    dataset.flipAugmentation = false;
    dataset.train = readSvhnFile(dir + "/train_32x32.mat");
    dataset.test = readSvhnFile(dir + "/test_32x32.mat");
    return dataset;
}

} // namespace denselab::data
