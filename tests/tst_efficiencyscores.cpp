// SPDX-License-Identifier: GPL-3.0-or-later
// TissueNet's CE and SE scores (#5) against the seed's own Table 2 (CIFAR-100).
#include "report/efficiencyscores.h"

#include <QtTest>

using namespace denselab;

class TstEfficiencyScores : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void seedTableRows_data();
    void seedTableRows();
    void baselineScoresOne();
    void undefinedScoresAreZero();
};

void TstEfficiencyScores::seedTableRows_data()
{
    // tissuenet-stacked-units.txt, Table 2: baseline and model as printed (acc %, FLOPs G, params M).
    QTest::addColumn<double>("baseAcc");
    QTest::addColumn<double>("baseFlopsG");
    QTest::addColumn<double>("baseParamsM");
    QTest::addColumn<double>("acc");
    QTest::addColumn<double>("flopsG");
    QTest::addColumn<double>("paramsM");
    QTest::addColumn<double>("ce");
    QTest::addColumn<double>("se");
    QTest::newRow("VGG-16, TissueNet n=6") << 73.55 << 7.79 << 14.96 << 71.13 << 1.67 << 4.14 << 4.51 << 3.49;
    QTest::newRow("VGG-16, TissueNet n=4") << 73.55 << 7.79 << 14.96 << 70.40 << 1.57 << 4.08 << 4.74 << 3.51;
    QTest::newRow("ResNet-18, TissueNet n=4") << 77.32 << 11.13 << 11.22 << 75.07 << 4.52 << 4.20 << 2.39 << 2.60;
    QTest::newRow("MobileNetV2, TissueNet r") << 72.58 << 1.35 << 2.37 << 70.36 << 0.68 << 1.78 << 1.92 << 1.29;
}

void TstEfficiencyScores::seedTableRows()
{
    QFETCH(double, baseAcc);
    QFETCH(double, baseFlopsG);
    QFETCH(double, baseParamsM);
    QFETCH(double, acc);
    QFETCH(double, flopsG);
    QFETCH(double, paramsM);
    QFETCH(double, ce);
    QFETCH(double, se);
    const auto giga = [](double g) { return std::int64_t(g * 1e9 + 0.5); };
    const auto mega = [](double m) { return std::int64_t(m * 1e6 + 0.5); };
    // The paper computed its scores from unrounded figures and prints the inputs rounded, so
    // recomputing from the printed inputs can differ by one in the last digit: VGG-16 n=4 gives
    // CE 4.749 (printed 4.74) and ResNet-18 gives SE 2.594 (printed 2.60). Every other score
    // rounds to the printed value.
    const double gotCe = computationalEfficiency(acc, giga(flopsG), baseAcc, giga(baseFlopsG));
    const double gotSe = storageEfficiency(acc, mega(paramsM), baseAcc, mega(baseParamsM));
    QVERIFY2(std::abs(gotCe - ce) <= 0.011, qPrintable(QString::number(gotCe)));
    QVERIFY2(std::abs(gotSe - se) <= 0.011, qPrintable(QString::number(gotSe)));
}

void TstEfficiencyScores::baselineScoresOne()
{
    QCOMPARE(computationalEfficiency(0.9, 1000, 0.9, 1000), 1.0);
    QCOMPARE(storageEfficiency(0.6, 500, 0.8, 1000), 1.5);   // 3/4 of the accuracy for half the params
}

void TstEfficiencyScores::undefinedScoresAreZero()
{
    QCOMPARE(computationalEfficiency(0.9, 0, 0.9, 1000), 0.0);
    QCOMPARE(storageEfficiency(0.9, 10, 0.0, 1000), 0.0);
}

QTEST_APPLESS_MAIN(TstEfficiencyScores)
#include "tst_efficiencyscores.moc"
