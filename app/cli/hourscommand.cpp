#include "hourscommand.h"

#include "cli/console.h"
#include "cli/hoursbatch.h"
#include "cli/hoursjson.h"
#include "cli/hoursregion.h"
#include "cli/isodatetime.h"
#include "core/openinghours/openinghours.h"
#include "core/timeformat.h"
#include "core/translations.h"

#include <QLocale>
#include <QTimeZone>

#include <cerrno>
#include <cstdio>

#ifdef Q_OS_WIN
#include <fcntl.h>
#include <io.h>
#else
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace Helplines {

namespace {

const QString batchOption = u"batch"_s;
const QString atOption = u"at"_s;
const QString tzOption = u"tz"_s;
const QString regionOption = u"region"_s;
const QString latOption = u"lat"_s;
const QString lonOption = u"lon"_s;
const QString jsonOption = u"json"_s;

// Characters shown around the column of an error in a long rule.
constexpr int charactersBeforeColumn = 60;
constexpr int charactersAfterColumn = 30;

// Terminal cells taken by a character: 2 for East Asian wide and fullwidth characters (the
// main blocks of Unicode's EastAsianWidth W and F), 0 for combining marks and format
// characters, 1 otherwise.
int cellsOf(char32_t c)
{
    if ((c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0x303e) || (c >= 0x3041 && c <= 0x33ff)
        || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff)
        || (c >= 0xa000 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3)
        || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f)
        || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6)
        || (c >= 0x1f300 && c <= 0x1f64f) || (c >= 0x1f900 && c <= 0x1f9ff)
        || (c >= 0x20000 && c <= 0x3fffd))
        return 2;
    switch (QChar::category(c)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_Enclosing:
    case QChar::Other_Format:
        return 0;
    default:
        return 1;
    }
}

QString stateText(OpenState state)
{
    switch (state) {
    case OpenState::Open:
        return QCoreApplication::translate("HoursCommand", "open", "state of a line");
    case OpenState::Closed:
        return QCoreApplication::translate("HoursCommand", "closed", "state of a line");
    case OpenState::Unknown:
        break;
    }
    return QCoreApplication::translate("HoursCommand", "unknown", "state of a line");
}

// "Monday 12 January 2026 at 18:00" in the zone of the instant.
QString humanInstant(const QDateTime &instant, Language language)
{
    const QLocale locale(language == Language::French ? QLocale::French : QLocale::English);
    //: Format of a day for QLocale::toString (dddd weekday, d day, MMMM month, yyyy year)
    const QString day = locale.toString(
            instant.date(), QCoreApplication::translate("HoursCommand", "dddd d MMMM yyyy"));
    //: A day, then a time of day: "Monday 12 January 2026 at 18:00"
    return QCoreApplication::translate("HoursCommand", "%1 at %2")
            .arg(day, TimeFormat::time(instant.time(), language));
}

bool readCoordinate(const QCommandLineParser &parser, const QString &option, double limit,
                    double *value)
{
    bool ok = false;
    *value = QLocale::c().toDouble(parser.value(option).trimmed(), &ok);
    return ok && *value >= -limit && *value <= limit;
}

// Reads standard input in chunks, as they come: read() returns what is there, so that an
// answer can be written before more input arrives.
qint64 readInput(char *buffer, qint64 size)
{
    for (;;) {
#ifdef Q_OS_WIN
        const qint64 count = _read(0, buffer, unsigned(size));
#else
        const qint64 count = ::read(0, buffer, size_t(size));
#endif
        if (count >= 0 || errno != EINTR)
            return count;
    }
}

} // namespace

QString HoursCommand::summary() const
{
    return tr("Say what an opening_hours rule means at an instant, and in plain words.");
}

void HoursCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(
            u"rule"_s, tr("The opening_hours rule, in quotes: \"Mo-Fr 09:00-18:00\"."), tr("RULE"));
    parser.addOption({atOption,
                      tr("The instant, in ISO 8601: 2026-01-12T09:00:00+01:00, or without an "
                         "offset for a wall-clock time in the zone of --tz (a time skipped in "
                         "spring moves forward by the change, a repeated one is the first). "
                         "Default: now."),
                      tr("instant")});
    parser.addOption({tzOption,
                      tr("The IANA time zone of the rule, such as Europe/Paris or "
                         "Indian/Reunion. Default: the system's."),
                      tr("zone")});
    parser.addOption({regionOption,
                      tr("The public holidays: %1. Default: FR.").arg(HoursRegion::supportedList()),
                      tr("code")});
    parser.addOption({latOption,
                      tr("Latitude for sunrise and sunset, with --lon. Default: Paris, 48.8566."),
                      tr("degrees")});
    parser.addOption({lonOption,
                      tr("Longitude for sunrise and sunset, with --lat. Default: Paris, 2.3522."),
                      tr("degrees")});
    parser.addOption(
            {jsonOption,
             tr("Print one JSON object: state, comment, next_change (ISO 8601 with offset, or "
                "null) and description; or error and column (1-based) for a rule that does not "
                "parse.")});
    parser.addOption(
            {batchOption,
             tr("Read JSON Lines on the standard input, one object {\"rule\", \"tz\", "
                "\"country\": \"FR\", \"at\"} per line (optional \"region\": \"FR-57\"), and "
                "write one line per input line: {\"state\", \"comment\", \"next_change\"}, "
                "{\"error\", \"column\"} for a rule that does not parse, or {\"error\"} for a "
                "wrong line. Exit code 0 unless the input cannot be read.")});
}

QString HoursCommand::caretLines(const QString &rule, int column)
{
    const QList<uint> characters = rule.toUcs4();
    const qsizetype size = characters.size();
    const qsizetype index = std::clamp<qsizetype>(qsizetype(column) - 1, 0, size);
    const qsizetype first = std::max<qsizetype>(0, index - charactersBeforeColumn);
    const qsizetype last = std::min<qsizetype>(size, index + charactersAfterColumn);

    const QString ellipsis = u"…"_s;
    QString shown;
    QString caret;
    if (first > 0) {
        shown += ellipsis;
        caret += u' ';
    }
    for (qsizetype i = first; i < last; ++i) {
        char32_t c = characters.at(i);
        // Line breaks and other control characters would break the alignment.
        if (c != u'\t' && QChar::category(c) == QChar::Other_Control)
            c = 0xfffd;
        shown += QString::fromUcs4(&c, 1);
        if (i >= index)
            continue;
        if (c == u'\t')
            caret += u'\t';
        else
            caret += QString(cellsOf(c), u' ');
    }
    if (last < size)
        shown += ellipsis;
    caret += u'^';
    return u"  "_s + shown + u"\n  "_s + caret + u'\n';
}

void HoursCommand::printRuleError(const OpeningHours &hours, Console &console) const
{
    const OpeningHoursError error = HoursJson::errorInCharacters(hours);
    const int column = HoursJson::characterColumn(hours.rule(), hours.error().column);
    console.out() << tr("Error: %1").arg(error.message()) << u'\n'
                  << caretLines(hours.rule(), column);
    const QString hint = error.hint();
    if (!hint.isEmpty())
        console.out() << tr("Hint: %1").arg(hint) << u'\n';
}

int HoursCommand::run(const QCommandLineParser &parser, const CommonOptions &common,
                      Console &console)
{
    const QStringList rules = parser.positionalArguments().mid(1);
    if (parser.isSet(batchOption)) {
        for (const QString &option :
             {atOption, tzOption, regionOption, latOption, lonOption, jsonOption}) {
            if (!parser.isSet(option) && rules.isEmpty())
                continue;
            console.err() << tr("helplines-cli hours: --batch reads the rule, zone, country and "
                                "instant from each input line; give no rule and none of --at, "
                                "--tz, --region, --lat, --lon and --json.")
                          << u'\n';
            return ExitUsage;
        }
        return runBatch(console);
    }
    if (rules.size() != 1) {
        console.err() << (rules.isEmpty()
                                  ? tr("helplines-cli hours: give a rule, for example "
                                       "helplines-cli hours \"Mo-Fr 09:00-18:00; PH off\".")
                                  : tr("helplines-cli hours: give one rule, in quotes: “%1” "
                                       "is one too many.")
                                            .arg(rules.at(1)))
                      << u'\n';
        return ExitUsage;
    }

    QTimeZone zone = QTimeZone::systemTimeZone();
    if (parser.isSet(tzOption)) {
        zone = QTimeZone(parser.value(tzOption).toUtf8());
        if (!zone.isValid()) {
            console.err() << tr("helplines-cli hours: unknown time zone “%1”. Give an IANA "
                                "time zone such as Europe/Paris, America/Cayenne or "
                                "Indian/Reunion.")
                                     .arg(parser.value(tzOption))
                          << u'\n';
            return ExitUsage;
        }
    }
    if (!zone.isValid())
        zone = QTimeZone::utc();

    const QString region
            = parser.isSet(regionOption) ? parser.value(regionOption).toUpper() : u"FR"_s;
    if (!HoursRegion::isSupported(region)) {
        console.err() << tr("helplines-cli hours: unknown region “%1”. Known regions: %2.")
                                 .arg(parser.value(regionOption), HoursRegion::supportedList())
                      << u'\n';
        return ExitUsage;
    }
    EvaluationContext context = HoursRegion::context(region, zone);

    if (parser.isSet(latOption) != parser.isSet(lonOption)) {
        console.err() << tr("helplines-cli hours: give both --lat and --lon, or neither.") << u'\n';
        return ExitUsage;
    }
    if (parser.isSet(latOption)) {
        GeoPoint location;
        if (!readCoordinate(parser, latOption, 90.0, &location.latitude)
            || !readCoordinate(parser, lonOption, 180.0, &location.longitude)) {
            console.err() << tr("helplines-cli hours: --lat must be a number of degrees from -90 "
                                "to 90 and --lon from -180 to 180, with a dot: --lat 48.8566 "
                                "--lon 2.3522.")
                          << u'\n';
            return ExitUsage;
        }
        context.location = location;
    }

    QDateTime at;
    if (parser.isSet(atOption)) {
        const QString text = parser.value(atOption);
        const IsoDateTime parsed = IsoDateTime::parse(text);
        if (!parsed.isValid()) {
            console.err() << tr("helplines-cli hours: %1").arg(parsed.message(text)) << u'\n';
            return ExitUsage;
        }
        at = parsed.instant(zone);
    } else {
        // The one place where `hours` reads the clock.
        at = QDateTime::currentDateTimeUtc();
    }

    const OpeningHours hours(rules.first());
    if (parser.isSet(jsonOption)) {
        // The JSON is the same in every language (the engine's comments and messages in
        // English, holiday names in French, as the corpus); only the description follows
        // --lang.
        Translations::installInApplication(Language::English);
        if (!hours.isValid()) {
            console.out() << QString::fromUtf8(HoursJson::parseError(hours, true)) << u'\n';
            return ExitFailure;
        }
        console.out() << QString::fromUtf8(
                HoursJson::evaluation(hours.evaluate(at, context), hours.describe(common.language)))
                      << u'\n';
        return ExitSuccess;
    }

    if (!hours.isValid()) {
        printRuleError(hours, console);
        return ExitFailure;
    }

    const OpeningHoursEvaluation evaluation = hours.evaluate(at, context);
    const QDateTime localAt = at.toTimeZone(zone);
    //: The instant asked about: "Monday 12 January 2026 at 10:00 (2026-01-12T10:00:00+01:00,
    //: Europe/Paris)"
    console.out() << tr("At: %1 (%2, %3)")
                             .arg(humanInstant(localAt, common.language),
                                  IsoDateTime::format(localAt), QString::fromUtf8(zone.id()))
                  << u'\n';
    console.out() << tr("State: %1").arg(stateText(evaluation.state)) << u'\n';
    if (!evaluation.comment.isEmpty())
        console.out() << tr("Comment: “%1”").arg(evaluation.comment) << u'\n';
    if (evaluation.nextChange.isValid()) {
        const QDateTime next = evaluation.nextChange.toTimeZone(zone);
        //: "Monday 12 January 2026 at 18:00 (2026-01-12T18:00:00+01:00)"
        console.out() << tr("Next change: %1 (%2)")
                                 .arg(humanInstant(next, common.language),
                                      IsoDateTime::format(next))
                      << u'\n';
    } else {
        console.out() << tr("Next change: none within 366 days") << u'\n';
    }
    console.out() << tr("Description: %1").arg(hours.describe(common.language)) << u'\n';

    const QList<OpeningHoursError> warnings = hours.warnings();
    for (const OpeningHoursError &warning : warnings)
        console.out() << tr("Note: %1").arg(warning.message()) << u'\n';
    if (!warnings.isEmpty())
        console.out() << tr("Canonical form: %1").arg(hours.normalizedRule()) << u'\n';
    return ExitSuccess;
}

int HoursCommand::runBatch(Console &console)
{
    // Answers are language-independent (see --json).
    Translations::installInApplication(Language::English);
    console.out().flush();
#ifdef Q_OS_WIN
    _setmode(_fileno(stdin), _O_BINARY);
    _setmode(_fileno(stdout), _O_BINARY);
#endif

    HoursBatch batch;
    QByteArray output;
    QByteArray pending;    // the start of a line whose end has not been read yet
    bool overlong = false; // the line being read is too long: skipped up to its end
    bool firstLine = true;
    constexpr qint64 chunkSize = 64 * 1024;
    std::unique_ptr<char[]> chunk(new char[chunkSize]);

    const auto answer = [&](QByteArrayView line) {
        if (firstLine && line.startsWith("\xEF\xBB\xBF"))
            line = line.sliced(3);
        firstLine = false;
        output += overlong ? HoursBatch::lineTooLong() : batch.answer(line);
        output += '\n';
        overlong = false;
    };
    const auto writeOutput = [&]() {
        if (!output.isEmpty())
            std::fwrite(output.constData(), 1, size_t(output.size()), stdout);
        output.clear();
        std::fflush(stdout);
    };

    for (;;) {
        // Everything read so far is answered before waiting for more input.
        writeOutput();
        const qint64 count = readInput(chunk.get(), chunkSize);
        if (count < 0) {
            console.err() << tr("helplines-cli hours: the standard input could not be read.")
                          << u'\n';
            return ExitFailure;
        }
        if (count == 0)
            break;
        const QByteArrayView data(chunk.get(), count);
        qsizetype start = 0;
        for (;;) {
            const qsizetype end = data.indexOf('\n', start);
            if (end < 0)
                break;
            const QByteArrayView piece = data.sliced(start, end - start);
            if (pending.isEmpty()) {
                answer(piece);
            } else {
                pending += piece;
                answer(pending);
                pending.clear();
            }
            start = end + 1;
            if (output.size() >= chunkSize)
                writeOutput();
        }
        if (!overlong) {
            pending += data.sliced(start);
            if (pending.size() > HoursBatch::maximumLineLength + 1) {
                overlong = true;
                pending.clear();
                pending.squeeze();
            }
        }
    }
    if (!pending.isEmpty() || overlong)
        answer(pending);
    writeOutput();
    return ExitSuccess;
}

} // namespace Helplines
