// SPDX-License-Identifier: GPL-3.0-or-later
#include "startpage.h"

#include "presets/presets.h"
#include "tours/tour.h"

#include <QCheckBox>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>

namespace denselab {
namespace {

const QString kShowKey = QStringLiteral("startPage/show");
constexpr int kIdRole = Qt::UserRole;

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}

} // namespace

StartPage::StartPage(const QStringList &recentFiles, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Welcome to DenseLab"));
    auto *grid = new QGridLayout(this);

    grid->addWidget(heading(tr("New from a preset"), this), 0, 0);
    m_presets = new QListWidget(this);
    for (const PresetInfo &p : presetList()) {
        auto *item = new QListWidgetItem(QStringLiteral("%1 — %2").arg(QString::fromStdString(p.name), QString::fromStdString(p.group)),
                                         m_presets);
        item->setData(kIdRole, QString::fromStdString(p.name));
        item->setToolTip(QString::fromStdString(p.description));
    }
    grid->addWidget(m_presets, 1, 0, 3, 1);

    grid->addWidget(heading(tr("Recent files"), this), 0, 1);
    m_recent = new QListWidget(this);
    for (const QString &path : recentFiles) {
        auto *item = new QListWidgetItem(QFileInfo(path).fileName(), m_recent);
        item->setData(kIdRole, path);
        item->setToolTip(path);
    }
    if (recentFiles.isEmpty()) {
        auto *none = new QListWidgetItem(tr("(none yet)"), m_recent);
        none->setFlags(Qt::NoItemFlags);
    }
    grid->addWidget(m_recent, 1, 1);
    auto *open = new QPushButton(tr("Open a file…"), this);
    grid->addWidget(open, 2, 1);

    grid->addWidget(heading(tr("Guided tours"), this), 4, 0, 1, 2);
    m_tours = new QListWidget(this);
    for (const std::string &name : builtInTourNames()) {
        const Tour tour = loadBuiltInTour(name);
        auto *item = new QListWidgetItem(QString::fromStdString(tour.title), m_tours);
        item->setData(kIdRole, QString::fromStdString(name));
        item->setToolTip(QString::fromStdString(tour.description));
    }
    m_tours->setMaximumHeight(m_tours->sizeHintForRow(0) * (m_tours->count() + 1));
    grid->addWidget(m_tours, 5, 0, 1, 2);

    m_showAtStart = new QCheckBox(tr("Show this page at start"), this);
    m_showAtStart->setChecked(showAtStart());
    auto *close = new QPushButton(tr("Close"), this);
    grid->addWidget(m_showAtStart, 6, 0);
    grid->addWidget(close, 6, 1, Qt::AlignRight);
    grid->setRowStretch(3, 1);

    // One click (or Enter) on an entry opens it; the page closes so the work can begin.
    connect(m_presets, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        accept();
        Q_EMIT presetChosen(item->data(kIdRole).toString());
    });
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        if (item->data(kIdRole).toString().isEmpty())
            return;
        accept();
        Q_EMIT fileChosen(item->data(kIdRole).toString());
    });
    connect(m_tours, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        accept();
        Q_EMIT tourChosen(item->data(kIdRole).toString());
    });
    connect(open, &QPushButton::clicked, this, [this] {
        accept();
        Q_EMIT fileChosen(QString());
    });
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_showAtStart, &QCheckBox::toggled, this, [](bool on) { QSettings().setValue(kShowKey, on); });
    resize(720, 560);
}

bool StartPage::showAtStart()
{
    return QSettings().value(kShowKey, true).toBool();
}

} // namespace denselab
