#ifndef HELPLINES_MODELS_SEARCHTEXT_H
#define HELPLINES_MODELS_SEARCHTEXT_H

#include <QString>
#include <QStringList>

namespace Helplines {

// Folding of text for accent- and case-insensitive search, as French readers expect:
// "Écoute" matches "ecoute", "œ" matches "oe", typographic apostrophes match "'".
class SearchText
{
public:
    // Lower case, without diacritics, ligatures expanded, runs of white space made one space.
    static QString fold(const QString &text);
    // The digits of a phone number as published ("0 800 130 000" -> "0800130000"); a leading
    // "+33" becomes "0" so that both forms find the same number.
    static QString digits(const QString &number);
};

// A search as the user typed it, parsed once per keystroke and matched against many rows.
class SearchQuery
{
public:
    SearchQuery() = default;
    explicit SearchQuery(const QString &text);

    bool isEmpty() const { return m_terms.isEmpty() && m_digits.isEmpty(); }
    // foldedText: SearchText::fold() of the searchable fields; digits: the digits of the
    // numbers, separated by spaces.
    bool matches(const QString &foldedText, const QString &digits) const;

private:
    // Every term must be found in the text (or, for a term of digits, in a number).
    QStringList m_terms;
    // When the whole query looks like a number ("0800 130", "+33 800"), its digits.
    QString m_digits;
};

} // namespace Helplines

#endif // HELPLINES_MODELS_SEARCHTEXT_H
