// SPDX-License-Identifier: GPL-3.0-or-later
// Connectivity rules against hand-checked cases and Tables I-III of ThresholdNet (Ju et al. 2021,
// "ThresholdNet: Pruning Tool for Densely Connected Convolutional Networks").
#include "topology/connectivity.h"
#include "topology/harmonic.h"

#include <QtTest>

#include <algorithm>

using namespace denselab;

Q_DECLARE_METATYPE(std::vector<int>)

namespace {

std::vector<int> sorted(std::vector<int> v)
{
    std::sort(v.begin(), v.end());
    return v;
}

ConnectivitySpec threshold(ConnectivityRule rule, int t, HarmonicStyle style)
{
    ConnectivitySpec spec;
    spec.rule = rule;
    spec.threshold = t;
    spec.harmonicStyle = style;
    return spec;
}

int total(const ConnectivitySpec &spec, int layers)
{
    int n = 0;
    for (const auto &inputs : ruleConnectivity(spec, layers))
        n += static_cast<int>(inputs.size());
    return n;
}

// Rows of the paper's tables, n = 1..16, exactly as printed in ThresholdNet (Ju et al. 2021).
const std::vector<std::vector<int>> kTableI{{0}, {0, 1}, {0, 1, 2}, {0, 1, 2, 3}, {4}, {4, 5}, {6}, {0, 4, 6, 7},
                                            {8}, {2, 6, 8, 9}, {10}, {4, 8, 10, 11}, {12}, {6, 10, 12, 13}, {14},
                                            {0, 8, 12, 14, 15}};
const std::vector<std::vector<int>> kTableII{{0}, {0, 1}, {0, 1, 2}, {0, 1, 2, 3}, {0, 1, 2, 3, 4}, {0, 1, 2, 4, 5},
                                             {0, 1, 2, 5, 6}, {0, 1, 2, 6, 7}, {8}, {2, 6, 8, 9}, {10}, {4, 8, 10, 11},
                                             {12}, {6, 10, 12, 13}, {14}, {0, 8, 12, 14, 15}};
const std::vector<std::vector<int>> kTableIII{{0}, {0, 1}, {0, 1, 2}, {0, 1, 2, 3}, {0, 1, 2, 3, 4}, {0, 1, 2, 3, 4, 5},
                                              {0, 1, 2, 3, 4, 5, 6}, {0, 1, 2, 3, 5, 6, 7}, {0, 1, 2, 3, 6, 7, 8},
                                              {0, 1, 2, 3, 7, 8, 9}, {0, 1, 2, 3, 8, 9, 10}, {0, 1, 2, 3, 9, 10, 11},
                                              {12}, {6, 10, 12, 13}, {14}, {0, 8, 12, 14, 15}};

// Layers whose printed row differs from what `spec` gives.
std::vector<int> mismatchedRows(const ConnectivitySpec &spec, const std::vector<std::vector<int>> &table)
{
    std::vector<int> rows;
    for (int n = 1; n <= 16; ++n) {
        if (sorted(ruleInputs(spec, n)) != table[static_cast<std::size_t>(n - 1)])
            rows.push_back(n);
    }
    return rows;
}

int tableTotal(const std::vector<std::vector<int>> &table)
{
    int n = 0;
    for (const auto &row : table)
        n += static_cast<int>(row.size());
    return n;
}

} // namespace

class TstConnectivity : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void denseReadsEverything();
    void harmonicLinksFollowHarDNet();
    void logDenseHasNoDivisibility();
    void sparseKeepKeepsBothEnds();
    void harmonicWidthsMatchOfficialRounding_data();
    void harmonicWidthsMatchOfficialRounding();
    void thresholdTotals_data();
    void thresholdTotals();
    void tableIFollowsAbWithLogDenseRows();
    void tablesIIandIIIFollowBcPrinted();
    void statedStyleDiffersOnlyInRows10to14();
    void threshold_widthsAreHarmonicOnlyAboveT();
};

void TstConnectivity::denseReadsEverything()
{
    ConnectivitySpec spec;
    QCOMPARE(ruleInputs(spec, 4), (std::vector<int>{0, 1, 2, 3}));
    QCOMPARE(total(spec, 16), 136);   // L(L+1)/2
}

void TstConnectivity::harmonicLinksFollowHarDNet()
{
    QCOMPARE(harmonicLinks(1), (std::vector<int>{0}));
    QCOMPARE(harmonicLinks(7), (std::vector<int>{6}));
    QCOMPARE(harmonicLinks(6), (std::vector<int>{5, 4}));
    QCOMPARE(harmonicLinks(16), (std::vector<int>{15, 14, 12, 8, 0}));   // official order: nearest first
    ConnectivitySpec spec;
    spec.rule = ConnectivityRule::Harmonic;
    QCOMPARE(total(spec, 16), 31);
}

void TstConnectivity::logDenseHasNoDivisibility()
{
    QCOMPARE(logDenseLinks(6), (std::vector<int>{5, 4, 2}));
    QCOMPARE(logDenseLinks(10), (std::vector<int>{9, 8, 6, 2}));
    QCOMPARE(logDenseLinks(16), (std::vector<int>{15, 14, 12, 8, 0}));
}

void TstConnectivity::sparseKeepKeepsBothEnds()
{
    ConnectivitySpec spec;
    spec.rule = ConnectivityRule::SparseKeep;
    spec.keep = 8;   // n/2 + 1 = 5 farthest (0..4), n/2 = 4 nearest
    QCOMPARE(ruleInputs(spec, 9), (std::vector<int>{0, 1, 2, 3, 4, 5, 6, 7, 8}));   // still dense
    QCOMPARE(ruleInputs(spec, 12), (std::vector<int>{0, 1, 2, 3, 4, 8, 9, 10, 11}));
    QCOMPARE(ruleInputs(spec, 20), (std::vector<int>{0, 1, 2, 3, 4, 16, 17, 18, 19}));
}

void TstConnectivity::harmonicWidthsMatchOfficialRounding_data()
{
    QTest::addColumn<int>("growth");
    QTest::addColumn<double>("multiplier");
    QTest::addColumn<std::vector<int>>("widths");
    // HarDNet (Chao et al. 2019, arXiv:1909.00948) widths, checked against PingoLH/Pytorch-HarDNet get_link.
    QTest::newRow("HarDNet68 block 1") << 14 << 1.7 << std::vector<int>{14, 24, 14, 40, 14, 24, 14, 68};
    QTest::newRow("k40 x 16") << 40 << 1.7
                              << std::vector<int>{40, 68, 40, 116, 40, 68, 40, 196, 40, 68, 40, 116, 40, 68, 40, 334};
    QTest::newRow("k160 x 4") << 160 << 1.7 << std::vector<int>{160, 272, 160, 462};
    QTest::newRow("HarDNet85 last") << 256 << 1.7 << std::vector<int>{256, 436, 256, 740};
    QTest::newRow("HarDNet39DS block 1") << 16 << 1.6 << std::vector<int>{16, 26, 16, 40};
    QTest::newRow("odd growth rounds up") << 13 << 1.0 << std::vector<int>{14, 14};
}

void TstConnectivity::harmonicWidthsMatchOfficialRounding()
{
    QFETCH(int, growth);
    QFETCH(double, multiplier);
    QFETCH(std::vector<int>, widths);
    for (std::size_t i = 0; i < widths.size(); ++i)
        QCOMPARE(harmonicWidth(static_cast<int>(i) + 1, growth, multiplier), widths[i]);
}

void TstConnectivity::thresholdTotals_data()
{
    QTest::addColumn<int>("rule");
    QTest::addColumn<int>("threshold");
    QTest::addColumn<int>("style");
    QTest::addColumn<int>("expected");
    const int ab = int(ConnectivityRule::ThresholdAB), bc = int(ConnectivityRule::ThresholdBC);
    const int stated = int(HarmonicStyle::Stated), printed = int(HarmonicStyle::Printed);
    // Rule as stated in ThresholdNet's eqs. 2-3 (Ju et al. 2021): ab 34/52/87, bc 33/46/72.
    QTest::newRow("ab T4 stated") << ab << 4 << stated << 34;
    QTest::newRow("ab T8 stated") << ab << 8 << stated << 52;
    QTest::newRow("ab T12 stated") << ab << 12 << stated << 87;
    QTest::newRow("bc T4 stated") << bc << 4 << stated << 33;
    QTest::newRow("bc T8 stated") << bc << 8 << stated << 46;
    QTest::newRow("bc T12 stated") << bc << 12 << stated << 72;
    // The printed style reproduces the paper's totals for Tables II (51) and III (74).
    QTest::newRow("bc T8 printed") << bc << 8 << printed << 51;
    QTest::newRow("bc T12 printed") << bc << 12 << printed << 74;
}

void TstConnectivity::thresholdTotals()
{
    QFETCH(int, rule);
    QFETCH(int, threshold);
    QFETCH(int, style);
    QFETCH(int, expected);
    QCOMPARE(total(::threshold(ConnectivityRule(rule), threshold, HarmonicStyle(style)), 16), expected);
}

void TstConnectivity::tableIFollowsAbWithLogDenseRows()
{
    // Table I (T = 4) sums to 39 although the paper's text says 38. It follows the ab rule with
    // the stated harmonic set except rows 10, 12, 14, which print Log-DenseNet offsets; under the
    // printed style only row 6 differs ({4, 5} is harmonic, log-dense would add 2).
    QCOMPARE(tableTotal(kTableI), 39);
    const auto stated = threshold(ConnectivityRule::ThresholdAB, 4, HarmonicStyle::Stated);
    const auto printed = threshold(ConnectivityRule::ThresholdAB, 4, HarmonicStyle::Printed);
    QCOMPARE(mismatchedRows(stated, kTableI), (std::vector<int>{10, 12, 14}));
    QCOMPARE(mismatchedRows(printed, kTableI), (std::vector<int>{6}));
    // Under the bc reading row 4 would also differ (0-1-3 instead of 0-1-2-3).
    const auto bc = threshold(ConnectivityRule::ThresholdBC, 4, HarmonicStyle::Stated);
    QCOMPARE(mismatchedRows(bc, kTableI), (std::vector<int>{4, 10, 12, 14}));
}

void TstConnectivity::tablesIIandIIIFollowBcPrinted()
{
    // The printed style reproduces Tables II and III row by row; they follow the bc (n/4) rule.
    QCOMPARE(tableTotal(kTableII), 51);
    QCOMPARE(tableTotal(kTableIII), 74);
    QCOMPARE(mismatchedRows(threshold(ConnectivityRule::ThresholdBC, 8, HarmonicStyle::Printed), kTableII),
             std::vector<int>{});
    QCOMPARE(mismatchedRows(threshold(ConnectivityRule::ThresholdBC, 12, HarmonicStyle::Printed), kTableIII),
             std::vector<int>{});
    // Under ab, rows 6-8 (Table II) and 8-12 (Table III) would be dense instead.
    QCOMPARE(mismatchedRows(threshold(ConnectivityRule::ThresholdAB, 8, HarmonicStyle::Printed), kTableII),
             (std::vector<int>{6, 7, 8}));
    QCOMPARE(mismatchedRows(threshold(ConnectivityRule::ThresholdAB, 12, HarmonicStyle::Printed), kTableIII),
             (std::vector<int>{8, 9, 10, 11, 12}));
}

void TstConnectivity::statedStyleDiffersOnlyInRows10to14()
{
    // The rule as stated contradicts the printed rows n = 10, 12, 14 (Table II) and n = 14 (Table III).
    QCOMPARE(mismatchedRows(threshold(ConnectivityRule::ThresholdBC, 8, HarmonicStyle::Stated), kTableII),
             (std::vector<int>{10, 12, 14}));
    QCOMPARE(mismatchedRows(threshold(ConnectivityRule::ThresholdBC, 12, HarmonicStyle::Stated), kTableIII),
             (std::vector<int>{14}));
}

void TstConnectivity::threshold_widthsAreHarmonicOnlyAboveT()
{
    const auto spec = threshold(ConnectivityRule::ThresholdAB, 8, HarmonicStyle::Stated);
    QCOMPARE(layerWidth(spec, 8, 12, 1.7), 12);   // dense part: k
    QCOMPARE(layerWidth(spec, 10, 12, 1.7), 20);  // harmonic: 12 * 1.7 = 20.4 -> 20
    QCOMPARE(layerWidth(spec, 16, 12, 1.7), harmonicWidth(16, 12, 1.7));
    QVERIFY(ruleRegion(spec, 8) == RuleRegion::Dense);
    QVERIFY(ruleRegion(spec, 9) == RuleRegion::Harmonic);
}

QTEST_APPLESS_MAIN(TstConnectivity)
#include "tst_connectivity.moc"
