// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QMenuBar;
class QTableWidget;
class QTextBrowser;
class QListWidget;

namespace denselab {

/// Help ▸ User guide: the documentation (docs/*.md, embedded at build time) rendered by Qt's
/// Markdown support, one page at a time, with the list of pages on the left.
class UserGuide : public QDialog {
    Q_OBJECT
public:
    explicit UserGuide(QWidget *parent = nullptr);
    /// Shows the page of `file` ("workspace.md"); false when there is no such page.
    bool showPage(const QString &file);
    QTextBrowser *browser() const { return m_browser; }
    QListWidget *pages() const { return m_pages; }

private:
    QListWidget *m_pages = nullptr;
    QTextBrowser *m_browser = nullptr;
};

/// Help ▸ Keyboard shortcuts: every menu action that has a shortcut, read from the menu bar
/// itself, so that the list can never disagree with the menus.
class ShortcutList : public QDialog {
    Q_OBJECT
public:
    ShortcutList(const QMenuBar *menus, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table = nullptr;
};

} // namespace denselab
