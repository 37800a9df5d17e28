#include "searchtext.h"

using namespace Qt::StringLiterals;

namespace Helplines {

QString SearchText::fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    bool pendingSpace = false;
    for (const QChar c : decomposed) {
        const QChar::Category category = c.category();
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining
            || category == QChar::Mark_Enclosing)
            continue;
        if (c.isSpace()) {
            pendingSpace = !folded.isEmpty();
            continue;
        }
        if (pendingSpace) {
            folded.append(u' ');
            pendingSpace = false;
        }
        switch (c.unicode()) {
        case 0x0152: // Œ
        case 0x0153: // œ
            folded.append(u"oe");
            break;
        case 0x00C6: // Æ
        case 0x00E6: // æ
            folded.append(u"ae");
            break;
        case 0x00DF: // ß
            folded.append(u"ss");
            break;
        case 0x2018: // ‘
        case 0x2019: // ’
        case 0x02BC: // ʼ
            folded.append(u'\'');
            break;
        case 0x2010: // hyphens and dashes
        case 0x2011:
        case 0x2012:
        case 0x2013:
        case 0x2014:
            folded.append(u'-');
            break;
        default:
            folded.append(c.toCaseFolded());
        }
    }
    return folded;
}

QString SearchText::digits(const QString &number)
{
    QString result;
    result.reserve(number.size());
    for (const QChar c : number) {
        if (c.isDigit())
            result.append(QChar(u'0' + c.digitValue()));
    }
    const QString trimmed = number.trimmed();
    if (trimmed.startsWith(u'+') && result.startsWith(u"33"))
        result.replace(0, 2, u"0"_s);
    return result;
}

SearchQuery::SearchQuery(const QString &text)
{
    const QString folded = SearchText::fold(text);
    m_terms = folded.split(u' ', Qt::SkipEmptyParts);

    // A query made only of digits and the separators people type in numbers is a number:
    // "0800 130" must find "0 800 130 000" whatever the grouping.
    bool looksLikeNumber = !folded.isEmpty();
    bool hasDigit = false;
    for (const QChar c : folded) {
        if (c.isDigit())
            hasDigit = true;
        else if (c != u' ' && c != u'.' && c != u'-' && c != u'+' && c != u'(' && c != u')')
            looksLikeNumber = false;
    }
    if (looksLikeNumber && hasDigit) {
        m_digits = SearchText::digits(text);
        m_terms.clear();
    }
}

bool SearchQuery::matches(const QString &foldedText, const QString &digits) const
{
    if (!m_digits.isEmpty())
        return digits.contains(m_digits) || foldedText.contains(m_digits);
    for (const QString &term : m_terms) {
        if (!foldedText.contains(term))
            return false;
    }
    return true;
}

} // namespace Helplines
