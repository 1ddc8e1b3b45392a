// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferencesdialog.h"

#include "i18n/languages.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
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
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void PreferencesDialog::accept()
{
    QSettings().setValue(QStringLiteral("language"), m_language->currentData().toString());
    QDialog::accept();
}

} // namespace denselab
