#include "storeerror.h"

#include <QCoreApplication>

namespace Helplines {

StoreError::StoreError(Kind kind, QString detail)
    : m_kind(kind)
    , m_detail(std::move(detail))
{}

QString StoreError::message() const
{
    switch (m_kind) {
    case None:
        return {};
    case CannotCreateFolder:
        return QCoreApplication::translate("StoreError",
                                           "The folder for Helplines' data could not be created.");
    case CannotOpen:
        return QCoreApplication::translate("StoreError",
                                           "Helplines' data file could not be opened.");
    case Corrupt:
        return QCoreApplication::translate("StoreError", "Helplines' data file is damaged.");
    case NewerSchema:
        return QCoreApplication::translate(
                "StoreError", "Helplines' data file was written by a newer version of Helplines.");
    case ReadOnly:
        return QCoreApplication::translate(
                "StoreError", "Helplines' data file cannot be written: it is read-only.");
    case DiskFull:
        return QCoreApplication::translate("StoreError",
                                           "Helplines' data could not be saved: the disk is full.");
    case Busy:
        return QCoreApplication::translate(
                "StoreError",
                "Helplines' data file is in use by another program; try again in a moment.");
    case QueryFailed:
        return QCoreApplication::translate("StoreError",
                                           "Helplines' data could not be read or saved.");
    }
    return {};
}

} // namespace Helplines
