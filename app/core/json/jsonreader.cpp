#include "jsonreader.h"

#include "core/json/jsondocumentdata.h"

#include <QByteArrayView>
#include <QFile>
#include <QHash>
#include <QStringView>

#include <algorithm>
#include <cmath>
#include <memory>
#include <utility>
#include <vector>

using namespace Qt::StringLiterals;

namespace Helplines {

namespace {

using Data = JsonDocumentData;

// Node offsets are 32-bit; QByteArray cannot hold much more anyway.
constexpr qint64 absoluteMaxBytes = 0x7fffffff;
// Objects with more keys than this check duplicates with a hash instead of a linear scan.
constexpr qsizetype linearKeyScanLimit = 8;

bool isDigit(uchar c)
{
    return c >= '0' && c <= '9';
}

bool isLetter(uchar c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isWordCharacter(uchar c)
{
    return isLetter(c) || isDigit(c) || c == '_';
}

// What a bad number looks like, to show all of it in the message: "0x1F", "1.e5", "+3".
bool isNumberLikeCharacter(uchar c)
{
    return isWordCharacter(c) || c == '.' || c == '+' || c == '-';
}

int hexValue(uchar c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Decodes the UTF-8 sequence at p (*p >= 0x80); returns its length in bytes, 0 if it is not
// well-formed UTF-8 (overlong forms, surrogates, code points above U+10FFFF, truncation).
int decodeUtf8(const uchar *p, const uchar *end, char32_t *codePoint)
{
    const uchar lead = *p;
    int length = 0;
    char32_t value = 0;
    char32_t minimum = 0;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
        value = lead & 0x1F;
        minimum = 0x80;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        value = lead & 0x0F;
        minimum = 0x800;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        value = lead & 0x07;
        minimum = 0x10000;
    } else {
        return 0;
    }
    if (end - p < length)
        return 0;
    for (int i = 1; i < length; ++i) {
        const uchar next = p[i];
        if ((next & 0xC0) != 0x80)
            return 0;
        value = (value << 6) | (next & 0x3F);
    }
    if (value < minimum || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
        return 0;
    *codePoint = value;
    return length;
}

// A character for a message: itself when visible, its code point ("U+00A0") when not.
QString describeCharacter(char32_t codePoint)
{
    const bool invisible = codePoint < 0x21 || (codePoint >= 0x7F && codePoint <= 0xA0)
                           || codePoint == 0xAD || (codePoint >= 0x2000 && codePoint <= 0x200F)
                           || (codePoint >= 0x2028 && codePoint <= 0x202F) || codePoint == 0x205F
                           || codePoint == 0x3000 || codePoint == 0xFEFF;
    if (invisible)
        return u"U+%1"_s.arg(uint(codePoint), 4, 16, QLatin1Char('0')).toUpper();
    return QString::fromUcs4(&codePoint, 1);
}

bool isTypographicQuote(char32_t codePoint)
{
    switch (codePoint) {
    case 0x00AB: // «
    case 0x00BB: // »
    case 0x2018: // ‘
    case 0x2019: // ’
    case 0x201C: // “
    case 0x201D: // ”
    case 0x201E: // „
        return true;
    default:
        return false;
    }
}

class Parser
{
public:
    Parser(const JsonReader::Limits &limits, const QByteArray &bytes);

    // True when the whole text was read; then data() holds the document.
    bool run();
    const JsonError &error() const { return m_error; }
    const Data *data() const { return m_data.data(); }

private:
    enum class State {
        Root,
        ArrayFirst,  // after "["
        ArrayValue,  // after "," in an array
        ArrayNext,   // after an element
        ObjectFirst, // after "{"
        ObjectKey,   // after "," in an object
        Colon,       // after a key
        ObjectValue, // after ":"
        ObjectNext,  // after a member
        Done,
    };

    struct Frame
    {
        quint32 node = 0;
        size_t pendingStart = 0;
        bool object = false;
        // The last comma, for "trailing comma" errors.
        int commaLine = 0;
        int commaColumn = 0;
        qint64 commaOffset = 0;
        // Keys seen so far, once there are too many for a linear scan.
        std::unique_ptr<QHash<QStringView, quint32>> keys;
    };

    int columnAt(const uchar *at) const { return int(at - m_lineStart - m_extraBytes) + 1; }
    qint64 offsetAt(const uchar *at) const { return qint64(at - m_fileStart); }
    void newLine()
    {
        ++m_line;
        m_lineStart = m_p;
        m_extraBytes = 0;
    }
    void skipWhitespace();

    bool fail(JsonError::Kind kind, int line, int column, qint64 offset, QString detail = {});
    bool failAt(JsonError::Kind kind, const uchar *at, QString detail = {})
    {
        return fail(kind, m_line, columnAt(at), offsetAt(at), std::move(detail));
    }
    bool failOnCharacter(JsonError::Kind fallback, QString detail = {});
    bool failEnd();

    State afterValue() const;
    quint32 addNode(Data::NodeType type, int line, int column, qint64 offset);
    void attach(quint32 node);
    bool countValue(int line, int column, qint64 offset);

    bool parseValue(State state, State *next);
    bool openContainer(Data::NodeType type);
    void closeContainer();
    bool parseKey();
    bool parseString(quint32 *first, quint32 *length);
    bool parseEscape(QChar **out);
    bool parseNumber();
    bool parseWord();

    const JsonReader::Limits &m_limits;
    QExplicitlySharedDataPointer<Data> m_data;

    const uchar *m_fileStart = nullptr;
    const uchar *m_p = nullptr;
    const uchar *m_end = nullptr;
    int m_line = 1;
    const uchar *m_lineStart = nullptr;
    // Continuation bytes of multi-byte characters between m_lineStart and m_p, so that
    // columns count characters.
    qsizetype m_extraBytes = 0;

    // Decoded strings are written straight into the document's string buffer, sized once:
    // a string never decodes to more UTF-16 units than its UTF-8 bytes.
    QChar *m_stringsBegin = nullptr;
    QChar *m_stringsEnd = nullptr;

    std::vector<Frame> m_frames;
    // The children of the open containers, innermost last.
    std::vector<quint32> m_pending;
    qsizetype m_valueCount = 0;
    JsonError m_error;
};

Parser::Parser(const JsonReader::Limits &limits, const QByteArray &bytes)
    : m_limits(limits)
    , m_data(new Data)
{
    m_data->source = bytes;
    m_fileStart = reinterpret_cast<const uchar *>(m_data->source.constData());
    m_p = m_fileStart;
    m_end = m_fileStart + m_data->source.size();
    m_lineStart = m_p;
    m_data->strings.resize(m_data->source.size());
    m_stringsBegin = m_data->strings.data();
    m_stringsEnd = m_stringsBegin;
    m_data->nodes.reserve(size_t(m_data->source.size() / 16 + 1));
    m_data->children.reserve(size_t(m_data->source.size() / 16 + 1));
}

bool Parser::fail(JsonError::Kind kind, int line, int column, qint64 offset, QString detail)
{
    m_error.kind = kind;
    m_error.line = line;
    m_error.column = column;
    m_error.offset = offset;
    m_error.detail = std::move(detail);
    return false;
}

// An error on the character at m_p: invalid UTF-8, a comment, quotes of the wrong kind, or
// the given kind.
bool Parser::failOnCharacter(JsonError::Kind fallback, QString detail)
{
    const uchar c = *m_p;
    if (c == '/' && m_p + 1 < m_end && (m_p[1] == '/' || m_p[1] == '*'))
        return failAt(JsonError::Comment, m_p);
    if (c == '\'')
        return failAt(JsonError::SingleQuotes, m_p);
    if (c >= 0x80) {
        char32_t codePoint = 0;
        if (decodeUtf8(m_p, m_end, &codePoint) == 0)
            return failAt(JsonError::InvalidUtf8, m_p);
        if (isTypographicQuote(codePoint))
            return failAt(JsonError::TypographicQuotes, m_p, describeCharacter(codePoint));
        if (fallback == JsonError::UnexpectedCharacter)
            detail = describeCharacter(codePoint);
    } else if (fallback == JsonError::UnexpectedCharacter) {
        detail = describeCharacter(c);
    }
    return failAt(fallback, m_p, std::move(detail));
}

bool Parser::failEnd()
{
    if (m_frames.empty() && m_data->nodes.empty())
        return fail(JsonError::EmptyDocument, 1, 1, 0);
    failAt(JsonError::UnexpectedEnd, m_p);
    if (!m_frames.empty()) {
        const Data::Node &open = m_data->nodes[m_frames.back().node];
        m_error.detail = m_frames.back().object ? u"{"_s : u"["_s;
        m_error.relatedLine = open.line;
        m_error.relatedColumn = open.column;
    }
    return false;
}

void Parser::skipWhitespace()
{
    while (m_p < m_end) {
        switch (*m_p) {
        case ' ':
        case '\t':
            ++m_p;
            break;
        case '\n':
            ++m_p;
            newLine();
            break;
        case '\r':
            ++m_p;
            if (m_p < m_end && *m_p == '\n')
                ++m_p;
            newLine();
            break;
        default:
            return;
        }
    }
}

Parser::State Parser::afterValue() const
{
    if (m_frames.empty())
        return State::Done;
    return m_frames.back().object ? State::ObjectNext : State::ArrayNext;
}

quint32 Parser::addNode(Data::NodeType type, int line, int column, qint64 offset)
{
    Data::Node node;
    node.type = type;
    node.flags = 0;
    node.line = line;
    node.column = column;
    node.offset = quint32(offset);
    node.range = {0, 0};
    m_data->nodes.push_back(node);
    return quint32(m_data->nodes.size() - 1);
}

void Parser::attach(quint32 node)
{
    if (!m_frames.empty())
        m_pending.push_back(node);
}

bool Parser::countValue(int line, int column, qint64 offset)
{
    if (++m_valueCount > m_limits.maxValues) {
        return fail(JsonError::TooManyValues, line, column, offset,
                    QString::number(m_limits.maxValues));
    }
    return true;
}

bool Parser::run()
{
    if (m_end - m_p >= 3 && m_p[0] == 0xEF && m_p[1] == 0xBB && m_p[2] == 0xBF) {
        // A UTF-8 byte order mark: skipped, and not counted in columns.
        m_p += 3;
        m_lineStart = m_p;
    } else if (m_end - m_p >= 2
               && ((m_p[0] == 0xFF && m_p[1] == 0xFE) || (m_p[0] == 0xFE && m_p[1] == 0xFF)
                   || m_p[0] == 0 || m_p[1] == 0)) {
        // A UTF-16 or UTF-32 byte order mark, or the NUL bytes of either around an ASCII
        // character (a JSON text starts with one).
        return fail(JsonError::UnsupportedEncoding, 1, 1, 0);
    }

    State state = State::Root;
    for (;;) {
        skipWhitespace();
        if (state == State::Done) {
            if (m_p != m_end)
                return failAt(JsonError::TrailingGarbage, m_p);
            break;
        }
        if (m_p == m_end)
            return failEnd();

        const uchar c = *m_p;
        switch (state) {
        case State::Root:
        case State::ArrayValue:
        case State::ObjectValue:
            if (!parseValue(state, &state))
                return false;
            break;
        case State::ArrayFirst:
            if (c == ']') {
                ++m_p;
                closeContainer();
                state = afterValue();
            } else if (!parseValue(state, &state)) {
                return false;
            }
            break;
        case State::ArrayNext:
        case State::ObjectNext: {
            Frame &frame = m_frames.back();
            const uchar close = frame.object ? '}' : ']';
            if (c == ',') {
                frame.commaLine = m_line;
                frame.commaColumn = columnAt(m_p);
                frame.commaOffset = offsetAt(m_p);
                ++m_p;
                state = frame.object ? State::ObjectKey : State::ArrayValue;
            } else if (c == close) {
                ++m_p;
                closeContainer();
                state = afterValue();
            } else {
                return failOnCharacter(JsonError::ExpectedCommaOrBracket,
                                       QString(QLatin1Char(char(close))));
            }
            break;
        }
        case State::ObjectFirst:
            if (c == '}') {
                ++m_p;
                closeContainer();
                state = afterValue();
                break;
            }
            if (!parseKey())
                return false;
            state = State::Colon;
            break;
        case State::ObjectKey:
            if (c == '}') {
                const Frame &frame = m_frames.back();
                return fail(JsonError::TrailingComma, frame.commaLine, frame.commaColumn,
                            frame.commaOffset);
            }
            if (!parseKey())
                return false;
            state = State::Colon;
            break;
        case State::Colon:
            if (c != ':')
                return failOnCharacter(JsonError::ExpectedColon);
            ++m_p;
            state = State::ObjectValue;
            break;
        case State::Done:
            break;
        }
    }

    m_data->strings.resize(m_stringsEnd - m_stringsBegin);
    m_data->strings.squeeze();
    return true;
}

bool Parser::parseValue(State state, State *next)
{
    const uchar c = *m_p;
    switch (c) {
    case '{':
        if (!openContainer(Data::Object))
            return false;
        *next = State::ObjectFirst;
        return true;
    case '[':
        if (!openContainer(Data::Array))
            return false;
        *next = State::ArrayFirst;
        return true;
    case '"': {
        const int line = m_line;
        const int column = columnAt(m_p);
        const qint64 offset = offsetAt(m_p);
        if (!countValue(line, column, offset))
            return false;
        quint32 first = 0;
        quint32 length = 0;
        if (!parseString(&first, &length))
            return false;
        const quint32 node = addNode(Data::String, line, column, offset);
        m_data->nodes[node].range = {first, length};
        attach(node);
        *next = afterValue();
        return true;
    }
    case ']':
        if (state == State::ArrayValue) {
            const Frame &frame = m_frames.back();
            return fail(JsonError::TrailingComma, frame.commaLine, frame.commaColumn,
                        frame.commaOffset);
        }
        return failAt(JsonError::ExpectedValue, m_p);
    case ',':
    case '}':
    case ':':
        return failAt(JsonError::ExpectedValue, m_p);
    default:
        break;
    }
    if (c == '-' || c == '+' || c == '.' || isDigit(c)) {
        if (!parseNumber())
            return false;
    } else if (isLetter(c)) {
        if (!parseWord())
            return false;
    } else {
        return failOnCharacter(JsonError::UnexpectedCharacter);
    }
    *next = afterValue();
    return true;
}

bool Parser::openContainer(Data::NodeType type)
{
    const int line = m_line;
    const int column = columnAt(m_p);
    const qint64 offset = offsetAt(m_p);
    if (m_frames.size() >= size_t(std::max(m_limits.maxDepth, 1))) {
        return fail(JsonError::TooDeep, line, column, offset,
                    QString::number(std::max(m_limits.maxDepth, 1)));
    }
    if (!countValue(line, column, offset))
        return false;
    const quint32 node = addNode(type, line, column, offset);
    attach(node);
    Frame frame;
    frame.node = node;
    frame.pendingStart = m_pending.size();
    frame.object = type == Data::Object;
    m_frames.push_back(std::move(frame));
    ++m_p;
    return true;
}

void Parser::closeContainer()
{
    const Frame &frame = m_frames.back();
    Data::Node &node = m_data->nodes[frame.node];
    node.range.first = quint32(m_data->children.size());
    node.range.count = quint32(m_pending.size() - frame.pendingStart);
    const auto begin = m_pending.begin() + std::ptrdiff_t(frame.pendingStart);
    m_data->children.insert(m_data->children.end(), begin, m_pending.end());
    m_pending.erase(begin, m_pending.end());
    m_frames.pop_back();
}

bool Parser::parseKey()
{
    if (*m_p != '"')
        return failOnCharacter(JsonError::ExpectedKey);
    const int line = m_line;
    const int column = columnAt(m_p);
    const qint64 offset = offsetAt(m_p);
    quint32 first = 0;
    quint32 length = 0;
    if (!parseString(&first, &length))
        return false;
    const QStringView key(m_stringsBegin + first, length);

    Frame &frame = m_frames.back();
    const auto keyView = [this](quint32 node) {
        const Data::Node &keyNode = m_data->nodes[node];
        return QStringView(m_stringsBegin + keyNode.range.first, keyNode.range.count);
    };
    const auto duplicate = [&](quint32 firstNode) {
        fail(JsonError::DuplicateKey, line, column, offset, key.toString());
        m_error.relatedLine = m_data->nodes[firstNode].line;
        m_error.relatedColumn = m_data->nodes[firstNode].column;
        return false;
    };
    const qsizetype keysSoFar = qsizetype(m_pending.size() - frame.pendingStart) / 2;
    if (frame.keys) {
        const auto found = frame.keys->constFind(key);
        if (found != frame.keys->constEnd())
            return duplicate(found.value());
    } else {
        for (size_t i = frame.pendingStart; i < m_pending.size(); i += 2) {
            if (keyView(m_pending[i]) == key)
                return duplicate(m_pending[i]);
        }
    }

    const quint32 node = addNode(Data::String, line, column, offset);
    m_data->nodes[node].range = {first, length};
    if (frame.keys) {
        frame.keys->insert(key, node);
    } else if (keysSoFar + 1 > linearKeyScanLimit) {
        frame.keys = std::make_unique<QHash<QStringView, quint32>>();
        for (size_t i = frame.pendingStart; i < m_pending.size(); i += 2)
            frame.keys->insert(keyView(m_pending[i]), m_pending[i]);
        frame.keys->insert(key, node);
    }
    attach(node);
    return true;
}

bool Parser::parseString(quint32 *first, quint32 *length)
{
    const int line = m_line;
    const int column = columnAt(m_p);
    const qint64 offset = offsetAt(m_p);
    QChar *const begin = m_stringsEnd;
    QChar *out = begin;
    const qsizetype maxLength = std::max<qsizetype>(m_limits.maxStringLength, 0);
    ++m_p;
    for (;;) {
        if (m_p == m_end)
            return fail(JsonError::UnterminatedString, line, column, offset);
        if (out - begin > maxLength) {
            return fail(JsonError::StringTooLong, line, column, offset, QString::number(maxLength));
        }
        const uchar c = *m_p;
        if (c == '"') {
            ++m_p;
            break;
        }
        if (c == '\\') {
            if (!parseEscape(&out))
                return false;
        } else if (c < 0x20) {
            return failAt(JsonError::ControlCharacter, m_p, describeCharacter(c));
        } else if (c < 0x80) {
            *out++ = QLatin1Char(char(c));
            ++m_p;
        } else {
            char32_t codePoint = 0;
            const int bytes = decodeUtf8(m_p, m_end, &codePoint);
            if (bytes == 0)
                return failAt(JsonError::InvalidUtf8, m_p);
            if (QChar::requiresSurrogates(codePoint)) {
                *out++ = QChar(QChar::highSurrogate(codePoint));
                *out++ = QChar(QChar::lowSurrogate(codePoint));
            } else {
                *out++ = QChar(char16_t(codePoint));
            }
            m_p += bytes;
            m_extraBytes += bytes - 1;
        }
    }
    if (out - begin > maxLength)
        return fail(JsonError::StringTooLong, line, column, offset, QString::number(maxLength));
    *first = quint32(begin - m_stringsBegin);
    *length = quint32(out - begin);
    m_stringsEnd = out;
    return true;
}

bool Parser::parseEscape(QChar **out)
{
    const uchar *const start = m_p;
    if (m_p + 1 == m_end) {
        m_p = m_end;
        return true; // the caller reports the unterminated string
    }
    const uchar c = m_p[1];
    char16_t unit = 0;
    switch (c) {
    case '"':
    case '\\':
    case '/':
        unit = c;
        break;
    case 'b':
        unit = u'\b';
        break;
    case 'f':
        unit = u'\f';
        break;
    case 'n':
        unit = u'\n';
        break;
    case 'r':
        unit = u'\r';
        break;
    case 't':
        unit = u'\t';
        break;
    case 'u': {
        const auto readHex = [this](const uchar *at, char16_t *value) {
            if (m_end - at < 6 || at[0] != '\\' || at[1] != 'u')
                return false;
            int result = 0;
            for (int i = 2; i < 6; ++i) {
                const int digit = hexValue(at[i]);
                if (digit < 0)
                    return false;
                result = result * 16 + digit;
            }
            *value = char16_t(result);
            return true;
        };
        const auto escapeText = [this](const uchar *at) {
            qsizetype n = 0;
            while (n < 6 && at + n < m_end && at[n] >= 0x20 && at[n] < 0x80 && at[n] != '"'
                   && (n < 2 || at[n] != '\\')) {
                ++n;
            }
            return QString::fromLatin1(reinterpret_cast<const char *>(at), n);
        };
        if (!readHex(m_p, &unit))
            return failAt(JsonError::InvalidEscape, m_p, escapeText(m_p));
        if (QChar::isLowSurrogate(unit))
            return failAt(JsonError::LoneSurrogate, m_p, escapeText(m_p));
        if (QChar::isHighSurrogate(unit)) {
            char16_t low = 0;
            if (!readHex(m_p + 6, &low) || !QChar::isLowSurrogate(low))
                return failAt(JsonError::LoneSurrogate, m_p, escapeText(m_p));
            *(*out)++ = QChar(unit);
            *(*out)++ = QChar(low);
            m_p += 12;
            return true;
        }
        *(*out)++ = QChar(unit);
        m_p += 6;
        return true;
    }
    default: {
        QString detail = u"\\"_s;
        if (c >= 0x80) {
            char32_t codePoint = 0;
            if (decodeUtf8(m_p + 1, m_end, &codePoint) == 0)
                return failAt(JsonError::InvalidUtf8, m_p + 1);
            detail += describeCharacter(codePoint);
        } else {
            detail += c < 0x20 ? describeCharacter(c) : QString(QLatin1Char(char(c)));
        }
        return failAt(JsonError::InvalidEscape, start, detail);
    }
    }
    *(*out)++ = QChar(unit);
    m_p += 2;
    return true;
}

bool Parser::parseNumber()
{
    const uchar *const start = m_p;
    const int line = m_line;
    const int column = columnAt(m_p);
    const qint64 offset = offsetAt(m_p);
    if (!countValue(line, column, offset))
        return false;

    bool wellFormed = true;
    bool integer = true;
    bool nonZeroMantissa = false;
    if (m_p < m_end && *m_p == '-')
        ++m_p;
    if (m_p < m_end && *m_p == '0') {
        ++m_p;
    } else if (m_p < m_end && *m_p >= '1' && *m_p <= '9') {
        nonZeroMantissa = true;
        while (m_p < m_end && isDigit(*m_p))
            ++m_p;
    } else {
        wellFormed = false;
    }
    if (wellFormed && m_p < m_end && *m_p == '.') {
        integer = false;
        ++m_p;
        if (m_p == m_end || !isDigit(*m_p))
            wellFormed = false;
        while (m_p < m_end && isDigit(*m_p)) {
            nonZeroMantissa = nonZeroMantissa || *m_p != '0';
            ++m_p;
        }
    }
    if (wellFormed && m_p < m_end && (*m_p == 'e' || *m_p == 'E')) {
        integer = false;
        ++m_p;
        if (m_p < m_end && (*m_p == '+' || *m_p == '-'))
            ++m_p;
        if (m_p == m_end || !isDigit(*m_p))
            wellFormed = false;
        while (m_p < m_end && isDigit(*m_p))
            ++m_p;
    }
    const auto text = [&] {
        return QString::fromLatin1(reinterpret_cast<const char *>(start),
                                   std::min<qsizetype>(m_p - start, 40));
    };
    if (!wellFormed || (m_p < m_end && isNumberLikeCharacter(*m_p))) {
        while (m_p < m_end && isNumberLikeCharacter(*m_p))
            ++m_p;
        return fail(JsonError::InvalidNumber, line, column, offset, text());
    }

    bool converted = false;
    const double value = QByteArrayView(reinterpret_cast<const char *>(start), m_p - start)
                                 .toDouble(&converted);
    if (!converted || !std::isfinite(value) || (value == 0.0 && nonZeroMantissa))
        return fail(JsonError::NumberOutOfRange, line, column, offset, text());

    const quint32 node = addNode(Data::Number, line, column, offset);
    m_data->nodes[node].number = value;
    if (integer)
        m_data->nodes[node].flags |= Data::Integer;
    attach(node);
    return true;
}

bool Parser::parseWord()
{
    const uchar *const start = m_p;
    const int line = m_line;
    const int column = columnAt(m_p);
    const qint64 offset = offsetAt(m_p);
    while (m_p < m_end && isWordCharacter(*m_p))
        ++m_p;
    const QByteArrayView word(reinterpret_cast<const char *>(start), m_p - start);
    Data::NodeType type = Data::Null;
    quint8 flags = 0;
    if (word == "true") {
        type = Data::Bool;
        flags = Data::True;
    } else if (word == "false") {
        type = Data::Bool;
    } else if (word != "null") {
        return fail(JsonError::InvalidLiteral, line, column, offset,
                    QString::fromLatin1(word.first(std::min<qsizetype>(word.size(), 40))));
    }
    if (!countValue(line, column, offset))
        return false;
    const quint32 node = addNode(type, line, column, offset);
    m_data->nodes[node].flags = flags;
    attach(node);
    return true;
}

} // namespace

JsonReader::JsonReader(const Limits &limits)
    : m_limits(limits)
{}

JsonDocument JsonReader::read(const QByteArray &bytes) const
{
    const qint64 maxBytes = std::clamp<qint64>(m_limits.maxBytes, 0, absoluteMaxBytes);
    if (bytes.size() > maxBytes) {
        JsonError error;
        error.kind = JsonError::FileTooLarge;
        error.detail = QString::number(maxBytes);
        return JsonDocument(error);
    }
    Parser parser(m_limits, bytes);
    if (!parser.run())
        return JsonDocument(parser.error());
    return JsonDocument(parser.data());
}

JsonDocument JsonReader::readFile(const QString &path) const
{
    const qint64 maxBytes = std::clamp<qint64>(m_limits.maxBytes, 0, absoluteMaxBytes);
    JsonError error;
    error.detail = QString::number(maxBytes);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        error.kind = JsonError::CannotOpen;
        error.detail = file.errorString();
        return JsonDocument(error);
    }
    if (!file.isSequential() && file.size() > maxBytes) {
        error.kind = JsonError::FileTooLarge;
        return JsonDocument(error);
    }
    // Read in pieces, so that a file that grows, or a pipe, cannot make us read past the limit.
    QByteArray bytes;
    if (!file.isSequential())
        bytes.reserve(file.size());
    constexpr qint64 chunk = 64 * 1024;
    while (!file.atEnd() || file.isSequential()) {
        const QByteArray piece = file.read(std::min(chunk, maxBytes + 1 - bytes.size()));
        if (piece.isEmpty())
            break;
        bytes += piece;
        if (bytes.size() > maxBytes) {
            error.kind = JsonError::FileTooLarge;
            return JsonDocument(error);
        }
    }
    if (file.error() != QFileDevice::NoError) {
        error.kind = JsonError::CannotOpen;
        error.detail = file.errorString();
        return JsonDocument(error);
    }
    return read(bytes);
}

} // namespace Helplines
