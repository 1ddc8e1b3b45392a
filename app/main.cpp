// SPDX-License-Identifier: GPL-3.0-or-later
// `denselab`: the desktop app. Everything lives in denselab_app; this parses and starts it.
#include "appoptions.h"
#include "i18n/languages.h"
#include "startup.h"

#include <QApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    // --help and --version print text only: they work without a display (a server, a package
    // check), where the default platform plugin would abort.
    const bool onlyText = argc > 1 && (qstrcmp(argv[1], "--help") == 0 || qstrcmp(argv[1], "-h") == 0
                                       || qstrcmp(argv[1], "--version") == 0 || qstrcmp(argv[1], "-v") == 0);
    if (onlyText && qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("denselab"));
    QApplication::setOrganizationName(QStringLiteral("denselab"));
    QApplication::setApplicationDisplayName(QStringLiteral("DenseLab"));
    QApplication::setApplicationVersion(QStringLiteral(DENSELAB_VERSION));

    const denselab::AppOptions options = denselab::parseAppOptions(QApplication::arguments());
    if (!options.error.isEmpty()) {
        QTextStream(stderr) << options.error << '\n';
        return 2;
    }
    denselab::installLanguage(app, denselab::chooseLanguage(options.language));
    return denselab::runApp(app, options);
}
