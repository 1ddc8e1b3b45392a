// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop app's command line, run as the real executable offscreen: --screenshot writes a
// picture, bad input exits 2 with a message, --version, and --time-to-window (#14).
#include <QtTest>

#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

namespace {

// The app started by `app` draws offscreen: no display needed.
void runOffscreen(QProcess &app)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    app.setProcessEnvironment(env);
}

} // namespace

class TstAppCommandLine : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void screenshotFlagWritesAnImage();
    void unknownPresetExitsWithAMessage();
    void timeToWindowNeedsNoLibTorch();

private:
    QTemporaryDir m_home;
};

void TstAppCommandLine::initTestCase()
{
    // The app's settings, recent files and recovery go to a throwaway home, never the user's.
    qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
}

void TstAppCommandLine::screenshotFlagWritesAnImage()
{
    const QString png = m_home.filePath(QStringLiteral("shot.png"));
    QProcess app;
    runOffscreen(app);
    app.start(QStringLiteral(DENSELAB_APP), {QStringLiteral("--preset"), QStringLiteral("threshnet79"),
                                             QStringLiteral("--lang"), QStringLiteral("de"),
                                             QStringLiteral("--screenshot"), png});
    QVERIFY(app.waitForFinished(60000));
    QCOMPARE(app.exitCode(), 0);
    const QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() >= 800 && image.height() >= 500);
    // Not a blank frame: many distinct colours (matrix, arcs, text).
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    }
    QVERIFY2(colours.size() > 50, qPrintable(QString::number(colours.size())));
}

void TstAppCommandLine::unknownPresetExitsWithAMessage()
{
    QProcess app;
    runOffscreen(app);
    app.start(QStringLiteral(DENSELAB_APP), {QStringLiteral("--preset"), QStringLiteral("densenet999")});
    QVERIFY(app.waitForFinished(30000));
    QCOMPARE(app.exitCode(), 2);
    QVERIFY(app.readAllStandardError().contains("unknown preset \"densenet999\""));

    // #12: an unknown option is named with the closest valid one, exit status 2; --version.
    app.start(QStringLiteral(DENSELAB_APP), {QStringLiteral("--prest"), QStringLiteral("vgg16")});
    QVERIFY(app.waitForFinished(30000));
    QCOMPARE(app.exitCode(), 2);
    const QByteArray error = app.readAllStandardError();
    QVERIFY2(error.contains("Unknown option 'prest'") && error.contains("(did you mean --preset?)"), error.constData());
    app.start(QStringLiteral(DENSELAB_APP), {QStringLiteral("--version")});
    QVERIFY(app.waitForFinished(30000));
    QCOMPARE(app.exitCode(), 0);
    QCOMPARE(app.readAllStandardOutput().trimmed(), QByteArray("denselab " DENSELAB_VERSION_FOR_TESTS));
}

// #14: the app's time to its window (scripts/bench-startup), which no longer waits for
// LibTorch: the executable does not need it (tst_trainingui: nor is it mapped by then).
void TstAppCommandLine::timeToWindowNeedsNoLibTorch()
{
    QProcess app;
    runOffscreen(app);
    app.start(QStringLiteral(DENSELAB_APP), {QStringLiteral("--time-to-window"), QStringLiteral("--preset"),
                                             QStringLiteral("densenet121")});
    QVERIFY(app.waitForFinished(60000));
    QCOMPARE(app.exitCode(), 0);
    const QString shown = QString::fromUtf8(app.readAllStandardOutput());
    const QRegularExpression figures(QStringLiteral("^window shown (\\d+) ms after the process started, peak memory (\\d+) MiB\n$"));
    const QRegularExpressionMatch match = figures.match(shown);
    QVERIFY2(match.hasMatch(), qPrintable(shown));
    QVERIFY(match.captured(1).toInt() > 0 && match.captured(2).toInt() > 0);
    QProcess readelf;
    readelf.start(QStringLiteral("readelf"), {QStringLiteral("-d"), QStringLiteral(DENSELAB_APP)});
    if (readelf.waitForFinished(30000) && readelf.exitCode() == 0) {
        const QByteArray dynamic = readelf.readAllStandardOutput();
        QVERIFY(dynamic.contains("libQt6Widgets"));   // the check reads what it should
        QVERIFY2(!dynamic.contains("libtorch") && !dynamic.contains("libc10"), "denselab links LibTorch again");
    } else {
        qWarning("readelf (binutils) did not run: the executable's libraries are not checked");
    }
}

QTEST_MAIN(TstAppCommandLine)
#include "tst_appcommandline.moc"
