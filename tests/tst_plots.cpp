// SPDX-License-Identifier: GPL-3.0-or-later
// #13: plots that read right — accuracy in %, whole-epoch and whole-layer ticks, padded axes,
// a bias-corrected smoothed loss, redone epochs replacing the old points, and chart exports at
// one fixed size whether or not the chart was ever shown.
#include "costs/layerchart.h"
#include "export/widgetexport.h"
#include "plots/trainingplots.h"

#include <qcustomplot.h>

#include <QImage>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace denselab;

class TstPlots : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void smoothedLossIsBiasCorrected();
    void accuracyIsInPercentWithPaddedAxes();
    void redoneStepsAndEpochsReplaceTheOldPoints();
    void layerAxisHasWholeTicks();
    void chartExportHasTheDocumentedSize();
};

void TstPlots::smoothedLossIsBiasCorrected()
{
    TrainingPlots plots;
    // A loss falling fast over a short run: the smoothed curve must be the normalized
    // exponential average, not one anchored to the first value.
    const double beta = 0.95;
    double raw = 0.0;
    for (int i = 1; i <= 20; ++i) {
        const double loss = 2.0 - 0.1 * i;
        plots.addStep(i / 20.0, loss, 0.1, 100.0);
        raw = beta * raw + (1 - beta) * loss;
        const double expected = raw / (1 - std::pow(beta, i));
        const double shown = (plots.smoothedLossGraph()->data()->constEnd() - 1)->value;
        QVERIFY2(std::abs(shown - expected) < 1e-12, qPrintable(QStringLiteral("step %1: %2 vs %3").arg(i).arg(shown).arg(expected)));
    }
    // The first point is the first loss itself.
    QCOMPARE(plots.smoothedLossGraph()->data()->constBegin()->value, 1.9);
}

void TstPlots::accuracyIsInPercentWithPaddedAxes()
{
    TrainingPlots plots;
    plots.resize(800, 600);
    plots.addStep(0.5, 1.0, 0.1, 100.0);
    plots.addStep(1.0, 0.8, 0.1, 100.0);
    plots.addEpoch(0, 0.7, 0.25, 0.5);
    QCOMPARE(plots.testAccuracyGraph()->data()->constBegin()->value, 50.0);
    QCOMPARE(plots.trainAccuracyGraph()->data()->constBegin()->value, 25.0);
    QTRY_VERIFY(plots.replots() >= 1);
    // One epoch: the axis runs from just before 0 to just after 1, so both end dots are whole.
    const QCPRange x = plots.accuracyPlot()->xAxis->range();
    QVERIFY(x.lower < 0.0 && x.lower > -0.2);
    QVERIFY(x.upper > 1.0 && x.upper < 1.2);
    const QCPRange y = plots.accuracyPlot()->yAxis->range();
    QVERIFY(y.lower < 0.0 && y.upper > 100.0 && y.upper < 110.0);
    QVERIFY(plots.accuracyPlot()->yAxis->label().contains(QLatin1String("%")));
    // Ticks on whole epochs only.
    plots.accuracyPlot()->replot();
    for (double tick : plots.accuracyPlot()->xAxis->tickVector())
        QCOMPARE(tick, std::round(tick));
}

void TstPlots::redoneStepsAndEpochsReplaceTheOldPoints()
{
    TrainingPlots plots;
    for (int i = 1; i <= 8; ++i)
        plots.addStep(i / 4.0, 1.0, 0.1, 100.0);   // two epochs of four steps
    plots.addEpoch(0, 0.9, 0.5, 0.5);
    plots.addEpoch(1, 0.8, 0.6, 0.6);
    // Resumed from the checkpoint after epoch 1: epoch 2 is trained again.
    plots.addStep(1.25, 0.7, 0.1, 100.0);
    QCOMPARE(plots.stepLossGraph()->dataCount(), 5);   // steps 1..4, then the redone one
    QCOMPARE((plots.stepLossGraph()->data()->constEnd() - 1)->key, 1.25);
    // The moving average continues from step 4, as if steps 5..8 had never been: the bias-
    // corrected average of 1, 1, 1, 1, 0.7.
    const double beta = 0.95;
    double raw = 0.0;
    for (double loss : {1.0, 1.0, 1.0, 1.0, 0.7})
        raw = beta * raw + (1 - beta) * loss;
    QVERIFY(std::abs((plots.smoothedLossGraph()->data()->constEnd() - 1)->value - raw / (1 - std::pow(beta, 5))) < 1e-12);
    plots.addEpoch(1, 0.75, 0.7, 0.7);
    QCOMPARE(plots.testAccuracyGraph()->dataCount(), 2);
    QCOMPARE((plots.testAccuracyGraph()->data()->constEnd() - 1)->value, 70.0);
}

void TstPlots::layerAxisHasWholeTicks()
{
    LayerChart chart(LayerChart::Quantity::InputChannels);
    chart.resize(700, 300);
    LayerSeries series;
    for (int i = 0; i < 16; ++i) {
        series.layer.push_back(i + 1);
        series.block.push_back(0);
        series.inputChannels.push_back(24 + 12 * i);
        series.memReadWrite.push_back(1000);
        series.cio.push_back(1000);
    }
    chart.setSeries(series);
    chart.plot()->replot();
    QVERIFY(!chart.plot()->xAxis->tickVector().isEmpty());
    for (double tick : chart.plot()->xAxis->tickVector())
        QCOMPARE(tick, std::round(tick));
}

void TstPlots::chartExportHasTheDocumentedSize()
{
    QTemporaryDir dir;
    TrainingPlots plots;   // never shown: its widgets are still at their construction size
    plots.addEpoch(0, 0.7, 0.25, 0.5);
    const QString png = dir.filePath(QStringLiteral("acc.png"));
    QCOMPARE(exportWidget(plots.accuracyPlot(), png), QString());
    QCOMPARE(QImage(png).size(), kChartExportSize * 2);
    const QString svg = dir.filePath(QStringLiteral("acc.svg"));
    QCOMPARE(exportWidget(plots.accuracyPlot(), svg), QString());
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY2(text.contains("viewBox=\"0 0 800 500\""), text.left(400).constData());
}

QTEST_MAIN(TstPlots)
#include "tst_plots.moc"
