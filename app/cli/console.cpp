#include "console.h"

#include <cstdio>

namespace Helplines {

Console::Console()
    : m_out(stdout)
    , m_err(stderr)
{
    m_out.setEncoding(QStringConverter::Utf8);
    m_err.setEncoding(QStringConverter::Utf8);
}

Console::~Console()
{
    m_out.flush();
    m_err.flush();
}

} // namespace Helplines
