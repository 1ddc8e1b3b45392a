// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;

namespace denselab {

/// Preferences: the interface language (applied at the next start, like --lang).
class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);
    void accept() override;

private:
    QComboBox *m_language = nullptr;
};

} // namespace denselab
