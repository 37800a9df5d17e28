#include "phonenumbercache.h"

#include <QDataStream>
#include <QHash>
#include <QIODevice>
#include <QMutex>
#include <QMutexLocker>

#include <atomic>
#include <cstring>

// libphonenumber's metadata as compiled into the library (metadata.h and short_metadata.h in
// its sources, not installed by Debian's package, exported by the library): serialized
// protocol buffers, read here only to be hashed.
namespace i18n::phonenumbers {
int metadata_size();
const void *metadata_get();
int short_metadata_size();
const void *short_metadata_get();
} // namespace i18n::phonenumbers

namespace Helplines {

namespace {

// Raised whenever the fields of PhoneNumber or the layout of saved() change.
constexpr qint32 formatVersion = 1;
constexpr char magic[] = "helplines-phone-numbers";
constexpr int entryLimit = 4096;

struct Memo
{
    QMutex mutex;
    QHash<PhoneNumberCache::Key, PhoneNumber> entries;
};

Memo &memo()
{
    static Memo instance;
    return instance;
}

std::atomic<int> missCount{0};

// FNV-1a over 64-bit words: the same in every run (qHash() is seeded per process), and a
// quarter of a megabyte in a fraction of a millisecond at every start. It tells versions of
// the metadata apart; nobody chooses them to collide.
quint64 hashOf(QByteArrayView bytes)
{
    constexpr quint64 prime = 0x100000001b3;
    quint64 hash = 0xcbf29ce484222325;
    qsizetype at = 0;
    for (; at + qsizetype(sizeof(quint64)) <= bytes.size(); at += sizeof(quint64)) {
        quint64 word = 0;
        std::memcpy(&word, bytes.data() + at, sizeof word);
        hash = (hash ^ word) * prime;
    }
    for (; at < bytes.size(); ++at)
        hash = (hash ^ quint8(bytes.at(at))) * prime;
    return hash;
}

bool inRange(qint32 value, qint32 first, qint32 last)
{
    return value >= first && value <= last;
}

} // namespace

std::optional<PhoneNumberCache::Key> PhoneNumberCache::keyOf(const Contact &contact,
                                                             const Service &service)
{
    if (contact.kind != ContactKind::Phone && contact.kind != ContactKind::Sms)
        return std::nullopt;
    return Key{contact.value, PhoneNumber::regionForHolidays(service.holidays)};
}

PhoneNumber PhoneNumberCache::parse(const QString &text, QStringView region)
{
    Key key{text, region.toString()};
    {
        const QMutexLocker lock(&memo().mutex);
        if (const auto found = memo().entries.constFind(key); found != memo().entries.cend())
            return *found;
    }
    PhoneNumber number = PhoneNumber::parse(text, region);
    ++missCount;
    const QMutexLocker lock(&memo().mutex);
    if (memo().entries.size() < entryLimit)
        memo().entries.insert(std::move(key), number);
    return number;
}

QByteArray PhoneNumberCache::fingerprint()
{
    static const QByteArray value = [] {
        namespace lib = i18n::phonenumbers;
        const QByteArrayView metadata(static_cast<const char *>(lib::metadata_get()),
                                      lib::metadata_size());
        const QByteArrayView shortMetadata(static_cast<const char *>(lib::short_metadata_get()),
                                           lib::short_metadata_size());
        QByteArray fingerprint(magic);
        for (const qsizetype number :
             {qsizetype(formatVersion), metadata.size(), shortMetadata.size()})
            fingerprint += ' ' + QByteArray::number(number);
        for (const QByteArrayView bytes : {metadata, shortMetadata})
            fingerprint += ' ' + QByteArray::number(hashOf(bytes), 16);
        return fingerprint;
    }();
    return value;
}

QByteArray PhoneNumberCache::saved(const QList<Key> &keys)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << QByteArray(magic) << formatVersion << fingerprint();

    QList<std::pair<Key, PhoneNumber>> kept;
    {
        const QMutexLocker lock(&memo().mutex);
        for (const Key &key : keys) {
            if (const auto found = memo().entries.constFind(key); found != memo().entries.cend())
                kept.append({key, *found});
        }
    }
    out << qint32(kept.size());
    for (const auto &[key, number] : kept) {
        out << key.first << key.second << number.m_text << number.m_regionCode << number.m_dialable
            << number.m_international << number.m_display << qint32(number.m_error.kind)
            << qint32(number.m_error.column) << number.m_error.text << number.m_error.detail
            << qint32(number.m_type) << number.m_tollFree << number.m_premiumRate;
    }
    return bytes;
}

bool PhoneNumberCache::restore(const QByteArray &saved)
{
    QDataStream in(saved);
    in.setVersion(QDataStream::Qt_6_4);
    QByteArray readMagic;
    qint32 version = 0;
    QByteArray readFingerprint;
    qint32 count = 0;
    in >> readMagic >> version >> readFingerprint >> count;
    if (in.status() != QDataStream::Ok || readMagic != magic || version != formatVersion
        || readFingerprint != fingerprint() || !inRange(count, 0, entryLimit))
        return false;

    QList<std::pair<Key, PhoneNumber>> read;
    read.reserve(count);
    for (qint32 i = 0; i < count; ++i) {
        Key key;
        PhoneNumber number;
        qint32 errorKind = 0;
        qint32 column = 0;
        qint32 type = 0;
        in >> key.first >> key.second >> number.m_text >> number.m_regionCode >> number.m_dialable
                >> number.m_international >> number.m_display >> errorKind >> column
                >> number.m_error.text >> number.m_error.detail >> type >> number.m_tollFree
                >> number.m_premiumRate;
        if (in.status() != QDataStream::Ok
            || !inRange(errorKind, PhoneNumberError::None, PhoneNumberError::UnsupportedRegion)
            || !inRange(type, qint32(PhoneNumber::Type::Unknown),
                        qint32(PhoneNumber::Type::EmergencyNumber))
            || column < 0 || number.m_text != key.first)
            return false;
        number.m_error.kind = PhoneNumberError::Kind(errorKind);
        number.m_error.column = column;
        number.m_type = PhoneNumber::Type(type);
        read.append({std::move(key), std::move(number)});
    }
    if (!in.atEnd())
        return false;

    const QMutexLocker lock(&memo().mutex);
    for (auto &[key, number] : read) {
        if (memo().entries.size() >= entryLimit)
            break;
        memo().entries.insert(std::move(key), std::move(number));
    }
    return true;
}

bool PhoneNumberCache::contains(const QList<Key> &keys)
{
    const QMutexLocker lock(&memo().mutex);
    for (const Key &key : keys) {
        if (!memo().entries.contains(key))
            return false;
    }
    return true;
}

void PhoneNumberCache::clear()
{
    const QMutexLocker lock(&memo().mutex);
    memo().entries.clear();
}

int PhoneNumberCache::size()
{
    const QMutexLocker lock(&memo().mutex);
    return int(memo().entries.size());
}

int PhoneNumberCache::maximumEntries()
{
    return entryLimit;
}

int PhoneNumberCache::misses()
{
    return missCount.load();
}

} // namespace Helplines
