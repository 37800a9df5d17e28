#include "hoursjson.h"

#include "cli/isodatetime.h"

using namespace Qt::StringLiterals;

namespace Helplines {

QStringView HoursJson::stateKey(OpenState state)
{
    switch (state) {
    case OpenState::Open:
        return u"open";
    case OpenState::Closed:
        return u"closed";
    case OpenState::Unknown:
        break;
    }
    return u"unknown";
}

int HoursJson::characterColumn(QStringView rule, int utf16Column)
{
    if (utf16Column <= 1)
        return utf16Column;
    const qsizetype before = std::min<qsizetype>(utf16Column - 1, rule.size());
    int characters = 0;
    for (qsizetype i = 0; i < before; ++i) {
        // The second half of a surrogate pair belongs to the character before it.
        if (!(rule.at(i).isLowSurrogate() && i > 0 && rule.at(i - 1).isHighSurrogate()))
            ++characters;
    }
    return characters + int(utf16Column - 1 - before) + 1;
}

OpeningHoursError HoursJson::errorInCharacters(const OpeningHours &hours)
{
    OpeningHoursError error = hours.error();
    if (error.kind != OpeningHoursError::TooLong)
        error.column = characterColumn(hours.rule(), error.column);
    return error;
}

void HoursJson::appendString(QByteArray &out, QStringView text)
{
    out += '"';
    qsizetype plain = 0;
    auto flush = [&](qsizetype end) {
        if (end > plain)
            out += text.mid(plain, end - plain).toUtf8();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c >= 0x20 && c != u'"' && c != u'\\')
            continue;
        flush(i);
        plain = i + 1;
        switch (c) {
        case u'"':
            out += "\\\"";
            break;
        case u'\\':
            out += "\\\\";
            break;
        case u'\n':
            out += "\\n";
            break;
        case u'\r':
            out += "\\r";
            break;
        case u'\t':
            out += "\\t";
            break;
        case u'\b':
            out += "\\b";
            break;
        case u'\f':
            out += "\\f";
            break;
        default: {
            static constexpr char hex[] = "0123456789abcdef";
            out += "\\u00";
            out += hex[(c >> 4) & 0xf];
            out += hex[c & 0xf];
            break;
        }
        }
    }
    flush(text.size());
    out += '"';
}

QByteArray HoursJson::evaluation(const OpeningHoursEvaluation &evaluation,
                                 const QString &description)
{
    QByteArray out;
    out.reserve(96);
    out += "{\"state\":\"";
    out += stateKey(evaluation.state).toLatin1();
    out += "\",\"comment\":";
    if (evaluation.comment.isNull())
        out += "null";
    else
        appendString(out, evaluation.comment);
    out += ",\"next_change\":";
    if (evaluation.nextChange.isValid())
        appendString(out, IsoDateTime::format(evaluation.nextChange));
    else
        out += "null";
    if (!description.isNull()) {
        out += ",\"description\":";
        appendString(out, description);
    }
    out += '}';
    return out;
}

QByteArray HoursJson::parseError(const OpeningHours &hours, bool withSuggestion)
{
    const OpeningHoursError error = hours.error();
    QByteArray out;
    out += "{\"error\":";
    appendString(out, errorInCharacters(hours).message());
    out += ",\"column\":";
    out += QByteArray::number(characterColumn(hours.rule(), error.column));
    if (withSuggestion) {
        out += ",\"suggestion\":";
        if (error.suggestion.isEmpty())
            out += "null";
        else
            appendString(out, error.suggestion);
    }
    out += '}';
    return out;
}

QByteArray HoursJson::inputError(const QString &message)
{
    QByteArray out;
    out += "{\"error\":";
    appendString(out, message);
    out += '}';
    return out;
}

} // namespace Helplines
