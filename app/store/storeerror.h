#ifndef HELPLINES_STORE_STOREERROR_H
#define HELPLINES_STORE_STOREERROR_H

#include <QString>

namespace Helplines {

// What went wrong with the database, as a value. message() is translated when called and says
// what happened in plain words; detail() is the technical cause, for the log of an IT person.
class StoreError
{
public:
    enum Kind {
        None,
        CannotCreateFolder,
        CannotOpen,
        Corrupt,
        NewerSchema,
        ReadOnly,
        DiskFull,
        Busy,
        QueryFailed,
    };

    StoreError() = default;
    StoreError(Kind kind, QString detail);

    Kind kind() const { return m_kind; }
    bool isError() const { return m_kind != None; }
    explicit operator bool() const { return isError(); }
    QString detail() const { return m_detail; }
    QString message() const;

private:
    Kind m_kind = None;
    QString m_detail;
};

} // namespace Helplines

#endif // HELPLINES_STORE_STOREERROR_H
