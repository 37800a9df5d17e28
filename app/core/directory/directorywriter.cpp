#include "directorywriter.h"

#include <QList>
#include <QLocale>
#include <QString>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Helplines {

namespace {

constexpr qsizetype indentWidth = 4;
constexpr qsizetype lineLimit = 100;

QString quoted(QStringView text)
{
    QString result;
    result.reserve(text.size() + 2);
    result += u'"';
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        switch (c.unicode()) {
        case u'"':
            result += u"\\\""_s;
            break;
        case u'\\':
            result += u"\\\\"_s;
            break;
        case u'\n':
            result += u"\\n"_s;
            break;
        case u'\r':
            result += u"\\r"_s;
            break;
        case u'\t':
            result += u"\\t"_s;
            break;
        case u'\b':
            result += u"\\b"_s;
            break;
        case u'\f':
            result += u"\\f"_s;
            break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7F || c.unicode() == 0x2028
                || c.unicode() == 0x2029) {
                result += u"\\u%1"_s.arg(c.unicode(), 4, 16, QLatin1Char('0'));
            } else if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
                result += c;
                result += text[++i];
            } else if (c.isSurrogate()) {
                // Not a character: UTF-8 cannot carry it.
                result += QChar(QChar::ReplacementCharacter);
            } else {
                result += c;
            }
        }
    }
    result += u'"';
    return result;
}

QString number(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

// An object under construction: its members, already rendered for their indentation.
class ObjectWriter
{
public:
    explicit ObjectWriter(qsizetype indent)
        : m_indent(indent)
    {}

    qsizetype memberIndent() const { return m_indent + indentWidth; }

    void add(QStringView key, const QString &rendered)
    {
        m_members.append(QString(memberIndent(), u' ') + quoted(key) + u": "_s + rendered);
    }
    void addString(QStringView key, const QString &value)
    {
        if (!value.isEmpty())
            add(key, quoted(value));
    }
    void addText(QStringView key, const LocalizedText &text);
    void addStrings(QStringView key, const QStringList &values);

    QString render() const
    {
        if (m_members.isEmpty())
            return u"{}"_s;
        return u"{\n"_s + m_members.join(u",\n"_s) + u'\n' + QString(m_indent, u' ') + u'}';
    }

private:
    // Whether "key": value, fits on its line.
    bool fits(QStringView key, const QString &value) const
    {
        return memberIndent() + key.size() + 4 + value.size() + 1 <= lineLimit;
    }

    qsizetype m_indent;
    QStringList m_members;
};

void ObjectWriter::addText(QStringView key, const LocalizedText &text)
{
    if (text.isEmpty())
        return;
    QStringList parts;
    if (!text.fr.isEmpty())
        parts.append(u"\"fr\": "_s + quoted(text.fr));
    if (!text.en.isEmpty())
        parts.append(u"\"en\": "_s + quoted(text.en));
    const QString inlined = u"{ "_s + parts.join(u", "_s) + u" }"_s;
    if (fits(key, inlined)) {
        add(key, inlined);
        return;
    }
    const QString inner(memberIndent() + indentWidth, u' ');
    add(key, u"{\n"_s + inner + parts.join(u",\n"_s + inner) + u'\n' + QString(memberIndent(), u' ')
                     + u'}');
}

void ObjectWriter::addStrings(QStringView key, const QStringList &values)
{
    if (values.isEmpty())
        return;
    QStringList items;
    items.reserve(values.size());
    for (const QString &value : values)
        items.append(quoted(value));
    const QString inlined = u'[' + items.join(u", "_s) + u']';
    if (fits(key, inlined)) {
        add(key, inlined);
        return;
    }
    const QString inner(memberIndent() + indentWidth, u' ');
    add(key, u"[\n"_s + inner + items.join(u",\n"_s + inner) + u'\n' + QString(memberIndent(), u' ')
                     + u']');
}

// An array of rendered objects.
QString array(const QStringList &elements, qsizetype indent)
{
    if (elements.isEmpty())
        return u"[]"_s;
    const QString inner(indent + indentWidth, u' ');
    return u"[\n"_s + inner + elements.join(u",\n"_s + inner) + u'\n' + QString(indent, u' ')
           + u']';
}

QString contactObject(const Contact &contact, qsizetype indent)
{
    ObjectWriter object(indent);
    object.addString(u"kind", contactKindKey(contact.kind));
    object.addString(u"value", contact.value);
    object.addText(u"label", contact.label);
    object.addString(u"hours", contact.hours);
    object.addText(u"note", contact.note);
    return object.render();
}

QString serviceObject(const Service &service, qsizetype indent)
{
    ObjectWriter object(indent);
    object.addString(u"id", service.id);
    object.addText(u"name", service.name);
    object.addText(u"description", service.description);
    object.addText(u"audience", service.audience);
    object.addText(u"organisation", service.organisation);
    object.addString(u"category", categoryKey(service.category));
    object.addString(u"scope", scopeKey(service.scope));
    object.addString(u"region", service.region);
    QStringList contacts;
    contacts.reserve(service.contacts.size());
    for (const Contact &contact : service.contacts)
        contacts.append(contactObject(contact, object.memberIndent() + indentWidth));
    object.add(u"contacts", array(contacts, object.memberIndent()));
    object.addString(u"hours", service.hours);
    object.addText(u"hours_note", service.hoursNote);
    object.addString(u"timezone", service.timeZone);
    object.addString(u"holidays", service.holidays);
    if (service.location && std::isfinite(service.location->latitude)
        && std::isfinite(service.location->longitude)) {
        object.add(u"location", u"{ \"lat\": "_s + number(service.location->latitude)
                                        + u", \"lon\": "_s + number(service.location->longitude)
                                        + u" }"_s);
    }
    object.addString(u"cost", costKey(service.cost));
    object.addText(u"cost_note", service.costNote);
    if (service.anonymous)
        object.add(u"anonymous", *service.anonymous ? u"true"_s : u"false"_s);
    QStringList accessibility;
    for (const AccessibilityFeature feature : service.accessibility)
        accessibility.append(accessibilityKey(feature));
    object.addStrings(u"accessibility", accessibility);
    object.addText(u"accessibility_note", service.accessibilityNote);
    object.addStrings(u"languages", service.languages);
    object.addString(u"source", service.source);
    if (service.verified.isValid())
        object.addString(u"verified", service.verified.toString(Qt::ISODate));
    object.addString(u"status", statusKey(service.status));
    object.addText(u"status_note", service.statusNote);
    if (service.pinned)
        object.add(u"pinned", u"true"_s);
    return object.render();
}

QString emergencyObject(const EmergencyNumber &number, qsizetype indent)
{
    ObjectWriter object(indent);
    object.addString(u"id", number.id);
    object.addString(u"number", number.number);
    object.addString(u"kind", contactKindKey(number.kind));
    object.addText(u"name", number.name);
    object.addText(u"description", number.description);
    return object.render();
}

} // namespace

QByteArray DirectoryWriter::write(const Directory &directory)
{
    ObjectWriter root(0);
    root.add(u"format", QString::number(directory.format));

    ObjectWriter publisher(root.memberIndent());
    publisher.addText(u"name", directory.publisher);
    publisher.addString(u"url", directory.publisherUrl);
    if (directory.updated.isValid())
        publisher.addString(u"updated", directory.updated.toString(Qt::ISODate));
    root.add(u"publisher", publisher.render());

    if (!directory.emergencyNumbers.isEmpty()) {
        QStringList numbers;
        for (const EmergencyNumber &number : directory.emergencyNumbers)
            numbers.append(emergencyObject(number, root.memberIndent() + indentWidth));
        root.add(u"emergency", array(numbers, root.memberIndent()));
    }

    QStringList services;
    services.reserve(directory.services.size());
    for (const Service &service : directory.services)
        services.append(serviceObject(service, root.memberIndent() + indentWidth));
    root.add(u"services", array(services, root.memberIndent()));

    root.addStrings(u"hide", directory.hiddenIds);
    return (root.render() + u'\n').toUtf8();
}

QByteArray DirectoryWriter::writeService(const Service &service)
{
    return (serviceObject(service, 0) + u'\n').toUtf8();
}

} // namespace Helplines
