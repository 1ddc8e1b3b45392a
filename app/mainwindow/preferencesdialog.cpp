// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferencesdialog.h"

#include "document/datafolders.h"
#include "i18n/languages.h"
#include "training/trainingconfig.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>
#include <QLabel>
#include <QSettings>

namespace denselab {

PreferencesDialog::PreferencesDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Preferences"));
    auto *form = new QFormLayout(this);
    m_language = new QComboBox(this);
    const QString current = chooseLanguage(QString());
    for (const QString &code : availableLanguages()) {
        m_language->addItem(languageName(code), code);
        if (code == current)
            m_language->setCurrentIndex(m_language->count() - 1);
    }
    form->addRow(tr("Language"), m_language);
    form->addRow(new QLabel(tr("A new language applies when DenseLab starts again."), this));

    // Folders: empty fields mean the defaults, shown greyed in the field.
    const auto folderRow = [this, form](const QString &label, QLineEdit *&edit, const QString &value, const QString &fallback) {
        edit = new QLineEdit(value, this);
        edit->setPlaceholderText(fallback);
        auto *browse = new QToolButton(this);
        browse->setText(QStringLiteral("…"));
        auto *row = new QHBoxLayout;
        row->addWidget(edit, 1);
        row->addWidget(browse);
        form->addRow(label, row);
        connect(browse, &QToolButton::clicked, this, [this, edit] {
            const QString start = edit->text().isEmpty() ? edit->placeholderText() : edit->text();
            const QString dir = QFileDialog::getExistingDirectory(this, tr("Choose a folder"), start);
            if (!dir.isEmpty())
                edit->setText(dir);
        });
    };
    const QString chosenRuns = QSettings().value(QStringLiteral("folders/runs")).toString();
    folderRow(tr("Runs folder"), m_runs, chosenRuns, QString::fromStdString(training::defaultRunsDir()));
    folderRow(tr("Datasets folder"), m_datasets, datasetsFolder(), tr("each dataset's own folder (see the Training page)"));
    form->addRow(new QLabel(tr("Datasets are looked for in the datasets folder, one sub-folder per dataset "
                               "(cifar10, svhn, …); new runs go to the runs folder."), this));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void PreferencesDialog::accept()
{
    QSettings().setValue(QStringLiteral("language"), m_language->currentData().toString());
    setRunsFolder(m_runs->text());
    setDatasetsFolder(m_datasets->text());
    QDialog::accept();
}

} // namespace denselab
