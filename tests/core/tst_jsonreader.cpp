#include "core/json/jsonreader.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;
using namespace Helplines;

Q_DECLARE_METATYPE(JsonError::Kind)

class TestJsonReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsValidDocuments_data();
    void readsValidDocuments();
    void reportsErrorsWithPositions_data();
    void reportsErrorsWithPositions();
    void keepsPositionsOfValuesAndKeys();
    void namesTheTypesAsJsonSchemaDoes();
    void countsColumnsInCharacters();
    void decodesStrings_data();
    void decodesStrings();
    void readsNumbers_data();
    void readsNumbers();
    void skipsUtf8ByteOrderMark();
    void countsLinesWithAnyLineEnding();
    void mapsStringIndexToFilePosition();
    void duplicateKeyPointsAtTheSecondAndNamesTheFirst();
    void detectsDuplicatesInLargeObjects();
    void unexpectedEndNamesTheUnclosedBracket();
    void enforcesLimits();
    void refusesDeepNestingQuickly();
    void refusesLargeFileWithoutReadingIt();
    void reportsUnreadableFile();
    void readsFile();
    void valuesOutliveTheDocument();
    void wrongTypeAccessGivesEmptyValues();
    void errorsHaveMessagesAndNames();
    void readsLargeDocument();
};

void TestJsonReader::readsValidDocuments_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<JsonValue::Type>("rootType");
    QTest::addColumn<qsizetype>("size");

    QTest::newRow("empty object") << "{}"_ba << JsonValue::Type::Object << qsizetype(0);
    QTest::newRow("empty array") << "[]"_ba << JsonValue::Type::Array << qsizetype(0);
    QTest::newRow("object") << R"({"a": 1, "b": [true, false, null], "c": {"d": "e"}})"_ba
                            << JsonValue::Type::Object << qsizetype(3);
    QTest::newRow("whitespace around")
            << " \t\r\n [ 1 , 2 ] \n\n"_ba << JsonValue::Type::Array << qsizetype(2);
    QTest::newRow("scalar root string")
            << R"("text")"_ba << JsonValue::Type::String << qsizetype(0);
    QTest::newRow("scalar root number") << "-1.5e3"_ba << JsonValue::Type::Number << qsizetype(0);
    QTest::newRow("scalar root null") << "null"_ba << JsonValue::Type::Null << qsizetype(0);
    QTest::newRow("nested arrays") << "[[[[]]], [[]]]"_ba << JsonValue::Type::Array << qsizetype(2);
    QTest::newRow("same key in sibling objects")
            << R"([{"id": 1}, {"id": 2}])"_ba << JsonValue::Type::Array << qsizetype(2);
    QTest::newRow("keys differing by case")
            << R"({"Id": 1, "id": 2})"_ba << JsonValue::Type::Object << qsizetype(2);
    QTest::newRow("keys that differ after decoding")
            << R"({"a\u0062": 1, "ab ": 2})"_ba << JsonValue::Type::Object << qsizetype(2);
}

void TestJsonReader::readsValidDocuments()
{
    QFETCH(QByteArray, json);
    QFETCH(JsonValue::Type, rootType);
    QFETCH(qsizetype, size);

    const JsonDocument document = JsonReader().read(json);
    QVERIFY2(document.isValid(), qPrintable(document.error().message()));
    QCOMPARE(document.error().kind, JsonError::None);
    QCOMPARE(document.root().type(), rootType);
    QCOMPARE(document.root().size(), size);
}

void TestJsonReader::reportsErrorsWithPositions_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<JsonError::Kind>("kind");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("detail");

    // clang-format off
    QTest::newRow("empty file") << ""_ba << JsonError::EmptyDocument << 1 << 1 << QString();
    QTest::newRow("only whitespace") << "  \n \n"_ba << JsonError::EmptyDocument << 1 << 1 << QString();
    QTest::newRow("trailing comma in array") << "[1, 2,]"_ba << JsonError::TrailingComma << 1 << 6 << QString();
    QTest::newRow("trailing comma in object on its own line")
            << "{\n    \"a\": 1,\n}"_ba << JsonError::TrailingComma << 2 << 11 << QString();
    QTest::newRow("comment with slashes") << "{\n  // note\n  \"a\": 1\n}"_ba << JsonError::Comment << 2 << 3 << QString();
    QTest::newRow("block comment after value") << "[1 /* x */]"_ba << JsonError::Comment << 1 << 4 << QString();
    QTest::newRow("block comment before colon") << "{\"a\" /* x */: 1}"_ba << JsonError::Comment << 1 << 6 << QString();
    QTest::newRow("single quotes for value") << "{\"a\": 'b'}"_ba << JsonError::SingleQuotes << 1 << 7 << QString();
    QTest::newRow("single quotes for key") << "{'a': 1}"_ba << JsonError::SingleQuotes << 1 << 2 << QString();
    QTest::newRow("typographic quotes") << "{\"a\": “b”}"_ba << JsonError::TypographicQuotes << 1 << 7 << u"“"_s;
    QTest::newRow("french quotes") << "[« b »]"_ba << JsonError::TypographicQuotes << 1 << 2 << u"«"_s;
    QTest::newRow("unquoted key") << "{a: 1}"_ba << JsonError::ExpectedKey << 1 << 2 << QString();
    QTest::newRow("number as key") << "{1: 1}"_ba << JsonError::ExpectedKey << 1 << 2 << QString();
    QTest::newRow("missing colon") << "{\"a\" 1}"_ba << JsonError::ExpectedColon << 1 << 6 << QString();
    QTest::newRow("equals instead of colon") << "{\"a\" = 1}"_ba << JsonError::ExpectedColon << 1 << 6 << QString();
    QTest::newRow("missing comma between members")
            << "{\n  \"a\": 1\n  \"b\": 2\n}"_ba << JsonError::ExpectedCommaOrBracket << 3 << 3 << u"}"_s;
    QTest::newRow("missing comma in array") << "[1 2]"_ba << JsonError::ExpectedCommaOrBracket << 1 << 4 << u"]"_s;
    QTest::newRow("mismatched bracket") << "{\"a\": 1]"_ba << JsonError::ExpectedCommaOrBracket << 1 << 8 << u"}"_s;
    QTest::newRow("missing value") << "{\"a\": }"_ba << JsonError::ExpectedValue << 1 << 7 << QString();
    QTest::newRow("double comma") << "[1,,2]"_ba << JsonError::ExpectedValue << 1 << 4 << QString();
    QTest::newRow("leading comma") << "[,1]"_ba << JsonError::ExpectedValue << 1 << 2 << QString();
    QTest::newRow("closing bracket at root") << "]"_ba << JsonError::ExpectedValue << 1 << 1 << QString();
    QTest::newRow("unexpected character") << "[#]"_ba << JsonError::UnexpectedCharacter << 1 << 2 << u"#"_s;
    QTest::newRow("no-break space outside strings") << "[1,\xC2\xA0" "2]"_ba << JsonError::UnexpectedCharacter << 1 << 4 << u"U+00A0"_s;
    QTest::newRow("NUL outside strings") << "[1, \x00]"_ba << JsonError::UnexpectedCharacter << 1 << 5 << u"U+0000"_s;
    QTest::newRow("capitalised True") << "[True]"_ba << JsonError::InvalidLiteral << 1 << 2 << u"True"_s;
    QTest::newRow("NaN") << "[NaN]"_ba << JsonError::InvalidLiteral << 1 << 2 << u"NaN"_s;
    QTest::newRow("Infinity") << "{\"x\": Infinity}"_ba << JsonError::InvalidLiteral << 1 << 7 << u"Infinity"_s;
    QTest::newRow("undefined") << "[undefined]"_ba << JsonError::InvalidLiteral << 1 << 2 << u"undefined"_s;
    QTest::newRow("truncated literal") << "[tru]"_ba << JsonError::InvalidLiteral << 1 << 2 << u"tru"_s;
    QTest::newRow("unquoted string value") << "{\"a\": hello}"_ba << JsonError::InvalidLiteral << 1 << 7 << u"hello"_s;
    QTest::newRow("leading zero") << "[01]"_ba << JsonError::InvalidNumber << 1 << 2 << u"01"_s;
    QTest::newRow("leading plus") << "[+1]"_ba << JsonError::InvalidNumber << 1 << 2 << u"+1"_s;
    QTest::newRow("leading point") << "[.5]"_ba << JsonError::InvalidNumber << 1 << 2 << u".5"_s;
    QTest::newRow("trailing point") << "[1.]"_ba << JsonError::InvalidNumber << 1 << 2 << u"1."_s;
    QTest::newRow("lone minus") << "[-]"_ba << JsonError::InvalidNumber << 1 << 2 << u"-"_s;
    QTest::newRow("empty exponent") << "[1e]"_ba << JsonError::InvalidNumber << 1 << 2 << u"1e"_s;
    QTest::newRow("hexadecimal") << "[0x1F]"_ba << JsonError::InvalidNumber << 1 << 2 << u"0x1F"_s;
    QTest::newRow("negative infinity") << "[-Infinity]"_ba << JsonError::InvalidNumber << 1 << 2 << u"-Infinity"_s;
    QTest::newRow("two points") << "[1.5.3]"_ba << JsonError::InvalidNumber << 1 << 2 << u"1.5.3"_s;
    QTest::newRow("french decimal comma is two values") << "[1,5 3]"_ba << JsonError::ExpectedCommaOrBracket << 1 << 6 << u"]"_s;
    QTest::newRow("number too large") << "[1e400]"_ba << JsonError::NumberOutOfRange << 1 << 2 << u"1e400"_s;
    QTest::newRow("negative number too large") << "[-1e400]"_ba << JsonError::NumberOutOfRange << 1 << 2 << u"-1e400"_s;
    QTest::newRow("number too small") << "[1e-400]"_ba << JsonError::NumberOutOfRange << 1 << 2 << u"1e-400"_s;
    QTest::newRow("unterminated string") << "[\"abc"_ba << JsonError::UnterminatedString << 1 << 2 << QString();
    QTest::newRow("unterminated string after backslash") << "[\"abc\\"_ba << JsonError::UnterminatedString << 1 << 2 << QString();
    QTest::newRow("line break in string") << "{\"a\": \"one\ntwo\"}"_ba << JsonError::ControlCharacter << 1 << 11 << u"U+000A"_s;
    QTest::newRow("tab in string") << "[\"a\tb\"]"_ba << JsonError::ControlCharacter << 1 << 4 << u"U+0009"_s;
    QTest::newRow("invalid escape") << "[\"a\\xb\"]"_ba << JsonError::InvalidEscape << 1 << 4 << u"\\x"_s;
    QTest::newRow("short unicode escape") << "[\"\\u12\"]"_ba << JsonError::InvalidEscape << 1 << 3 << u"\\u12"_s;
    QTest::newRow("non-hex unicode escape") << "[\"\\u12G4\"]"_ba << JsonError::InvalidEscape << 1 << 3 << u"\\u12G4"_s;
    QTest::newRow("lone high surrogate") << "[\"x\\ud83d\"]"_ba << JsonError::LoneSurrogate << 1 << 4 << u"\\ud83d"_s;
    QTest::newRow("high surrogate then letter") << "[\"\\ud83dx\"]"_ba << JsonError::LoneSurrogate << 1 << 3 << u"\\ud83d"_s;
    QTest::newRow("two high surrogates") << "[\"\\ud83d\\ud83d\"]"_ba << JsonError::LoneSurrogate << 1 << 3 << u"\\ud83d"_s;
    QTest::newRow("lone low surrogate") << "[\"\\ude00\"]"_ba << JsonError::LoneSurrogate << 1 << 3 << u"\\ude00"_s;
    QTest::newRow("invalid UTF-8 in string") << "{\"a\": \"caf\xE9\"}"_ba << JsonError::InvalidUtf8 << 1 << 11 << QString();
    QTest::newRow("invalid UTF-8 after accented character") << "[\"é\xFF\"]"_ba << JsonError::InvalidUtf8 << 1 << 4 << QString();
    QTest::newRow("overlong UTF-8") << "[\"\xC0\xAF\"]"_ba << JsonError::InvalidUtf8 << 1 << 3 << QString();
    QTest::newRow("UTF-8 encoded surrogate") << "[\"\xED\xA0\x80\"]"_ba << JsonError::InvalidUtf8 << 1 << 3 << QString();
    QTest::newRow("UTF-8 above U+10FFFF") << "[\"\xF4\x90\x80\x80\"]"_ba << JsonError::InvalidUtf8 << 1 << 3 << QString();
    QTest::newRow("truncated UTF-8 sequence") << "[\"\xE2\x82\"]"_ba << JsonError::InvalidUtf8 << 1 << 3 << QString();
    QTest::newRow("invalid UTF-8 outside strings") << "[\xFF]"_ba << JsonError::InvalidUtf8 << 1 << 2 << QString();
    QTest::newRow("UTF-16 LE byte order mark") << "\xFF\xFE{\x00}\x00"_ba << JsonError::UnsupportedEncoding << 1 << 1 << QString();
    QTest::newRow("UTF-16 BE byte order mark") << "\xFE\xFF\x00{\x00}"_ba << JsonError::UnsupportedEncoding << 1 << 1 << QString();
    QTest::newRow("UTF-16 LE without mark") << "{\x00}\x00"_ba << JsonError::UnsupportedEncoding << 1 << 1 << QString();
    QTest::newRow("byte order mark twice") << "\xEF\xBB\xBF\xEF\xBB\xBF{}"_ba << JsonError::UnexpectedCharacter << 1 << 1 << u"U+FEFF"_s;
    QTest::newRow("duplicate key") << "{\n  \"a\": 1,\n  \"a\": 2\n}"_ba << JsonError::DuplicateKey << 3 << 3 << u"a"_s;
    QTest::newRow("duplicate key written with an escape") << "{\"ab\": 1, \"a\\u0062\": 2}"_ba << JsonError::DuplicateKey << 1 << 11 << u"ab"_s;
    QTest::newRow("duplicate empty key") << "{\"\": 1, \"\": 2}"_ba << JsonError::DuplicateKey << 1 << 9 << QString();
    QTest::newRow("trailing garbage") << "{} x"_ba << JsonError::TrailingGarbage << 1 << 4 << QString();
    QTest::newRow("two documents") << "{}\n{}"_ba << JsonError::TrailingGarbage << 2 << 1 << QString();
    QTest::newRow("extra closing bracket") << "[1]]"_ba << JsonError::TrailingGarbage << 1 << 4 << QString();
    QTest::newRow("unclosed array") << "[1, 2"_ba << JsonError::UnexpectedEnd << 1 << 6 << u"["_s;
    QTest::newRow("unclosed object after key") << "{\n\"a\""_ba << JsonError::UnexpectedEnd << 2 << 4 << u"{"_s;
    QTest::newRow("unclosed after colon") << "{\"a\":  "_ba << JsonError::UnexpectedEnd << 1 << 8 << u"{"_s;
    QTest::newRow("column after multibyte characters") << "{\"é€😀\": x}"_ba << JsonError::InvalidLiteral << 1 << 9 << u"x"_s;
    QTest::newRow("column after escapes") << "[\"\\u00e9\\n\", x]"_ba << JsonError::InvalidLiteral << 1 << 14 << u"x"_s;
    QTest::newRow("CRLF line endings") << "{\r\n\"a\": 1,\r\n}"_ba << JsonError::TrailingComma << 2 << 7 << QString();
    QTest::newRow("CR line endings") << "[\r1\r,\r]"_ba << JsonError::TrailingComma << 3 << 1 << QString();
    // clang-format on
}

void TestJsonReader::reportsErrorsWithPositions()
{
    QFETCH(QByteArray, json);
    QFETCH(JsonError::Kind, kind);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, detail);

    const JsonDocument document = JsonReader().read(json);
    QVERIFY(!document.isValid());
    QVERIFY(document.root().isUndefined());
    const JsonError &error = document.error();
    JsonError expected;
    expected.kind = kind;
    QCOMPARE(error.kindName(), expected.kindName());
    QCOMPARE(error.kind, kind);
    QCOMPARE(error.line, line);
    QCOMPARE(error.column, column);
    QCOMPARE(error.detail, detail);
    QVERIFY(!error.message().isEmpty());
}

void TestJsonReader::namesTheTypesAsJsonSchemaDoes()
{
    const JsonDocument document = JsonReader().read(
            R"({"n": null, "b": false, "x": 1.5, "s": "3114", "a": [], "o": {}})");
    QVERIFY(document.isValid());
    const JsonValue root = document.root();
    QCOMPARE(root.typeName(), u"object"_s);
    QCOMPARE(root.value(u"n").typeName(), u"null"_s);
    QCOMPARE(root.value(u"b").typeName(), u"boolean"_s);
    QCOMPARE(root.value(u"x").typeName(), u"number"_s);
    QCOMPARE(root.value(u"s").typeName(), u"string"_s);
    QCOMPARE(root.value(u"a").typeName(), u"array"_s);
    QCOMPARE(root.value(u"o").typeName(), u"object"_s);
    QCOMPARE(root.value(u"missing").typeName(), QString());
}

void TestJsonReader::keepsPositionsOfValuesAndKeys()
{
    const QByteArray json = "{\n"
                            "    \"format\": 1,\n"
                            "    \"services\": [\n"
                            "        {\"id\": \"a\", \"n\": null},\n"
                            "        true\n"
                            "    ]\n"
                            "}\n";
    const JsonDocument document = JsonReader().read(json);
    QVERIFY(document.isValid());
    const JsonValue root = document.root();
    QCOMPARE(root.line(), 1);
    QCOMPARE(root.column(), 1);
    QCOMPARE(root.size(), 2);

    QCOMPARE(root.keyAt(0).stringView(), u"format");
    QCOMPARE(root.keyAt(0).line(), 2);
    QCOMPARE(root.keyAt(0).column(), 5);
    QCOMPARE(root.valueAt(0).line(), 2);
    QCOMPARE(root.valueAt(0).column(), 15);
    QCOMPARE(root.valueAt(0).toDouble(), 1.0);
    QVERIFY(root.valueAt(0).isInteger());

    const JsonValue services = root.value(u"services");
    QVERIFY(services.isArray());
    QCOMPARE(services.line(), 3);
    QCOMPARE(services.column(), 17);
    QCOMPARE(services.size(), 2);

    const JsonValue first = services.at(0);
    QVERIFY(first.isObject());
    QCOMPARE(first.position().line, 4);
    QCOMPARE(first.position().column, 9);
    QCOMPARE(first.keyAt(1).stringView(), u"n");
    QCOMPARE(first.keyAt(1).column(), 21);
    QVERIFY(first.valueAt(1).isNull());
    QCOMPARE(first.valueAt(1).column(), 26);
    QCOMPARE(first.value(u"id").toString(), u"a"_s);
    QCOMPARE(first.value(u"id").column(), 16);
    QCOMPARE(first.value(u"id").offset(), json.indexOf("\"a\""));

    QVERIFY(services.at(1).isBool());
    QVERIFY(services.at(1).toBool());
    QCOMPARE(services.at(1).line(), 5);
    QCOMPARE(services.at(1).column(), 9);
}

void TestJsonReader::countsColumnsInCharacters()
{
    // "é" is 2 bytes, "€" 3 and "😀" 4 (two UTF-16 units): each is one column.
    const QByteArray json = "{\"é€😀\": \"x\", \"b\": 2}";
    const JsonDocument document = JsonReader().read(json);
    QVERIFY(document.isValid());
    QCOMPARE(document.root().keyAt(0).stringView(), u"é€😀");
    QCOMPARE(document.root().valueAt(0).column(), 9);
    QCOMPARE(document.root().keyAt(1).column(), 14);
    QCOMPARE(document.root().valueAt(1).column(), 19);
    // Byte offsets stay byte offsets.
    QCOMPARE(document.root().valueAt(1).offset(), json.indexOf('2'));
}

void TestJsonReader::decodesStrings_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain") << R"(["abc"])"_ba << u"abc"_s;
    QTest::newRow("empty") << R"([""])"_ba << QString();
    QTest::newRow("simple escapes") << R"(["\"\\\/\b\f\n\r\t"])"_ba << u"\"\\/\b\f\n\r\t"_s;
    QTest::newRow("unicode escape") << R"(["caf\u00e9 \u20AC"])"_ba << u"café €"_s;
    QTest::newRow("surrogate pair escape") << R"(["\ud83d\ude00"])"_ba << u"😀"_s;
    QTest::newRow("NUL escape") << R"(["a\u0000b"])"_ba << QString(u"a\0b"_s);
    QTest::newRow("raw UTF-8") << "[\"Écoute, 24 h/24 – ½ €\"]"_ba << u"Écoute, 24 h/24 – ½ €"_s;
    QTest::newRow("raw four-byte UTF-8") << "[\"👂🏽\"]"_ba << u"👂🏽"_s;
    QTest::newRow("no-break spaces kept") << "[\"0\xC2\xA0"
                                             "800\xE2\x80\xAF"
                                             "130\"]"_ba
                                          << u"0\u00A0800\u202F130"_s;
}

void TestJsonReader::decodesStrings()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);

    const JsonDocument document = JsonReader().read(json);
    QVERIFY2(document.isValid(), qPrintable(document.error().message()));
    const JsonValue value = document.root().at(0);
    QVERIFY(value.isString());
    QCOMPARE(value.toString(), expected);
    QCOMPARE(value.stringView().size(), expected.size());
}

void TestJsonReader::readsNumbers_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<double>("expected");
    QTest::addColumn<bool>("integer");

    QTest::newRow("zero") << "[0]"_ba << 0.0 << true;
    QTest::newRow("negative zero") << "[-0]"_ba << -0.0 << true;
    QTest::newRow("integer") << "[1234567]"_ba << 1234567.0 << true;
    QTest::newRow("negative") << "[-42]"_ba << -42.0 << true;
    QTest::newRow("fraction") << "[48.8566]"_ba << 48.8566 << false;
    QTest::newRow("exponent") << "[1e3]"_ba << 1000.0 << false;
    QTest::newRow("upper-case exponent with sign") << "[2.5E-2]"_ba << 0.025 << false;
    QTest::newRow("zero with fraction") << "[0.0]"_ba << 0.0 << false;
    QTest::newRow("largest double")
            << "[1.7976931348623157e308]"_ba << std::numeric_limits<double>::max() << false;
    QTest::newRow("smallest denormal")
            << "[5e-324]"_ba << std::numeric_limits<double>::denorm_min() << false;
    QTest::newRow("zero with large exponent") << "[0e999]"_ba << 0.0 << false;
    QTest::newRow("integer beyond 2^53 rounds")
            << "[9007199254740993]"_ba << 9007199254740992.0 << true;
}

void TestJsonReader::readsNumbers()
{
    QFETCH(QByteArray, json);
    QFETCH(double, expected);
    QFETCH(bool, integer);

    const JsonDocument document = JsonReader().read(json);
    QVERIFY2(document.isValid(), qPrintable(document.error().message()));
    const JsonValue value = document.root().at(0);
    QVERIFY(value.isNumber());
    QCOMPARE(value.toDouble(), expected);
    QCOMPARE(std::signbit(value.toDouble()), std::signbit(expected));
    QCOMPARE(value.isInteger(), integer);
}

void TestJsonReader::skipsUtf8ByteOrderMark()
{
    const JsonDocument document = JsonReader().read("\xEF\xBB\xBF{\"a\": 1}"_ba);
    QVERIFY(document.isValid());
    // The mark is invisible in editors: the object starts in column 1, at byte 3.
    QCOMPARE(document.root().column(), 1);
    QCOMPARE(document.root().offset(), 3);
    QCOMPARE(document.root().valueAt(0).column(), 7);

    const JsonDocument bad = JsonReader().read("\xEF\xBB\xBF{x}"_ba);
    QCOMPARE(bad.error().kind, JsonError::ExpectedKey);
    QCOMPARE(bad.error().column, 2);
}

void TestJsonReader::countsLinesWithAnyLineEnding()
{
    const JsonDocument document = JsonReader().read("[\n1,\r\n2,\r3,\n\n4]"_ba);
    QVERIFY(document.isValid());
    QCOMPARE(document.root().at(0).line(), 2);
    QCOMPARE(document.root().at(1).line(), 3);
    QCOMPARE(document.root().at(2).line(), 4);
    QCOMPARE(document.root().at(3).line(), 6);
    QCOMPARE(document.root().at(3).column(), 1);
}

void TestJsonReader::mapsStringIndexToFilePosition()
{
    // "Mo-Fr 9h" written with escapes: \u004d is "M", \" is one character, é is 2 bytes.
    const QByteArray json = "{\n  \"hours\": \"\\u004do \\\"é\\\" 😀 x\"\n}";
    const JsonDocument document = JsonReader().read(json);
    QVERIFY2(document.isValid(), qPrintable(document.error().message()));
    const JsonValue hours = document.root().value(u"hours");
    QCOMPARE(hours.toString(), u"Mo \"é\" 😀 x"_s);
    QCOMPARE(hours.column(), 12);

    const auto column = [&](qsizetype index) {
        const JsonValue::Position position = hours.positionInString(index);
        return position.line == 2 ? position.column : -position.line;
    };
    QCOMPARE(column(0), 13); // \u004d
    QCOMPARE(column(1), 19); // o
    QCOMPARE(column(2), 20); // space
    QCOMPARE(column(3), 21); // \"
    QCOMPARE(column(4), 23); // é
    QCOMPARE(column(5), 24); // \"
    QCOMPARE(column(6), 26); // space
    QCOMPARE(column(7), 27); // 😀 (two UTF-16 units, one column)
    QCOMPARE(column(8), 27);
    QCOMPARE(column(9), 28);  // space
    QCOMPARE(column(10), 29); // x
    QCOMPARE(column(11), 30); // the closing quote
    QCOMPARE(column(100), 30);

    // Keys too.
    QCOMPARE(document.root().keyAt(0).positionInString(2).column, 6);
    // Not a string.
    QCOMPARE(document.root().positionInString(0).line, 0);
}

void TestJsonReader::duplicateKeyPointsAtTheSecondAndNamesTheFirst()
{
    const JsonDocument document
            = JsonReader().read("{\n  \"id\": \"a\",\n  \"name\": \"b\",\n  \"id\": \"c\"\n}"_ba);
    const JsonError &error = document.error();
    QCOMPARE(error.kind, JsonError::DuplicateKey);
    QCOMPARE(error.line, 4);
    QCOMPARE(error.column, 3);
    QCOMPARE(error.relatedLine, 2);
    QCOMPARE(error.relatedColumn, 3);
    QVERIFY(error.message().contains(u"“id”"_s));
    QVERIFY(error.hint().contains(u"line 2"_s));
}

void TestJsonReader::detectsDuplicatesInLargeObjects()
{
    // Past a few keys, duplicates are found with a hash: check both sides of the switch.
    for (const int keys : {3, 8, 9, 20, 5000}) {
        QByteArray json = "{";
        for (int i = 0; i < keys; ++i)
            json += "\"k" + QByteArray::number(i) + "\": " + QByteArray::number(i) + ",";
        QByteArray valid = json;
        valid.chop(1);
        valid += "}";
        const JsonDocument document = JsonReader().read(valid);
        QVERIFY2(document.isValid(), qPrintable(document.error().message()));
        QCOMPARE(document.root().size(), keys);
        QCOMPARE(document.root().value(u"k"_s + QString::number(keys - 1)).toDouble(), keys - 1);

        for (const int duplicated : {0, keys / 2, keys - 1}) {
            const QByteArray bad = json + "\"k" + QByteArray::number(duplicated) + "\": 0}";
            const JsonDocument badDocument = JsonReader().read(bad);
            QCOMPARE(badDocument.error().kind, JsonError::DuplicateKey);
            QCOMPARE(badDocument.error().detail, u"k"_s + QString::number(duplicated));
            const QByteArray key = "\"k" + QByteArray::number(duplicated) + "\"";
            QCOMPARE(badDocument.error().relatedColumn, bad.indexOf(key) + 1);
            QCOMPARE(badDocument.error().column, bad.lastIndexOf(key) + 1);
        }
    }
}

void TestJsonReader::unexpectedEndNamesTheUnclosedBracket()
{
    const JsonDocument document = JsonReader().read("{\n  \"a\": [\n    {\"b\": 1}\n"_ba);
    const JsonError &error = document.error();
    QCOMPARE(error.kind, JsonError::UnexpectedEnd);
    QCOMPARE(error.line, 4);
    QCOMPARE(error.column, 1);
    QCOMPARE(error.detail, u"["_s);
    QCOMPARE(error.relatedLine, 2);
    QCOMPARE(error.relatedColumn, 8);
    QVERIFY(error.hint().contains(u"line 2"_s));
}

void TestJsonReader::enforcesLimits()
{
    JsonReader::Limits limits;
    limits.maxBytes = 20;
    limits.maxDepth = 3;
    limits.maxStringLength = 5;
    limits.maxValues = 4;
    const JsonReader reader(limits);

    QVERIFY(reader.read("[[[1]]]"_ba).isValid());
    const JsonError tooDeep = reader.read("[[[[1]]]]"_ba).error();
    QCOMPARE(tooDeep.kind, JsonError::TooDeep);
    QCOMPARE(tooDeep.column, 4);
    QCOMPARE(tooDeep.detail, u"3"_s);

    QVERIFY(reader.read(R"(["12345"])"_ba).isValid());
    QVERIFY(reader.read(R"(["😀😀"])"_ba).isValid()); // 4 UTF-16 units
    const JsonError tooLong = reader.read(R"([1, "123456"])"_ba).error();
    QCOMPARE(tooLong.kind, JsonError::StringTooLong);
    QCOMPARE(tooLong.column, 5);
    QCOMPARE(reader.read(R"({"123456": 1})"_ba).error().kind, JsonError::StringTooLong);

    QVERIFY(reader.read("[1, 2, 3]"_ba).isValid());
    const JsonError tooMany = reader.read("[1, 2, 3, 4]"_ba).error();
    QCOMPARE(tooMany.kind, JsonError::TooManyValues);
    QCOMPARE(tooMany.column, 11);
    QCOMPARE(tooMany.detail, u"4"_s);

    const QByteArray twentyBytes = "[1," + QByteArray(15, ' ') + "1]";
    QCOMPARE(twentyBytes.size(), 20);
    QVERIFY(reader.read(twentyBytes).isValid());
    const JsonError tooLarge = reader.read(twentyBytes + ' ').error();
    QCOMPARE(tooLarge.kind, JsonError::FileTooLarge);
    QCOMPARE(tooLarge.line, 0);
    QCOMPARE(tooLarge.detail, u"20"_s);

    // The defaults.
    const JsonReader::Limits defaults = JsonReader().limits();
    QCOMPARE(defaults.maxBytes, 16 * 1024 * 1024);
    QCOMPARE(defaults.maxDepth, 64);
    QVERIFY(JsonReader().read(QByteArray(64, '[') + QByteArray(64, ']')).isValid());
    QCOMPARE(JsonReader().read(QByteArray(65, '[') + QByteArray(65, ']')).error().kind,
             JsonError::TooDeep);
}

void TestJsonReader::refusesDeepNestingQuickly()
{
    // 16 MiB of "[" and the same with objects: refused at depth 65 (the column shows that the
    // reader stopped there), without recursion.
    const QByteArray arrays(16 * 1024 * 1024, '[');
    const JsonError arraysError = JsonReader().read(arrays).error();
    QCOMPARE(arraysError.kind, JsonError::TooDeep);
    QCOMPARE(arraysError.column, 65);

    QByteArray objects;
    for (int i = 0; i < 1000; ++i)
        objects += "{\"a\":";
    const JsonError objectsError = JsonReader().read(objects).error();
    QCOMPARE(objectsError.kind, JsonError::TooDeep);
    QCOMPARE(objectsError.column, 64 * 5 + 1);

    // With no depth limit worth the name, the reader still does not recurse.
    JsonReader::Limits unlimited;
    unlimited.maxDepth = 1'000'000;
    const QByteArray deep = QByteArray(200'000, '[') + QByteArray(200'000, ']');
    QVERIFY(JsonReader(unlimited).read(deep).isValid());
}

void TestJsonReader::refusesLargeFileWithoutReadingIt()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(u"huge.json"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    // 100 MB, sparse: reading it would take long and fill memory.
    QVERIFY(file.resize(100'000'000));
    file.close();

    // Refused on its size, before reading: the error is the size limit, not a syntax error
    // (the file is all zero bytes).
    const JsonError error = JsonReader().readFile(file.fileName()).error();
    QCOMPARE(error.kind, JsonError::FileTooLarge);
    QCOMPARE(error.detail, QString::number(16 * 1024 * 1024));
}

void TestJsonReader::reportsUnreadableFile()
{
    QTemporaryDir dir;
    const JsonError missing = JsonReader().readFile(dir.filePath(u"missing.json"_s)).error();
    QCOMPARE(missing.kind, JsonError::CannotOpen);
    QVERIFY(!missing.detail.isEmpty());
    QVERIFY(missing.message().contains(missing.detail));

    const JsonError directory = JsonReader().readFile(dir.path()).error();
    QCOMPARE(directory.kind, JsonError::CannotOpen);
}

void TestJsonReader::readsFile()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(u"ok.json"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"a\": [1, 2, 3]}\n");
    file.close();
    const JsonDocument document = JsonReader().readFile(file.fileName());
    QVERIFY(document.isValid());
    QCOMPARE(document.root().value(u"a").size(), 3);

    JsonReader::Limits limits;
    limits.maxBytes = 10;
    QCOMPARE(JsonReader(limits).readFile(file.fileName()).error().kind, JsonError::FileTooLarge);
}

void TestJsonReader::valuesOutliveTheDocument()
{
    JsonValue name;
    {
        const JsonValue root = JsonReader().read(R"({"name": "kept"})"_ba).root();
        name = root.value(u"name");
    }
    QCOMPARE(name.stringView(), u"kept");
    QCOMPARE(name.column(), 10);
}

void TestJsonReader::wrongTypeAccessGivesEmptyValues()
{
    const JsonValue root = JsonReader().read(R"({"a": [1], "s": "x"})"_ba).root();
    QVERIFY(root.value(u"missing").isUndefined());
    QCOMPARE(root.value(u"missing").line(), 0);
    QVERIFY(root.at(0).isUndefined());
    QVERIFY(root.value(u"a").at(1).isUndefined());
    QVERIFY(root.value(u"a").at(-1).isUndefined());
    QVERIFY(root.value(u"a").value(u"x").isUndefined());
    QVERIFY(root.keyAt(2).isUndefined());
    QVERIFY(root.valueAt(-1).isUndefined());
    QVERIFY(root.value(u"s").toString() == u"x"_s);
    QVERIFY(root.value(u"a").toString().isNull());
    QCOMPARE(root.value(u"s").toDouble(), 0.0);
    QVERIFY(!root.value(u"s").toBool());
    QCOMPARE(root.value(u"s").size(), 0);
    QCOMPARE(JsonValue().type(), JsonValue::Type::Undefined);
}

void TestJsonReader::errorsHaveMessagesAndNames()
{
    for (int kind = JsonError::CannotOpen; kind <= JsonError::TooManyValues; ++kind) {
        JsonError error;
        error.kind = JsonError::Kind(kind);
        error.detail = u"x"_s;
        QVERIFY2(!error.message().isEmpty(), qPrintable(QString::number(kind)));
        QVERIFY2(!error.kindName().isEmpty(), qPrintable(QString::number(kind)));
    }
    QVERIFY(JsonError().message().isEmpty());
    QVERIFY(!JsonError().isError());
}

void TestJsonReader::readsLargeDocument()
{
    // 40,000 records (some 10 MB): every one read, with its positions. How the reading time
    // grows with the size is measured by the benchmarks (benchmarks/run), not here.
    const QByteArray record = R"({"id": "service-%1", "name": {"fr": "Écoute", "en": "Listening"},
        "contacts": [{"kind": "phone", "value": "0 800 130 000"}], "hours": "Mo-Fr 09:00-18:00",
        "location": {"lat": 48.8566, "lon": 2.3522}, "anonymous": true, "languages": ["fr", "en"]})"_ba;
    QByteArray json = "[";
    for (int i = 0; i < 40'000; ++i) {
        if (i > 0)
            json += ",\n";
        json += QByteArray(record).replace("%1", QByteArray::number(i));
    }
    json += "]";
    const JsonDocument document = JsonReader().read(json);
    QVERIFY(document.isValid());
    QCOMPARE(document.root().size(), 40'000);
    const JsonValue last = document.root().at(39'999);
    QCOMPARE(last.value(u"id").toString(), u"service-39999"_s);
    QCOMPARE(last.line(), 1 + 39'999 * 3);
    QCOMPARE(last.value(u"location").value(u"lon").toDouble(), 2.3522);
}

QTEST_GUILESS_MAIN(TestJsonReader)
#include "tst_jsonreader.moc"
