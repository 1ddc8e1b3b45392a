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

void put16(std::string &out, unsigned v) { out += char(v & 0xff), out += char(v >> 8 & 0xff); }
void put32(std::string &out, unsigned v) { put16(out, v & 0xffff), put16(out, v >> 16); }

// A zip archive of stored entries, as torch.save writes it (our reader checks no CRC).
std::string zipOf(const std::vector<std::pair<std::string, std::string>> &entries)
{
    std::string out, directory;
    for (const auto &[name, data] : entries) {
        const unsigned offset = unsigned(out.size());
        put32(out, 0x04034b50), put16(out, 20), put16(out, 0), put16(out, 0), put32(out, 0), put32(out, 0);
        put32(out, unsigned(data.size())), put32(out, unsigned(data.size())), put16(out, unsigned(name.size())), put16(out, 0);
        out += name + data;
        put32(directory, 0x02014b50), put16(directory, 20), put16(directory, 20), put16(directory, 0), put16(directory, 0);
        put32(directory, 0), put32(directory, 0), put32(directory, unsigned(data.size())), put32(directory, unsigned(data.size()));
        put16(directory, unsigned(name.size())), put16(directory, 0), put16(directory, 0), put16(directory, 0), put16(directory, 0);
        put32(directory, 0), put32(directory, offset);
        directory += name;
    }
    const unsigned at = unsigned(out.size());
    out += directory;
    put32(out, 0x06054b50), put16(out, 0), put16(out, 0), put16(out, unsigned(entries.size())), put16(out, unsigned(entries.size()));
    put32(out, unsigned(directory.size())), put32(out, at), put16(out, 0);
    return out;
}

// Pickle pieces (protocol 2).
// Adjacent literals below keep a hex escape from eating the letters after it ("\x02" "c").
std::string unicode(const std::string &s) { return "\x8c" + std::string(1, char(s.size())) + s; }
std::string int4(unsigned v)
{
    std::string out = "J";
    put32(out, v);
    return out;
}
// rebuild_tensor_v2((storage FloatStorage key "0", numel), 0, (size,), (1,), False, OrderedDict())
std::string tensorOf(unsigned size, unsigned numel)
{
    return "ctorch._utils\n_rebuild_tensor_v2\n(" + std::string("(") + unicode("storage") + "ctorch\nFloatStorage\n" + unicode("0")
           + unicode("cpu") + int4(numel) + "tQ" + int4(0) + "(" + int4(size) + "t(" + int4(1) + "t\x89" "ccollections\nOrderedDict\n)RtR";
}
std::string fileOf(const std::string &pickle, std::size_t storageBytes = 4)
{
    return zipOf({{"archive/data.pkl", pickle}, {"archive/data/0", std::string(storageBytes, '\0')}});
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
    void directoryIsNotAFile();
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
    std::string missing = good;   // the central directory names the storage data/X
    QVERIFY(missing.rfind("data/0") != std::string::npos);
    QTest::newRow("missing storage") << QByteArray::fromStdString(missing.replace(missing.rfind("data/0"), 6, "data/X"))
                                     << QStringLiteral("its storage data/0 is missing");
    QTest::newRow("a call of os.system")
        << QByteArray::fromStdString(fileOf("\x80\x02" "cos\nsystem\n" + unicode("ls") + "\x85" "R."))
        << QStringLiteral("unsupported global os.system");
    // Review of #12: a list filled after it was put into another one built a 500,000-link chain
    // (freeing it overflowed the stack) or a cycle; torch.save never does that.
    QTest::newRow("container filled late")
        << QByteArray::fromStdString(fileOf(std::string("\x80\x02]q\0]q\x01h\0h\x01" "ah\x01]a.", 18)))
        << QStringLiteral("a container filled after it was put into another one");
    QTest::newRow("duplicate key")
        << QByteArray::fromStdString(fileOf("\x80\x02" "}" + unicode("w") + tensorOf(1, 1) + "s" + unicode("w") + tensorOf(1, 1) + "s."))
        << QStringLiteral("the key w appears twice");
    // One memoized 1M-element tensor under 40 keys: 160 MB from a 4 MB file, before the budget.
    std::string many = "\x80\x02" "}" + unicode("k0") + tensorOf(1u << 20, 1u << 20) + "q\x05" "s";
    for (int k = 1; k < 40; ++k)
        many += unicode("k" + std::to_string(k)) + "h\x05" "s";
    QTest::newRow("one storage under many keys") << QByteArray::fromStdString(fileOf(many + ".", 4u << 20))
                                                 << QStringLiteral("more elements than the file has room for");
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

void TstTorchStateFile::directoryIsNotAFile()
{
    try {
        io::readTorchStateDict("/tmp");
        QFAIL("a directory was read");
    } catch (const io::TorchFileError &e) {
        QCOMPARE(std::string(e.what()), std::string("/tmp: not a regular file"));
    }
}

QTEST_GUILESS_MAIN(TstTorchStateFile)
#include "tst_torchstatefile.moc"
