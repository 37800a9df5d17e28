#ifndef HELPLINES_CORE_JSONREADER_H
#define HELPLINES_CORE_JSONREADER_H

#include "core/json/jsondocument.h"

#include <QByteArray>
#include <QString>

namespace Helplines {

// A strict RFC 8259 JSON reader that keeps where every value and key is written, for error
// messages that point at the place to fix. Unlike QJsonDocument it refuses duplicate keys,
// reports the line and column of every error, and bounds what a file may cost:
//
// - UTF-8 only; a UTF-8 byte order mark at the start is skipped (Windows editors write one;
//   RFC 8259 §8.1 allows ignoring it); UTF-16 and UTF-32 files are refused.
// - No comments, trailing commas, single quotes, NaN, Infinity, leading zeros, control
//   characters in strings or lone surrogates in \u escapes.
// - Numbers are read as doubles; one too large (1e400) or too small (1e-400) to be represented
//   is an error.
// - Limits (Limits below) on the size in bytes, the nesting depth, the length of a string and
//   the number of values: each is a clear error. The reader never recurses, runs in linear
//   time, and stops at the first error.
//
// Columns are counted in Unicode characters (code points), a tab counting as one; lines end
// with LF, CRLF or CR.
class JsonReader
{
public:
    struct Limits
    {
        // Larger files are refused before being read.
        qint64 maxBytes = 16 * 1024 * 1024;
        // Arrays and objects inside one another.
        int maxDepth = 64;
        // Characters (UTF-16 code units) of one decoded string or key.
        qsizetype maxStringLength = 64 * 1024;
        // Values in the whole document (an object's keys are not counted).
        qsizetype maxValues = 2'000'000;
    };

    JsonReader() = default;
    explicit JsonReader(const Limits &limits);

    const Limits &limits() const { return m_limits; }

    JsonDocument read(const QByteArray &bytes) const;
    // Reads a file; one larger than maxBytes is refused without reading it.
    JsonDocument readFile(const QString &path) const;

private:
    Limits m_limits;
};

} // namespace Helplines

#endif // HELPLINES_CORE_JSONREADER_H
