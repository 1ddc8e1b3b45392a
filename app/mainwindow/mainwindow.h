// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/costbaseline.h"
#include "document/recoverystore.h"
#include "tours/tour.h"

#include <QMainWindow>

#include <vector>
#include <QPointer>

class QAction;
class QLabel;
class QMenu;
class QTabWidget;
class QTimer;

class QDockWidget;

namespace denselab {

class BlockEditor;
class CompareDialog;
class ComparisonView;
class PruneView;
class SearchView;
class RunsBrowser;
class TrainingController;
class TrainingView;
class CostPanel;
class DesignDocument;
class LibraryPanel;
class OutlinePanel;
class StartPage;
class TourPanel;

/// The design workspace: library and outline on the left, the block editor in the middle, the
/// cost panel on the right. It wires the panels to one DesignDocument and owns the file
/// actions (new/open/save/recent/autosave), exports and the comparison dialog. The work itself
/// lives in the panels and the document; this class connects them.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    /// `recovery` is where autosaves go (tests pass a temporary folder).
    explicit MainWindow(const RecoveryStore &recovery = RecoveryStore(), QWidget *parent = nullptr);
    ~MainWindow() override;

    DesignDocument *document() const { return m_document; }
    BlockEditor *blockEditor() const { return m_blockEditor; }
    CostPanel *costPanel() const { return m_costPanel; }
    OutlinePanel *outline() const { return m_outline; }
    LibraryPanel *library() const { return m_library; }
    TrainingController *trainingController() const { return m_training; }
    TrainingView *trainingView() const { return m_trainingView; }
    RunsBrowser *runsBrowser() const { return m_runsBrowser; }
    ComparisonView *comparisonView() const { return m_comparison; }
    SearchView *searchView() const { return m_searchView; }
    PruneView *pruneView() const { return m_pruneView; }

    /// The central pages, in tab order.
    enum class Page { Design, Training, Search, Prune, Runs, CompareRuns };
    void showPage(Page page);

    /// Runs browser actions: open a run (a training's curves and design; a search or a pruning
    /// job on its own page), resume one of any kind (refused while it is the run training now),
    /// compare several.
    void openRun(const QString &runDir);
    bool resumeRun(const QString &runDir);
    void compareRuns(const QStringList &runDirs);
    const RecoveryStore &recovery() const { return m_recovery; }

    /// Opens a design file. On any problem shows the file's error and returns false; the
    /// current design is then untouched. Does not ask about unsaved changes (callers do).
    bool openFile(const QString &path);
    bool openPreset(const QString &name);
    /// File ▸ Open: asks about unsaved changes, then for a file, and opens it.
    void openInteractively();
    /// The start page (first start, Help ▸ Start page): presets, a file, recent files, tours.
    StartPage *showStartPage();
    /// Opens a design file (a searched or pruned network) with `parent` as the cost baseline.
    bool openAgainstParent(const QString &path, const Design &parent);
    /// Sets the output width of convolution `node` (its designed width removes the override),
    /// as one undo step. False when the design has no such convolution.
    bool setConvWidth(const QString &node, int width);
    void newDesign();
    /// Saves to the current file, or asks for one. False when cancelled or failed.
    bool save();
    /// Saves to `path` (asks when empty). False on failure (the message is shown).
    bool saveAs(const QString &path = {});
    /// Asks whether to restore the autosaved design of a session that ended abruptly; true
    /// when it was restored.
    bool offerRecovery();
    /// Restores the autosaved design (unsaved, with its original file name). False if none.
    bool restoreRecovery();
    /// Writes the autosave file now (the timer does this 1.5 s after the last change).
    void autosave();
    /// Renders the whole window to a PNG. False (and a message on stderr) when it cannot.
    bool writeScreenshot(const QString &path);

    /// File ▸ Export ▸ PyTorch / ONNX, and the runs browser's Export: the open design (code, or
    /// an ONNX model with DenseLab's initialization) or, with `runDir`, a trained run (its best
    /// checkpoint as weights.pt or as the ONNX model's weights). Returns an error message,
    /// empty on success; the menu actions ask for the place and show the message.
    QString exportPyTorch(const QString &folder, const QString &runDir = {});
    QString exportOnnx(const QString &path, const QString &runDir = {});

    /// After Preferences: the runs folder and the datasets folder, as saved, for every page.
    void applyFolders();

    /// View ▸ Reset layout: every dock back where it started, shown (on the Design page).
    void resetLayout();

    /// Guided tours (Help ▸ Tours, File ▸ Open tour…, --tour NAME --step N): the tour's panel
    /// shows beside the design and each step loads its design, selects its block and shows
    /// what it is about. Starting a tour asks about unsaved changes first. False (with the
    /// message shown) for an unknown tour, a bad file or a step that cannot be played.
    bool startBuiltInTour(const QString &name, int step = 0);
    bool openTourFile(const QString &path, int step = 0);
    bool startTour(const Tour &tour, int step = 0);
    bool showTourStep(int step);
    void endTour();
    bool tourActive() const { return !m_tour.steps.empty(); }
    TourPanel *tourPanel() const { return m_tourPanel; }
    /// View ▸ Presentation mode (F11): full screen, larger type, only the design and the tour's
    /// panel, for a projector. Leaving it restores the window as it was.
    void setPresentationMode(bool on);
    bool presentationMode() const { return m_presenting; }

    /// The last error shown to the user (tests read it; the user sees a message box).
    QString lastError() const { return m_lastError; }
    CompareDialog *compareDialog();
    QLabel *designSummary() const { return m_designSummary; }

Q_SIGNALS:
    void errorShown(const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void buildMenus();
    void buildDocks();
    /// Widens the Costs dock until its totals show every column, as far as the window allows.
    void fitCostDock();
    void showError(const QString &title, const QString &message);
    bool maybeSave();
    void onDocumentChanged();
    void refreshBaseline();
    void updateTitle();
    /// Highlights the open design's entry in the Library (its preset or its file), or none.
    void showCurrentInLibrary();
    void addRecentFile(const QString &path);
    QStringList recentFiles() const;
    void rebuildRecentMenu();
    QString designsFolder() const;
    /// `what` names it in the dialog (translated); `stem` names the suggested file (ASCII).
    void exportWidgetTo(QWidget *widget, const QString &what, const char *stem);
    void exportReport(bool markdown);
    /// Asks where, then exports the design (empty `runDir`) or the run; "pytorch" or "onnx".
    void exportModelInteractively(const char *format, const QString &runDir);
    void showPreferences();
    void showAbout();
    void buildTourDock();
    /// The docks' visibility for `page`: Library, Outline and Costs on the Design page (not
    /// while presenting), the tour's panel while a tour runs.
    void updateDocks(int page);

    DesignDocument *m_document = nullptr;
    RecoveryStore m_recovery;
    CostBaseline m_baseline;
    BlockEditor *m_blockEditor = nullptr;
    CostPanel *m_costPanel = nullptr;
    OutlinePanel *m_outline = nullptr;
    LibraryPanel *m_library = nullptr;
    QPointer<CompareDialog> m_compare;
    QTabWidget *m_pages = nullptr;
    TrainingController *m_training = nullptr;
    TrainingView *m_trainingView = nullptr;
    RunsBrowser *m_runsBrowser = nullptr;
    ComparisonView *m_comparison = nullptr;
    SearchView *m_searchView = nullptr;
    PruneView *m_pruneView = nullptr;
    std::vector<QDockWidget *> m_docks;   // Library, Outline, Costs: the View menu toggles them
    QByteArray m_defaultLayout;           // the docks as first built, for View > Reset layout
    QString m_openedPreset;               // the preset the open design came from, while unsaved
    QMenu *m_recentMenu = nullptr;
    QLabel *m_designSummary = nullptr;   // status bar: nodes and blocks of the open design
    QTimer *m_autosaveTimer = nullptr;
    QString m_lastError;
    bool m_wroteRecovery = false;   // only a file this window wrote is ours to remove
    Tour m_tour;                       // the tour being played (no steps: none)
    TourPanel *m_tourPanel = nullptr;
    QDockWidget *m_tourDock = nullptr;
    bool m_presenting = false;
    QAction *m_presentAction = nullptr;            // View > Presentation mode (F11), checked while on
    QAction *m_leavePresentationAction = nullptr;  // Esc, enabled while presenting
    QByteArray m_stateBeforePresenting;   // docks and toolbars, restored when presenting ends
    QFont m_fontBeforePresenting;
    bool m_maximizedBeforePresenting = false;
};

} // namespace denselab
