// SPDX-License-Identifier: GPL-3.0-or-later
// Instrumented threshold-slider drag on densenet264 (#4): every step must be a complete update
// (recompiled design, costs, matrix, diagram, table and charts repainted) that matches the
// rule. The rate is printed for the figure (>= 30 updates/s); tests assert correctness,
// not wall-clock time, so a slow CI machine cannot fail it.
#include "costs/costpanel.h"
#include "costs/layerchart.h"
#include "diagram/blockdiagram.h"
#include "document/designdocument.h"
#include "forms/blockform.h"
#include "mainwindow/mainwindow.h"
#include "matrix/connectivitymatrixeditor.h"
#include "topology/connectivity.h"
#include "workspace/blockeditor.h"
#include "workspace/outlinepanel.h"

#include <QtTest>

#include <QComboBox>
#include <QLabel>
#include <qcustomplot.h>
#include <QElapsedTimer>
#include <QSlider>
#include <QTemporaryDir>
#include <QUndoStack>

#include <algorithm>

using namespace denselab;

namespace {

// Counts paint events of the watched widgets, so "repainted" is observed rather than assumed.
class PaintCounter : public QObject {
public:
    explicit PaintCounter(const QList<QWidget *> &widgets) : m_widgets(widgets), m_counts(widgets.size(), 0)
    {
        for (QWidget *w : widgets)
            w->installEventFilter(this);
    }
    QVector<int> counts() const { return m_counts; }
    bool allPaintedSince(const QVector<int> &before) const
    {
        for (int i = 0; i < m_counts.size(); ++i) {
            if (m_counts[i] <= before[i])
                return false;
        }
        return true;
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            const int i = m_widgets.indexOf(static_cast<QWidget *>(watched));
            if (i >= 0)
                ++m_counts[i];
        }
        return false;
    }

private:
    QList<QWidget *> m_widgets;
    QVector<int> m_counts;
};

} // namespace

class TstSliderSpeed : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void dragAcrossDenseNet264();
};

void TstSliderSpeed::dragAcrossDenseNet264()
{
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toUtf8());
    MainWindow window(RecoveryStore(home.filePath(QStringLiteral("recovery"))));
    window.resize(1600, 950);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openPreset(QStringLiteral("densenet264")));
    DesignDocument *doc = window.document();
    // Block 3 of DenseNet-264 has 64 layers; make it ThresholdNet-ab so T matters.
    window.outline()->selectStage(4);
    QCOMPARE(window.blockEditor()->stage(), 4);
    BlockForm *form = window.blockEditor()->blockForm();
    QCOMPARE(form->block().layers, 64);
    form->ruleBox()->setCurrentIndex(4);
    Q_EMIT form->ruleBox()->activated(4);
    QCOMPARE(std::get<DenseBlockSpec>(doc->design().stages[4]).connectivity.rule, ConnectivityRule::ThresholdAB);
    QSlider *slider = form->thresholdSlider();
    QCOMPARE(slider->maximum(), 64);

    std::vector<double> ms;
    double editMs = 0, paintMs = 0;   // where the time goes
    window.costPanel()->showPage(2);   // the charts page: the heavier of the cost views
    PaintCounter painter({window.blockEditor()->matrixEditor(), window.blockEditor()->diagram(),
                          window.costPanel()->inputChannelsChart()->plot(), window.costPanel()->layerCostChart()->plot()});
    QTRY_VERIFY(painter.allPaintedSince({0, 0, 0, 0}));
    QElapsedTimer total;
    total.start();
    slider->setSliderDown(true);
    const auto spec = std::get<DenseBlockSpec>(doc->design().stages[4]);
    for (int pass = 0; pass < 2; ++pass) {
        for (int i = pass; i <= 64; ++i) {   // 0..64, then 63..0: every step a new T
            const int t = pass == 0 ? i : 64 - i;
            const QVector<int> before = painter.counts();
            QElapsedTimer step;
            step.start();
            slider->setValue(t);
            const qint64 edited = step.nsecsElapsed();
            // As in the running app: Qt repaints what the update changed on the next event loop
            // pass. The step ends when the matrix, the diagram and both charts have painted.
            while (!painter.allPaintedSince(before) && step.elapsed() < 5000)
                QCoreApplication::processEvents();
            QVERIFY2(painter.allPaintedSince(before), qPrintable(QStringLiteral("a view did not repaint at T=%1: %2 -> %3").arg(t).arg(QStringList{QString::number(before[0]), QString::number(before[1]), QString::number(before[2]), QString::number(before[3])}.join(QLatin1Char(','))).arg(QStringList{QString::number(painter.counts()[0]), QString::number(painter.counts()[1]), QString::number(painter.counts()[2]), QString::number(painter.counts()[3])}.join(QLatin1Char(',')))));
            ms.push_back(step.nsecsElapsed() / 1e6);
            if (qEnvironmentVariableIsSet("DENSELAB_PROFILE_WIDGETS") && t % 16 == 0) {
                QElapsedTimer d;
                d.start();
                window.blockEditor()->diagram()->repaint();
                const double diagramMs = d.nsecsElapsed() / 1e6;
                d.restart();
                window.costPanel()->inputChannelsChart()->plot()->replot(QCustomPlot::rpImmediateRefresh);
                qInfo("  T=%d: step %.1f ms, diagram %.1f ms, chart %.1f ms", t, ms.back(), diagramMs, d.nsecsElapsed() / 1e6);
            }
            editMs += edited / 1e6;
            paintMs += (step.nsecsElapsed() - edited) / 1e6;
            // Complete and correct: the matrix drawn has the rule's connections for this T.
            ConnectivitySpec rule = spec.connectivity;
            rule.threshold = t;
            int expected = 0;
            for (const auto &sources : ruleConnectivity(rule, spec.layers))
                expected += static_cast<int>(sources.size());
            QCOMPARE(window.blockEditor()->matrixEditor()->matrix().connectionCount(), expected);
            QCOMPARE(window.blockEditor()->matrixEditor()->matrix().thresholdLayer, t);
        }
    }
    slider->setSliderDown(false);
    if (qEnvironmentVariableIsSet("DENSELAB_PROFILE_WIDGETS")) {
        const QList<QWidget *> parts{window.blockEditor()->matrixEditor(), window.blockEditor()->diagram(),
                                     window.costPanel(), window.outline(), window.blockEditor()->blockForm(),
                                     window.blockEditor()->summary()};
        for (QWidget *w : parts) {
            QElapsedTimer t;
            t.start();
            for (int i = 0; i < 10; ++i)
                w->repaint();
            qInfo("  %s: %.1f ms per repaint (%dx%d)", w->metaObject()->className(), t.nsecsElapsed() / 1e7, w->width(), w->height());
        }
    }
    const double seconds = total.nsecsElapsed() / 1e9;
    std::sort(ms.begin(), ms.end());
    const double median = ms[ms.size() / 2];
    const double p95 = ms[ms.size() * 95 / 100];
    qInfo("densenet264 threshold drag: %zu updates in %.2f s = %.1f updates/s; per update median %.1f ms, p95 %.1f ms, max %.1f ms",
          ms.size(), seconds, ms.size() / seconds, median, p95, ms.back());
    qInfo("  mean per update: edit + recompile + widget data %.1f ms, repaint and flush %.1f ms",
          editMs / ms.size(), paintMs / ms.size());
    QCOMPARE(doc->undoStack()->count(), 2);   // the rule change + one merged drag
}

QTEST_MAIN(TstSliderSpeed)
#include "tst_sliderspeed.moc"
