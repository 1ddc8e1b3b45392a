// SPDX-License-Identifier: GPL-3.0-or-later
#include "languages.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

namespace denselab {

QStringList availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("zh_TW")};
}

QString languageName(const QString &code)
{
    if (code == QLatin1String("de"))
        return QStringLiteral("Deutsch");
    if (code == QLatin1String("zh_TW"))
        return QStringLiteral("繁體中文");
    return QStringLiteral("English");
}

QString chooseLanguage(const QString &requested)
{
    if (!requested.isEmpty())
        return requested;
    const QString saved = QSettings().value(QStringLiteral("language")).toString();
    if (availableLanguages().contains(saved))
        return saved;
    const QString system = QLocale::system().name();   // "de_DE", "zh_TW"
    if (availableLanguages().contains(system))
        return system;
    if (availableLanguages().contains(system.section(QLatin1Char('_'), 0, 0)))
        return system.section(QLatin1Char('_'), 0, 0);
    return QStringLiteral("en");
}

bool installLanguage(QCoreApplication &app, const QString &code)
{
    if (!availableLanguages().contains(code))
        return false;
    auto *ours = code == QLatin1String("en") ? nullptr : new QTranslator(&app);
    if (ours && !ours->load(QStringLiteral(":/i18n/denselab_%1.qm").arg(code))) {
        delete ours;
        return false;   // the language in use stays
    }
    // Numbers follow the interface language (1,23 M in German), not a system locale that may
    // be another one.
    QLocale::setDefault(QLocale(code == QLatin1String("en") ? QStringLiteral("en_US") : code));
    // A language replaces the one installed before (English: none); widgets built afterwards
    // use it.
    static QList<QPointer<QTranslator>> installed;
    for (const QPointer<QTranslator> &previous : std::as_const(installed)) {
        if (previous) {
            app.removeTranslator(previous);
            delete previous;
        }
    }
    installed.clear();
    if (!ours)
        return true;
    // Qt's own strings (dialog buttons); optional, Debian ships them in qt6-translations-l10n.
    auto *qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_%1").arg(code), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        app.installTranslator(qt);
        installed.append(qt);
    } else {
        delete qt;
    }
    app.installTranslator(ours);
    installed.append(ours);
    return true;
}

} // namespace denselab
