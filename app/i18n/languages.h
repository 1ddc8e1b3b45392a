// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace denselab {

/// Languages the UI is translated into ("en" is the source language).
QStringList availableLanguages();
/// The language's own name ("Deutsch", "繁體中文") for the preferences.
QString languageName(const QString &code);
/// The code to use at start: `requested` (--lang) if given, else the saved preference, else the
/// system locale when it is one of ours, else "en".
QString chooseLanguage(const QString &requested);
/// Installs Qt's own and DenseLab's translators for `code` (embedded under :/i18n). Returns
/// false for an unknown code or a missing catalogue; English then stays.
bool installLanguage(QCoreApplication &app, const QString &code);

} // namespace denselab
