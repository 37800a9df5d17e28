#ifndef HELPLINES_CORE_DIRECTORYWRITER_H
#define HELPLINES_CORE_DIRECTORYWRITER_H

#include "core/directory/directory.h"
#include "core/service.h"

#include <QByteArray>

namespace Helplines {

// Writes directories and services in the format of docs/directory-format.md, in a canonical
// form: UTF-8 without a byte order mark, 4-space indentation, LF line ends, keys in the order
// of the format's tables, absent and empty fields left out, a final line break. A text
// ({"fr", "en"}) and a list of strings stay on one line when it fits in 100 characters.
// Writing then reading with DirectoryReader gives back equal records.
class DirectoryWriter
{
public:
    static QByteArray write(const Directory &directory);
    // One service object alone, read back with DirectoryReader::readService().
    static QByteArray writeService(const Service &service);
};

} // namespace Helplines

#endif // HELPLINES_CORE_DIRECTORYWRITER_H
