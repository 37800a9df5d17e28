#ifndef HELPLINES_CORE_DIRECTORYREADER_H
#define HELPLINES_CORE_DIRECTORYREADER_H

#include "core/directory/diagnostic.h"
#include "core/directory/directory.h"
#include "core/json/jsonreader.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

namespace Helplines {

// Reads a directory file (docs/directory-format.md) into a Directory and checks everything
// the format says, reporting each problem as a Diagnostic with its place in the file and a
// fix hint. Unknown fields, missing translations and doubtful values (premium-rate numbers,
// http addresses, ...) are warnings; a service or emergency number with an error is left out
// of the result, the rest of the file is still read. Nothing here reads a clock: "today" is an
// option.
//
// Absent optional fields get the format's defaults: "timezone" Europe/Paris, "holidays" FR,
// "cost" unknown, "status" active.
class DirectoryReader
{
public:
    struct Options
    {
        // Dates after it ("verified", "updated") are errors; not checked when null.
        QDate today;
        JsonReader::Limits limits;
        // Reads a user's own entry (DESIGN §3), not a directory file: the user is the source,
        // so "source" and "verified" may be absent without a word, and the scope "personal",
        // which directory files may not use, is allowed.
        bool userEntry = false;
        // Reads an organisation's provisioning file (DESIGN §3) laid over `base`, the services
        // of the directory it changes (the bundled one): a record whose id is one of theirs
        // changes only the fields it has, so that it may be partial (docs/directory-format.md,
        // "Provisioning files"), and "hide" is checked against their ids. Null for any other
        // file. The list must outlive the reader's calls.
        const QList<Service> *base = nullptr;
    };

    struct Result
    {
        Directory directory;
        QList<Diagnostic> diagnostics;
        // True when the file was read as a directory document, even with errors in some of
        // its records; false when it could not be read, is not JSON, or is in another format.
        bool documentRead = false;
        // Services and emergency numbers left out because of errors.
        int rejectedServices = 0;
        int rejectedEmergencyNumbers = 0;
        // Provisioning (Options::base): the ids of the base's services that the file's records
        // change. Their records in `directory.services` are complete: the base's record with
        // the file's fields laid over it.
        QStringList changedIds;

        bool hasErrors() const;
        qsizetype errorCount() const;
        qsizetype warningCount() const;
    };

    DirectoryReader() = default;
    explicit DirectoryReader(Options options);

    const Options &options() const { return m_options; }

    Result readFile(const QString &path) const;
    // The file's bytes; fileName is what diagnostics name.
    Result read(const QByteArray &bytes, const QString &fileName) const;
    // One service object alone, as DirectoryWriter::writeService() writes it; the result's
    // directory holds it when it is valid.
    Result readService(const QByteArray &bytes, const QString &fileName) const;

private:
    Options m_options;
};

} // namespace Helplines

#endif // HELPLINES_CORE_DIRECTORYREADER_H
