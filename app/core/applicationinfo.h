#ifndef HELPLINES_CORE_APPLICATIONINFO_H
#define HELPLINES_CORE_APPLICATIONINFO_H

#include <QString>

namespace Helplines {

// The identity the window and helplines-cli share, so that they find the same data folder.
class ApplicationInfo
{
public:
    // Sets the application's name, organisation and version on QCoreApplication.
    static void apply();
    static QString version();
    // Reverse-DNS id of the desktop entry and AppStream metadata.
    static QString applicationId();
};

} // namespace Helplines

#endif // HELPLINES_CORE_APPLICATIONINFO_H
