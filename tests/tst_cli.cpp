// SPDX-License-Identifier: GPL-3.0-or-later
// denselab-cli end to end: output formats, JSON keys and exit codes.
#include "syntheticdata.h"

#include <QtTest>

#include <QDir>
#include <QFile>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run cli(const QStringList &arguments)
{
    QProcess p;
    p.start(QStringLiteral(DENSELAB_CLI), arguments);
    if (!p.waitForFinished(60000))
        qFatal("denselab-cli did not finish");
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

QJsonObject json(const Run &run)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(run.out, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("not JSON: %s", run.out.constData());
    return doc.object();
}

} // namespace

class TstCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void presetsListsEveryPresetWithDescription();
    void helpPerCommandAndVersion();
    void costsJsonHasEveryKey();
    void costsRetargets();
    void costsTableUsesHumanUnits();
    void costsCsvPerLayer();
    void connectionsPrintsSeedRows();
    void connectionsJson();
    void benchReportsMedian();
    void modelCountsWhatCostsCount();
    void badInputExitsWithTwoAndOneLine_data();
    void badInputExitsWithTwoAndOneLine();
    void trainJsonThenResume();
    void trainInterruptedLeavesResumableRun();
    void trainReportsDataErrors();
    void benchTrainJson();
    void searchLwpJsonEndToEnd();
    void prunableListsGroups();
    void pruneJsonEndToEnd();
};

void TstCli::presetsListsEveryPresetWithDescription()
{
    const Run run = cli({QStringLiteral("presets"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray list = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(list.size(), 21);
    for (const QJsonValue &v : list)
        QVERIFY(!v.toObject().value(QStringLiteral("description")).toString().isEmpty());
    const Run table = cli({QStringLiteral("presets")});
    QVERIFY(table.out.contains("threshnet79"));
}

// #12: COMMAND --help lists the command's options (and the training defaults, from the recipe
// the command starts from), also after a design file; --version.
void TstCli::helpPerCommandAndVersion()
{
    const Run train = cli({QStringLiteral("train"), QStringLiteral("--help")});
    QCOMPARE(train.exitCode, 0);
    QVERIFY(train.out.startsWith("usage: denselab-cli train (--preset NAME"));
    QVERIFY(train.out.contains("--limit-train N") && train.out.contains("train --resume RUN_DIR"));
    QVERIFY2(train.out.contains("defaults of the training options (recipe demo): --epochs 2 --batch 64"), train.out.constData());
    QVERIFY(!train.out.contains("costs (--preset"));   // only its own entries
    const Run costs = cli({QStringLiteral("costs"), QStringLiteral("my.json"), QStringLiteral("--help")});
    QCOMPARE(costs.exitCode, 0);
    QVERIFY(costs.out.startsWith("usage: denselab-cli costs (--preset NAME | FILE.json)"));
    const Run exports = cli({QStringLiteral("export"), QStringLiteral("onnx"), QStringLiteral("-h")});
    QVERIFY(exports.out.contains("[--opset 13]") && !exports.out.contains("export pytorch"));
    QCOMPARE(cli({QStringLiteral("fly"), QStringLiteral("--help")}).exitCode, 2);
    const Run version = cli({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith("denselab-cli 0.") && version.out.endsWith("\n"));
}

void TstCli::costsJsonHasEveryKey()
{
    const Run run = cli({QStringLiteral("costs"), QStringLiteral("--preset"), QStringLiteral("threshnet79"),
                         QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject j = json(run);
    const QStringList keys{QStringLiteral("params"), QStringLiteral("macs"), QStringLiteral("madd"),
                           QStringLiteral("flops"), QStringLiteral("memory_bytes"), QStringLiteral("mem_read_bytes"),
                           QStringLiteral("mem_write_bytes"), QStringLiteral("cio_elements"),
                           QStringLiteral("traffic_bytes"), QStringLiteral("activation_bytes"),
                           QStringLiteral("connections")};
    for (const QString &key : keys)
        QVERIFY2(j.value(key).isDouble(), qPrintable(key));
    QCOMPARE(j.value(QStringLiteral("params")).toInteger(), 15323248);
    QCOMPARE(j.value(QStringLiteral("connections")).toInteger(), 173);
    QCOMPARE(j.value(QStringLiteral("input")).toArray(), (QJsonArray{3, 224, 224}));
    QCOMPARE(j.value(QStringLiteral("classes")).toInt(), 1000);
    const QJsonArray layers = j.value(QStringLiteral("layers")).toArray();
    QVERIFY(layers.size() > 200);
    qint64 params = 0;
    for (const QJsonValue &layer : layers) {
        const QJsonObject l = layer.toObject();
        for (const QString &key : keys)
            QVERIFY(l.contains(key));
        QVERIFY(!l.value(QStringLiteral("name")).toString().isEmpty());
        QCOMPARE(l.value(QStringLiteral("output")).toArray().size(), 3);
        params += l.value(QStringLiteral("params")).toInteger();
    }
    QCOMPARE(params, 15323248);
}

void TstCli::costsRetargets()
{
    const Run run = cli({QStringLiteral("costs"), QStringLiteral("--preset"), QStringLiteral("densenet-bc-40-12"),
                         QStringLiteral("--input"), QStringLiteral("1x28x28"), QStringLiteral("--classes"),
                         QStringLiteral("10"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject j = json(run);
    QCOMPARE(j.value(QStringLiteral("input")).toArray(), (QJsonArray{1, 28, 28}));
    const QJsonArray layers = j.value(QStringLiteral("layers")).toArray();
    QCOMPARE(layers.last().toObject().value(QStringLiteral("output")).toArray(), (QJsonArray{10, 1, 1}));
}

void TstCli::costsTableUsesHumanUnits()
{
    const Run run = cli({QStringLiteral("costs"), QStringLiteral("--preset"), QStringLiteral("densenet121")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("7.98 M"));
    QVERIFY(run.out.contains("359.71 MiB"));
    QVERIFY(run.out.contains("5.74 G"));
}

void TstCli::costsCsvPerLayer()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("net.denselab.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"format": "denselab.design", "version": 1, "name": "tiny", "input": {"channels": 1, "height": 8, "width": 8},
                  "stages": [{"kind": "dense-block", "layers": 2, "growth": 4}]})");
    file.close();
    const Run run = cli({QStringLiteral("costs"), path, QStringLiteral("--per-layer"), QStringLiteral("--format"),
                         QStringLiteral("csv")});
    QCOMPARE(run.exitCode, 0);
    const QList<QByteArray> lines = run.out.trimmed().split('\n');
    QVERIFY(lines.first().startsWith("name,op,output,params,macs"));
    QVERIFY(lines.last().startsWith("total,"));
    QVERIFY(lines.size() > 10);
}

void TstCli::connectionsPrintsSeedRows()
{
    const Run run = cli({QStringLiteral("connections"), QStringLiteral("--rule"), QStringLiteral("threshold-bc"),
                         QStringLiteral("--layers"), QStringLiteral("16"), QStringLiteral("--threshold"),
                         QStringLiteral("8"), QStringLiteral("--harmonic-style"), QStringLiteral("printed")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("n = 10:  2-6-8-9"), run.out.constData());
    QVERIFY(run.out.contains("total connections: 51"));
}

void TstCli::connectionsJson()
{
    const Run run = cli({QStringLiteral("connections"), QStringLiteral("--rule"), QStringLiteral("harmonic"),
                         QStringLiteral("--layers"), QStringLiteral("16"), QStringLiteral("--growth"),
                         QStringLiteral("40"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject j = json(run);
    QCOMPARE(j.value(QStringLiteral("total")).toInt(), 31);
    QCOMPARE(j.value(QStringLiteral("rule")).toString(), QStringLiteral("harmonic"));
    QCOMPARE(j.value(QStringLiteral("inputs")).toArray().last().toArray(), (QJsonArray{0, 8, 12, 14, 15}));
    QCOMPARE(j.value(QStringLiteral("widths")).toArray().last().toInt(), 334);
    QVERIFY(j.contains(QStringLiteral("threshold")));
}

void TstCli::benchReportsMedian()
{
    const Run run = cli({QStringLiteral("bench"), QStringLiteral("costs"), QStringLiteral("--preset"),
                         QStringLiteral("densenet-bc-40-12"), QStringLiteral("--iterations"), QStringLiteral("5"),
                         QStringLiteral("--min-seconds"), QStringLiteral("0"), QStringLiteral("--format"),
                         QStringLiteral("json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject j = json(run);
    QCOMPARE(j.value(QStringLiteral("preset")).toString(), QStringLiteral("densenet-bc-40-12"));
    QVERIFY(j.value(QStringLiteral("iterations")).toInt() >= 5);
    // The median lies between the fastest run and the (generous) 1 ms budget of a live update.
    const double median = j.value(QStringLiteral("median_seconds")).toDouble();
    const double fastest = j.value(QStringLiteral("min_seconds")).toDouble();
    QVERIFY2(fastest > 0.0 && median >= fastest && median < 0.05, qPrintable(QString::number(median)));
}

void TstCli::modelCountsWhatCostsCount()
{
#ifndef DENSELAB_HAVE_TORCH
    QSKIP("denselab-cli was built without LibTorch");
#endif
    const QStringList design{QStringLiteral("--preset"), QStringLiteral("densenet-bc-40-12"), QStringLiteral("--input"),
                             QStringLiteral("1x28x28"), QStringLiteral("--classes"), QStringLiteral("10")};
    const Run model = cli(QStringList{QStringLiteral("model")} + design + QStringList{QStringLiteral("--batch"), QStringLiteral("3")});
    QCOMPARE(model.exitCode, 0);
    const Run costs = cli(QStringList{QStringLiteral("costs")} + design + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(json(model).value(QStringLiteral("params")).toInteger(), json(costs).value(QStringLiteral("params")).toInteger());
    QCOMPARE(json(model).value(QStringLiteral("output")).toArray(), (QJsonArray{3, 10}));
}

void TstCli::badInputExitsWithTwoAndOneLine_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown preset") << QStringList{QStringLiteral("costs"), QStringLiteral("--preset"), QStringLiteral("nope")}
                                    << QStringLiteral("unknown preset \"nope\"");
    QTest::newRow("missing file") << QStringList{QStringLiteral("costs"), QStringLiteral("/no/such.json")}
                                  << QStringLiteral("/no/such.json: cannot open");
    QTest::newRow("bad input shape") << QStringList{QStringLiteral("costs"), QStringLiteral("--preset"),
                                                    QStringLiteral("vgg16"), QStringLiteral("--input"), QStringLiteral("3x32")}
                                     << QStringLiteral("--input: expected CxHxW");
    QTest::newRow("collapsing input") << QStringList{QStringLiteral("costs"), QStringLiteral("--preset"),
                                                     QStringLiteral("densenet121"), QStringLiteral("--input"),
                                                     QStringLiteral("3x16x16")}
                                      << QStringLiteral("spatial size collapses");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("presets"), QStringLiteral("--colour")}
                                    << QStringLiteral("unknown option \"--colour\"");
    // #12: an unknown option is named with the closest one the command takes.
    QTest::newRow("misspelt option") << QStringList{QStringLiteral("costs"), QStringLiteral("--preset"), QStringLiteral("vgg16"),
                                                    QStringLiteral("--per-layers")}
                                     << QStringLiteral("unknown option \"--per-layers\" (did you mean --per-layer?)");
    QTest::newRow("misspelt option with a value")
        << QStringList{QStringLiteral("export"), QStringLiteral("pytorch"), QStringLiteral("--preset"), QStringLiteral("vgg16"),
                       QStringLiteral("--out"), QStringLiteral("/tmp/x"), QStringLiteral("--sed=3")}
        << QStringLiteral("unknown option \"--sed\" (did you mean --seed?)");
    QTest::newRow("misspelt option leaving its value behind")
        << QStringList{QStringLiteral("costs"), QStringLiteral("--preset"), QStringLiteral("vgg16"), QStringLiteral("--fromat"),
                       QStringLiteral("json")}
        << QStringLiteral("unknown option \"--fromat\" (did you mean --format?)");
    QTest::newRow("export without a format") << QStringList{QStringLiteral("export"), QStringLiteral("--run"), QStringLiteral("/tmp")}
                                             << QStringLiteral("export: expected \"export pytorch|onnx");
    QTest::newRow("export without --out") << QStringList{QStringLiteral("export"), QStringLiteral("onnx"), QStringLiteral("--preset"),
                                                         QStringLiteral("vgg16")}
                                          << QStringLiteral("--out: the .onnx file to write is missing");
    QTest::newRow("onnx opset out of range")
        << QStringList{QStringLiteral("export"), QStringLiteral("onnx"), QStringLiteral("--preset"), QStringLiteral("vgg16"),
                       QStringLiteral("--out"), QStringLiteral("/tmp/x.onnx"), QStringLiteral("--opset"), QStringLiteral("30")}
        << QStringLiteral("--opset");
    QTest::newRow("unknown rule") << QStringList{QStringLiteral("connections"), QStringLiteral("--rule"),
                                                 QStringLiteral("random"), QStringLiteral("--layers"), QStringLiteral("4")}
                                  << QStringLiteral("--rule: unknown rule \"random\"");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("fly")} << QStringLiteral("unknown command \"fly\"");
    // #15: these printed 2147483647 for every width, or were accepted and recorded.
    QTest::newRow("absurd growth") << QStringList{QStringLiteral("connections"), QStringLiteral("--rule"), QStringLiteral("dense"),
                                                  QStringLiteral("--layers"), QStringLiteral("4"), QStringLiteral("--growth"),
                                                  QStringLiteral("1000000000")}
                                   << QStringLiteral("--growth: 1000000000 is more than the limit of 1048576");
    QTest::newRow("infinite multiplier")
        << QStringList{QStringLiteral("connections"), QStringLiteral("--rule"), QStringLiteral("harmonic"), QStringLiteral("--layers"),
                       QStringLiteral("8"), QStringLiteral("--multiplier"), QStringLiteral("inf")}
        << QStringLiteral("--multiplier: expected a finite number");
    QTest::newRow("harmonic width beyond the limit")
        << QStringList{QStringLiteral("connections"), QStringLiteral("--rule"), QStringLiteral("harmonic"), QStringLiteral("--layers"),
                       QStringLiteral("4096"), QStringLiteral("--growth"), QStringLiteral("1048576"), QStringLiteral("--multiplier"),
                       QStringLiteral("1000")}
        << QStringLiteral("its width grows beyond the limit of 16777216 channels");
#ifdef DENSELAB_HAVE_TORCH
    // Handed over to denselab-cli-torch, which answers the same way.
    QTest::newRow("too many threads") << QStringList{QStringLiteral("train"), QStringLiteral("--preset"),
                                                     QStringLiteral("densenet-bc-40-12"), QStringLiteral("--threads"),
                                                     QStringLiteral("1000000000")}
                                      << QStringLiteral("--threads: 1000000000 is more than this machine's");
#endif
}

void TstCli::badInputExitsWithTwoAndOneLine()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run run = cli(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
    QCOMPARE(run.err.count('\n'), 1);
    QVERIFY(run.out.isEmpty());
}


#ifdef DENSELAB_HAVE_TORCH
namespace {

// Common train arguments: DenseNet-BC-40-12 on generated 12x12 "digits" in `data`.
QStringList trainArguments(const QTemporaryDir &data, const QTemporaryDir &runs)
{
    return {QStringLiteral("train"),       QStringLiteral("--preset"),      QStringLiteral("densenet-bc-40-12"),
            QStringLiteral("--dataset"),   QStringLiteral("mnist"),         QStringLiteral("--data"),
            data.path(),                   QStringLiteral("--runs-dir"),    runs.path(),
            QStringLiteral("--batch"),     QStringLiteral("32"),            QStringLiteral("--limit-train"),
            QStringLiteral("128"),         QStringLiteral("--limit-test"),  QStringLiteral("64"),
            QStringLiteral("--threads"),   QStringLiteral("0")};   // every core, however many
}

} // namespace
#endif

void TstCli::trainJsonThenResume()
{
#ifndef DENSELAB_HAVE_TORCH
    QSKIP("built without LibTorch");
#else
    QTemporaryDir data, runs;
    denselab::testdata::writePatchDigits(data.path().toStdString(), 256, 64);
    Run run = cli(trainArguments(data, runs) + QStringList{QStringLiteral("--epochs"), QStringLiteral("1"),
                                                           QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QJsonObject result = json(run);
    for (const char *key : {"run_dir", "status", "epochs", "test_accuracy", "test_loss", "train_images_per_second",
                            "device"})
        QVERIFY2(result.contains(QLatin1String(key)), key);
    QCOMPARE(result[QStringLiteral("status")].toString(), QStringLiteral("finished"));
    QCOMPARE(result[QStringLiteral("epochs")].toInt(), 1);
    QVERIFY(result[QStringLiteral("device")].toString().startsWith(QStringLiteral("cpu")));
    QVERIFY(result[QStringLiteral("run_dir")].toString().startsWith(runs.path()));

    // A finished run can be extended: --resume with more epochs continues from its checkpoint.
    run = cli({QStringLiteral("train"), QStringLiteral("--resume"), result[QStringLiteral("run_dir")].toString(),
               QStringLiteral("--epochs"), QStringLiteral("2"), QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    result = json(run);
    QCOMPARE(result[QStringLiteral("epochs")].toInt(), 2);
    QCOMPARE(result[QStringLiteral("status")].toString(), QStringLiteral("finished"));
#endif
}

void TstCli::trainInterruptedLeavesResumableRun()
{
#ifndef DENSELAB_HAVE_TORCH
    QSKIP("built without LibTorch");
#else
    QTemporaryDir data, runs;
    denselab::testdata::writePatchDigits(data.path().toStdString(), 256, 64);
    QProcess p;
    p.start(QStringLiteral(DENSELAB_CLI), trainArguments(data, runs) + QStringList{QStringLiteral("--epochs"),
                                                                                    QStringLiteral("500")});
    QVERIFY(p.waitForReadyRead(30000));   // "run DIR" comes first
    QTest::qWait(1500);
    p.terminate();   // SIGTERM, handled like Ctrl-C's SIGINT
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 0);
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    QVERIFY2(out.contains(QStringLiteral("run stopped")), qPrintable(out));
    const QString dir = out.section(QLatin1Char('\n'), 0, 0).mid(4);
    QFile record(dir + QStringLiteral("/run.json"));
    QVERIFY(record.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(record.readAll()).object()[QStringLiteral("status")].toString(),
             QStringLiteral("stopped"));
    QVERIFY(QFile::exists(dir + QStringLiteral("/last.json")));
#endif
}

void TstCli::trainReportsDataErrors()
{
#ifndef DENSELAB_HAVE_TORCH
    QSKIP("built without LibTorch");
#else
    QTemporaryDir data, runs;   // empty: no dataset files
    const Run run = cli(trainArguments(data, runs) + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(json(run)[QStringLiteral("status")].toString(), QStringLiteral("failed"));
    QVERIFY2(run.err.contains(data.path().toUtf8() + "/train-images-idx3-ubyte"), run.err.constData());
#endif
}

void TstCli::benchTrainJson()
{
#ifndef DENSELAB_HAVE_TORCH
    QSKIP("built without LibTorch");
#else
    const Run run = cli({QStringLiteral("bench"), QStringLiteral("train"), QStringLiteral("--preset"),
                         QStringLiteral("densenet-bc-40-12"), QStringLiteral("--input"), QStringLiteral("1x16x16"),
                         QStringLiteral("--classes"), QStringLiteral("10"), QStringLiteral("--batch"),
                         QStringLiteral("4"), QStringLiteral("--steps"), QStringLiteral("2"),
                         QStringLiteral("--min-seconds"), QStringLiteral("0"), QStringLiteral("--no-peak"),
                         QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject result = json(run);
    QCOMPARE(result[QStringLiteral("batch")].toInt(), 4);
    QVERIFY(result[QStringLiteral("steps")].toInt() >= 2);

    // Convolution FLOPs per image, from the cost model's per-layer MACs: 2 per MAC for the forward
    // pass, the weight gradient and the input gradient, except the stem conv reading the image.
    const Run costs = cli({QStringLiteral("costs"), QStringLiteral("--preset"), QStringLiteral("densenet-bc-40-12"),
                           QStringLiteral("--input"), QStringLiteral("1x16x16"), QStringLiteral("--classes"),
                           QStringLiteral("10"), QStringLiteral("--per-layer"), QStringLiteral("--format"),
                           QStringLiteral("json")});
    double expected = 0;
    for (const QJsonValue &layer : json(costs)[QStringLiteral("layers")].toArray()) {
        const QJsonObject l = layer.toObject();
        if (l[QStringLiteral("op")].toString() != QStringLiteral("conv"))
            continue;
        const double macs = l[QStringLiteral("macs")].toDouble();
        expected += 2 * macs * (l[QStringLiteral("name")].toString() == QStringLiteral("stem.conv0") ? 2 : 3);
    }
    QCOMPARE(result[QStringLiteral("conv_flops_per_image")].toDouble(), expected);

    // Speed and FLOP/s are the same median step seen two ways.
    const double images = result[QStringLiteral("images_per_second")].toDouble();
    QVERIFY(qFuzzyCompare(images, 4 * 1000.0 / result[QStringLiteral("median_step_ms")].toDouble()));
    QVERIFY(qFuzzyCompare(result[QStringLiteral("achieved_conv_flops")].toDouble(), expected * images));
    QVERIFY(!result.contains(QStringLiteral("peak_ratio")));
#endif
}

// #10: `search lwp --format json` runs every stage and ends with the documented one-line summary;
// the chosen child opens as a design and its from-scratch run is an ordinary run.
void TstCli::searchLwpJsonEndToEnd()
{
#ifndef DENSELAB_HAVE_TORCH
    QSKIP("built without LibTorch");
#else
    QTemporaryDir data, runs;
    denselab::testdata::writePatchDigits(data.path().toStdString(), 256, 64);
    QStringList arguments = trainArguments(data, runs);
    arguments[0] = QStringLiteral("lwp");
    arguments.prepend(QStringLiteral("search"));
    arguments << QStringList{QStringLiteral("--pretrain-epochs"), QStringLiteral("1"), QStringLiteral("--curriculum-epochs"),
                             QStringLiteral("1"), QStringLiteral("--curriculum-stride"), QStringLiteral("100"),
                             QStringLiteral("--children"), QStringLiteral("2"), QStringLiteral("--validation"),
                             QStringLiteral("32"), QStringLiteral("--from-scratch-epochs"), QStringLiteral("1"),
                             QStringLiteral("--alpha"), QStringLiteral("2"), QStringLiteral("--gamma"), QStringLiteral("0.5"),
                             QStringLiteral("--format"), QStringLiteral("json")};
    const Run run = cli(arguments);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject result = json(run);
    for (const char *key : {"run_dir", "status", "parent_macs", "child_macs", "eta", "parent_params", "child_params",
                            "child_design", "validation_accuracy", "from_scratch_run", "test_accuracy"})
        QVERIFY2(result.contains(QLatin1String(key)), key);
    QCOMPARE(result[QStringLiteral("status")].toString(), QStringLiteral("finished"));
    QVERIFY(result[QStringLiteral("child_macs")].toDouble() <= result[QStringLiteral("parent_macs")].toDouble());
    QCOMPARE(result[QStringLiteral("eta")].toDouble(),
             result[QStringLiteral("child_macs")].toDouble() / result[QStringLiteral("parent_macs")].toDouble());
    const Run costs = cli({QStringLiteral("costs"), result[QStringLiteral("child_design")].toString(), QStringLiteral("--format"),
                           QStringLiteral("json")});
    QVERIFY2(costs.exitCode == 0, costs.err.constData());
    QCOMPARE(json(costs)[QStringLiteral("macs")].toDouble(), result[QStringLiteral("child_macs")].toDouble());
    QVERIFY(QFile::exists(result[QStringLiteral("from_scratch_run")].toString() + QStringLiteral("/run.json")));

    // Bad settings are refused before anything runs.
    const Run bad = cli({QStringLiteral("search"), QStringLiteral("lwp"), QStringLiteral("--preset"), QStringLiteral("resnet18"),
                         QStringLiteral("--runs-dir"), runs.path()});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains("dense blocks"), bad.err.constData());
#endif
}

// #11: `prunable` shows what filter pruning can reach, with the seed's rule as an option.
void TstCli::prunableListsGroups()
{
    Run run = cli({QStringLiteral("prunable"), QStringLiteral("--preset"), QStringLiteral("resnet18"), QStringLiteral("--format"),
                   QStringLiteral("json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject all = json(run);
    run = cli({QStringLiteral("prunable"), QStringLiteral("--preset"), QStringLiteral("resnet18"), QStringLiteral("--keep-coupled"),
               QStringLiteral("--format"), QStringLiteral("json")});
    const QJsonObject seed = json(run);
    // 64 (stem) + 4 x 64 + (4 + 1) x 128 + 5 x 256 + 5 x 512 conv filters.
    QCOMPARE(all[QStringLiteral("filters")].toInt(), 4800);
    QCOMPARE(all[QStringLiteral("prunable_filters")].toInt(), 4800);
    // The seed leaves every convolution before an addition alone: per stage the three
    // convolutions (stem or projection included) whose outputs are added.
    QCOMPARE(seed[QStringLiteral("prunable_filters")].toInt(), 4800 - 3 * 64 - 3 * 128 - 3 * 256 - 3 * 512);
    QVERIFY(seed[QStringLiteral("removable_macs_share")].toDouble() < all[QStringLiteral("removable_macs_share")].toDouble());
    const Run table = cli({QStringLiteral("prunable"), QStringLiteral("--preset"), QStringLiteral("tissuenet-vgg16")});
    QVERIFY(table.out.contains("read by a grouped convolution"));
}

void TstCli::pruneJsonEndToEnd()
{
#ifndef DENSELAB_HAVE_TORCH
    QSKIP("built without LibTorch");
#else
    QTemporaryDir data, runs;
    denselab::testdata::writePatchDigits(data.path().toStdString(), 256, 64);
    QStringList arguments = trainArguments(data, runs);
    arguments[0] = QStringLiteral("prune");
    arguments << QStringList{QStringLiteral("--pretrain-epochs"), QStringLiteral("1"), QStringLiteral("--iterations"),
                             QStringLiteral("2"), QStringLiteral("--step"), QStringLiteral("0.1"), QStringLiteral("--criterion"),
                             QStringLiteral("l1"), QStringLiteral("--format"), QStringLiteral("json")};
    const Run run = cli(arguments);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject result = json(run);
    for (const char *key : {"run_dir", "status", "iterations", "parent_params", "parent_macs", "params", "macs",
                            "test_accuracy_before", "test_accuracy", "design"})
        QVERIFY2(result.contains(QLatin1String(key)), key);
    QCOMPARE(result[QStringLiteral("status")].toString(), QStringLiteral("finished"));
    QCOMPARE(result[QStringLiteral("iterations")].toInt(), 2);
    QVERIFY(result[QStringLiteral("macs")].toDouble() < result[QStringLiteral("parent_macs")].toDouble());
    const Run costs = cli({QStringLiteral("costs"), result[QStringLiteral("design")].toString(), QStringLiteral("--format"),
                           QStringLiteral("json")});
    QVERIFY2(costs.exitCode == 0, costs.err.constData());
    QCOMPARE(json(costs)[QStringLiteral("macs")].toDouble(), result[QStringLiteral("macs")].toDouble());
    // Bad settings and a design with nothing to prune (one stem filter, no stage) are refused
    // before any run folder exists.
    const Run badStep = cli({QStringLiteral("prune"), QStringLiteral("--preset"), QStringLiteral("densenet-bc-40-12"),
                             QStringLiteral("--step"), QStringLiteral("1.5")});
    QCOMPARE(badStep.exitCode, 2);
    QVERIFY2(badStep.err.contains("--step"), badStep.err.constData());
    const QString nothing = data.filePath(QStringLiteral("nothing.denselab.json"));
    QFile file(nothing);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"format": "denselab.design", "version": 1, "stem": {"kind": "cifar", "widths": [1]}, "stages": []})");
    file.close();
    QTemporaryDir emptyRuns;
    const Run none = cli({QStringLiteral("prune"), nothing, QStringLiteral("--dataset"), QStringLiteral("mnist"),
                          QStringLiteral("--data"), data.path(), QStringLiteral("--runs-dir"), emptyRuns.path()});
    QCOMPARE(none.exitCode, 2);
    QVERIFY2(none.err.contains("no convolution of this design can be pruned"), none.err.constData());
    QVERIFY(QDir(emptyRuns.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty());
    const Run epochs = cli({QStringLiteral("prune"), QStringLiteral("--preset"), QStringLiteral("densenet-bc-40-12"),
                            QStringLiteral("--epochs"), QStringLiteral("3")});
    QCOMPARE(epochs.exitCode, 2);
#endif
}

QTEST_GUILESS_MAIN(TstCli)
#include "tst_cli.moc"
