// Hostile and broken directory files (issue 9, docs/reliability.md, "Limits on input"): each
// row gives one file and the one error it must produce, with its kind, line, column, JSON path,
// message and hint, and nothing else; no row may take long, and none may keep a record that
// carries the problem.

#include "core/directory/directoryreader.h"
#include "core/phone/phonenumber.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Helplines;

namespace {

const QDate today(2026, 11, 23);

DirectoryReader reader()
{
    DirectoryReader::Options options;
    options.today = today;
    return DirectoryReader(options);
}

// A valid directory of one service: the document on line 1, the service on line 2, the end
// on line 3, so that a row changes the service with replace() and knows where things are.
const QByteArray head
        = R"({"format": 1, "publisher": {"name": {"fr": "Éditeur", "en": "Publisher"}, )"
          R"("updated": "2026-11-01"}, "services": [)";
const QByteArray service = R"({"id": "line-a", "name": {"fr": "Ligne A", "en": "Line A"}, )"
                           R"("category": "listening", "scope": "national", )"
                           R"("contacts": [{"kind": "phone", "value": "0 800 130 000"}], )"
                           R"("source": "https://example.org/a", "verified": "2026-01-15"})";
const QByteArray tail = "]}\n";

QByteArray documentWith(const QByteArray &services)
{
    return head + '\n' + services + '\n' + tail;
}

QByteArray serviceWith(const QByteArray &from, const QByteArray &to)
{
    QByteArray changed = service;
    if (!changed.contains(from))
        qFatal("No %s in the test service", from.constData());
    return changed.replace(from, to);
}

// The column (1-based, in characters) of `marker` on line `line` of `bytes`.
int columnOf(const QByteArray &bytes, int line, const QByteArray &marker)
{
    const QByteArray text = bytes.split('\n').value(line - 1);
    const qsizetype index = text.indexOf(marker);
    if (index < 0)
        qFatal("No %s on line %d", marker.constData(), line);
    return int(QString::fromUtf8(text.left(index)).size()) + 1;
}

// The cause's kind: the JSON error's or the phone number error's name, or empty.
QString causeName(const Diagnostic &diagnostic)
{
    if (const JsonError *json = diagnostic.jsonError())
        return json->kindName();
    if (const PhoneNumberError *phone = diagnostic.phoneNumberError())
        return phone->kindName();
    return {};
}

QString describe(const QList<Diagnostic> &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &diagnostic : diagnostics)
        lines.append(diagnostic.codeName() + u'/' + causeName(diagnostic) + u' '
                     + diagnostic.toString());
    return lines.join(u'\n');
}

} // namespace

class TestBadInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void givesOneClearErrorAndNothingElse_data();
    void givesOneClearErrorAndNothingElse();
    void refusesAHundredMegabyteFileWithoutReadingIt();
    void refusesAHundredMegabytesInMemoryAtOnce();
    void boundsTheWorkOnLargeValidLookingFiles_data();
    void boundsTheWorkOnLargeValidLookingFiles();
    void keepsOnlyTelUrlsOfValidatedDigits_data();
    void keepsOnlyTelUrlsOfValidatedDigits();
};

void TestBadInput::givesOneClearErrorAndNothingElse_data()
{
    QTest::addColumn<QByteArray>("bytes");
    // Diagnostic::codeName() and the cause's kind name (JSON or phone number), or empty.
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("cause");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("path");
    // Words the message or the hint must contain.
    QTest::addColumn<QString>("substance");
    // Services kept.
    QTest::addColumn<int>("services");

    const QByteArray valid = documentWith(service);
    const auto serviceRow = [](const char *name, const QByteArray &from, const QByteArray &to,
                               const QString &code, const QString &cause, const QByteArray &marker,
                               const QString &path, const QString &substance) {
        const QByteArray bytes = documentWith(serviceWith(from, to));
        QTest::newRow(name) << bytes << code << cause << 2 << columnOf(bytes, 2, marker) << path
                            << substance << 0;
    };
    const auto numberRow
            = [&serviceRow](const char *name, const QByteArray &number, const QString &cause,
                            const QByteArray &marker, const QString &substance) {
                  serviceRow(name, "0 800 130 000", number, u"invalid-phone-number"_s, cause,
                             marker, u"services[0].contacts[0].value"_s, substance);
              };
    const QString contact = u"services[0].contacts[0].value"_s;

    // clang-format off
    // The file as a whole.
    QTest::newRow("empty file") << QByteArray() << u"json"_s << u"empty-document"_s << 1 << 1 << QString() << u"empty"_s << 0;
    QTest::newRow("only spaces and line ends") << QByteArray(" \n\r\n\t\n") << u"json"_s << u"empty-document"_s << 1 << 1 << QString() << u"empty"_s << 0;
    QTest::newRow("only a byte order mark") << QByteArray("\xEF\xBB\xBF") << u"json"_s << u"empty-document"_s << 1 << 1 << QString() << u"empty"_s << 0;
    QTest::newRow("UTF-16 with a byte order mark") << QByteArray("\xFF\xFE{\0}\0", 6) << u"json"_s << u"unsupported-encoding"_s << 1 << 1 << QString() << u"UTF-8"_s << 0;
    QTest::newRow("UTF-16 without a byte order mark") << QByteArray("{\0\"\0f\0\"\0:\0 \0001\0}\0", 16) << u"json"_s << u"unsupported-encoding"_s << 1 << 1 << QString() << u"UTF-8"_s << 0;
    QTest::newRow("a NUL byte between values") << QByteArray(head + "\n" + service + QByteArray("\0\n", 2) + tail) << u"json"_s << u"expected-comma-or-bracket"_s << 2 << int(service.size()) + 1 << QString() << u"]"_s << 0;
    serviceRow("a NUL byte in a string", "Ligne A", QByteArray("Ligne\0A", 7), u"json"_s, u"control-character"_s, QByteArray("\0", 1), QString(), u"U+0000"_s);
    QTest::newRow("not a JSON object") << QByteArray("[1, 2]") << u"wrong-type"_s << QString() << 1 << 1 << QString() << u"object"_s << 0;
    QTest::newRow("plain text") << QByteArray("Ligne d'écoute 3114\n") << u"json"_s << u"invalid-literal"_s << 1 << 1 << QString() << u"Ligne"_s << 0;
    QTest::newRow("an HTML page") << QByteArray("<!DOCTYPE html>\n<html></html>\n") << u"json"_s << u"unexpected-character"_s << 1 << 1 << QString() << u"<"_s << 0;

    // Cut short.
    {
        const QByteArray cut = valid.left(valid.indexOf("\"contacts\""));
        QTest::newRow("truncated inside a service") << cut << u"json"_s << u"unexpected-end"_s << 2 << columnOf(cut + "$", 2, "$") << QString() << u"end"_s << 0;
        const QByteArray inString = valid.left(valid.indexOf("Ligne A") + 3);
        QTest::newRow("truncated inside a string") << inString << u"json"_s << u"unterminated-string"_s << 2 << columnOf(inString, 2, "\"Lig") << QString() << u"string"_s << 0;
        const QByteArray lastBrace = valid.left(valid.size() - 2);
        QTest::newRow("last brace missing") << lastBrace << u"json"_s << u"unexpected-end"_s << 3 << 2 << QString() << u"end"_s << 0;
        const QByteArray halfCharacter = valid.left(valid.indexOf("Éditeur") + 1);
        QTest::newRow("truncated inside a character") << halfCharacter << u"json"_s << u"invalid-utf8"_s << 1 << columnOf(halfCharacter + "$", 1, "\xC3") << QString() << u"UTF-8"_s << 0;
    }

    // Wrong types.
    QTest::newRow("format as a string") << QByteArray(valid).replace("\"format\": 1", "\"format\": \"1\"") << u"wrong-type"_s << QString() << 1 << 12 << u"format"_s << u"whole number"_s << 1;
    QTest::newRow("services as an object") << QByteArray(head.chopped(1) + "{\"a\": 1}}") << u"wrong-type"_s << QString() << 1 << columnOf(head, 1, "[") << u"services"_s << u"an array"_s << 0;
    serviceRow("name as a number", R"({"fr": "Ligne A", "en": "Line A"})", "12", u"wrong-type"_s, QString(), "12", u"services[0].name"_s, u"a number"_s);
    serviceRow("contacts as a string", R"([{"kind": "phone", "value": "0 800 130 000"}])", "\"0 800 130 000\"", u"wrong-type"_s, QString(), "\"0 800", u"services[0].contacts"_s, u"an array"_s);
    serviceRow("a number as a JSON number", "\"0 800 130 000\"", "800130000", u"wrong-type"_s, QString(), "800130000", contact, u"a string"_s);
    serviceRow("a boolean as a string", R"("scope": "national")", R"("scope": "national", "anonymous": "true")", u"wrong-type"_s, QString(), "\"true\"", u"services[0].anonymous"_s, u"true or false"_s);
    serviceRow("a date that is not a date", "\"2026-01-15\"", "\"15/01/2026\"", u"invalid-date"_s, QString(), "\"15/01", u"services[0].verified"_s, u"2026"_s);
    serviceRow("a null name", R"({"fr": "Ligne A", "en": "Line A"})", "null", u"wrong-type"_s, QString(), "null", u"services[0].name"_s, u"null"_s);

    // Nesting.
    QTest::newRow("100 000 nested arrays") << (QByteArray(100000, '[') + QByteArray(100000, ']')) << u"json"_s << u"too-deep"_s << 1 << 65 << QString() << u"64"_s << 0;
    {
        QByteArray nested;
        for (int i = 0; i < 100000; ++i)
            nested += "{\"x\": ";
        const QByteArray bytes = documentWith(serviceWith("\"verified\"", "\"x\": " + nested + "1" + QByteArray(100000, '}') + ", \"verified\""));
        const int column = columnOf(bytes, 2, "{\"x\": {") + 6 * 61;
        QTest::newRow("100 000 nested objects in a service") << bytes << u"json"_s << u"too-deep"_s << 2 << column << QString() << u"64"_s << 0;
    }

    // Encoding.
    {
        const QByteArray bytes = documentWith(serviceWith("0 800 130 000", "0 800 \xC3\x28 130"));
        QTest::newRow("invalid UTF-8 in a number") << bytes << u"json"_s << u"invalid-utf8"_s << 2 << columnOf(bytes, 2, "\xC3\x28") << QString() << u"UTF-8"_s << 0;
    }
    QTest::newRow("overlong UTF-8") << documentWith(serviceWith("Ligne A", "Ligne \xC0\xAF")) << u"json"_s << u"invalid-utf8"_s << 2 << columnOf(service, 1, "Ligne A") + 6 << QString() << u"UTF-8"_s << 0;
    QTest::newRow("a surrogate in UTF-8") << documentWith(serviceWith("Ligne A", "Ligne \xED\xA0\x80")) << u"json"_s << u"invalid-utf8"_s << 2 << columnOf(service, 1, "Ligne A") + 6 << QString() << u"UTF-8"_s << 0;
    QTest::newRow("a byte that is never UTF-8") << documentWith(serviceWith("Ligne A", "Ligne \xFF")) << u"json"_s << u"invalid-utf8"_s << 2 << columnOf(service, 1, "Ligne A") + 6 << QString() << u"UTF-8"_s << 0;
    QTest::newRow("Latin-1 text") << documentWith(serviceWith("Ligne A", "\xC9\x63oute")) << u"json"_s << u"invalid-utf8"_s << 2 << columnOf(service, 1, "Ligne A") << QString() << u"UTF-8"_s << 0;
    serviceRow("a lone surrogate escape", "Ligne A", "Ligne \\ud800", u"json"_s, u"lone-surrogate"_s, "\\ud800", QString(), u"\\ud800"_s);
    serviceRow("a control character in a string", "Ligne A", "Ligne\tA", u"json"_s, u"control-character"_s, "\t", QString(), u"U+0009"_s);

    // Identifiers.
    {
        const QByteArray bytes = documentWith(service + ",\n" + service);
        QTest::newRow("duplicate service ids") << bytes << u"duplicate-id"_s << QString() << 3 << columnOf(bytes, 3, "\"line-a\"") << u"services[1].id"_s << u"line 2"_s << 1;
        const QByteArray keys = documentWith(serviceWith("\"scope\": \"national\"", "\"scope\": \"national\", \"scope\": \"regional\""));
        QTest::newRow("a key twice in an object") << keys << u"json"_s << u"duplicate-key"_s << 2 << columnOf(keys, 2, "\"scope\": \"regional\"") << QString() << u"scope"_s << 0;
    }
    serviceRow("an id with spaces", "\"line-a\"", "\"Line A\"", u"invalid-id"_s, QString(), "\"Line A\"", u"services[0].id"_s, u"line-a"_s);

    // Numbers that are not numbers.
    QTest::newRow("a number too large") << QByteArray(valid).replace("\"format\": 1", "\"format\": 1e999") << u"json"_s << u"number-out-of-range"_s << 1 << 12 << QString() << u"1e999"_s << 0;
    QTest::newRow("NaN") << QByteArray(valid).replace("\"format\": 1", "\"format\": NaN") << u"json"_s << u"invalid-literal"_s << 1 << 12 << QString() << u"NaN"_s << 0;
    QTest::newRow("Infinity") << QByteArray(valid).replace("\"format\": 1", "\"format\": -Infinity") << u"json"_s << u"invalid-number"_s << 1 << 12 << QString() << u"-"_s << 0;
    QTest::newRow("a leading zero") << QByteArray(valid).replace("\"format\": 1", "\"format\": 01") << u"json"_s << u"invalid-number"_s << 1 << 12 << QString() << u"01"_s << 0;
    QTest::newRow("a hexadecimal number") << QByteArray(valid).replace("\"format\": 1", "\"format\": 0x1") << u"json"_s << u"invalid-number"_s << 1 << 12 << QString() << u"0x1"_s << 0;
    QTest::newRow("a fraction for an integer") << QByteArray(valid).replace("\"format\": 1", "\"format\": 1.5") << u"wrong-type"_s << QString() << 1 << 12 << u"format"_s << u"whole number"_s << 1;
    QTest::newRow("another format") << QByteArray(valid).replace("\"format\": 1", "\"format\": 2") << u"unsupported-format"_s << QString() << 1 << 12 << u"format"_s << u"2"_s << 0;
    serviceRow("a latitude as a string", R"("scope": "national")", R"("scope": "national", "location": {"lat": "48.85", "lon": 2.35})", u"wrong-type"_s, QString(), "\"48.85\"", u"services[0].location.lat"_s, u"a number"_s);
    serviceRow("a latitude out of range", R"("scope": "national")", R"("scope": "national", "location": {"lat": 1e300, "lon": 2.35})", u"out-of-range"_s, QString(), "1e300", u"services[0].location.lat"_s, u"90"_s);
    numberRow("letters in a number", "0 800 13O 000", u"invalid-character"_s, "O 000", u"O"_s);
    numberRow("a number too short", "0 800 130", u"too-short"_s, "\"0 800 130\"", u"7"_s);
    numberRow("a number too long", "0 800 130 000 000", u"too-long"_s, "\"0 800 130 000 000\"", u"13"_s);
    numberRow("an unknown short number", "4444", u"unknown-short-number"_s, "\"4444\"", u"4444"_s);
    numberRow("no digit at all", "- . -", u"empty"_s, "\"- . -\"", QString());

    // URL parts in numbers: the number is refused, never cut down to its digits.
    numberRow("tel: prefix", "tel:3114", u"invalid-character"_s, "tel:", u"t"_s);
    numberRow("tel: with a query", "tel:3114?body=x", u"invalid-character"_s, "tel:", u"t"_s);
    numberRow("a query", "3114?body=x", u"invalid-character"_s, "?body", u"?"_s);
    numberRow("a fragment", "3114#x", u"invalid-character"_s, "#x", u"#"_s);
    numberRow("an extension parameter", "+33 1 45 39 40 00;ext=2", u"invalid-character"_s, ";ext", u";"_s);
    numberRow("a JavaScript URL", "javascript:alert(1)", u"invalid-character"_s, "javascript", u"j"_s);
    numberRow("percent-encoded digits", "%33%31%31%34", u"invalid-character"_s, "%33", u"%"_s);
    numberRow("sms: prefix", "sms:3114", u"invalid-character"_s, "sms:", u"s"_s);
    serviceRow("javascript: as a web page", R"({"kind": "phone", "value": "0 800 130 000"})", R"x({"kind": "web", "value": "javascript:alert(1)"})x", u"unsupported-url-scheme"_s, QString(), "\"javascript:", contact, u"javascript"_s);
    serviceRow("tel: as a web page", R"({"kind": "phone", "value": "0 800 130 000"})", R"({"kind": "chat", "value": "tel:3114"})", u"unsupported-url-scheme"_s, QString(), "\"tel:", contact, u"tel"_s);
    serviceRow("a query in an e-mail address", R"({"kind": "phone", "value": "0 800 130 000"})", R"({"kind": "email", "value": "contact@example.fr?cc=x@example.org"})", u"invalid-email"_s, QString(), "\"contact@", contact, u"contact@"_s);

    // Syntax that is not JSON.
    QTest::newRow("a comment") << QByteArray(valid).replace("\"format\": 1,", "\"format\": 1, // one") << u"json"_s << u"comment"_s << 1 << 15 << QString() << u"comment"_s << 0;
    QTest::newRow("a trailing comma") << documentWith(service + ",") << u"json"_s << u"trailing-comma"_s << 2 << int(service.size()) + 1 << QString() << u"comma"_s << 0;
    QTest::newRow("single quotes") << documentWith(serviceWith("\"line-a\"", "'line-a'")) << u"json"_s << u"single-quotes"_s << 2 << columnOf(service, 1, "\"line-a\"") << QString() << u"single quotes"_s << 0;
    QTest::newRow("typographic quotes") << documentWith(serviceWith("\"line-a\"", "“line-a”")) << u"json"_s << u"typographic-quotes"_s << 2 << columnOf(service, 1, "\"line-a\"") << QString() << u"“"_s << 0;
    QTest::newRow("two documents") << (valid + valid) << u"json"_s << u"trailing-garbage"_s << 4 << 1 << QString() << QString() << 0;
    // clang-format on
}

void TestBadInput::givesOneClearErrorAndNothingElse()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, code);
    QFETCH(QString, cause);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, path);
    QFETCH(QString, substance);
    QFETCH(int, services);

    const DirectoryReader::Result result = reader().read(bytes, u"bad.json"_s);

    QVERIFY2(result.diagnostics.size() == 1,
             qPrintable(u"One diagnostic expected, got:\n"_s + describe(result.diagnostics)));
    const Diagnostic &diagnostic = result.diagnostics.constFirst();
    const QByteArray context = (causeName(diagnostic) + u' ' + diagnostic.toString()).toUtf8();
    QVERIFY2(diagnostic.isError(), context.constData());
    QCOMPARE(diagnostic.codeName(), code);
    QCOMPARE(causeName(diagnostic), cause);
    QVERIFY2(diagnostic.line == line,
             qPrintable(u"line %1 expected: "_s.arg(line) + QString::fromUtf8(context)));
    QVERIFY2(diagnostic.column == column,
             qPrintable(u"column %1 expected: "_s.arg(column) + QString::fromUtf8(context)));
    QCOMPARE(diagnostic.path, path);
    QCOMPARE(diagnostic.file, u"bad.json"_s);
    QVERIFY2(!diagnostic.message().isEmpty(), context.constData());
    QVERIFY2(!diagnostic.hint().isEmpty(), context.constData());
    QVERIFY2((diagnostic.message() + u' ' + diagnostic.hint()).contains(substance),
             context.constData());
    // What helplines-cli check prints: the place, then the message.
    QVERIFY2(diagnostic.toString().startsWith(u"bad.json:%1:%2: error: "_s.arg(line).arg(column)
                                              + diagnostic.message()),
             context.constData());

    QCOMPARE(result.directory.services.size(), services);
    QCOMPARE(result.hasErrors(), true);
}

void TestBadInput::refusesAHundredMegabyteFileWithoutReadingIt()
{
    // A file of 100 MB that starts as a directory: refused from its size, before reading.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"huge.json"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.write(documentWith(service).chopped(3) + ",\n") > 0);
        QVERIFY(file.resize(100 * 1024 * 1024));
    }
    const DirectoryReader::Result result = reader().readFile(path);
    QCOMPARE(result.diagnostics.size(), 1);
    const Diagnostic &diagnostic = result.diagnostics.constFirst();
    QVERIFY(diagnostic.jsonError());
    QCOMPARE(diagnostic.jsonError()->kindName(), u"file-too-large"_s);
    QCOMPARE(diagnostic.line, 0);
    QCOMPARE(diagnostic.column, 0);
    QVERIFY2(diagnostic.message().contains(u"16"_s), qPrintable(diagnostic.message()));
    QVERIFY(!diagnostic.hint().isEmpty());
    QVERIFY(diagnostic.toString().startsWith(path + u": error: "_s));
    QVERIFY(!result.documentRead);
    QVERIFY(result.directory.services.isEmpty());
}

void TestBadInput::refusesAHundredMegabytesInMemoryAtOnce()
{
    // The same bytes handed over in memory (an import dropped on the window): no parsing.
    QByteArray bytes = documentWith(service).chopped(3) + ",\n";
    bytes.append(QByteArray(100 * 1024 * 1024 - bytes.size(), ' '));
    const DirectoryReader::Result result = reader().read(bytes, u"huge.json"_s);
    QCOMPARE(result.diagnostics.size(), 1);
    QCOMPARE(result.diagnostics.constFirst().jsonError()->kindName(), u"file-too-large"_s);
    // Refused on the size alone: no line or column, so nothing was parsed.
    QCOMPARE(result.diagnostics.constFirst().line, 0);
}

void TestBadInput::boundsTheWorkOnLargeValidLookingFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("cause");
    QTest::addColumn<QString>("substance");

    // Just under the 16 MB limit, each stopped by another limit at once.
    QByteArray values = "[";
    values.reserve(2'000'002 * 2);
    for (int i = 0; i < 2'000'001; ++i)
        values += "0,";
    values += "0]";
    QTest::newRow("two million values") << values << u"too-many-values"_s << u"2000000"_s;
    QTest::newRow("a string of 70 000 characters")
            << documentWith(serviceWith("Ligne A", QByteArray(70'000, 'a'))) << u"string-too-long"_s
            << u"65536"_s;
}

void TestBadInput::boundsTheWorkOnLargeValidLookingFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, cause);
    QFETCH(QString, substance);
    const DirectoryReader::Result result = reader().read(bytes, u"large.json"_s);
    QCOMPARE(result.diagnostics.size(), 1);
    const Diagnostic &diagnostic = result.diagnostics.constFirst();
    QVERIFY(diagnostic.jsonError());
    QCOMPARE(diagnostic.jsonError()->kindName(), cause);
    QVERIFY2(diagnostic.message().remove(u' ').remove(u',').contains(substance),
             qPrintable(diagnostic.message()));
    QVERIFY(diagnostic.line >= 1);
    QVERIFY(result.directory.services.isEmpty());
}

void TestBadInput::keepsOnlyTelUrlsOfValidatedDigits_data()
{
    QTest::addColumn<QByteArray>("number");
    QTest::addColumn<QString>("holidays");
    QTest::addColumn<QString>("telUrl");

    QTest::newRow("short number") << QByteArray("3114") << u"FR"_s << u"tel:3114"_s;
    QTest::newRow("toll-free number")
            << QByteArray("0 800 130 000") << u"FR"_s << u"tel:+33800130000"_s;
    QTest::newRow("dots and dashes")
            << QByteArray("01.45.39-40-00") << u"FR"_s << u"tel:+33145394000"_s;
    QTest::newRow("no-break spaces")
            << QByteArray("0\u00A0800\u202F130\u00A0000") << u"FR"_s << u"tel:+33800130000"_s;
    QTest::newRow("Réunion") << QByteArray("0262 16 12 34") << u"FR-974"_s
                             << u"tel:+262262161234"_s;
    // Line breaks and tabs are white space between digits, like spaces.
    QTest::newRow("a line break after the digits")
            << QByteArray("3114\\n") << u"FR"_s << u"tel:3114"_s;
    QTest::newRow("international form")
            << QByteArray("+33 1 45 39 40 00") << u"FR"_s << u"tel:+33145394000"_s;
}

void TestBadInput::keepsOnlyTelUrlsOfValidatedDigits()
{
    // A number kept from a file gives a tel: URL of its digits alone; the URL's every part
    // but the scheme and the digits is empty.
    QFETCH(QByteArray, number);
    QFETCH(QString, holidays);
    QFETCH(QString, telUrl);
    QByteArray changed = serviceWith("0 800 130 000", number);
    if (holidays != u"FR"_s)
        changed.replace("\"source\"", "\"holidays\": \"" + holidays.toUtf8()
                                              + "\", \"timezone\": \"Indian/Reunion\", \"source\"");
    const DirectoryReader::Result result = reader().read(documentWith(changed), u"f.json"_s);
    QVERIFY2(!result.hasErrors(), qPrintable(describe(result.diagnostics)));
    QCOMPARE(result.directory.services.size(), 1);
    const Service &kept = result.directory.services.constFirst();
    const PhoneNumber parsed = PhoneNumber::parse(kept.contacts.constFirst().value,
                                                  PhoneNumber::regionForHolidays(kept.holidays));
    QVERIFY(parsed.isValid());
    const QUrl url = parsed.telUrl();
    QCOMPARE(url.toString(QUrl::FullyEncoded), telUrl);
    QCOMPARE(url.scheme(), u"tel"_s);
    QVERIFY(!url.hasQuery());
    QVERIFY(!url.hasFragment());
    QVERIFY(url.host().isEmpty());
    QCOMPARE(url.path(), telUrl.mid(4));
}

QTEST_GUILESS_MAIN(TestBadInput)

#include "tst_badinput.moc"
