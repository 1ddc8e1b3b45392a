// SPDX-License-Identifier: GPL-3.0-or-later
#include "helpwindows.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace denselab {

namespace {

constexpr const char *kDocs = ":/docs/";

// Menu paths ("File ▸ Export ▸ ONNX model…") and shortcuts of every action under `menu`.
void collectShortcuts(const QMenu *menu, const QString &path, QList<QPair<QString, QString>> &rows)
{
    for (QAction *action : menu->actions()) {
        QString text = action->text();
        text.remove(QLatin1Char('&'));
        if (action->menu()) {
            collectShortcuts(action->menu(), path + text + QStringLiteral(" ▸ "), rows);
        } else if (!action->shortcuts().isEmpty()) {
            QStringList keys;
            for (const QKeySequence &key : action->shortcuts())
                keys << key.toString(QKeySequence::NativeText);
            rows.append({path + text, keys.join(QStringLiteral(", "))});
        }
    }
}

} // namespace

UserGuide::UserGuide(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("DenseLab user guide"));
    auto *layout = new QHBoxLayout(this);
    m_pages = new QListWidget(this);
    m_browser = new QTextBrowser(this);
    m_browser->setOpenExternalLinks(true);
    m_browser->setSearchPaths({QString::fromLatin1(kDocs)});
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_browser, 4);
    const QStringList files = QDir(QString::fromLatin1(kDocs)).entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        auto *item = new QListWidgetItem(QString(file).replace(QStringLiteral(".md"), QString()), m_pages);
        item->setData(Qt::UserRole, file);
    }
    connect(m_pages, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            showPage(item->data(Qt::UserRole).toString());
    });
    resize(1000, 700);
    if (!showPage(QStringLiteral("workspace.md")) && m_pages->count() > 0)
        m_pages->setCurrentRow(0);
}

bool UserGuide::showPage(const QString &file)
{
    QFile page(QString::fromLatin1(kDocs) + file);
    if (!page.open(QIODevice::ReadOnly))
        return false;
    m_browser->setMarkdown(QString::fromUtf8(page.readAll()));
    for (int row = 0; row < m_pages->count(); ++row)
        if (m_pages->item(row)->data(Qt::UserRole).toString() == file && m_pages->currentRow() != row)
            m_pages->setCurrentRow(row);
    return true;
}

ShortcutList::ShortcutList(const QMenuBar *menus, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Keyboard shortcuts"));
    QList<QPair<QString, QString>> rows;
    for (QAction *top : menus->actions())
        if (top->menu()) {
            QString text = top->text();
            collectShortcuts(top->menu(), text.remove(QLatin1Char('&')) + QStringLiteral(" ▸ "), rows);
        }
    auto *layout = new QVBoxLayout(this);
    m_table = new QTableWidget(int(rows.size()), 2, this);
    m_table->setHorizontalHeaderLabels({tr("Command"), tr("Shortcut")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int row = 0; row < rows.size(); ++row) {
        m_table->setItem(row, 0, new QTableWidgetItem(rows[row].first));
        m_table->setItem(row, 1, new QTableWidgetItem(rows[row].second));
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(560, 480);
}

} // namespace denselab
