// SPDX-License-Identifier: GPL-3.0-or-later
// The design workspace (#4) driven through its real widgets, offscreen: cell clicks, undo,
// the threshold slider, files (corrupt, save, recovery), exports, comparison, form tooltips,
// the status bar. Tours, the start page and Preferences: tst_guidance; the app's command line
// (--screenshot, bad options, --time-to-window): tst_appcommandline.
#include "costs/costpanel.h"
#include "costs/layerchart.h"
#include "diagram/blockdiagram.h"
#include "document/designdocument.h"
#include "edit/connectionedit.h"
#include "export/widgetexport.h"
#include "forms/blockform.h"
#include "forms/networkform.h"
#include "graph/compiler.h"
#include "io/designjson.h"
#include "document/datafolders.h"
#include "runs/runsbrowser.h"
#include "mainwindow/mainwindow.h"
#include "training/trainingview.h"
#include "workspace/librarypanel.h"
#include "matrix/connectivitymatrixeditor.h"
#include "matrix/matrixdiffview.h"
#include "presets/presets.h"
#include "topology/connectivity.h"
#include "workspace/blockeditor.h"
#include "workspace/comparedialog.h"
#include "workspace/outlinepanel.h"

#include <QtTest>

#include <QImage>
#include <QSlider>
#include <QAbstractSpinBox>
#include <QLabel>
#include <QCheckBox>
#include <QComboBox>
#include <QStatusBar>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QListWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QDockWidget>
#include <QMenuBar>
#include <QMenu>
#include <QStandardPaths>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QUndoStack>

using namespace denselab;

class TstWorkspace : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void clickingACellChangesParamsExactly();
    void undoRestoresThePreviousCosts();
    void thresholdSliderMovesRegionsAndConnections();
    void sliderDragIsOneUndoCommand();
    void corruptFileLeavesTheDesignUntouched();
    void saveOpenRoundTrip();
    void autosaveIsOfferedAfterAKill();
    void invalidDesignShowsTheCompilerMessage();
    void stageEditsAreUndoable();
    void exportsWriteNonEmptyFiles_data();
    void exportsWriteNonEmptyFiles();
    void compareShowsTheStructuralDiff();
    void closedDocksComeBackFromTheViewMenu();
    void libraryHighlightsWhatIsOpen();
    void undoWorksFromAFormFieldAndAToggledBackCellIsClean();
    void appFoldersLiveUnderTheDataFolder();
    void formFieldsExplainThemselvesAndGreyWhatTheRuleIgnores();
    void statusBarErrorIsClearedByTheNextChange();
    void stemSwitchesToTheSmallInputOne();

private:
    QTemporaryDir m_home;
    MainWindow *m_window = nullptr;
    RecoveryStore recoveryStore() const { return RecoveryStore(m_home.filePath(QStringLiteral("recovery"))); }
};

void TstWorkspace::initTestCase()
{
    // Settings, recent files and designs go to a throwaway home, never the user's.
    qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
    QCoreApplication::setOrganizationName(QStringLiteral("denselab-test"));
    QCoreApplication::setApplicationName(QStringLiteral("denselab-test"));
}

void TstWorkspace::init()
{
    m_window = new MainWindow(recoveryStore());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QVERIFY(m_window->openPreset(QStringLiteral("thresholdnet-ab")));
    QCOMPARE(m_window->blockEditor()->stage(), 0);
}

void TstWorkspace::cleanup()
{
    if (m_window)
        m_window->document()->reset(m_window->document()->design(), QString());   // no save prompt
    delete m_window;
    m_window = nullptr;
    RecoveryStore store = recoveryStore();
    if (store.claim())
        store.clear();
}

void TstWorkspace::clickingACellChangesParamsExactly()
{
    DesignDocument *doc = m_window->document();
    ConnectivityMatrixEditor *matrix = m_window->blockEditor()->matrixEditor();
    const ResolvedBlock block = doc->graph().blocks[0].connectivity;
    const std::int64_t paramsBefore = doc->costs().total.params;
    QVERIFY(!block.connected(12, 3));

    QTest::mouseClick(matrix, Qt::LeftButton, {}, matrix->cellCenter(12, 3));

    // Layer 12 now also reads x3 (pre-activation, no bottleneck): BN gamma+beta over x3's
    // channels plus the 3x3 conv's weights from them to layer 12's width. Nothing else moves.
    const std::int64_t c3 = block.widths[3];
    const std::int64_t c12 = block.widths[12];
    QCOMPARE(doc->costs().total.params - paramsBefore, 2 * c3 + 9 * c3 * c12);
    QVERIFY(doc->graph().blocks[0].connectivity.connected(12, 3));
    QCOMPARE(doc->graph().blocks[0].connectivity.connections(), block.connections() + 1);
    // Exactly one cell changed, and it is shown as an override.
    for (int t = 1; t <= block.layers + 1; ++t) {
        for (int s = 0; s < t; ++s) {
            if (t != 12 || s != 3)
                QCOMPARE(matrix->matrix().isConnected(t, s), block.connected(t, s) && (t > block.layers || block.kept[t]));
        }
    }
    QVERIFY(matrix->matrix().isOverridden(12, 3));
    QCOMPARE(m_window->costPanel()->totalsTable()->item(0, 0)->toolTip(), QLocale().toString(qlonglong(doc->costs().total.params)));
    QVERIFY(doc->isModified());
}

void TstWorkspace::undoRestoresThePreviousCosts()
{
    DesignDocument *doc = m_window->document();
    ConnectivityMatrixEditor *matrix = m_window->blockEditor()->matrixEditor();
    const Cost before = doc->costs().total;
    const Design designBefore = doc->design();
    QTest::mouseClick(matrix, Qt::LeftButton, {}, matrix->cellCenter(12, 3));
    QTest::mouseClick(matrix, Qt::LeftButton, {}, matrix->cellCenter(5, 0));
    QVERIFY(!(doc->costs().total == before));
    doc->undoStack()->undo();
    doc->undoStack()->undo();
    QCOMPARE(doc->costs().total, before);
    QVERIFY(doc->design() == designBefore);
    QVERIFY(!matrix->matrix().isConnected(12, 3));
    QVERIFY(!doc->isModified());
    doc->undoStack()->redo();
    QVERIFY(matrix->matrix().isConnected(12, 3));
}

void TstWorkspace::thresholdSliderMovesRegionsAndConnections()
{
    DesignDocument *doc = m_window->document();
    QSlider *slider = m_window->blockEditor()->blockForm()->thresholdSlider();
    ConnectivityMatrixEditor *matrix = m_window->blockEditor()->matrixEditor();
    QVERIFY(slider->isEnabled());
    const auto spec = std::get<DenseBlockSpec>(doc->design().stages[0]);
    for (const int t : {0, 3, 8, 12, 16}) {
        slider->setValue(t);
        QCOMPARE(std::get<DenseBlockSpec>(doc->design().stages[0]).connectivity.threshold, t);
        ConnectivitySpec rule = spec.connectivity;
        rule.threshold = t;
        int expected = 0;
        for (const auto &sources : ruleConnectivity(rule, spec.layers))
            expected += static_cast<int>(sources.size());
        QCOMPARE(matrix->matrix().connectionCount(), expected);
        QCOMPARE(doc->costs().total.connections, std::int64_t(expected));
        QCOMPARE(matrix->matrix().thresholdLayer, t);
        for (int layer = 1; layer <= spec.layers; ++layer)
            QCOMPARE(matrix->matrix().regions[layer], layer <= t ? RuleRegion::Dense : RuleRegion::Harmonic);
    }
}

void TstWorkspace::sliderDragIsOneUndoCommand()
{
    DesignDocument *doc = m_window->document();
    QSlider *slider = m_window->blockEditor()->blockForm()->thresholdSlider();
    const int commands = doc->undoStack()->count();
    const Cost before = doc->costs().total;
    slider->setSliderDown(true);   // a drag: pressed, several values, released
    for (const int t : {7, 5, 3, 2})
        slider->setValue(t);
    slider->setSliderDown(false);
    QCOMPARE(doc->undoStack()->count(), commands + 1);
    QCOMPARE(std::get<DenseBlockSpec>(doc->design().stages[0]).connectivity.threshold, 2);
    doc->undoStack()->undo();
    QCOMPARE(std::get<DenseBlockSpec>(doc->design().stages[0]).connectivity.threshold, 8);
    QCOMPARE(doc->costs().total, before);
    QCOMPARE(slider->value(), 8);
}

void TstWorkspace::corruptFileLeavesTheDesignUntouched()
{
    DesignDocument *doc = m_window->document();
    QTest::mouseClick(m_window->blockEditor()->matrixEditor(), Qt::LeftButton, {},
                      m_window->blockEditor()->matrixEditor()->cellCenter(12, 3));
    const Design before = doc->design();
    const QString path = m_home.filePath(QStringLiteral("corrupt.denselab.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{\"format\": \"denselab.design\", \"version\": 1, \"stages\": [ {\"kind\": \"dense-block\", ");
    f.close();
    QSignalSpy errors(m_window, &MainWindow::errorShown);
    QVERIFY(!m_window->openFile(path));
    QCOMPARE(errors.count(), 1);
    QVERIFY2(m_window->lastError().contains(path), qPrintable(m_window->lastError()));
    QVERIFY(doc->design() == before);
    QVERIFY(doc->isModified());
    QVERIFY(doc->filePath().isEmpty());
    QCOMPARE(doc->undoStack()->count(), 1);   // the edit is still undoable
    // A well-formed file with a bad value names the field.
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    nlohmann::json j = io::designToJson(loadPreset("densenet-40-12"));
    j["classes"] = -3;
    f.write(QByteArray::fromStdString(j.dump()));
    f.close();
    QVERIFY(!m_window->openFile(path));
    QVERIFY2(m_window->lastError().contains(QStringLiteral("classes")), qPrintable(m_window->lastError()));
    QVERIFY(doc->design() == before);
}

void TstWorkspace::saveOpenRoundTrip()
{
    DesignDocument *doc = m_window->document();
    QTest::mouseClick(m_window->blockEditor()->matrixEditor(), Qt::LeftButton, {},
                      m_window->blockEditor()->matrixEditor()->cellCenter(12, 3));
    const QString path = m_home.filePath(QStringLiteral("mine.denselab.json"));
    QVERIFY(m_window->saveAs(path));
    QVERIFY(!doc->isModified());
    QCOMPARE(doc->filePath(), QFileInfo(path).absoluteFilePath());
    const Design saved = doc->design();
    QVERIFY(m_window->openPreset(QStringLiteral("densenet-40-12")));
    QVERIFY(m_window->openFile(path));
    QVERIFY(doc->design() == saved);
    QVERIFY(doc->undoStack()->count() == 0);
}

void TstWorkspace::autosaveIsOfferedAfterAKill()
{
    DesignDocument *doc = m_window->document();
    QTest::mouseClick(m_window->blockEditor()->matrixEditor(), Qt::LeftButton, {},
                      m_window->blockEditor()->matrixEditor()->cellCenter(12, 3));
    const Design edited = doc->design();
    // The timer fires 1.5 s after the last change; wait for the file rather than sleeping.
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(m_window->recovery().filePath()), 5000);
    // While this window lives, a second one neither offers its autosave nor deletes it.
    {
        MainWindow second(recoveryStore());
        QVERIFY(!second.recovery().owned());
        QVERIFY(!second.recovery().exists());
    }
    RecoveryStore probe = recoveryStore();
    QVERIFY(!probe.claim());
    QVERIFY(QFile::exists(probe.filePath()));
    // A "killed" session: the window goes without closing (no closeEvent, the file stays),
    // and a new window on the same recovery folder starts, as at the next start.
    delete m_window;
    m_window = nullptr;
    QVERIFY(QFile::exists(probe.filePath()));
    MainWindow next(recoveryStore());
    QVERIFY(next.recovery().owned());
    QVERIFY(next.restoreRecovery());
    QVERIFY(next.document()->design() == edited);
    QVERIFY(next.document()->isModified());
    // Saving the restored design removes the recovery file.
    QVERIFY(next.saveAs(m_home.filePath(QStringLiteral("restored.denselab.json"))));
    QVERIFY(!QFile::exists(probe.filePath()));
}

void TstWorkspace::invalidDesignShowsTheCompilerMessage()
{
    DesignDocument *doc = m_window->document();
    const Cost before = doc->costs().total;
    // 1x1 inputs cannot survive the transition's 2x2 pooling: the compiler says where.
    Design tiny = doc->design();
    tiny.input.height = 1;
    tiny.input.width = 1;
    tiny.stages.push_back(TransitionSpec{});
    doc->edit(tiny, QStringLiteral("tiny"));
    QVERIFY(!doc->isValid());
    QVERIFY2(m_window->costPanel()->errorText().contains(QStringLiteral("stage 2")), qPrintable(m_window->costPanel()->errorText()));
    QCOMPARE(doc->costs().total, before);   // last valid figures stay (greyed)
    doc->undoStack()->undo();
    QVERIFY(doc->isValid());
    QVERIFY(m_window->costPanel()->errorText().isEmpty());
}

void TstWorkspace::stageEditsAreUndoable()
{
    DesignDocument *doc = m_window->document();
    OutlinePanel *outline = m_window->outline();
    outline->selectStage(0);
    outline->duplicateSelected();
    QCOMPARE(doc->design().stages.size(), std::size_t(2));
    QCOMPARE(doc->graph().blocks.size(), std::size_t(2));
    outline->addTransition();
    QCOMPARE(doc->design().stages.size(), std::size_t(3));
    QVERIFY(std::holds_alternative<TransitionSpec>(doc->design().stages[2]));
    outline->moveSelected(-1);
    QVERIFY(std::holds_alternative<TransitionSpec>(doc->design().stages[1]));
    outline->removeSelected();
    QCOMPARE(doc->design().stages.size(), std::size_t(2));
    for (int i = 0; i < 4; ++i)
        doc->undoStack()->undo();
    QCOMPARE(doc->design().stages.size(), std::size_t(1));
    QVERIFY(!doc->isModified());
}

void TstWorkspace::exportsWriteNonEmptyFiles_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::newRow("png") << QStringLiteral("png");
    QTest::newRow("svg") << QStringLiteral("svg");
    QTest::newRow("pdf") << QStringLiteral("pdf");
}

void TstWorkspace::exportsWriteNonEmptyFiles()
{
    QFETCH(QString, suffix);
    const QList<QWidget *> widgets{m_window->blockEditor()->matrixEditor(),
                                   m_window->blockEditor()->diagram(),
                                   m_window->costPanel()->inputChannelsChart()};
    for (int i = 0; i < widgets.size(); ++i) {
        const QString path = m_home.filePath(QStringLiteral("export%1.%2").arg(i).arg(suffix));
        QCOMPARE(exportWidget(widgets[i], path), QString());
        QVERIFY(QFileInfo(path).size() > 200);
        if (suffix == QLatin1String("png"))
            QVERIFY(!QImage(path).isNull());
    }
    QVERIFY(!exportWidget(widgets[0], m_home.filePath(QStringLiteral("x.bmpx"))).isEmpty());
}

void TstWorkspace::compareShowsTheStructuralDiff()
{
    CompareDialog *compare = m_window->compareDialog();
    compare->show();
    // Default: the dense counterpart. ThresholdNet-ab keeps 52 of the 136 layer edges.
    QTableWidget *diff = compare->diffTable();
    QCOMPARE(diff->rowCount(), 1);
    QCOMPARE(diff->item(0, 3)->text(), QStringLiteral("+84"));
    QCOMPARE(diff->item(0, 4)->text(), QStringLiteral("0"));   // #13: was "−0"
    // The cost table's connection row: 52 vs 136.
    const int connectionsRow = compare->costTable()->rowCount() - 1;
    QCOMPARE(compare->costTable()->item(connectionsRow, 0)->text(), QStringLiteral("52"));
    QCOMPARE(compare->costTable()->item(connectionsRow, 1)->text(), QStringLiteral("136"));
    // Following the document: a toggled cell shows up at once.
    ConnectivityMatrixEditor *matrix = m_window->blockEditor()->matrixEditor();
    QTest::mouseClick(matrix, Qt::LeftButton, {}, matrix->cellCenter(12, 3));
    QCOMPARE(diff->item(0, 3)->text(), QStringLiteral("+83"));
    // #13: the matrices fill their half of a dialog of ordinary size, not 160 px of it.
    compare->resize(1000, 800);
    QCoreApplication::processEvents();
    MatrixDiffView *view = compare->findChild<MatrixDiffView *>();
    QVERIFY(view->height() >= 300);
    QTRY_VERIFY2(view->matrixA()->height() >= view->height() / 2,
                 qPrintable(QStringLiteral("%1 of %2").arg(view->matrixA()->height()).arg(view->height())));
    compare->close();
}

// #13: a closed dock could only come back through a right-click on a dock's title bar.
void TstWorkspace::closedDocksComeBackFromTheViewMenu()
{
    QMenu *view = nullptr;
    for (QAction *a : m_window->menuBar()->actions())
        if (a->text() == QStringLiteral("&View"))
            view = a->menu();
    QVERIFY(view);
    auto action = [&](const QString &text) -> QAction * {
        for (QAction *a : view->actions())
            if (a->text() == text)
                return a;
        return nullptr;
    };
    for (const QString &name : {QStringLiteral("Library"), QStringLiteral("Outline"), QStringLiteral("Costs")}) {
        QAction *toggle = action(name);
        QVERIFY2(toggle && toggle->isCheckable() && toggle->isChecked(), qPrintable(name));
    }
    auto *costs = m_window->findChild<QDockWidget *>(QStringLiteral("CostDock"));
    auto *library = m_window->findChild<QDockWidget *>(QStringLiteral("LibraryDock"));
    QVERIFY(costs && library && costs->isVisible());
    costs->close();
    QVERIFY(!costs->isVisible() && !action(QStringLiteral("Costs"))->isChecked());
    action(QStringLiteral("Costs"))->trigger();
    QVERIFY(costs->isVisible());
    // Reset layout brings back a closed dock and a floated one to their places.
    library->close();
    costs->setFloating(true);
    QVERIFY(action(QStringLiteral("Reset layout")));
    action(QStringLiteral("Reset layout"))->trigger();
    QVERIFY(library->isVisible() && costs->isVisible() && !costs->isFloating());
    QCOMPARE(m_window->dockWidgetArea(costs), Qt::RightDockWidgetArea);
}

// #13: the Library kept highlighting the previous preset after a file was opened.
void TstWorkspace::libraryHighlightsWhatIsOpen()
{
    QTreeWidget *tree = m_window->library()->tree();
    QVERIFY(m_window->openPreset(QStringLiteral("hardnet68")));
    QVERIFY(tree->currentItem() && tree->currentItem()->isSelected());
    QCOMPARE(tree->currentItem()->text(0).section(QLatin1Char(' '), 0, 0), QStringLiteral("hardnet68"));
    const QString path = m_home.filePath(QStringLiteral("highlight.denselab.json"));
    QVERIFY(m_window->saveAs(path));
    QVERIFY(m_window->openFile(path));
    for (QTreeWidgetItem *item : tree->selectedItems())
        QVERIFY2(!item->text(0).startsWith(QStringLiteral("hardnet68")), qPrintable(item->text(0)));
    m_window->newDesign();
    QVERIFY(tree->selectedItems().isEmpty());
    // Save As of a preset moves the highlight to the saved file (the review found it stayed).
    QVERIFY(m_window->openPreset(QStringLiteral("hardnet68")));
    const QString saved = m_home.filePath(QStringLiteral("highlight-2.denselab.json"));
    QVERIFY(m_window->saveAs(saved));
    QVERIFY(tree->currentItem());
    QCOMPARE(tree->currentItem()->text(0), QStringLiteral("highlight-2.denselab.json"));
}

// #13: Ctrl+Z did nothing while a spin box had focus (its line edit took the key), and a cell
// toggled on and off again left the document modified.
void TstWorkspace::undoWorksFromAFormFieldAndAToggledBackCellIsClean()
{
    DesignDocument *document = m_window->document();
    QVERIFY(!document->isModified());
    ConnectivityMatrixEditor *matrix = m_window->blockEditor()->matrixEditor();
    QTest::mouseClick(matrix, Qt::LeftButton, {}, matrix->cellCenter(12, 3));
    QVERIFY(document->isModified());
    QTest::mouseClick(matrix, Qt::LeftButton, {}, matrix->cellCenter(12, 3));
    QVERIFY2(!document->isModified(), "a cell toggled back to the saved design must leave the document clean");

    const Design before = document->design();
    QTest::mouseClick(matrix, Qt::LeftButton, {}, matrix->cellCenter(12, 3));
    QVERIFY(!(document->design() == before));
    QAbstractSpinBox *field = m_window->blockEditor()->findChild<QAbstractSpinBox *>();
    QVERIFY(field);
    field->setFocus();
    QTRY_VERIFY(field->hasFocus() || QApplication::focusWidget() == field->findChild<QLineEdit *>());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY2(document->design() == before, "Ctrl+Z in a form field must undo the last edit");
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(!(document->design() == before));   // and Ctrl+Shift+Z redoes it
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(document->design() == before);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Y, Qt::ControlModifier);
    QVERIFY(!(document->design() == before));   // so does Ctrl+Y
    // A field of the Training page keeps its own text undo: the design is not touched.
    const Design edited = document->design();
    QAbstractSpinBox *trainingField = m_window->trainingView()->findChild<QAbstractSpinBox *>();
    QVERIFY(trainingField);
    m_window->showPage(MainWindow::Page::Training);
    trainingField->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(document->design() == edited);
}

// #13: designs and recovery files were in ~/.local/share/denselab/denselab/..., one level deeper
// than docs/workspace.md (and the runs folder) say; an old folder moves to the documented place.
void TstWorkspace::appFoldersLiveUnderTheDataFolder()
{
    const QString data = m_home.filePath(QStringLiteral("data"));
    QCOMPARE(appDataFolder(QStringLiteral("designs")), data + QStringLiteral("/denselab/designs"));
    QCOMPARE(RecoveryStore().filePath(), data + QStringLiteral("/denselab/recovery/autosave.denselab.json"));
    const QString old = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/moved");
    QVERIFY(QDir().mkpath(old));
    QFile file(old + QStringLiteral("/mine.denselab.json"));
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write("{}") == 2);
    file.close();
    const QString folder = appDataFolder(QStringLiteral("moved"));
    QCOMPARE(folder, data + QStringLiteral("/denselab/moved"));
    QVERIFY(QFileInfo::exists(folder + QStringLiteral("/mine.denselab.json")));
    QVERIFY(!QFileInfo::exists(old));
}

// #13: Help ▸ User guide shows the docs inside the app; Help ▸ Keyboard shortcuts lists them.
void TstWorkspace::formFieldsExplainThemselvesAndGreyWhatTheRuleIgnores()
{
    // Every field of the block and network forms says what it is, with its paper's symbol.
    for (QWidget *form : {static_cast<QWidget *>(m_window->blockEditor()->blockForm()),
                          static_cast<QWidget *>(m_window->blockEditor()->findChild<NetworkForm *>()),
                          static_cast<QWidget *>(m_window->trainingView())}) {
        for (QWidget *field : form->findChildren<QWidget *>()) {
            if (qobject_cast<QAbstractSpinBox *>(field) || qobject_cast<QComboBox *>(field) || qobject_cast<QSlider *>(field)
                || qobject_cast<QCheckBox *>(field) || qobject_cast<QLineEdit *>(field)) {
                if (qobject_cast<QLineEdit *>(field) && qobject_cast<QAbstractSpinBox *>(field->parentWidget()))
                    continue;   // a spin box's own editor
                QVERIFY2(!field->toolTip().isEmpty(), qPrintable(QString::fromLatin1(field->metaObject()->className()) + QStringLiteral(" ") + field->accessibleName()));
            }
        }
    }
    BlockForm *form = m_window->blockEditor()->blockForm();
    QVERIFY(form->thresholdSlider()->toolTip().contains(QLatin1String("T (ThresholdNet)")));
    // ThresholdNet-ab: T is live. A dense block: T greyed, no number shown.
    QVERIFY(form->thresholdSlider()->isEnabled());
    QCOMPARE(form->thresholdValueLabel()->text(), QStringLiteral("8"));
    QVERIFY(m_window->openPreset(QStringLiteral("densenet-bc-40-12")));
    QVERIFY(!form->thresholdSlider()->isEnabled());
    QVERIFY(!form->thresholdValueLabel()->isEnabled());
    QCOMPARE(form->thresholdValueLabel()->text(), QStringLiteral("—"));
}

void TstWorkspace::statusBarErrorIsClearedByTheNextChange()
{
    QVERIFY(!m_window->openFile(m_home.filePath(QStringLiteral("no-such.denselab.json"))));
    QVERIFY(m_window->statusBar()->currentMessage().contains(QLatin1String("Cannot open")));
    // The next change of the design says what is open now; the old error is gone.
    QVERIFY(m_window->openPreset(QStringLiteral("hardnet68")));
    QCOMPARE(m_window->statusBar()->currentMessage(), QString());
    QVERIFY(m_window->designSummary()->text().contains(QLatin1String("5 dense blocks")));
}

void TstWorkspace::stemSwitchesToTheSmallInputOne()
{
    // The fix the Training page offers for DenseNet-121 on 28x28 images, from the Network tab.
    QVERIFY(m_window->openPreset(QStringLiteral("densenet121")));
    NetworkForm *network = m_window->blockEditor()->findChild<NetworkForm *>();
    QComboBox *stem = network->stemBox();
    QCOMPARE(stem->currentIndex(), 0);   // ImageNet
    stem->setCurrentIndex(1);
    Q_EMIT stem->activated(1);
    const Design &d = m_window->document()->design();
    QCOMPARE(int(d.stem.kind), int(StemKind::Cifar));
    QCOMPARE(d.stem.widths, std::vector<int>{64});
    Design small = d;
    small.input = {1, 28, 28};
    compile(small);   // fits 28x28 now
    m_window->document()->undoStack()->undo();
    QCOMPARE(int(m_window->document()->design().stem.kind), int(StemKind::ImageNet));
}

QTEST_MAIN(TstWorkspace)
#include "tst_workspace.moc"
