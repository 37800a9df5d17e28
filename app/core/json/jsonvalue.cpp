#include "jsonvalue.h"

#include "core/json/jsondocumentdata.h"

using namespace Qt::StringLiterals;

namespace Helplines {

namespace {

using Node = JsonDocumentData::Node;

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// The code unit of the \uXXXX escape at p (already validated by the reader).
char16_t escapedUnit(const char *p)
{
    char16_t unit = 0;
    for (int i = 2; i < 6; ++i)
        unit = char16_t(unit * 16 + hexValue(p[i]));
    return unit;
}

int utf8SequenceLength(uchar lead)
{
    if (lead < 0x80)
        return 1;
    if (lead < 0xE0)
        return 2;
    if (lead < 0xF0)
        return 3;
    return 4;
}

} // namespace

JsonValue::JsonValue() = default;
JsonValue::JsonValue(const JsonValue &other) = default;
JsonValue::JsonValue(JsonValue &&other) noexcept = default;
JsonValue &JsonValue::operator=(const JsonValue &other) = default;
JsonValue &JsonValue::operator=(JsonValue &&other) noexcept = default;
JsonValue::~JsonValue() = default;

JsonValue::JsonValue(const JsonDocumentData *data, quint32 index)
    : d(data)
    , m_index(index)
{}

JsonValue::Type JsonValue::type() const
{
    if (!d)
        return Type::Undefined;
    switch (d->nodes[m_index].type) {
    case JsonDocumentData::Null:
        return Type::Null;
    case JsonDocumentData::Bool:
        return Type::Bool;
    case JsonDocumentData::Number:
        return Type::Number;
    case JsonDocumentData::String:
        return Type::String;
    case JsonDocumentData::Array:
        return Type::Array;
    case JsonDocumentData::Object:
        return Type::Object;
    }
    return Type::Undefined;
}

QString JsonValue::typeName() const
{
    switch (type()) {
    case Type::Undefined:
        return {};
    case Type::Null:
        return u"null"_s;
    case Type::Bool:
        return u"boolean"_s;
    case Type::Number:
        return u"number"_s;
    case Type::String:
        return u"string"_s;
    case Type::Array:
        return u"array"_s;
    case Type::Object:
        return u"object"_s;
    }
    return {};
}

int JsonValue::line() const
{
    return d ? d->nodes[m_index].line : 0;
}

int JsonValue::column() const
{
    return d ? d->nodes[m_index].column : 0;
}

qint64 JsonValue::offset() const
{
    return d ? qint64(d->nodes[m_index].offset) : -1;
}

bool JsonValue::toBool() const
{
    return d && d->nodes[m_index].type == JsonDocumentData::Bool
           && (d->nodes[m_index].flags & JsonDocumentData::True);
}

double JsonValue::toDouble() const
{
    return d && d->nodes[m_index].type == JsonDocumentData::Number ? d->nodes[m_index].number : 0.0;
}

bool JsonValue::isInteger() const
{
    return d && d->nodes[m_index].type == JsonDocumentData::Number
           && (d->nodes[m_index].flags & JsonDocumentData::Integer);
}

QStringView JsonValue::stringView() const
{
    if (!d || d->nodes[m_index].type != JsonDocumentData::String)
        return {};
    const Node &node = d->nodes[m_index];
    return QStringView(d->strings).mid(node.range.first, node.range.count);
}

QString JsonValue::toString() const
{
    return stringView().toString();
}

qsizetype JsonValue::size() const
{
    if (!d)
        return 0;
    const Node &node = d->nodes[m_index];
    if (node.type == JsonDocumentData::Array)
        return node.range.count;
    if (node.type == JsonDocumentData::Object)
        return node.range.count / 2;
    return 0;
}

JsonValue JsonValue::at(qsizetype index) const
{
    if (!d || d->nodes[m_index].type != JsonDocumentData::Array || index < 0
        || index >= qsizetype(d->nodes[m_index].range.count)) {
        return {};
    }
    return JsonValue(d.data(), d->children[d->nodes[m_index].range.first + quint32(index)]);
}

JsonValue JsonValue::keyAt(qsizetype index) const
{
    if (!d || d->nodes[m_index].type != JsonDocumentData::Object || index < 0
        || index >= qsizetype(d->nodes[m_index].range.count / 2)) {
        return {};
    }
    return JsonValue(d.data(), d->children[d->nodes[m_index].range.first + 2 * quint32(index)]);
}

JsonValue JsonValue::valueAt(qsizetype index) const
{
    if (!d || d->nodes[m_index].type != JsonDocumentData::Object || index < 0
        || index >= qsizetype(d->nodes[m_index].range.count / 2)) {
        return {};
    }
    return JsonValue(d.data(), d->children[d->nodes[m_index].range.first + 2 * quint32(index) + 1]);
}

JsonValue JsonValue::value(QStringView key) const
{
    if (!d || d->nodes[m_index].type != JsonDocumentData::Object)
        return {};
    const JsonDocumentData::Range range = d->nodes[m_index].range;
    const QStringView strings(d->strings);
    for (quint32 i = 0; i < range.count; i += 2) {
        const Node &keyNode = d->nodes[d->children[range.first + i]];
        if (strings.mid(keyNode.range.first, keyNode.range.count) == key)
            return JsonValue(d.data(), d->children[range.first + i + 1]);
    }
    return {};
}

JsonValue::Position JsonValue::positionInString(qsizetype index) const
{
    if (!d || d->nodes[m_index].type != JsonDocumentData::String)
        return {};
    const Node &node = d->nodes[m_index];
    // The reader validated the string; walk it again from the opening quote, counting the
    // UTF-16 units each written character decodes to and the columns it takes in the file.
    const char *p = d->source.constData() + node.offset + 1;
    const char *const end = d->source.constData() + d->source.size();
    int column = node.column + 1;
    qsizetype units = 0;
    while (p < end && *p != '"') {
        qsizetype produced = 1;
        int width = 1;
        int bytes = 1;
        if (*p == '\\') {
            if (p[1] == 'u') {
                const char16_t unit = escapedUnit(p);
                bytes = width = 6;
                if (QChar::isHighSurrogate(unit)) {
                    produced = 2;
                    bytes = width = 12;
                }
            } else {
                bytes = width = 2;
            }
        } else {
            bytes = utf8SequenceLength(uchar(*p));
            produced = bytes == 4 ? 2 : 1;
        }
        if (index < units + produced)
            return {node.line, column};
        units += produced;
        column += width;
        p += bytes;
    }
    return {node.line, column};
}

} // namespace Helplines
