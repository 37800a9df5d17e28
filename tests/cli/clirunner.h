#ifndef HELPLINES_TESTS_CLIRUNNER_H
#define HELPLINES_TESTS_CLIRUNNER_H

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

// Runs the built helplines-cli (its path comes from the build: HELPLINES_CLI) with a data
// folder of the test's own, and collects what it printed.
class CliRunner
{
public:
    struct Result
    {
        int exitCode = -1;
        QString out;
        QString err;
        bool finished = false;
    };

    CliRunner() { m_environment.insert(QStringLiteral("HELPLINES_DATA_DIR"), m_data.path()); }

    QString dataDirectory() const { return m_data.path(); }
    void setEnvironment(const QString &name, const QString &value)
    {
        m_environment.insert(name, value);
    }

    Result run(const QStringList &arguments, const QByteArray &input = {}) const
    {
        QProcess process;
        process.setProcessEnvironment(m_environment);
        process.start(QStringLiteral(HELPLINES_CLI), arguments);
        Result result;
        if (!process.waitForStarted(10000))
            return result;
        if (!input.isEmpty())
            process.write(input);
        process.closeWriteChannel();
        result.finished = process.waitForFinished(60000);
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

private:
    QTemporaryDir m_data;
    QProcessEnvironment m_environment = QProcessEnvironment::systemEnvironment();
};

#endif // HELPLINES_TESTS_CLIRUNNER_H
