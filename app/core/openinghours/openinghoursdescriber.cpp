#include "openinghoursdescriber.h"

#include "core/openinghours/openinghoursparser.h"

namespace Helplines {

OpeningHoursDescriber::OpeningHoursDescriber(const OpeningHoursAst &ast, Language language)
    : m_ast(ast)
    , m_language(language)
{}

QString OpeningHoursDescriber::describe() const
{
    // Work in progress: the canonical text until the plain-language description lands.
    return OpeningHoursParser::format(m_ast);
}

} // namespace Helplines
