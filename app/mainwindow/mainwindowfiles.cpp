// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow's file handling: new, open, save, recent files, autosave and recovery.
#include "mainwindow.h"

#include "document/datafolders.h"

#include "design/designerror.h"
#include "document/designdocument.h"
#include "io/atomicfile.h"
#include "io/designjson.h"
#include "presets/presets.h"
#include "workspace/librarypanel.h"
#include "workspace/outlinepanel.h"
#include "workspace/startpage.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTextStream>

#include <cstdio>

namespace denselab {
namespace {

constexpr int kMaxRecent = 10;
const QString kRecentKey = QStringLiteral("recentFiles");

} // namespace

void MainWindow::newDesign()
{
    // A new design starts as a small CIFAR DenseNet-BC (three blocks), ready to reshape.
    Design design = loadPreset("densenet-bc-40-12");
    design.name = tr("untitled").toStdString();
    m_document->reset(design, QString());
    m_outline->selectFirstDenseBlock();
    m_openedPreset.clear();
    updateTitle();
}

bool MainWindow::openFile(const QString &path)
{
    Design design;
    try {
        design = io::readDesignFile(QFileInfo(path).absoluteFilePath().toStdString());
    } catch (const std::exception &e) {   // DesignError names the file and the JSON pointer
        showError(tr("Cannot open the design"), QString::fromStdString(e.what()));
        return false;
    }
    m_document->reset(design, QFileInfo(path).absoluteFilePath());
    m_outline->selectFirstDenseBlock();
    addRecentFile(QFileInfo(path).absoluteFilePath());
    m_openedPreset.clear();
    updateTitle();
    return true;
}

bool MainWindow::openPreset(const QString &name)
{
    Design design;
    try {
        design = loadPreset(name.toStdString());
    } catch (const DesignError &e) {
        showError(tr("Cannot open the preset"), QString::fromStdString(e.what()));
        return false;
    }
    m_document->reset(design, QString());
    m_outline->selectFirstDenseBlock();
    m_openedPreset = name;
    updateTitle();
    return true;
}

void MainWindow::openInteractively()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open design"), designsFolder(), tr("DenseLab designs (*.json)"));
    if (!path.isEmpty())
        openFile(path);
}

StartPage *MainWindow::showStartPage()
{
    auto *page = new StartPage(recentFiles(), this);
    page->setAttribute(Qt::WA_DeleteOnClose);
    connect(page, &StartPage::presetChosen, this, [this](const QString &name) {
        if (maybeSave())
            openPreset(name);
    });
    connect(page, &StartPage::fileChosen, this, [this](const QString &path) {
        if (path.isEmpty())
            openInteractively();
        else if (maybeSave())
            openFile(path);
    });
    connect(page, &StartPage::tourChosen, this, [this](const QString &name) { startBuiltInTour(name); });
    page->show();
    return page;
}

bool MainWindow::save()
{
    return saveAs(m_document->filePath());
}

bool MainWindow::saveAs(const QString &requested)
{
    QString path = requested;
    if (path.isEmpty()) {
        QDir().mkpath(designsFolder());
        const QString suggestion = designsFolder() + QLatin1Char('/')
            + QString::fromStdString(m_document->design().name).replace(QLatin1Char(' '), QLatin1Char('-'))
            + QStringLiteral(".denselab.json");
        path = QFileDialog::getSaveFileName(this, tr("Save design"), suggestion, tr("DenseLab designs (*.json)"));
        if (path.isEmpty())
            return false;
    }
    try {
        io::writeDesignFile(m_document->design(), path.toStdString());
    } catch (const std::exception &e) {   // the previous file is untouched (atomic write)
        showError(tr("Cannot save the design"), QString::fromStdString(e.what()));
        return false;
    }
    m_document->markSaved(QFileInfo(path).absoluteFilePath());
    addRecentFile(QFileInfo(path).absoluteFilePath());
    m_library->refreshDesigns();
    showCurrentInLibrary();
    return true;
}

bool MainWindow::maybeSave()
{
    if (!m_document->isModified())
        return true;
    const auto answer = QMessageBox::warning(this, tr("Unsaved changes"),
                                             tr("The design \"%1\" has unsaved changes. Save them?")
                                                 .arg(QString::fromStdString(m_document->design().name)),
                                             QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        return save();
    if (answer == QMessageBox::Discard) {
        if (m_wroteRecovery)
            m_recovery.clear();
        return true;
    }
    return false;
}

void MainWindow::autosave()
{
    if (!m_document->isModified())
        return;
    try {
        m_recovery.save(m_document->design(), m_document->filePath());
        m_wroteRecovery = true;
    } catch (const std::exception &e) {
        // Not worth a dialog while the user is dragging a slider; the status bar says it.
        statusBar()->showMessage(tr("Autosave failed: %1").arg(QString::fromStdString(e.what())), 8000);
    }
}

bool MainWindow::offerRecovery()
{
    if (!m_recovery.exists())
        return false;
    const auto answer = QMessageBox::question(this, tr("Restore unsaved design?"),
                                              tr("DenseLab did not close normally last time. Restore the design "
                                                 "you were editing?"),
                                              QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer == QMessageBox::Yes)
        return restoreRecovery();
    m_recovery.clear();
    return false;
}

bool MainWindow::restoreRecovery()
{
    const std::optional<RecoveryStore::Recovered> recovered = m_recovery.load();
    if (!recovered) {
        showError(tr("Cannot restore the design"), tr("The recovery file %1 is damaged; it was kept as %1.damaged.")
                                                      .arg(m_recovery.filePath()));
        return false;
    }
    m_wroteRecovery = true;   // the restored design now owns the file: saving removes it
    m_document->reset(recovered->design, movedDataPath(recovered->originalPath), /*modified=*/true);
    m_openedPreset.clear();
    m_outline->selectFirstDenseBlock();
    updateTitle();
    return true;
}

QString MainWindow::designsFolder() const
{
    return appDataFolder(QStringLiteral("designs"));
}

QStringList MainWindow::recentFiles() const
{
    QStringList files = QSettings().value(kRecentKey).toStringList();
    for (QString &file : files)
        file = movedDataPath(file);   // designs saved where earlier versions kept them
    return files;
}

void MainWindow::addRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > kMaxRecent)
        files.removeLast();
    QSettings().setValue(kRecentKey, files);
    rebuildRecentMenu();
    m_library->setRecentFiles(files);
    showCurrentInLibrary();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = recentFiles();
    for (const QString &path : files) {
        m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] {
            if (maybeSave())
                openFile(path);
        })->setToolTip(path);
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

bool MainWindow::writeScreenshot(const QString &path)
{
    const QPixmap pixmap = grab();
    if (pixmap.isNull() || !pixmap.save(path, "PNG")) {
        QTextStream(stderr) << "denselab: cannot write the screenshot " << path << '\n';
        return false;
    }
    return true;
}

} // namespace denselab
