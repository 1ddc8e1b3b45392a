// SPDX-License-Identifier: GPL-3.0-or-later
#include "appoptions.h"

#include "i18n/languages.h"
#include "presets/presets.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace denselab {

AppOptions parseAppOptions(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("denselab::AppOptions",
                                                                 "Design, cost, train and compare densely connected CNNs."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"), QCoreApplication::translate("denselab::AppOptions", "Design file to open."),
                                 QStringLiteral("[FILE]"));
    const QCommandLineOption preset(QStringLiteral("preset"), QCoreApplication::translate("denselab::AppOptions", "Open a built-in preset."),
                                    QStringLiteral("NAME"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QCoreApplication::translate("denselab::AppOptions", "User interface language (en, de, zh_TW)."),
                                  QStringLiteral("CODE"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("denselab::AppOptions", "Render the main window to PNG once the design is loaded, then exit."),
        QStringLiteral("PNG"));
    parser.addOptions({preset, lang, screenshot});
    parser.process(arguments);   // --help / --version print and exit here

    AppOptions options;
    const QStringList files = parser.positionalArguments();
    options.file = files.value(0);
    options.preset = parser.value(preset);
    options.language = parser.value(lang);
    options.screenshot = parser.value(screenshot);
    if (files.size() > 1)
        options.error = QStringLiteral("denselab: one design file at most (got %1)").arg(files.size());
    else if (!options.file.isEmpty() && !options.preset.isEmpty())
        options.error = QStringLiteral("denselab: give a FILE or --preset, not both");
    else if (!options.preset.isEmpty() && presetText(options.preset.toStdString()).empty())
        options.error = QStringLiteral("denselab: unknown preset \"%1\" (see denselab-cli presets)").arg(options.preset);
    else if (!options.language.isEmpty() && !availableLanguages().contains(options.language))
        options.error = QStringLiteral("denselab: unknown language \"%1\" (available: %2)")
                            .arg(options.language, availableLanguages().join(QStringLiteral(", ")));
    return options;
}

} // namespace denselab
