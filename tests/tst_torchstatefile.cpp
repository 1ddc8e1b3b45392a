// SPDX-License-Identifier: GPL-3.0-or-later
// The reader of Python's torch.save files (#12, import torchvision-weights) and the torchvision
// key mapping, on files Python wrote (tests/fuzz/corpus/pth) and on damaged ones.
#include "export/torchvisionkeys.h"
#include "io/torchstatefile.h"

#include <QtTest>

#include <fstream>
#include <iterator>

using namespace denselab;

namespace {

std::string corpusFile(const std::string &name) { return std::string(DENSELAB_FUZZ_DIR) + "/corpus/pth/" + name; }

std::string bytesOf(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

} // namespace

class TstTorchStateFile : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void readsWhatPythonWrote();
    void readsTheInnerStateDict();
    void damagedFilesNameFileAndReason_data();
    void damagedFilesNameFileAndReason();
    void torchvisionKeysMapOneToOne();
};

void TstTorchStateFile::readsWhatPythonWrote()
{
    // torch.save(OrderedDict(conv.weight = arange(6) as 1x2x3 float32, norm.running_var = ones(2)
    // float64, norm.num_batches_tracked = 3 int64, half = [0.5, -2] float16,
    // strided = arange(12) as 3x4, transposed (a non-contiguous view)))
    const auto state = io::readTorchStateDict(corpusFile("small-state-dict.pth"));
    QCOMPARE(state.size(), std::size_t(5));
    QCOMPARE(state[0].first, std::string("conv.weight"));
    QCOMPARE(state[0].second.sizes, (std::vector<std::int64_t>{1, 2, 3}));
    QCOMPARE(state[0].second.values, (std::vector<float>{0, 1, 2, 3, 4, 5}));
    QCOMPARE(state[1].second.storageType, std::string("DoubleStorage"));
    QCOMPARE(state[1].second.values, (std::vector<float>{1, 1}));
    QCOMPARE(state[2].second.sizes, std::vector<std::int64_t>{});
    QCOMPARE(state[2].second.values, std::vector<float>{3});
    QCOMPARE(state[3].second.values, (std::vector<float>{0.5f, -2.0f}));
    QCOMPARE(state[4].first, std::string("strided"));
    QCOMPARE(state[4].second.sizes, (std::vector<std::int64_t>{4, 3}));
    QCOMPARE(state[4].second.values, (std::vector<float>{0, 4, 8, 1, 5, 9, 2, 6, 10, 3, 7, 11}));
}

void TstTorchStateFile::readsTheInnerStateDict()
{
    const auto state = io::readTorchStateDict(corpusFile("nested-state-dict.pth"));   // {"state_dict": {...}}
    QCOMPARE(state.size(), std::size_t(1));
    QCOMPARE(state[0].first, std::string("fc.bias"));
    QCOMPARE(state[0].second.values, (std::vector<float>{0, 0, 0}));
}

void TstTorchStateFile::damagedFilesNameFileAndReason_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason");
    const std::string good = bytesOf(corpusFile("small-state-dict.pth"));
    QTest::newRow("empty") << QByteArray() << QStringLiteral("not a zip archive");
    QTest::newRow("legacy format") << QByteArray("\x80\x02\x8a\x0alo", 7) << QStringLiteral("not a zip archive");
    QTest::newRow("truncated") << QByteArray::fromStdString(good.substr(0, good.size() / 2))
                               << QStringLiteral("no end of central directory");
    // A pickle that calls os.system: refused by name, never run.
    std::string evil = good;
    const std::size_t at = evil.find("torch._utils");
    if (at != std::string::npos)
        evil.replace(at, 12, "os\nsystem\n  ");
    QTest::newRow("foreign global") << QByteArray::fromStdString(evil) << QStringLiteral("data.pkl");
    std::string shortStorage = good;
    const std::size_t data = shortStorage.find("data/0");
    QVERIFY(data != std::string::npos);
    QTest::newRow("missing storage") << QByteArray::fromStdString(shortStorage.replace(shortStorage.rfind("data/0"), 6, "data/X"))
                                     << QStringLiteral("");
}

void TstTorchStateFile::damagedFilesNameFileAndReason()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);
    try {
        io::parseTorchStateDict(bytes.toStdString(), "weights.pth");
        QFAIL("a damaged file was read");
    } catch (const io::TorchFileError &e) {
        const QString message = QString::fromStdString(e.what());
        QVERIFY2(message.startsWith(QStringLiteral("weights.pth: ")) && message.contains(reason), qPrintable(message));
    }
}

void TstTorchStateFile::torchvisionKeysMapOneToOne()
{
    const std::pair<const char *, const char *> cases[] = {
        {"features.conv0.weight", "stem.conv0.weight"},
        {"features.norm0.running_var", "stem.norm0.running_var"},
        {"features.denseblock3.denselayer24.conv2.weight", "stage5.layer24.conv2.weight"},
        {"features.denseblock1.denselayer1.norm.1.weight", "stage1.layer1.norm1.weight"},   // torchvision < 0.3
        {"features.transition2.conv.weight", "stage4.conv.weight"},
        {"features.norm5.num_batches_tracked", "head.norm.num_batches_tracked"},
        {"classifier.bias", "head.fc.bias"},
        {"conv1.weight", "stem.conv0.weight"},
        {"bn1.bias", "stem.norm0.bias"},
        {"layer3.5.bn3.running_mean", "stage3.block6.bn3.running_mean"},
        {"layer1.0.downsample.0.weight", "stage1.block1.downsample.conv.weight"},
        {"layer1.0.downsample.1.weight", "stage1.block1.downsample.bn.weight"},
        {"fc.weight", "head.fc.weight"},
        {"something.else", ""},
        {"layer99999999999999999999.0.conv1.weight", "stage99999999999999999999.block1.conv1.weight"},
    };
    for (const auto &[torchvision, denselab] : cases)
        QCOMPARE(exporting::denselabKeyOfTorchvision(torchvision), std::string(denselab));
}

QTEST_GUILESS_MAIN(TstTorchStateFile)
#include "tst_torchstatefile.moc"
