#ifndef HELPLINES_CORE_OPENINGHOURSDESCRIBER_H
#define HELPLINES_CORE_OPENINGHOURSDESCRIBER_H

#include "core/language.h"
#include "core/openinghours/openinghoursast.h"

#include <QString>

namespace Helplines {

// Says a parsed rule in plain French or English.
class OpeningHoursDescriber
{
public:
    OpeningHoursDescriber(const OpeningHoursAst &ast, Language language);
    QString describe() const;

private:
    const OpeningHoursAst &m_ast;
    Language m_language;
};

} // namespace Helplines

#endif // HELPLINES_CORE_OPENINGHOURSDESCRIBER_H
