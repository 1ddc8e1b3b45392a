// SPDX-License-Identifier: GPL-3.0-or-later
#include "startup.h"

#include "appoptions.h"
#include "processclock.h"
#include "document/designdocument.h"
#include "mainwindow/mainwindow.h"
#include "workspace/startpage.h"
#include "training/eventlooplatency.h"
#include "training/trainingcontroller.h"
#include "training/trainingview.h"

#include <QApplication>
#include <QLabel>
#include <QTextStream>
#include <QTimer>

namespace denselab {
namespace {

// --time-to-window: once the first paint of the window has been handled (the event after it),
// prints the time since the process started and the peak memory, and exits.
class FirstPaintReport : public QObject {
public:
    explicit FirstPaintReport(QWidget &window) : m_window(window) {}

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        const auto *widget = qobject_cast<QWidget *>(watched);
        if (!m_seen && event->type() == QEvent::Paint && widget && widget->window() == &m_window) {
            m_seen = true;   // the rest of this paint pass runs before the timer below fires
            QTimer::singleShot(0, qApp, [] {
                QTextStream(stdout) << QStringLiteral("window shown %1 ms after the process started, peak memory %2 MiB\n")
                                           .arg(millisecondsSinceProcessStart(), 0, 'f', 0)
                                           .arg(peakResidentMiB(), 0, 'f', 0);
                QApplication::exit(0);
            });
        }
        return false;
    }

private:
    QWidget &m_window;
    bool m_seen = false;
};

void printLatency(const EventLoopLatency &latency)
{
    QTextStream(stdout) << QStringLiteral("event loop lateness over %1 ticks of 10 ms: p50 %2 ms, p99 %3 ms, max %4 ms\n")
                               .arg(latency.samples())
                               .arg(latency.quantileMs(0.5), 0, 'f', 1)
                               .arg(latency.quantileMs(0.99), 0, 'f', 1)
                               .arg(latency.maxMs(), 0, 'f', 1);
}

// --train: the design trains in the window; with --screenshot or --measure-latency the app
// reports when the run has ended and exits (0 only for a finished run).
int runScriptedTraining(QApplication &app, MainWindow &window, const AppOptions &options)
{
    window.showPage(MainWindow::Page::Training);
    TrainingView *view = window.trainingView();
    view->setDataset(options.dataset.isEmpty() ? QStringLiteral("fashion-mnist") : options.dataset, options.dataDir);
    if (options.epochs > 0)
        view->setEpochs(options.epochs);
    view->setLimits(options.limitTrain, options.limitTest);
    const bool exitAtEnd = !options.screenshot.isEmpty() || options.measureLatency;
    EventLoopLatency latency;
    // Connected before start(): a run that fails at once ends inside start().
    QObject::connect(window.trainingController(), &TrainingController::runEnded, &app,
                     [&](const QString &, training::RunState state) {
                         if (options.measureLatency) {
                             latency.stop();
                             printLatency(latency);
                         }
                         if (!exitAtEnd)
                             return;
                         // Let the last epoch's points reach the plots before the capture.
                         QTimer::singleShot(300, &app, [&, state] {
                             const bool written = options.screenshot.isEmpty() || window.writeScreenshot(options.screenshot);
                             app.exit(written && state == training::RunState::Finished ? 0 : 1);
                         });
                     });
    if (options.measureLatency)
        latency.start();
    if (!view->start()) {
        // The design itself, or this run of it (a missing dataset, images too small for it).
        const QString why = window.document()->isValid() ? view->runCheckLabel()->text()
                                                         : QStringLiteral("the design cannot be built: ") + window.document()->error();
        QTextStream(stderr) << "denselab: " << why << '\n';
        return 1;
    }
    return app.exec();
}

} // namespace

int runApp(QApplication &app, const AppOptions &options)
{
    MainWindow window;
    const bool scripted = !options.screenshot.isEmpty() || options.train || options.timeToWindow;
    // A crashed session's design is offered first; a restored design is not replaced by FILE.
    const bool restored = !scripted && window.offerRecovery();
    bool loaded = true;
    if (!restored) {
        if (!options.file.isEmpty())
            loaded = window.openFile(options.file);
        else if (!options.preset.isEmpty())
            loaded = window.openPreset(options.preset);
        else if (!options.tour.isEmpty())
            loaded = options.tour.endsWith(QLatin1String(".json")) ? window.openTourFile(options.tour, options.tourStep - 1)
                                                                    : window.startBuiltInTour(options.tour, options.tourStep - 1);
    }
    window.show();
    // Nothing to open: the start page asks what to begin with (new, open, recent, a tour).
    const bool nothingAsked = options.file.isEmpty() && options.preset.isEmpty() && options.tour.isEmpty();
    if (!restored && !scripted && nothingAsked && StartPage::showAtStart())
        QTimer::singleShot(0, &window, [&window] { window.showStartPage(); });
    if (!loaded && scripted) {
        QTextStream(stderr) << "denselab: " << window.lastError() << '\n';
        return 1;
    }
    if (options.present)
        window.setPresentationMode(true);
    if (options.timeToWindow) {
        FirstPaintReport report(window);
        app.installEventFilter(&report);
        // A window that is never painted (no screen to show it on) is no figure at all.
        QTimer::singleShot(60000, &app, [] {
            QTextStream(stderr) << QStringLiteral("denselab: the window was not painted within 60 s\n");
            QApplication::exit(1);
        });
        return app.exec();
    }
    if (options.train)
        return runScriptedTraining(app, window, options);
    if (!options.compareRuns.isEmpty())
        window.compareRuns(options.compareRuns);
    if (!options.run.isEmpty())
        window.openRun(options.run);
    if (!options.screenshot.isEmpty()) {
        // After the first paint and the queued chart replots.
        QTimer::singleShot(300, &app, [&] { app.exit(window.writeScreenshot(options.screenshot) ? 0 : 1); });
    }
    return app.exec();
}

} // namespace denselab
