#ifndef HELPLINES_STORE_DATALOCATION_H
#define HELPLINES_STORE_DATALOCATION_H

#include <QString>

namespace Helplines {

// Where the user's data lives. The command line's --data-dir wins over the environment
// variable HELPLINES_DATA_DIR, which wins over the platform's application data location
// (~/.local/share/helplines on Linux, %APPDATA%\helplines on Windows,
// ~/Library/Application Support/helplines on macOS).
class DataLocation
{
public:
    static QString resolve(const QString &commandLineDirectory);
    static QString databaseFile(const QString &dataDirectory);
    static const char *environmentVariable() { return "HELPLINES_DATA_DIR"; }
};

} // namespace Helplines

#endif // HELPLINES_STORE_DATALOCATION_H
