// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace denselab {

/// Preferences: the interface language (applied at the next start, like --lang), the runs
/// folder and the datasets folder (applied at once by the main window after OK).
class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);
    void accept() override;

    QLineEdit *runsFolderEdit() const { return m_runs; }
    QLineEdit *datasetsFolderEdit() const { return m_datasets; }

private:
    QComboBox *m_language = nullptr;
    QLineEdit *m_runs = nullptr;
    QLineEdit *m_datasets = nullptr;
};

} // namespace denselab
