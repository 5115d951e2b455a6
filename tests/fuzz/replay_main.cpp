// fuzz_replay DIR...: runs every file in the directories through the fuzz target
// (fuzztarget.cpp) once, as a test of the normal build: the seed corpus and each input a
// fuzzing run found. A failed check stops the program (qFatal), which fails the test.
#include <QDir>
#include <QFile>
#include <QTextStream>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int main(int argc, char **argv)
{
    QTextStream out(stdout);
    int inputs = 0;
    for (int i = 1; i < argc; ++i) {
        const QDir dir(QString::fromLocal8Bit(argv[i]));
        if (!dir.exists()) {
            out << "fuzz_replay: no directory " << dir.path() << '\n';
            return 1;
        }
        for (const QFileInfo &info : dir.entryInfoList(QDir::Files, QDir::Name)) {
            QFile file(info.filePath());
            if (!file.open(QIODevice::ReadOnly)) {
                out << "fuzz_replay: cannot read " << info.filePath() << '\n';
                return 1;
            }
            const QByteArray input = file.readAll();
            LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(input.constData()), size_t(input.size()));
            ++inputs;
        }
    }
    out << "fuzz_replay: " << inputs << " inputs, no failed check\n";
    return inputs > 0 ? 0 : 1;
}
