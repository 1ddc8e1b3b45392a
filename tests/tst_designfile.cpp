// SPDX-License-Identifier: GPL-3.0-or-later
// The .denselab.json format: round trips, and rejected files whose errors name the problem.
#include "design/designerror.h"
#include "io/designjson.h"
#include "presets/presets.h"

#include <QtTest>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace denselab;

namespace {

QString readError(const std::string &text)
{
    try {
        io::parseDesign(text, "test.json");
    } catch (const DesignError &e) {
        return QString::fromUtf8(e.what());
    }
    return {};
}

std::string fixture(const char *name)
{
    QFile f(QStringLiteral(DENSELAB_TEST_DATA "/") + QString::fromUtf8(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return f.readAll().toStdString();
}

} // namespace

class TstDesignFile : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyPresetRoundTrips();
    void everyPresetFileOnDiskIsEmbedded();
    void editedDesignRoundTripsThroughAFile();
    void rejectedFiles_data();
    void rejectedFiles();
    void malformedFixturesFail_data();
    void malformedFixturesFail();
    void missingFileNamesPath();
    void prunedWidthsRoundTripAsVersion2();
    void failedSaveKeepsPreviousFile();
};

void TstDesignFile::everyPresetRoundTrips()
{
    for (const PresetInfo &p : presetList()) {
        const Design d = loadPreset(p.name);
        const Design back = io::designFromJson(io::designToJson(d));
        QVERIFY2(back == d, p.name.c_str());
        // Written documents are complete: reading the dump again changes nothing.
        QCOMPARE(io::designToJson(back).dump(), io::designToJson(d).dump());
    }
}

void TstDesignFile::everyPresetFileOnDiskIsEmbedded()
{
    const QDir dir(QStringLiteral(DENSELAB_PRESET_DIR));
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files);
    QCOMPARE(std::size_t(files.size()), presetList().size());
    for (const QString &file : files) {
        QFile f(dir.filePath(file));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const std::string name = QFileInfo(file).completeBaseName().toStdString();
        QCOMPARE(presetText(name), f.readAll().toStdString());
    }
}

void TstDesignFile::editedDesignRoundTripsThroughAFile()
{
    Design d = loadPreset("threshnet79");
    auto &block = std::get<DenseBlockSpec>(d.stages[6]);
    block.overrides = {{5, 0, true}, {17, 2, true}, {8, 4, false}};
    block.connectivity.rule = ConnectivityRule::ThresholdBC;
    block.connectivity.harmonicStyle = HarmonicStyle::Printed;
    d.channelThreshold = {true, 288, ThresholdComparison::GreaterOrEqual};
    d.stages.push_back(StackedUnitSpec{});
    auto custom = std::get<DenseBlockSpec>(d.stages[0]);
    custom.connectivity.rule = ConnectivityRule::Custom;
    custom.connectivity.custom = {{0}, {0, 1}, {1}, {0, 3}, {4}, {2, 5}};
    d.stages[0] = custom;
    d.name = "edited \"ThreshNet\" ü";

    QTemporaryDir dir;
    const std::string path = dir.filePath(QStringLiteral("edited.denselab.json")).toStdString();
    io::writeDesignFile(d, path);
    QVERIFY(io::readDesignFile(path) == d);
}

void TstDesignFile::rejectedFiles_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    const QString head = QStringLiteral(R"({"format": "denselab.design", "version": 1, )");
    QTest::newRow("unknown key") << head + QStringLiteral(R"("stages": [], "colour": 3})")
                                 << QStringLiteral("test.json: /colour: unknown field \"colour\"");
    QTest::newRow("unknown stage key")
        << head + QStringLiteral(R"("stages": [{"kind": "dense-block", "growht": 12}]})")
        << QStringLiteral("/stages/0/growht: unknown field \"growht\"");
    QTest::newRow("wrong type") << head + QStringLiteral(R"("stages": [{"kind": "dense-block", "growth": "12"}]})")
                                << QStringLiteral("/stages/0/growth: expected an integer, got \"12\"");
    QTest::newRow("out of range") << head + QStringLiteral(R"("stages": [{"kind": "dense-block", "layers": -2}]})")
                                  << QStringLiteral("/stages/0/layers: value -2 is outside 1..4096");
    QTest::newRow("unknown rule")
        << head + QStringLiteral(R"("stages": [{"kind": "dense-block", "connectivity": {"rule": "sparse"}}]})")
        << QStringLiteral("/stages/0/connectivity/rule: unknown value \"sparse\" (expected one of: dense, harmonic");
    QTest::newRow("unknown stage kind") << head + QStringLiteral(R"("stages": [{"kind": "inception"}]})")
                                        << QStringLiteral("/stages/0/kind: unknown stage kind \"inception\"");
    QTest::newRow("forward reference")
        << head + QStringLiteral(R"("stages": [{"kind": "dense-block", "layers": 2, "connectivity": {"rule": "custom", "inputs": [[0], [2]]}}]})")
        << QStringLiteral("/stages/0/connectivity/inputs/1/0: layer 2 can only read layers 0..1");
    QTest::newRow("source twice")
        << head + QStringLiteral(R"("stages": [{"kind": "dense-block", "layers": 2, "connectivity": {"rule": "custom", "inputs": [[0], [0, 1, 0]]}}]})")
        << QStringLiteral("/stages/0/connectivity/inputs/1/2: layer 0 is listed twice");
    QTest::newRow("too many stages")
        << head + QStringLiteral(R"("stages": [)") + QStringLiteral(R"({"kind": "transition"},)").repeated(4096)
               + QStringLiteral(R"({"kind": "transition"}]})")
        << QStringLiteral("/stages: 4097 stages, more than the limit of 4096");
    QTest::newRow("too many plain widths")
        << head + QStringLiteral(R"("stages": [{"kind": "plain", "widths": [)") + QStringLiteral("8,").repeated(4096)
               + QStringLiteral("8]}]}")
        << QStringLiteral("/stages/0/widths: 4097 entries, more than the limit of 4096");
    QTest::newRow("override source") << head + QStringLiteral(R"("stages": [{"kind": "dense-block", "layers": 4, "overrides": [{"target": 3, "source": 3}]}]})")
                                     << QStringLiteral("/stages/0/overrides/0/source: value 3 is outside 0..2");
    QTest::newRow("wrong format") << QStringLiteral(R"({"format": "something.else", "version": 1, "stages": []})")
                                  << QStringLiteral("/format: expected \"denselab.design\"");
    QTest::newRow("newer version") << QStringLiteral(R"({"format": "denselab.design", "version": 7, "stages": []})")
                                   << QStringLiteral("/version: version 7 is newer than this DenseLab reads (2)");
    QTest::newRow("no version") << QStringLiteral(R"({"format": "denselab.design", "stages": []})")
                                << QStringLiteral("/version: missing required field");
    QTest::newRow("not an object") << QStringLiteral("[1, 2]") << QStringLiteral("test.json: /: expected an object");
    QTest::newRow("stem widths") << head + QStringLiteral(R"("stem": {"kind": "two-conv", "widths": [32]}, "stages": []})")
                                 << QStringLiteral("/stem/widths: stem \"two-conv\" needs 2 widths");
    // #11: per-convolution widths (pruned networks) are a version-2 field with positive values.
    QTest::newRow("widths in a version-1 file")
        << head + QStringLiteral(R"("stages": [], "widths": {"stem.conv0": 12}})")
        << QStringLiteral("/widths: per-convolution widths need format version 2");
    const QString head2 = QStringLiteral(R"({"format": "denselab.design", "version": 2, )");
    QTest::newRow("width not a number") << head2 + QStringLiteral(R"("stages": [], "widths": {"stem.conv0": "12"}})")
                                        << QStringLiteral("/widths/stem.conv0: expected a width between 1 and");
    QTest::newRow("width zero") << head2 + QStringLiteral(R"("stages": [], "widths": {"stem.conv0": 0}})")
                                << QStringLiteral("/widths/stem.conv0: expected a width between 1 and");
    QTest::newRow("widths not an object") << head2 + QStringLiteral(R"("stages": [], "widths": [3]})")
                                          << QStringLiteral("/widths: expected an object");
    QTest::newRow("malformed") << QStringLiteral(R"({"format": "denselab.design", "version": 1,)")
                               << QStringLiteral("test.json: not valid JSON");
    // #15: 100,000 nested brackets crashed the reader (a recursive dump building the message);
    // the parser now refuses the 65th level before anything recurses over the document.
    const QString deep = QString(100000, QLatin1Char('[')) + QString(100000, QLatin1Char(']'));
    QTest::newRow("deep nesting") << head + QStringLiteral(R"("name": )") + deep + QStringLiteral(R"(, "stages": []})")
                                  << QStringLiteral("test.json: not valid JSON (nested deeper than 64 levels");
    QTest::newRow("number overflow") << head + QStringLiteral(R"("stages": [{"kind": "dense-block", "growth": 1e309}]})")
                                     << QStringLiteral("test.json: not valid JSON ([json.exception.out_of_range.406] number overflow");
}

void TstDesignFile::rejectedFiles()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    const QString error = readError(text.toStdString());
    QVERIFY2(error.contains(message), qPrintable(error));
}

void TstDesignFile::malformedFixturesFail_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message");
    QTest::newRow("truncated") << "truncated.denselab.json" << "not valid JSON";
    QTest::newRow("binary garbage") << "garbage.denselab.json" << "not valid JSON";
    QTest::newRow("stage not object") << "stage-not-object.denselab.json" << "/stages/1: expected an object, got 42";
}

void TstDesignFile::malformedFixturesFail()
{
    QFETCH(QString, file);
    QFETCH(QString, message);
    const QString error = readError(fixture(file.toUtf8().constData()));
    QVERIFY2(error.contains(message), qPrintable(error));
}

// #11: a pruned design states its widths in a version-2 file; an unpruned one stays version 1,
// so older DenseLab builds keep reading it.
void TstDesignFile::prunedWidthsRoundTripAsVersion2()
{
    Design d = loadPreset("densenet-bc-40-12");
    QCOMPARE(io::designToJson(d).at("version").get<int>(), 1);
    QVERIFY(!io::designToJson(d).contains("widths"));
    d.widths = {{"stage1.layer2.conv1", 17}, {"stage2.conv", 40}};
    const nlohmann::json document = io::designToJson(d);
    QCOMPARE(document.at("version").get<int>(), 2);
    QCOMPARE(document.at("widths").at("stage2.conv").get<int>(), 40);
    QTemporaryDir dir;
    const std::string path = dir.filePath(QStringLiteral("pruned.denselab.json")).toStdString();
    io::writeDesignFile(d, path);
    QVERIFY(io::readDesignFile(path) == d);
}

void TstDesignFile::missingFileNamesPath()
{
    try {
        io::readDesignFile("/nonexistent/dir/net.denselab.json");
        QFAIL("must throw");
    } catch (const DesignError &e) {
        QCOMPARE(QString::fromUtf8(e.what()),
                 QStringLiteral("/nonexistent/dir/net.denselab.json: cannot open the file for reading"));
    }
}

void TstDesignFile::failedSaveKeepsPreviousFile()
{
    QTemporaryDir dir;
    const std::string path = dir.filePath(QStringLiteral("kept.denselab.json")).toStdString();
    const Design original = loadPreset("densenet121");
    io::writeDesignFile(original, path);
    // Block the temporary file's name with a directory: the save must fail, the old file survive.
    QVERIFY(QDir().mkpath(QString::fromStdString(path + ".tmp")));
    QVERIFY_THROWS_EXCEPTION(DesignError, io::writeDesignFile(loadPreset("resnet50"), path));
    QVERIFY(io::readDesignFile(path) == original);
}

QTEST_APPLESS_MAIN(TstDesignFile)
#include "tst_designfile.moc"
