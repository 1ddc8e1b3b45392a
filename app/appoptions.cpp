// SPDX-License-Identifier: GPL-3.0-or-later
#include "appoptions.h"

#include "data/datasetcatalog.h"
#include "i18n/languages.h"
#include "presets/presets.h"
#include "text/closestname.h"
#include "tours/tour.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace denselab {
namespace {

QStringList tourNames()
{
    QStringList names;
    for (const std::string &n : builtInTourNames())
        names << QString::fromStdString(n);
    return names;
}

} // namespace

AppOptions parseAppOptions(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("denselab::AppOptions",
                                                                 "Design, cost, train and compare densely connected CNNs.\n"
                                                                 "Exit status: 0 on success, 2 on bad command-line input."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"), QCoreApplication::translate("denselab::AppOptions", "Design file to open."),
                                 QStringLiteral("[FILE]"));
    const QCommandLineOption preset(QStringLiteral("preset"), QCoreApplication::translate("denselab::AppOptions", "Open a built-in preset."),
                                    QStringLiteral("NAME"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QCoreApplication::translate("denselab::AppOptions", "User interface language (en, de, zh_TW)."),
                                  QStringLiteral("CODE"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("denselab::AppOptions", "Render the main window to PNG once the design is loaded, then exit."),
        QStringLiteral("PNG"));
    const QCommandLineOption open(QStringLiteral("open"), QCoreApplication::translate("denselab::AppOptions", "Design file to open."),
                                  QStringLiteral("FILE"));
    const QCommandLineOption train(QStringLiteral("train"),
                                   QCoreApplication::translate("denselab::AppOptions", "Train the design in the window."));
    const QCommandLineOption dataset(QStringLiteral("dataset"),
                                     QCoreApplication::translate("denselab::AppOptions", "Dataset to train on (default fashion-mnist)."),
                                     QStringLiteral("NAME"));
    const QCommandLineOption data(QStringLiteral("data"), QCoreApplication::translate("denselab::AppOptions", "Folder of the dataset's files."),
                                  QStringLiteral("DIR"));
    const QCommandLineOption epochs(QStringLiteral("epochs"), QCoreApplication::translate("denselab::AppOptions", "Epochs to train."),
                                    QStringLiteral("N"));
    const QCommandLineOption limitTrain(QStringLiteral("limit-train"),
                                        QCoreApplication::translate("denselab::AppOptions", "Train on the first N images."),
                                        QStringLiteral("N"));
    const QCommandLineOption limitTest(QStringLiteral("limit-test"),
                                       QCoreApplication::translate("denselab::AppOptions", "Test on the first N images."),
                                       QStringLiteral("N"));
    const QCommandLineOption latency(
        QStringLiteral("measure-latency"),
        QCoreApplication::translate("denselab::AppOptions", "With --train: print how late the window's event loop ran during the run."));
    const QCommandLineOption compare(QStringLiteral("compare"),
                                     QCoreApplication::translate("denselab::AppOptions", "Compare trained runs (repeat for each run folder)."),
                                     QStringLiteral("RUN_DIR"));
    const QCommandLineOption run(QStringLiteral("run"),
                                 QCoreApplication::translate("denselab::AppOptions",
                                                             "Open a run folder on its page (training, search or pruning job)."),
                                 QStringLiteral("RUN_DIR"));
    const QCommandLineOption tour(QStringLiteral("tour"),
                                  QCoreApplication::translate("denselab::AppOptions",
                                                              "Start a guided tour: a built-in one by name, or a tour file."),
                                  QStringLiteral("NAME|FILE"));
    const QCommandLineOption step(QStringLiteral("step"),
                                  QCoreApplication::translate("denselab::AppOptions", "With --tour: open the tour at step N (from 1)."),
                                  QStringLiteral("N"));
    const QCommandLineOption present(QStringLiteral("present"),
                                     QCoreApplication::translate("denselab::AppOptions", "Start in presentation mode (full screen, larger type)."));
    const QCommandLineOption timeToWindow(
        QStringLiteral("time-to-window"),
        QCoreApplication::translate("denselab::AppOptions",
                                    "Print how long after the process started the window was shown, and the peak memory "
                                    "until then, then exit (scripts/bench-startup)."));
    parser.addOptions({preset, lang, screenshot, open, train, dataset, data, epochs, limitTrain, limitTest, latency, compare, run,
                       tour, step, present, timeToWindow});
    if (!parser.parse(arguments)) {
        // An unknown option is named with the closest one the app takes; exit status 2.
        AppOptions failed;
        failed.error = QStringLiteral("denselab: ") + parser.errorText();
        std::vector<std::string> names;
        for (const QCommandLineOption &o : {preset, lang, screenshot, open, train, dataset, data, epochs, limitTrain, limitTest,
                                            latency, compare, run, tour, step, present, timeToWindow})
            names.push_back("--" + o.names().first().toStdString());
        for (const QString &unknown : parser.unknownOptionNames()) {
            const std::string closest = closestName("--" + unknown.toStdString(), names);
            if (!closest.empty())
                failed.error += QStringLiteral(" (did you mean %1?)").arg(QString::fromStdString(closest));
        }
        failed.error += QStringLiteral(" (see denselab --help)");
        return failed;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);   // prints and exits 0
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();

    AppOptions options;
    data::DatasetShape shape;
    const QStringList files = parser.positionalArguments();
    options.file = files.value(0);
    options.preset = parser.value(preset);
    options.language = parser.value(lang);
    options.screenshot = parser.value(screenshot);
    if (parser.isSet(open)) {
        if (!options.file.isEmpty())
            options.error = QStringLiteral("denselab: give FILE or --open FILE, not both");
        options.file = parser.value(open);
    }
    options.train = parser.isSet(train);
    options.measureLatency = parser.isSet(latency);
    options.compareRuns = parser.values(compare);
    options.run = parser.value(run);
    options.tour = parser.value(tour);
    options.present = parser.isSet(present);
    options.timeToWindow = parser.isSet(timeToWindow);
    options.dataset = parser.value(dataset);
    options.dataDir = parser.value(data);
    auto number = [&](const QCommandLineOption &option, long &out, const char *name) {
        if (!parser.isSet(option))
            return;
        bool ok = false;
        out = parser.value(option).toLong(&ok);
        if (!ok || out < 1)
            options.error = QStringLiteral("denselab: --%1 expects a positive number, got \"%2\"")
                                .arg(QString::fromLatin1(name), parser.value(option));
    };
    long epochCount = 0;
    number(epochs, epochCount, "epochs");
    options.epochs = static_cast<int>(epochCount);
    number(limitTrain, options.limitTrain, "limit-train");
    number(limitTest, options.limitTest, "limit-test");
    long tourStep = 1;
    number(step, tourStep, "step");
    options.tourStep = static_cast<int>(tourStep);
    if (!options.error.isEmpty())
        return options;
    if (!options.train && (parser.isSet(dataset) || parser.isSet(data) || parser.isSet(epochs) || parser.isSet(limitTrain)
                           || parser.isSet(limitTest) || options.measureLatency))
        options.error = QStringLiteral("denselab: --dataset, --data, --epochs, --limit-* and --measure-latency need --train");
    else if (options.timeToWindow && (options.train || !options.screenshot.isEmpty()))
        options.error = QStringLiteral("denselab: --time-to-window exits once the window is shown: not with --train or --screenshot");
    else if (parser.isSet(step) && options.tour.isEmpty())
        options.error = QStringLiteral("denselab: --step needs --tour");
    else if (!options.tour.isEmpty() && (!options.file.isEmpty() || !options.preset.isEmpty() || options.train))
        options.error = QStringLiteral("denselab: a tour opens its own designs: give --tour without FILE, --preset or --train");
    else if (!options.tour.isEmpty() && !options.tour.endsWith(QLatin1String(".json"))
             && !QStringList(tourNames()).contains(options.tour)) {
        const QStringList known = tourNames();
        options.error = QStringLiteral("denselab: unknown tour \"%1\" (built in: %2; or give a .json file)")
                            .arg(options.tour, known.join(QStringLiteral(", ")));
    }
    else if (files.size() > 1)
        options.error = QStringLiteral("denselab: one design file at most (got %1)").arg(files.size());
    else if (!options.file.isEmpty() && !options.preset.isEmpty())
        options.error = QStringLiteral("denselab: give a FILE or --preset, not both");
    else if (!options.preset.isEmpty() && presetText(options.preset.toStdString()).empty())
        options.error = QStringLiteral("denselab: unknown preset \"%1\" (see denselab-cli presets)").arg(options.preset);
    else if (!options.dataset.isEmpty() && !data::datasetShape(options.dataset.toStdString(), shape))
        options.error = QStringLiteral("denselab: unknown dataset \"%1\" (fashion-mnist, mnist, cifar10, cifar100, svhn)")
                            .arg(options.dataset);
    else if (!options.language.isEmpty() && !availableLanguages().contains(options.language))
        options.error = QStringLiteral("denselab: unknown language \"%1\" (available: %2)")
                            .arg(options.language, availableLanguages().join(QStringLiteral(", ")));
    return options;
}

} // namespace denselab
