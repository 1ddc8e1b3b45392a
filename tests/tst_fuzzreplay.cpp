// SPDX-License-Identifier: GPL-3.0-or-later
// Replays the fuzz corpus (#15): every committed input of every reader, and every input that
// ever crashed one, must end in the reader's documented error or in success. A crash here is a
// regression of a fixed finding.
#include "fuzztargets.h"

#include <QtTest>

#include <filesystem>
#include <fstream>
#include <iterator>

using namespace denselab::fuzz;

class TstFuzzReplay : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyInputEndsCleanly_data();
    void everyInputEndsCleanly();
};

void TstFuzzReplay::everyInputEndsCleanly_data()
{
    QTest::addColumn<QString>("target");
    for (const FuzzTarget &t : fuzzTargets())
        QTest::newRow(t.name) << QString::fromLatin1(t.name);
}

void TstFuzzReplay::everyInputEndsCleanly()
{
    QFETCH(QString, target);
    const FuzzTarget *fuzzTarget = findFuzzTarget(target.toStdString());
    QVERIFY(fuzzTarget);
    int corpus = 0;
    for (const char *kind : {"corpus", "crashes"}) {
        const std::filesystem::path dir = std::filesystem::path(DENSELAB_FUZZ_DIR) / kind / target.toStdString();
        if (!std::filesystem::is_directory(dir))
            continue;
        for (const auto &entry : std::filesystem::directory_iterator(dir)) {
            std::ifstream in(entry.path(), std::ios::binary);
            const std::vector<char> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
            try {
                fuzzTarget->run(reinterpret_cast<const std::uint8_t *>(bytes.data()), bytes.size());
            } catch (const std::exception &e) {
                QFAIL(qPrintable(QStringLiteral("%1: %2").arg(QString::fromStdString(entry.path().string()),
                                                             QString::fromUtf8(e.what()))));
            }
            corpus += std::string(kind) == "corpus" ? 1 : 0;
        }
    }
    QVERIFY2(corpus > 0, "every target has a committed seed corpus");
}

QTEST_APPLESS_MAIN(TstFuzzReplay)
#include "tst_fuzzreplay.moc"
