#ifndef HELPLINES_CLI_CONSOLE_H
#define HELPLINES_CLI_CONSOLE_H

#include <QTextStream>

namespace Helplines {

// Standard output and error of helplines-cli, in UTF-8 whatever the platform.
class Console
{
    Q_DISABLE_COPY_MOVE(Console)

public:
    Console();
    ~Console();

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

private:
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace Helplines

#endif // HELPLINES_CLI_CONSOLE_H
