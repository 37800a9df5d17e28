#ifndef HELPLINES_CORE_JSONDOCUMENT_H
#define HELPLINES_CORE_JSONDOCUMENT_H

#include "core/json/jsonerror.h"
#include "core/json/jsonvalue.h"

namespace Helplines {

// What JsonReader made of a text: the root value with positions, or the error that stopped it
// (then the root is undefined).
class JsonDocument
{
public:
    JsonDocument() = default;

    bool isValid() const { return !m_error.isError() && !m_root.isUndefined(); }
    const JsonError &error() const { return m_error; }
    const JsonValue &root() const { return m_root; }

private:
    friend class JsonReader;
    explicit JsonDocument(JsonError error);
    explicit JsonDocument(const JsonDocumentData *data);

    JsonValue m_root;
    JsonError m_error;
};

} // namespace Helplines

#endif // HELPLINES_CORE_JSONDOCUMENT_H
