// libFuzzer target: directory files and policies (docs/reliability.md, "Fuzzing").
//
// Input: the bytes of a file, read four ways: as a directory file, as an organisation's
// provisioning file laid over the bundled directory (resources/directory/fr.json), as one
// service object (a user's own entry) and as a policies.json file.
//
// Besides crashes, leaks, undefined behaviour and timeouts, it checks what the readers promise
// (directoryreader.h, policyreader.h, diagnostic.h):
// - every diagnostic has a message, a code name, a position inside the file and the file's
//   name; a file that could not be read as a document has an error;
// - every service kept has a unique identifier and contacts that validate: its numbers' Call
//   and Send SMS actions open only tel: and sms: URLs of validated digits;
// - what was read is written back (DirectoryWriter) and read again into equal records without
//   an error ("writing then reading gives back equal records").

#include "core/directory/directoryreader.h"
#include "core/directory/directorywriter.h"
#include "core/phone/phonenumber.h"
#include "core/policy/policyreader.h"
#include "models/contactpresentation.h"

#include <QByteArray>
#include <QDate>
#include <QFile>
#include <QSet>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;
using namespace Helplines;

namespace {

const QString fileName = u"fuzz.json"_s;
const QDate today(2026, 11, 23);

[[noreturn]] void fail(const char *what, const QString &detail)
{
    std::fprintf(stderr, "fuzz_directory: %s\n  %s\n", what, qPrintable(detail.left(4000)));
    std::abort();
}

void check(bool condition, const char *what, const QString &detail = {})
{
    if (!condition)
        fail(what, detail);
}

// The services of the bundled directory, the base of provisioning files.
const QList<Service> &bundledServices()
{
    static const QList<Service> services = [] {
        QFile file(QStringLiteral(HELPLINES_BUNDLED_DIRECTORY));
        if (!file.open(QIODevice::ReadOnly))
            fail("cannot read the bundled directory", file.fileName());
        DirectoryReader::Options options;
        options.today = today;
        const DirectoryReader::Result result
                = DirectoryReader(options).read(file.readAll(), file.fileName());
        if (result.hasErrors() || result.directory.services.isEmpty())
            fail("the bundled directory has errors", file.fileName());
        return result.directory.services;
    }();
    return services;
}

int lineCount(const QByteArray &bytes)
{
    // LF, CRLF or CR end a line (jsonreader.h).
    int lines = 1;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (bytes.at(i) == '\n'
            || (bytes.at(i) == '\r' && (i + 1 == bytes.size() || bytes.at(i + 1) != '\n')))
            ++lines;
    }
    return lines;
}

void checkDiagnostics(const QList<Diagnostic> &diagnostics, const QByteArray &bytes,
                      bool documentRead)
{
    const int lines = lineCount(bytes);
    bool error = false;
    for (const Diagnostic &diagnostic : diagnostics) {
        const QString text = diagnostic.toString();
        check(!diagnostic.message().isEmpty() && !diagnostic.codeName().isEmpty(),
              "a diagnostic without a message", text);
        check(diagnostic.file == fileName && text.startsWith(fileName + u':'),
              "a diagnostic that does not name the file", text);
        check(diagnostic.line >= 0 && diagnostic.line <= lines && diagnostic.column >= 0
                      && (diagnostic.line > 0 || diagnostic.column == 0),
              "a diagnostic outside the file", text);
        check(diagnostic.relatedLine >= 0 && diagnostic.relatedLine <= lines,
              "a related line outside the file", text);
        check(diagnostic.code != Diagnostic::Code::Json || diagnostic.jsonError(),
              "a JSON diagnostic without its JSON error", text);
        error = error || diagnostic.isError();
    }
    check(documentRead || error, "a document not read without an error");
}

void checkServices(const QList<Service> &services)
{
    QSet<QString> ids;
    for (const Service &service : services) {
        check(!service.id.isEmpty() && !ids.contains(service.id), "an empty or repeated id",
              service.id);
        ids.insert(service.id);
        for (const Contact &contact : service.contacts) {
            const ContactPresentation presentation = ContactPresentation::of(contact, service);
            if (!contact.isNumber())
                continue;
            const PhoneNumber number = PhoneNumber::parse(
                    contact.value, PhoneNumber::regionForHolidays(service.holidays));
            check(number.isValid() && presentation.valid, "a number kept that does not validate",
                  contact.value);
            check(presentation.actionUrl
                          == (contact.kind == ContactKind::Sms ? number.smsUrl() : number.telUrl()),
                  "an action URL that is not the validated number's",
                  presentation.actionUrl.toString());
        }
    }
}

void checkRewrite(const DirectoryReader::Result &result)
{
    if (!result.documentRead)
        return;
    DirectoryReader::Options options;
    options.today = today;
    const DirectoryReader reader(options);
    for (const Service &service : result.directory.services) {
        const QByteArray written = DirectoryWriter::writeService(service);
        const DirectoryReader::Result again = reader.readService(written, fileName);
        check(!again.hasErrors() && again.directory.services.size() == 1,
              "a service kept does not read again without errors",
              QString::fromUtf8(written)
                      + (again.diagnostics.isEmpty() ? QString()
                                                     : again.diagnostics.first().toString()));
        check(again.directory.services.first() == service,
              "a service written and read again is not the same", QString::fromUtf8(written));
    }
    if (result.hasErrors())
        return;
    const QByteArray written = DirectoryWriter::write(result.directory);
    const DirectoryReader::Result again = reader.read(written, fileName);
    check(!again.hasErrors(), "a directory without errors does not read again without errors",
          QString::fromUtf8(written)
                  + (again.diagnostics.isEmpty() ? QString()
                                                 : again.diagnostics.first().toString()));
    check(again.directory.services == result.directory.services
                  && again.directory.emergencyNumbers == result.directory.emergencyNumbers
                  && again.directory.hiddenIds == result.directory.hiddenIds
                  && again.directory.publisher == result.directory.publisher
                  && again.directory.updated == result.directory.updated,
          "a directory written and read again is not the same", QString::fromUtf8(written));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    (void)bundledServices();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));

    DirectoryReader::Options options;
    options.today = today;
    const DirectoryReader::Result plain = DirectoryReader(options).read(bytes, fileName);
    checkDiagnostics(plain.diagnostics, bytes, plain.documentRead);
    checkServices(plain.directory.services);
    checkRewrite(plain);

    DirectoryReader::Options provisioning = options;
    provisioning.base = &bundledServices();
    const DirectoryReader::Result laid = DirectoryReader(provisioning).read(bytes, fileName);
    checkDiagnostics(laid.diagnostics, bytes, laid.documentRead);
    checkServices(laid.directory.services);

    DirectoryReader::Options entry = options;
    entry.userEntry = true;
    const DirectoryReader::Result own = DirectoryReader(entry).readService(bytes, fileName);
    checkDiagnostics(own.diagnostics, bytes, own.documentRead);
    checkServices(own.directory.services);
    check(own.directory.services.size() <= 1, "more than one service in one object");

    const PolicyReader::Result policies = PolicyReader().read(bytes, fileName);
    checkDiagnostics(policies.diagnostics, bytes, policies.documentRead);
    (void)PolicyReader::isPoliciesDocument(fileName, bytes);
    return 0;
}
