#ifndef HELPLINES_CLI_ISODATETIME_H
#define HELPLINES_CLI_ISODATETIME_H

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringView>
#include <QTime>
#include <QTimeZone>

namespace Helplines {

// An instant written in ISO 8601 as helplines-cli reads and writes it (`hours --at`, the
// `at` and `next_change` fields of `hours --batch`).
//
// Read: "YYYY-MM-DDThh:mm[:ss[.fff]]" followed by "Z" or an offset "+hh:mm", "+hhmm", "+hh"
// (also "-"), or by nothing for a wall-clock time of a zone given elsewhere. "t" and a space
// may stand for "T", "z" for "Z", "," for the decimal point. Years 0001 to 9999; hour 24 and
// leap seconds are refused. Fractions of a second are kept to the millisecond.
//
// Written: "YYYY-MM-DDThh:mm:ss+hh:mm" with the offset in force at the instant ("+00:00" for
// UTC, never "Z"), as the reference corpus writes it; milliseconds only when there are some,
// and the seconds of an offset only when it has some (local mean times before 1900).
class IsoDateTime
{
    Q_DECLARE_TR_FUNCTIONS(IsoDateTime)

public:
    enum Error {
        NoError,
        // Not of the form above.
        Malformed,
        // Of the form above, but the day does not exist ("2026-02-30").
        InvalidDate,
        // Of the form above, but the time does not exist ("25:00", "10:61", "23:59:60").
        InvalidTime,
        // Of the form above, but the offset is out of range ("+24:00", "+01:60").
        InvalidOffset,
    };

    static IsoDateTime parse(QStringView text);

    Error error() const { return m_error; }
    bool isValid() const { return m_error == NoError; }
    // Whether the text gave "Z" or an offset; otherwise it is a wall-clock time.
    bool hasOffset() const { return m_hasOffset; }
    QDate date() const { return m_date; }
    QTime time() const { return m_time; }
    int offsetSeconds() const { return m_offsetSeconds; }

    // The instant denoted: with the text's offset when it has one, otherwise the wall-clock
    // time in `zone`, read as the opening-hours engine reads rules: a time that happens twice
    // (autumn) is its first occurrence; a time that does not happen (spring gap) is read with
    // the offset in force before the gap, which moves it forward by the gap (02:30 on the
    // spring day of Europe/Paris is 03:30+02:00). The result is in UTC. Invalid if !isValid().
    QDateTime instant(const QTimeZone &zone) const;

    // Why the text was refused, translated; names the text.
    QString message(QStringView text) const;

    // The instant in ISO 8601 with the offset of its own zone in force at that instant.
    static QString format(const QDateTime &instant);

private:
    Error m_error = Malformed;
    bool m_hasOffset = false;
    QDate m_date;
    QTime m_time;
    int m_offsetSeconds = 0;
};

} // namespace Helplines

#endif // HELPLINES_CLI_ISODATETIME_H
