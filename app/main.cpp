// SPDX-License-Identifier: GPL-3.0-or-later
// `denselab`: the desktop app. Everything lives in denselab_app; this builds and shows it.
#include "appoptions.h"
#include "document/designdocument.h"
#include "i18n/languages.h"
#include "mainwindow/mainwindow.h"

#include <QApplication>
#include <QTextStream>
#include <QTimer>

int main(int argc, char *argv[])
{
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

    denselab::MainWindow window;
    bool loaded = true;
    if (!options.file.isEmpty())
        loaded = window.openFile(options.file);
    else if (!options.preset.isEmpty())
        loaded = window.openPreset(options.preset);
    else if (options.screenshot.isEmpty())
        window.offerRecovery();
    if (options.screenshot.isEmpty() && options.file.isEmpty() && options.preset.isEmpty()
        && !window.document()->isModified())
        window.openPreset(QStringLiteral("threshnet79"));   // first impression: a ThreshNet block
    window.show();

    if (!options.screenshot.isEmpty()) {
        if (!loaded) {
            QTextStream(stderr) << "denselab: " << window.lastError() << '\n';
            return 1;
        }
        // After the first paint and the queued chart replots.
        QTimer::singleShot(300, &app, [&] { app.exit(window.writeScreenshot(options.screenshot) ? 0 : 1); });
    }
    return app.exec();
}
