// SPDX-License-Identifier: GPL-3.0-or-later
// #13: guided tours. The built-in tours replay step by step into designs that compile, with
// the figures their texts quote; bad tour files are refused with the field or step named.
#include "cost/costmodel.h"
#include "design/designerror.h"
#include "edit/connectionedit.h"
#include "graph/compiler.h"
#include "tours/tour.h"

#include <QtTest>

#include <algorithm>
#include <string>

using namespace denselab;

class TstTours : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void builtInToursReplayAndCompile();
    void thresholdStepsMorphTheBlock();
    void aToggleFlipsOneCell();
    void badToursAreNamed_data();
    void badToursAreNamed();
    void stepProblemsNameTheStep();
};

static std::int64_t connectionsOf(const Design &design)
{
    return computeCosts(compile(design)).total.connections;
}

void TstTours::builtInToursReplayAndCompile()
{
    const std::vector<std::string> names = builtInTourNames();
    for (const char *required : {"dense-connectivity", "hardnet", "thresholdnet", "threshnet"})
        QVERIFY2(std::find(names.begin(), names.end(), required) != names.end(), required);
    for (const std::string &name : names) {
        const Tour tour = loadBuiltInTour(name);
        QVERIFY(!tour.title.empty());
        QVERIFY(tour.steps.size() >= 4);
        for (int i = 0; i < static_cast<int>(tour.steps.size()); ++i) {
            const Design design = tourDesignAt(tour, i);
            compile(design);   // throws (and fails the test) if a step leaves a broken design
            const int stage = tourStageAt(tour, i);
            QVERIFY(std::holds_alternative<DenseBlockSpec>(design.stages[std::size_t(stage)]));
            QVERIFY2(!tour.steps[std::size_t(i)].text.empty(), tour.steps[std::size_t(i)].title.c_str());
        }
    }
}

void TstTours::thresholdStepsMorphTheBlock()
{
    // The ThresholdNet tour's slider morph: T = 8 (the preset), 4, 16 (dense), 0 (harmonic);
    // the connection counts are the ones its texts quote.
    const Tour tour = loadBuiltInTour("thresholdnet");
    const int expected[] = {52, 34, 136, 31};
    for (int i = 0; i < 4; ++i) {
        const Design d = tourDesignAt(tour, i);
        const std::int64_t connections = computeCosts(compile(d)).total.connections;
        QCOMPARE(connections, std::int64_t(expected[i]));
        QVERIFY2(tour.steps[std::size_t(i)].text.find(std::to_string(expected[i])) != std::string::npos,
                 tour.steps[std::size_t(i)].text.c_str());
    }
    const Design atFour = tourDesignAt(tour, 1);
    const auto &block = std::get<DenseBlockSpec>(atFour.stages[std::size_t(tourStageAt(tour, 1))]);
    QCOMPARE(block.connectivity.threshold, 4);
}

void TstTours::aToggleFlipsOneCell()
{
    const Tour tour = parseTour(R"({"format": "denselab.tour", "version": 1, "title": "t", "steps": [
        {"title": "a", "text": "x", "preset": "densenet-40-12"},
        {"title": "b", "text": "y", "toggle": [{"target": 12, "source": 0}]},
        {"title": "c", "text": "z", "toggle": [{"target": 12, "source": 0}]}]})",
                                "test.json", "test");
    const Design before = tourDesignAt(tour, 0);
    const Design cut = tourDesignAt(tour, 1);
    QCOMPARE(connectionsOf(cut), connectionsOf(before) - 1);
    QVERIFY(!compile(cut).blocks[0].connectivity.connected(12, 0));
    // Flipped back: the very same design, no override left behind.
    QVERIFY(tourDesignAt(tour, 2) == before);
}

void TstTours::badToursAreNamed_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("message");
    const QString head = QStringLiteral(R"({"format": "denselab.tour", "version": 1, "title": "t", "steps": [)");
    QTest::newRow("not json") << QStringLiteral("{") << QStringLiteral("bad.json: not valid JSON");
    QTest::newRow("format") << QStringLiteral(R"({"format": "denselab.design", "version": 1, "title": "t", "steps": []})")
                            << QStringLiteral("bad.json: /format: expected \"denselab.tour\"");
    QTest::newRow("no steps") << head + QStringLiteral("]}") << QStringLiteral("bad.json: /steps: expected an array of 1..200 steps");
    QTest::newRow("first without preset") << head + QStringLiteral(R"({"title": "a", "text": "x"}]})")
                                          << QStringLiteral("bad.json: /steps/0/preset: the first step must open a preset");
    QTest::newRow("view") << head + QStringLiteral(R"({"title": "a", "text": "x", "preset": "hardnet68", "show": "graph"}]})")
                          << QStringLiteral("bad.json: /steps/0/show: unknown value \"graph\"");
    QTest::newRow("cost") << head + QStringLiteral(R"({"title": "a", "text": "x", "preset": "hardnet68", "cost": "speed"}]})")
                          << QStringLiteral("bad.json: /steps/0/cost: unknown value \"speed\"");
    QTest::newRow("rule") << head + QStringLiteral(R"({"title": "a", "text": "x", "preset": "hardnet68", "set": {"rule": "denser"}}]})")
                          << QStringLiteral("bad.json: /steps/0/set/rule:");
    QTest::newRow("misspelt") << head + QStringLiteral(R"({"title": "a", "text": "x", "preset": "hardnet68", "set": {"treshold": 3}}]})")
                              << QStringLiteral("bad.json: /steps/0/set");
    QTest::newRow("toggle") << head + QStringLiteral(R"({"title": "a", "text": "x", "preset": "hardnet68", "toggle": 3}]})")
                            << QStringLiteral("bad.json: /steps/0/toggle: expected an array");
}

void TstTours::badToursAreNamed()
{
    QFETCH(QString, json);
    QFETCH(QString, message);
    try {
        parseTour(json.toStdString(), "bad.json", "bad");
        QFAIL("accepted");
    } catch (const DesignError &e) {
        QVERIFY2(QString::fromStdString(e.what()).startsWith(message), e.what());
    }
}

void TstTours::stepProblemsNameTheStep()
{
    const auto fails = [](const char *steps, const char *expected) {
        const Tour tour = parseTour(std::string(R"({"format": "denselab.tour", "version": 1, "title": "t", "steps": [)") + steps + "]}",
                                    "t.json", "mine");
        try {
            tourDesignAt(tour, static_cast<int>(tour.steps.size()) - 1);
            return QStringLiteral("accepted");
        } catch (const DesignError &e) {
            return QString::fromStdString(e.what()).contains(QLatin1String(expected)) ? QString() : QString::fromStdString(e.what());
        }
    };
    QCOMPARE(fails(R"({"title": "a", "text": "x", "preset": "no-such-net"})", "tour \"mine\", step 1 (a): unknown preset"), QString());
    QCOMPARE(fails(R"({"title": "a", "text": "x", "preset": "hardnet68", "block": 9})",
                   "step 1 (a): block 9 does not exist (the design has 5 dense blocks)"), QString());
    QCOMPARE(fails(R"({"title": "a", "text": "x", "preset": "densenet-40-12"}, {"title": "b", "text": "y", "toggle": [{"target": 40, "source": 1}]})",
                   "step 2 (b): cell (40, 1) is outside block 1 (12 layers"), QString());
}

QTEST_APPLESS_MAIN(TstTours)
#include "tst_tours.moc"
