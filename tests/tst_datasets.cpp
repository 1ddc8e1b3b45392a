// SPDX-License-Identifier: GPL-3.0-or-later
// Dataset readers (issue 3, section 2): every format read from small files generated in its
// exact layout; truncated and corrupt files rejected with the file and the sizes named.
#include "data/cifarreader.h"
#include "data/datasetcatalog.h"
#include "data/idxreader.h"
#include "data/svhnreader.h"
#include "syntheticdata.h"

#include <matio.h>

#include <QTemporaryDir>
#include <QtTest>

#include <filesystem>
#include <fstream>

using namespace denselab;
using namespace denselab::testdata;

namespace {

std::string pathIn(const QTemporaryDir &dir, const char *name) { return dir.filePath(QString::fromLatin1(name)).toStdString(); }

// What a DataError says, or "" when none was thrown.
template <typename F>
std::string errorOf(F &&f)
{
    try {
        f();
    } catch (const data::DataError &e) {
        return e.what();
    }
    return {};
}

void truncateFile(const std::string &path, std::uintmax_t size) { std::filesystem::resize_file(path, size); }

// Writes X (uint8 32x32x3xN; `xData` is the pixels, or a mat_complex_split_t when `xFlags` is
// MAT_F_COMPLEX) and y (double Nx1) as a MATLAB 5 file, the way SVHN stores them.
void writeSvhnVariables(const std::string &path, std::size_t count, void *xData, int xFlags, std::vector<double> y,
                        matio_compression compression)
{
    mat_t *mat = Mat_CreateVer(path.c_str(), nullptr, MAT_FT_MAT5);
    std::size_t xDims[4] = {32, 32, 3, count};
    std::size_t yDims[2] = {count, 1};
    matvar_t *xv = Mat_VarCreate("X", MAT_C_UINT8, MAT_T_UINT8, 4, xDims, xData, xFlags);
    matvar_t *yv = Mat_VarCreate("y", MAT_C_DOUBLE, MAT_T_DOUBLE, 2, yDims, y.data(), 0);
    Mat_VarWrite(mat, xv, compression);
    Mat_VarWrite(mat, yv, compression);
    Mat_VarFree(xv);
    Mat_VarFree(yv);
    Mat_Close(mat);
}

// SVHN's layout: X uint8 32x32x3xN column-major, y double Nx1 with 10 meaning the digit 0.
void writeSvhn(const std::string &path, std::size_t count)
{
    std::vector<std::uint8_t> x(32 * 32 * 3 * count);
    for (std::size_t n = 0; n < count; ++n)
        for (std::size_t c = 0; c < 3; ++c)
            for (std::size_t col = 0; col < 32; ++col)
                for (std::size_t row = 0; row < 32; ++row)
                    x[((n * 3 + c) * 32 + col) * 32 + row] = std::uint8_t(row + 2 * col + 50 * c + n);
    std::vector<double> y(count);
    for (std::size_t n = 0; n < count; ++n)
        y[n] = double(n % 10 + 1);
    writeSvhnVariables(path, count, x.data(), 0, y, MAT_COMPRESSION_NONE);
}

} // namespace

class TstDatasets : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void idxGzipAndPlain();
    void idxRejectsBadFiles();
    void cifar10();
    void cifar100UsesFineLabels();
    void cifarRejectsTruncatedFile();
    void svhn();
    void svhnRejectsTruncatedFile();
    void statisticsAndLimits();
    void gzipBombsAreRefusedBeforeInflating();
    void compressedCifarIsRefused();
    void emptyOrMismatchedSplitsAreRefused();
    void svhnHeaderClaimingGigabytesIsRefused();
    void unknownDatasetAndMissingFolder();
    void debianFashionMnist();
};

void TstDatasets::idxGzipAndPlain()
{
    QTemporaryDir dir;
    std::vector<std::uint8_t> labels;
    const auto pixels = patchImages(7, 5, 3, labels);
    writeBytes(pathIn(dir, "a.gz"), idxImages(pixels, 7, 5, 5), true);
    writeBytes(pathIn(dir, "a"), idxImages(pixels, 7, 5, 5), false);
    for (const char *name : {"a.gz", "a"}) {
        data::ImageSet set = data::readIdxImages(pathIn(dir, name));
        QCOMPARE(set.size(), std::size_t(7));
        QCOMPARE(set.channels, 1);
        QCOMPARE(set.height, 5);
        QVERIFY(set.pixels == pixels);
    }
    data::ImageSet set = data::readIdxImages(pathIn(dir, "a"));
    writeBytes(pathIn(dir, "l"), idxLabels(labels), false);
    data::readIdxLabels(pathIn(dir, "l"), set, 10);
    QVERIFY(set.labels == labels);
}

void TstDatasets::idxRejectsBadFiles()
{
    QTemporaryDir dir;
    std::vector<std::uint8_t> labels;
    const auto pixels = patchImages(20, 8, 3, labels);
    const std::string plain = pathIn(dir, "images"), gz = pathIn(dir, "images.gz");

    writeBytes(plain, idxImages(pixels, 20, 8, 8), false);
    truncateFile(plain, 16 + 64 * 12 + 5);
    std::string error = errorOf([&] { data::readIdxImages(plain); });
    QVERIFY2(error.find(plain) != std::string::npos && error.find("expected 1296 bytes") != std::string::npos
                 && error.find("found 789") != std::string::npos && error.find("truncated") != std::string::npos,
             error.c_str());

    writeBytes(gz, idxImages(pixels, 20, 8, 8), true);
    truncateFile(gz, std::filesystem::file_size(gz) / 2);   // a download cut short
    error = errorOf([&] { data::readIdxImages(gz); });
    QVERIFY2(error.find(gz) != std::string::npos, error.c_str());

    writeBytes(plain, idxLabels(labels), false);   // a label file where images were expected
    error = errorOf([&] { data::readIdxImages(plain); });
    QVERIFY2(error.find("magic number 0x00000801, expected 0x00000803") != std::string::npos, error.c_str());

    data::ImageSet set = data::readIdxImages(gz.substr(0, 0) + [&] {
        writeBytes(plain, idxImages(pixels, 20, 8, 8), false);
        return plain;
    }());
    labels[4] = 12;
    writeBytes(pathIn(dir, "labels"), idxLabels(labels), false);
    error = errorOf([&] { data::readIdxLabels(pathIn(dir, "labels"), set, 10); });
    QVERIFY2(error.find("label 12 at index 4") != std::string::npos, error.c_str());
    labels.pop_back();
    labels[4] = 1;
    writeBytes(pathIn(dir, "labels"), idxLabels(labels), false);
    error = errorOf([&] { data::readIdxLabels(pathIn(dir, "labels"), set, 10); });
    QVERIFY2(error.find("expected 20 labels") != std::string::npos && error.find("found 19") != std::string::npos,
             error.c_str());
}

void TstDatasets::cifar10()
{
    QTemporaryDir dir;
    const std::string folder = pathIn(dir, "cifar-10-batches-bin");   // the archive's own folder is found too
    std::filesystem::create_directory(folder);
    for (int b = 1; b <= 5; ++b)
        writeBytes(folder + "/data_batch_" + std::to_string(b) + ".bin", cifarRecords(3, 1, b, 10), false);
    writeBytes(folder + "/test_batch.bin", cifarRecords(4, 1, 0, 10), false);
    const data::Dataset d = data::loadDataset("cifar10", dir.path().toStdString());
    QCOMPARE(d.train.size(), std::size_t(15));
    QCOMPARE(d.test.size(), std::size_t(4));
    QCOMPARE(d.classes, 10);
    QCOMPARE(int(d.train.labels[0]), 1);       // batch 1, record 0
    QCOMPARE(int(d.train.labels[3]), 2);       // batch 2, record 0
    QCOMPARE(int(d.test.image(2)[1024]), 3);   // record 2, channel 1 plane
    QCOMPARE(d.mean.size(), std::size_t(3));
    QVERIFY(d.flipAugmentation);
}

void TstDatasets::cifar100UsesFineLabels()
{
    QTemporaryDir dir;
    writeBytes(pathIn(dir, "train.bin"), cifarRecords(5, 2, 0, 100), false);
    writeBytes(pathIn(dir, "test.bin"), cifarRecords(2, 2, 10, 100), false);
    const data::Dataset d = data::loadDataset("cifar100", dir.path().toStdString());
    QCOMPARE(d.classes, 100);
    QCOMPARE(int(d.train.labels[1]), 4);   // fine byte of record 1: (0 + 1 + 3) % 100
    QCOMPARE(int(d.test.labels[0]), 13);
}

void TstDatasets::cifarRejectsTruncatedFile()
{
    QTemporaryDir dir;
    writeBytes(pathIn(dir, "train.bin"), cifarRecords(5, 2, 0, 100), false);
    writeBytes(pathIn(dir, "test.bin"), cifarRecords(2, 2, 0, 100), false);
    truncateFile(pathIn(dir, "train.bin"), 3 * 3074 + 100);
    const std::string error = errorOf([&] { data::loadDataset("cifar100", dir.path().toStdString()); });
    QVERIFY2(error.find(pathIn(dir, "train.bin")) != std::string::npos && error.find("found 9322") != std::string::npos
                 && error.find("12296 expected") != std::string::npos,
             error.c_str());
}

void TstDatasets::svhn()
{
    QTemporaryDir dir;
    writeSvhn(pathIn(dir, "train_32x32.mat"), 12);
    writeSvhn(pathIn(dir, "test_32x32.mat"), 3);
    const data::Dataset d = data::loadDataset("svhn", dir.path().toStdString());
    QCOMPARE(d.train.size(), std::size_t(12));
    QCOMPARE(int(d.train.labels[0]), 1);
    QCOMPARE(int(d.train.labels[9]), 0);   // SVHN writes the digit 0 as 10
    // Planar channel, row, col: pixel (c=1, row=3, col=5) of image 2 = 3 + 10 + 50 + 2.
    QCOMPARE(int(d.train.image(2)[(1 * 32 + 3) * 32 + 5]), 65);
    QVERIFY(!d.flipAugmentation);
}

void TstDatasets::svhnRejectsTruncatedFile()
{
    QTemporaryDir dir;
    const std::string path = pathIn(dir, "train_32x32.mat");
    writeSvhn(path, 12);
    const auto whole = std::filesystem::file_size(path);
    truncateFile(path, whole - 20000);
    const std::string error = errorOf([&] { data::readSvhnFile(path); });
    // X's element: 36,864 pixel bytes and its headers, at offset 128 (checked before libmatio).
    QVERIFY2(error.find(path + ": expected at least 37056 bytes (an element of 36920 bytes at offset 128), found "
                        + std::to_string(whole - 20000) + " (truncated)")
                 == 0,
             error.c_str());
    writeBytes(path, {1, 2, 3}, false);
    QVERIFY(errorOf([&] { data::readSvhnFile(path); }).find(path) != std::string::npos);
}

void TstDatasets::statisticsAndLimits()
{
    data::ImageSet set;
    set.channels = 2;
    set.height = set.width = 1;
    set.pixels = {0, 255, 255, 255};   // channel 0: 0 and 255; channel 1: 255, 255
    set.labels = {0, 1};
    std::vector<double> mean, stddev;
    data::channelStatistics(set, mean, stddev);
    QCOMPARE(mean[0], 0.5);
    QCOMPARE(stddev[0], 0.5);
    QCOMPARE(mean[1], 1.0);
    data::truncate(set, 1);
    QCOMPARE(set.size(), std::size_t(1));
    QCOMPARE(set.pixels.size(), std::size_t(2));
}

// #15: a 2 MB train-images .gz was inflated to 4.4 GB before the size check.
void TstDatasets::gzipBombsAreRefusedBeforeInflating()
{
    QTemporaryDir dir;
    // A header that states terabytes: refused from its 16 bytes.
    std::vector<std::uint8_t> huge = idxImages({}, 0, 4096, 4096);
    huge[4] = huge[5] = huge[6] = huge[7] = 0xff;   // 4,294,967,295 images of 4096x4096
    writeBytes(pathIn(dir, "huge.gz"), huge, true);
    std::string error = errorOf([&] { data::readIdxImages(pathIn(dir, "huge.gz")); });
    QVERIFY2(error.find(pathIn(dir, "huge.gz")) != std::string::npos && error.find("more than the limit of") != std::string::npos,
             error.c_str());
    // An honest header followed by 64 MiB of zeros (64 KiB compressed): reading stops at the
    // stated size plus one byte instead of inflating the rest.
    std::vector<std::uint8_t> labels;
    std::vector<std::uint8_t> bomb = idxImages(patchImages(20, 8, 3, labels), 20, 8, 8);
    bomb.resize(bomb.size() + (64u << 20), 0);
    writeBytes(pathIn(dir, "bomb.gz"), bomb, true);
    QVERIFY(std::filesystem::file_size(pathIn(dir, "bomb.gz")) < (1u << 20));
    error = errorOf([&] { data::readIdxImages(pathIn(dir, "bomb.gz")); });
    QVERIFY2(error.find("more than the expected 1296 bytes (trailing data)") != std::string::npos, error.c_str());
    // A header stating no images at all.
    writeBytes(pathIn(dir, "none.gz"), idxImages({}, 0, 8, 8), true);
    error = errorOf([&] { data::readIdxImages(pathIn(dir, "none.gz")); });
    QVERIFY2(error.find("holds no images") != std::string::npos, error.c_str());
}

// #15: a gzip file named data_batch_1.bin was silently inflated and trained on as CIFAR.
void TstDatasets::compressedCifarIsRefused()
{
    QTemporaryDir dir;
    writeBytes(pathIn(dir, "train.bin"), cifarRecords(5, 2, 0, 100), true);
    writeBytes(pathIn(dir, "test.bin"), cifarRecords(2, 2, 0, 100), false);
    const std::string error = errorOf([&] { data::loadDataset("cifar100", dir.path().toStdString()); });
    QVERIFY2(error.find(pathIn(dir, "train.bin") + ": gzip-compressed") == 0, error.c_str());
}

// #15: empty training or test sets ended "finished" with test loss 0; 14x56 test images were
// trained beside 28x28 training images.
void TstDatasets::emptyOrMismatchedSplitsAreRefused()
{
    QTemporaryDir dir;
    const std::string folder = dir.path().toStdString();
    std::vector<std::uint8_t> labels;
    auto pixels = patchImages(20, 8, 1, labels);
    writeBytes(folder + "/train-images-idx3-ubyte.gz", idxImages(pixels, 20, 8, 8), true);
    writeBytes(folder + "/train-labels-idx1-ubyte.gz", idxLabels(labels), true);
    pixels = patchImages(6, 8, 2, labels);
    writeBytes(folder + "/t10k-images-idx3-ubyte.gz", idxImages(pixels, 6, 4, 16), true);   // same bytes, 4x16
    writeBytes(folder + "/t10k-labels-idx1-ubyte.gz", idxLabels(labels), true);
    std::string error = errorOf([&] { data::loadDataset("mnist", folder); });
    QVERIFY2(error == folder + ": the mnist training images are 1x8x8 but the test images are 1x4x16", error.c_str());

    // SVHN: an empty test file passes its own reader; the pair check refuses it.
    QTemporaryDir svhn;
    writeSvhn(pathIn(svhn, "train_32x32.mat"), 3);
    writeSvhn(pathIn(svhn, "test_32x32.mat"), 0);
    error = errorOf([&] { data::loadDataset("svhn", svhn.path().toStdString()); });
    QVERIFY2(error.find("test set has no images") != std::string::npos, error.c_str());
}

// #15, found by fuzzing: libmatio allocates from a .mat file's array header unchecked (a
// 559-byte file made it calloc 2.5 GB). The header is checked before libmatio sees the file.
void TstDatasets::svhnHeaderClaimingGigabytesIsRefused()
{
    QTemporaryDir dir;
    const std::string path = pathIn(dir, "train_32x32.mat");
    writeSvhn(path, 3);
    {
        // X's fourth dimension (images), little-endian int32 at byte 172: 128-byte header, the
        // element's tag, the flags sub-element, the dimensions' tag and three dimensions.
        std::fstream patch(path, std::ios::in | std::ios::out | std::ios::binary);
        patch.seekp(172);
        const char huge[4] = {'\xff', '\xff', '\xff', '\x7f'};
        patch.write(huge, 4);
    }
    const std::string error = errorOf([&] { data::readSvhnFile(path); });
    QVERIFY2(error.find(path + ": not a valid MATLAB 5 .mat file (") == 0
                 && error.find("elements, more than the file can hold") != std::string::npos,
             error.c_str());
    // A name longer than MATLAB allows.
    writeSvhn(path, 3);
    {
        std::fstream patch(path, std::ios::in | std::ios::out | std::ios::binary);
        patch.seekp(176);   // the name's tag after four dimensions: small format "X" -> 4,000 bytes
        const char tag[4] = {'\x01', '\x00', '\xa0', '\x0f'};
        patch.write(tag, 4);
    }
    QVERIFY2(errorOf([&] { data::readSvhnFile(path); }).find("array name longer than 63") != std::string::npos,
             errorOf([&] { data::readSvhnFile(path); }).c_str());
    // Found by fuzzing: a complex X, whose data is a pair of pointers, was read as pixels.
    {
        std::vector<std::uint8_t> real(32 * 32 * 3 * 2, 7), imaginary(real.size(), 0);
        mat_complex_split_t split{real.data(), imaginary.data()};
        writeSvhnVariables(path, 2, &split, MAT_F_COMPLEX, {1, 2}, MAT_COMPRESSION_NONE);
    }
    const std::string complexError = errorOf([&] { data::readSvhnFile(path); });
    QVERIFY2(complexError == path + ": 'X' and 'y' must be real numeric arrays", complexError.c_str());

    // #15: two flipped bytes inside a compressed X were inflated into wrong pixels, unreported.
    {
        std::vector<std::uint8_t> x(32 * 32 * 3 * 4);
        for (std::size_t i = 0; i < x.size(); ++i)
            x[i] = std::uint8_t(i * 13 % 251);
        writeSvhnVariables(path, 4, x.data(), 0, {1, 2, 3, 4}, MAT_COMPRESSION_ZLIB);
    }
    QCOMPARE(data::readSvhnFile(path).size(), std::size_t(4));   // intact, it reads
    {
        std::fstream patch(path, std::ios::in | std::ios::out | std::ios::binary);
        patch.seekg(128 + 8 + 200);   // well inside X's deflate stream
        char two[2];
        patch.read(two, 2);
        two[0] = char(~two[0]);
        two[1] = char(~two[1]);
        patch.seekp(128 + 8 + 200);
        patch.write(two, 2);
    }
    const std::string flipped = errorOf([&] { data::readSvhnFile(path); });
    QVERIFY2(flipped.find(path + ": not a valid MATLAB 5 .mat file (damaged compressed data") == 0, flipped.c_str());
}

void TstDatasets::unknownDatasetAndMissingFolder()
{
    QVERIFY(errorOf([] { data::loadDataset("imagenet"); }).find("unknown dataset 'imagenet'") != std::string::npos);
    const std::string error = errorOf([] { data::loadDataset("mnist", "/nonexistent/mnist"); });
    QVERIFY2(error.find("/nonexistent/mnist/train-images-idx3-ubyte") != std::string::npos, error.c_str());
}

void TstDatasets::debianFashionMnist()
{
    const std::string dir = data::defaultDatasetDir("fashion-mnist");
    if (!std::filesystem::exists(dir + "/train-images-idx3-ubyte.gz"))
        QSKIP("dataset-fashion-mnist is not installed");
    const data::Dataset d = data::loadDataset("fashion-mnist");
    QCOMPARE(d.train.size(), std::size_t(60000));
    QCOMPARE(d.test.size(), std::size_t(10000));
    QCOMPARE(d.train.height, 28);
    QVERIFY(std::abs(d.mean[0] - 0.2860) < 1e-3);   // the well-known Fashion-MNIST statistics
    QVERIFY(std::abs(d.stddev[0] - 0.3530) < 1e-3);
}

QTEST_APPLESS_MAIN(TstDatasets)
#include "tst_datasets.moc"
