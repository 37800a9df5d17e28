#include "directory.h"

namespace Helplines {

const Service *Directory::service(QStringView id) const
{
    for (const Service &candidate : services) {
        if (candidate.id == id)
            return &candidate;
    }
    return nullptr;
}

} // namespace Helplines
