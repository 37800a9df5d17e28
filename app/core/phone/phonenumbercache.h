#ifndef HELPLINES_CORE_PHONENUMBERCACHE_H
#define HELPLINES_CORE_PHONENUMBERCACHE_H

#include "core/phone/phonenumber.h"
#include "core/service.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace Helplines {

// A memo of PhoneNumber::parse() for the numbers the window shows, which can be saved and
// restored between runs. libphonenumber's first use builds the metadata of every region and
// compiles its regular expressions: about 5 ms and 4 MiB before the first card can be drawn
// (docs/performance.md). A start that finds last run's numbers here does not use it at all.
//
// Saved entries hold for the libphonenumber metadata they were computed with: saved() records
// a fingerprint of that metadata and restore() refuses entries made with other metadata (the
// library was upgraded) or in another format, so that a number is never shown or dialled
// in a form that the library in use would not give.
//
// Only what the callers pass through parse() is kept (the directory's numbers, never what is
// typed in a form), at most maximumEntries() of them. Safe to use from several threads.
class PhoneNumberCache
{
public:
    // (text as published, region it is read in), as for PhoneNumber::parse().
    using Key = std::pair<QString, QString>;

    // The key a contact of a service is read with: its text, in the region of the service's
    // public holidays (PhoneNumber::regionForHolidays()); nothing for a contact that is not a
    // number (chat, e-mail, ...).
    static std::optional<Key> keyOf(const Contact &contact, const Service &service);

    // PhoneNumber::parse(text, region), from the memo when it is there.
    static PhoneNumber parse(const QString &text, QStringView region = u"FR");

    // Adds the entries of a saved() memo made with the same metadata and format; returns
    // false, adding nothing, for anything else (empty, damaged, older format, other metadata).
    static bool restore(const QByteArray &saved);
    // The entries whose keys are in `keys` (in that order), with the metadata fingerprint,
    // for restore(); entries not in the memo are left out.
    static QByteArray saved(const QList<Key> &keys);
    // Whether every key has an entry.
    static bool contains(const QList<Key> &keys);

    // Forgets every entry.
    static void clear();
    static int size();
    static int maximumEntries();
    // Numbers parsed with libphonenumber through parse() since the process started: what the
    // tests check to know that a start used the memo only.
    static int misses();

    // Identifies the libphonenumber metadata linked in (a hash of its serialized form, read
    // without parsing it), and the format of saved().
    static QByteArray fingerprint();
};

} // namespace Helplines

#endif // HELPLINES_CORE_PHONENUMBERCACHE_H
