#ifndef HELPLINES_CLI_DIRECTORYSESSION_H
#define HELPLINES_CLI_DIRECTORYSESSION_H

#include "cli/commandline.h"
#include "models/servicefilterproxy.h"
#include "models/servicelistmodel.h"
#include "store/policysources.h"
#include "store/servicedirectory.h"

#include <memory>

namespace Helplines {

class Console;
class TimeSource;

// The directory as helplines-cli commands see it: loaded from the same sources, organisation's
// policy and database as the window, through the same list model and proxy, so that the order,
// the filters and the texts are the window's.
class DirectorySession
{
    Q_DISABLE_COPY_MOVE(DirectorySession)

public:
    // Loads the directory; problems that do not stop the command are printed as warnings.
    // Returns null (after printing why) when no directory could be read.
    // When a time source is given, the availability of every service is evaluated at its now.
    static std::unique_ptr<DirectorySession> open(const CommonOptions &common, Console &console,
                                                  const TimeSource *time = nullptr);

    ServiceDirectory &directory() { return m_directory; }
    const PolicySources::Result &policy() const { return m_policy; }
    ServiceListModel &model() { return m_model; }
    ServiceFilterProxy &proxy() { return m_proxy; }
    // The services in the window's order, after the proxy's filters.
    QList<int> sourceRowsInOrder() const;

private:
    DirectorySession(ServiceDirectory::Options options, PolicySources::Result policy);

    PolicySources::Result m_policy;
    ServiceDirectory m_directory;
    ServiceListModel m_model;
    ServiceFilterProxy m_proxy;
};

} // namespace Helplines

#endif // HELPLINES_CLI_DIRECTORYSESSION_H
