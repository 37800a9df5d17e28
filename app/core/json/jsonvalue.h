#ifndef HELPLINES_CORE_JSONVALUE_H
#define HELPLINES_CORE_JSONVALUE_H

#include <QExplicitlySharedDataPointer>
#include <QString>
#include <QStringView>

namespace Helplines {

class JsonDocumentData;

// One value of a JSON document read by JsonReader, with the place where it starts in the file:
// 1-based line and column, the column counted in Unicode characters (code points) from the
// start of the line, as text editors count them. An object's keys are values too (strings),
// with their own position.
//
// A light handle on the document's shared data: cheap to copy, and it keeps the document
// alive. Asking an array for an element it does not have, an object for a key it does not
// have, or any value for the wrong type gives an undefined value, a null string, 0 or false.
class JsonValue
{
public:
    enum class Type { Undefined, Null, Bool, Number, String, Array, Object };

    struct Position
    {
        int line = 0;
        int column = 0;
    };

    JsonValue();
    JsonValue(const JsonValue &other);
    JsonValue(JsonValue &&other) noexcept;
    JsonValue &operator=(const JsonValue &other);
    JsonValue &operator=(JsonValue &&other) noexcept;
    ~JsonValue();

    Type type() const;
    // The type's name as JSON Schema spells it, for messages: "null", "boolean", "number",
    // "string", "array", "object"; empty for an undefined value.
    QString typeName() const;
    bool isUndefined() const { return type() == Type::Undefined; }
    bool isNull() const { return type() == Type::Null; }
    bool isBool() const { return type() == Type::Bool; }
    bool isNumber() const { return type() == Type::Number; }
    bool isString() const { return type() == Type::String; }
    bool isArray() const { return type() == Type::Array; }
    bool isObject() const { return type() == Type::Object; }

    // Where the value starts: its first character (the opening quote of a string); 0 for an
    // undefined value.
    int line() const;
    int column() const;
    Position position() const { return {line(), column()}; }
    // Byte offset of the value's first character in the file.
    qint64 offset() const;

    bool toBool() const;
    double toDouble() const;
    // True for a number written without a fraction or an exponent ("12", "-3", not "12.0").
    bool isInteger() const;
    // The decoded string; the view is valid as long as a handle on the document exists.
    QStringView stringView() const;
    QString toString() const;

    // The number of elements of an array or of members of an object; 0 for other values.
    qsizetype size() const;
    // An array's element.
    JsonValue at(qsizetype index) const;
    // An object's members in the order of the file: the key (a string value with its position)
    // and the value.
    JsonValue keyAt(qsizetype index) const;
    JsonValue valueAt(qsizetype index) const;
    // An object's member by key (the first one; a document never has two).
    JsonValue value(QStringView key) const;

    // For a string: where the character at a UTF-16 index of the decoded string is written in
    // the file, escapes taken into account; the closing quote for index == size. Used to
    // point at an error found inside a string, such as in an opening_hours rule.
    Position positionInString(qsizetype index) const;

private:
    friend class JsonDocument;
    JsonValue(const JsonDocumentData *data, quint32 index);

    QExplicitlySharedDataPointer<const JsonDocumentData> d;
    quint32 m_index = 0;
};

} // namespace Helplines

#endif // HELPLINES_CORE_JSONVALUE_H
