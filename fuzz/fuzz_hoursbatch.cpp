// libFuzzer target: `helplines-cli hours --batch` (docs/opening-hours.md, "Fuzzing").
//
// Input: what the CLI reads on its standard input; each line (up to a "\n") goes through
// HoursBatch::answer(), the CLI's own code, with one HoursBatch for the whole input so that
// its caches are exercised as in a run. Every answer must be one JSON object on one line:
// an evaluation {"state", "comment", "next_change"}, a parse error {"error", "column"} or an
// input error {"error"}.

#include "cli/hoursbatch.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;
using namespace Helplines;

namespace {

[[noreturn]] void fail(const char *what, QByteArrayView line, const QByteArray &answer)
{
    std::fprintf(stderr, "fuzz_hoursbatch: %s\n  line: %.*s\n  answer: %s\n", what,
                 int(std::min<qsizetype>(line.size(), 2000)), line.data(), answer.constData());
    std::abort();
}

void checkAnswer(QByteArrayView line, const QByteArray &answer)
{
    if (answer.contains('\n') || answer.contains('\r'))
        fail("the answer is not one line", line, answer);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(answer, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        fail("the answer is not a JSON object", line, answer);
    const QJsonObject object = document.object();
    const QStringList keys = object.keys();
    if (keys == QStringList{u"comment"_s, u"next_change"_s, u"state"_s}) {
        const QString state = object.value(u"state"_s).toString();
        if (state != u"open"_s && state != u"closed"_s && state != u"unknown"_s)
            fail("unknown state", line, answer);
        const QJsonValue next = object.value(u"next_change"_s);
        if (!next.isNull() && !next.isString())
            fail("next_change is neither null nor a string", line, answer);
    } else if (keys == QStringList{u"column"_s, u"error"_s}) {
        if (object.value(u"column"_s).toInt() < 1)
            fail("a column before the first", line, answer);
    } else if (keys != QStringList{u"error"_s}) {
        fail("unexpected fields", line, answer);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    HoursBatch batch;
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    qsizetype start = 0;
    while (start < input.size()) {
        qsizetype end = input.indexOf('\n', start);
        if (end < 0)
            end = input.size();
        const QByteArrayView line = input.sliced(start, end - start);
        checkAnswer(line, batch.answer(line));
        start = end + 1;
    }
    return 0;
}
