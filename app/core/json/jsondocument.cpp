#include "jsondocument.h"

#include "core/json/jsondocumentdata.h"

#include <utility>

namespace Helplines {

JsonDocument::JsonDocument(JsonError error)
    : m_error(std::move(error))
{}

JsonDocument::JsonDocument(const JsonDocumentData *data)
    : m_root(data, 0)
{}

} // namespace Helplines
