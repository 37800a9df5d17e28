#include "openinghourslexer.h"

#include <QHash>

#include <array>

using namespace Qt::StringLiterals;

namespace Helplines {

namespace {

using TokenType = OpeningHoursLexer::TokenType;

// A word or phrase of sloppy values and what the canonical syntax writes instead. The
// replacement is lexed again as canonical text.
struct Replacement
{
    const char16_t *word;
    const char16_t *canonical;
    OpeningHoursError::Kind kind = OpeningHoursError::NonCanonicalWord;
};

constexpr auto F = OpeningHoursError::FrenchAbbreviation;

// Weekday and month names in the languages found in real values, English synonyms of the
// keywords, and the words that stand for "-" and ",". Keys are lower case. Facts about
// languages, not taken from any implementation.
const Replacement wordTable[] = {
        // English weekdays
        {u"monday", u"Mo"},
        {u"mondays", u"Mo"},
        {u"mon", u"Mo"},
        {u"tuesday", u"Tu"},
        {u"tuesdays", u"Tu"},
        {u"tue", u"Tu"},
        {u"tues", u"Tu"},
        {u"wednesday", u"We"},
        {u"wednesdays", u"We"},
        {u"wed", u"We"},
        {u"thursday", u"Th"},
        {u"thursdays", u"Th"},
        {u"thu", u"Th"},
        {u"thur", u"Th"},
        {u"thurs", u"Th"},
        {u"friday", u"Fr"},
        {u"fridays", u"Fr"},
        {u"fri", u"Fr"},
        {u"f", u"Fr"},
        {u"saturday", u"Sa"},
        {u"saturdays", u"Sa"},
        {u"sat", u"Sa"},
        {u"sunday", u"Su"},
        {u"sundays", u"Su"},
        {u"sun", u"Su"},
        // German
        {u"montag", u"Mo"},
        {u"montags", u"Mo"},
        {u"dienstag", u"Tu"},
        {u"dienstags", u"Tu"},
        {u"mittwoch", u"We"},
        {u"mittwochs", u"We"},
        {u"mi", u"We"},
        {u"donnerstag", u"Th"},
        {u"donnerstags", u"Th"},
        {u"do", u"Th"},
        {u"freitag", u"Fr"},
        {u"freitags", u"Fr"},
        {u"samstag", u"Sa"},
        {u"samstags", u"Sa"},
        {u"sonnabend", u"Sa"},
        {u"sonntag", u"Su"},
        {u"sonntags", u"Su"},
        {u"so", u"Su"},
        // French
        // Two-letter forms (lu ma me je ve sa di): "di" is dimanche, as the reference reads it,
        // not the German Dienstag.
        {u"lu", u"Mo", F},
        {u"ma", u"Tu", F},
        {u"me", u"We", F},
        {u"je", u"Th", F},
        {u"ve", u"Fr", F},
        {u"di", u"Su", F},
        {u"lundi", u"Mo", F},
        {u"lundis", u"Mo", F},
        {u"lun", u"Mo", F},
        {u"mardi", u"Tu", F},
        {u"mardis", u"Tu", F},
        {u"mercredi", u"We", F},
        {u"mercredis", u"We", F},
        {u"mer", u"We", F},
        {u"jeudi", u"Th", F},
        {u"jeudis", u"Th", F},
        {u"jeu", u"Th", F},
        {u"vendredi", u"Fr", F},
        {u"vendredis", u"Fr", F},
        {u"ven", u"Fr", F},
        {u"samedi", u"Sa", F},
        {u"samedis", u"Sa", F},
        {u"sam", u"Sa", F},
        {u"dimanche", u"Su", F},
        {u"dimanches", u"Su", F},
        {u"dim", u"Su", F},
        // Spanish
        {u"lunes", u"Mo"},
        {u"martes", u"Tu"},
        {u"miércoles", u"We"},
        {u"miercoles", u"We"},
        {u"jueves", u"Th"},
        {u"viernes", u"Fr"},
        {u"sábado", u"Sa"},
        {u"sabado", u"Sa"},
        {u"domingo", u"Su"},
        {u"mié", u"We"},
        {u"jue", u"Th"},
        {u"vie", u"Fr"},
        {u"sáb", u"Sa"},
        {u"dom", u"Su"},
        // Italian
        {u"lunedì", u"Mo"},
        {u"lunedi", u"Mo"},
        {u"martedì", u"Tu"},
        {u"martedi", u"Tu"},
        {u"mercoledì", u"We"},
        {u"mercoledi", u"We"},
        {u"giovedì", u"Th"},
        {u"giovedi", u"Th"},
        {u"venerdì", u"Fr"},
        {u"venerdi", u"Fr"},
        {u"sabato", u"Sa"},
        {u"domenica", u"Su"},
        // Portuguese
        {u"segunda", u"Mo"},
        {u"terça", u"Tu"},
        {u"terca", u"Tu"},
        {u"quarta", u"We"},
        {u"quinta", u"Th"},
        {u"sexta", u"Fr"},
        // Dutch
        {u"maandag", u"Mo"},
        {u"dinsdag", u"Tu"},
        {u"woensdag", u"We"},
        {u"donderdag", u"Th"},
        {u"vrijdag", u"Fr"},
        {u"zaterdag", u"Sa"},
        {u"zondag", u"Su"},
        // Danish, Norwegian, Swedish
        {u"mandag", u"Mo"},
        {u"tirsdag", u"Tu"},
        {u"onsdag", u"We"},
        {u"torsdag", u"Th"},
        {u"fredag", u"Fr"},
        {u"lørdag", u"Sa"},
        {u"søndag", u"Su"},
        {u"måndag", u"Mo"},
        {u"tisdag", u"Tu"},
        {u"lördag", u"Sa"},
        {u"söndag", u"Su"},
        // Polish, Czech
        {u"poniedziałek", u"Mo"},
        {u"wtorek", u"Tu"},
        {u"środa", u"We"},
        {u"czwartek", u"Th"},
        {u"piątek", u"Fr"},
        {u"sobota", u"Sa"},
        {u"niedziela", u"Su"},
        {u"pondělí", u"Mo"},
        {u"úterý", u"Tu"},
        {u"středa", u"We"},
        {u"čtvrtek", u"Th"},
        {u"pátek", u"Fr"},
        {u"neděle", u"Su"},
        // Turkish
        {u"pazartesi", u"Mo"},
        {u"salı", u"Tu"},
        {u"çarşamba", u"We"},
        {u"perşembe", u"Th"},
        {u"cuma", u"Fr"},
        {u"cumartesi", u"Sa"},
        {u"pazar", u"Su"},
        // Indonesian, Malay
        {u"senin", u"Mo"},
        {u"selasa", u"Tu"},
        {u"rabu", u"We"},
        {u"kamis", u"Th"},
        {u"jumat", u"Fr"},
        {u"sabtu", u"Sa"},
        {u"minggu", u"Su"},
        // Russian
        {u"понедельник", u"Mo"},
        {u"вторник", u"Tu"},
        {u"среда", u"We"},
        {u"четверг", u"Th"},
        {u"пятница", u"Fr"},
        {u"суббота", u"Sa"},
        {u"воскресенье", u"Su"},
        {u"пн", u"Mo"},
        {u"вт", u"Tu"},
        {u"ср", u"We"},
        {u"чт", u"Th"},
        {u"пт", u"Fr"},
        {u"сб", u"Sa"},
        {u"вс", u"Su"},
        // Thai (with and without the word "day")
        {u"วันจันทร์", u"Mo"},
        {u"วันอังคาร", u"Tu"},
        {u"วันพุธ", u"We"},
        {u"วันพฤหัสบดี", u"Th"},
        {u"วันศุกร์", u"Fr"},
        {u"วันเสาร์", u"Sa"},
        {u"วันอาทิตย์", u"Su"},
        {u"จันทร์", u"Mo"},
        {u"อังคาร", u"Tu"},
        {u"พุธ", u"We"},
        {u"พฤหัสบดี", u"Th"},
        {u"ศุกร์", u"Fr"},
        {u"เสาร์", u"Sa"},
        {u"อาทิตย์", u"Su"},
        // Japanese
        {u"月曜日", u"Mo"},
        {u"火曜日", u"Tu"},
        {u"水曜日", u"We"},
        {u"木曜日", u"Th"},
        {u"金曜日", u"Fr"},
        {u"土曜日", u"Sa"},
        {u"日曜日", u"Su"},
        {u"月曜", u"Mo"},
        {u"火曜", u"Tu"},
        {u"水曜", u"We"},
        {u"木曜", u"Th"},
        {u"金曜", u"Fr"},
        {u"土曜", u"Sa"},
        {u"日曜", u"Su"},
        {u"月", u"Mo"},
        {u"火", u"Tu"},
        {u"水", u"We"},
        {u"木", u"Th"},
        {u"金", u"Fr"},
        {u"土", u"Sa"},
        {u"日", u"Su"},
        // Chinese
        {u"星期一", u"Mo"},
        {u"星期二", u"Tu"},
        {u"星期三", u"We"},
        {u"星期四", u"Th"},
        {u"星期五", u"Fr"},
        {u"星期六", u"Sa"},
        {u"星期日", u"Su"},
        {u"星期天", u"Su"},
        {u"周一", u"Mo"},
        {u"周二", u"Tu"},
        {u"周三", u"We"},
        {u"周四", u"Th"},
        {u"周五", u"Fr"},
        {u"周六", u"Sa"},
        {u"周日", u"Su"},
        // Korean
        {u"월요일", u"Mo"},
        {u"화요일", u"Tu"},
        {u"수요일", u"We"},
        {u"목요일", u"Th"},
        {u"금요일", u"Fr"},
        {u"토요일", u"Sa"},
        {u"일요일", u"Su"},
        // Arabic
        {u"الاثنين", u"Mo"},
        {u"الإثنين", u"Mo"},
        {u"الثلاثاء", u"Tu"},
        {u"الأربعاء", u"We"},
        {u"الخميس", u"Th"},
        {u"الجمعة", u"Fr"},
        {u"السبت", u"Sa"},
        {u"الأحد", u"Su"},

        // Months: English
        {u"january", u"Jan"},
        {u"february", u"Feb"},
        {u"march", u"Mar"},
        {u"april", u"Apr"},
        {u"june", u"Jun"},
        {u"july", u"Jul"},
        {u"august", u"Aug"},
        {u"september", u"Sep"},
        {u"october", u"Oct"},
        {u"november", u"Nov"},
        {u"december", u"Dec"},
        // German
        {u"januar", u"Jan"},
        {u"jänner", u"Jan"},
        {u"februar", u"Feb"},
        {u"märz", u"Mar"},
        {u"maerz", u"Mar"},
        {u"mai", u"May"},
        {u"juni", u"Jun"},
        {u"juli", u"Jul"},
        {u"oktober", u"Oct"},
        {u"okt", u"Oct"},
        {u"dezember", u"Dec"},
        {u"dez", u"Dec"},
        // French
        {u"janvier", u"Jan", F},
        {u"février", u"Feb", F},
        {u"fevrier", u"Feb", F},
        {u"mars", u"Mar", F},
        {u"avril", u"Apr", F},
        {u"juin", u"Jun", F},
        {u"juillet", u"Jul", F},
        {u"août", u"Aug", F},
        {u"aout", u"Aug", F},
        {u"septembre", u"Sep", F},
        {u"octobre", u"Oct", F},
        {u"novembre", u"Nov", F},
        {u"décembre", u"Dec", F},
        {u"decembre", u"Dec", F},
        // Spanish
        {u"enero", u"Jan"},
        {u"febrero", u"Feb"},
        {u"marzo", u"Mar"},
        {u"abril", u"Apr"},
        {u"mayo", u"May"},
        {u"junio", u"Jun"},
        {u"julio", u"Jul"},
        {u"agosto", u"Aug"},
        {u"septiembre", u"Sep"},
        {u"setiembre", u"Sep"},
        {u"octubre", u"Oct"},
        {u"noviembre", u"Nov"},
        {u"diciembre", u"Dec"},
        // Italian
        {u"gennaio", u"Jan"},
        {u"febbraio", u"Feb"},
        {u"aprile", u"Apr"},
        {u"maggio", u"May"},
        {u"giugno", u"Jun"},
        {u"luglio", u"Jul"},
        {u"settembre", u"Sep"},
        {u"ottobre", u"Oct"},
        {u"dicembre", u"Dec"},
        // Portuguese
        {u"janeiro", u"Jan"},
        {u"fevereiro", u"Feb"},
        {u"março", u"Mar"},
        {u"marco", u"Mar"},
        {u"maio", u"May"},
        {u"junho", u"Jun"},
        {u"julho", u"Jul"},
        {u"setembro", u"Sep"},
        {u"outubro", u"Oct"},
        {u"dezembro", u"Dec"},
        // Dutch
        {u"januari", u"Jan"},
        {u"februari", u"Feb"},
        {u"maart", u"Mar"},
        {u"mei", u"May"},
        {u"augustus", u"Aug"},
        // Russian (nominative and genitive)
        {u"январь", u"Jan"},
        {u"января", u"Jan"},
        {u"февраль", u"Feb"},
        {u"февраля", u"Feb"},
        {u"март", u"Mar"},
        {u"марта", u"Mar"},
        {u"апрель", u"Apr"},
        {u"апреля", u"Apr"},
        {u"май", u"May"},
        {u"мая", u"May"},
        {u"июнь", u"Jun"},
        {u"июня", u"Jun"},
        {u"июль", u"Jul"},
        {u"июля", u"Jul"},
        {u"август", u"Aug"},
        {u"августа", u"Aug"},
        {u"сентябрь", u"Sep"},
        {u"сентября", u"Sep"},
        {u"октябрь", u"Oct"},
        {u"октября", u"Oct"},
        {u"ноябрь", u"Nov"},
        {u"ноября", u"Nov"},
        {u"декабрь", u"Dec"},
        {u"декабря", u"Dec"},

        // States
        {u"geschlossen", u"off"},
        {u"geschl", u"off"},
        {u"ruhetag", u"off"},
        {u"fermé", u"off", F},
        {u"ferme", u"off", F},
        {u"fermée", u"off", F},
        {u"cerrado", u"off"},
        {u"chiuso", u"off"},
        {u"fechado", u"off"},
        {u"gesloten", u"off"},
        {u"закрыто", u"off"},
        {u"close", u"closed"},
        {u"geöffnet", u"open"},
        {u"geoeffnet", u"open"},
        {u"ouvert", u"open", F},
        {u"abierto", u"open"},
        {u"aperto", u"open"},
        {u"aberto", u"open"},
        {u"geopend", u"open"},
        {u"offen", u"open"},
        // Holidays
        {u"holiday", u"PH"},
        {u"holidays", u"PH"},
        {u"feiertag", u"PH"},
        {u"feiertage", u"PH"},
        {u"feiertags", u"PH"},
        {u"férié", u"PH", F},
        {u"fériés", u"PH", F},
        {u"schulferien", u"SH"},
        {u"ferien", u"SH"},
        {u"schoolholiday", u"SH"},
        {u"schoolholidays", u"SH"},
        // Ranges and lists
        {u"to", u"-"},
        {u"till", u"-"},
        {u"til", u"-"},
        {u"until", u"-"},
        {u"through", u"-"},
        {u"thru", u"-"},
        {u"bis", u"-"},
        {u"a", u"-"},
        {u"à", u"-", F},
        {u"au", u"-", F},
        {u"ás", u"-"},
        {u"as", u"-"},
        {u"ate", u"-"},
        {u"até", u"-"},
        {u"до", u"-"},
        {u"hasta", u"-"},
        {u"al", u"-"},
        {u"tot", u"-"},
        {u"and", u","},
        {u"und", u","},
        {u"et", u",", F},
        {u"y", u","},
        {u"e", u","},
        {u"и", u","},
        // Shorthands
        {u"daily", u"Mo-Su"},
        {u"everyday", u"Mo-Su"},
        {u"täglich", u"Mo-Su"},
        {u"weekend", u"Sa-Su"},
        {u"weekends", u"Sa-Su"},
        {u"weekday", u"Mo-Fr"},
        {u"weekdays", u"Mo-Fr"},
        {u"workday", u"Mo-Fr"},
        {u"workdays", u"Mo-Fr"},
        {u"always", u"24/7"},
        {u"nonstop", u"24/7"},
        {u"anytime", u"24/7"},
        {u"durchgehend", u"24/7"},
};

// Multi-word forms, matched before single words (longest first where they share a start).
// Parts are separated by single spaces here and match any run of whitespace.
const Replacement phraseTable[] = {
        {u"24 hours 7 days a week", u"24/7"},
        {u"one day after public holidays", u"PH +1 day"},
        {u"one day after public holiday", u"PH +1 day"},
        {u"day after public holidays", u"PH +1 day"},
        {u"day after public holiday", u"PH +1 day"},
        {u"one day before public holidays", u"PH -1 day"},
        {u"one day before public holiday", u"PH -1 day"},
        {u"day before public holidays", u"PH -1 day"},
        {u"day before public holiday", u"PH -1 day"},
        {u"public holidays", u"PH"},
        {u"public holiday", u"PH"},
        {u"bank holidays", u"PH"},
        {u"bank holiday", u"PH"},
        {u"jours fériés", u"PH", F},
        {u"jour férié", u"PH", F},
        {u"school holidays", u"SH"},
        {u"school holiday", u"SH"},
        {u"vacances scolaires", u"SH", F},
        {u"every day", u"Mo-Su"},
        {u"7 days a week", u"Mo-Su"},
        {u"7 days/week", u"Mo-Su"},
        {u"7/7", u"Mo-Su"},
        {u"working days", u"Mo-Fr"},
        {u"working day", u"Mo-Fr"},
        {u"work days", u"Mo-Fr"},
        {u"work day", u"Mo-Fr"},
        {u"24 hours", u"24/7"},
        {u"all day", u"24/7"},
        {u"always open", u"24/7 open"},
        // Free text that real values carry without quotes: read as the comment it is.
        {u"nach vereinbarung", u"\"Nach Vereinbarung\""},
        {u"nach_vereinbarung", u"\"Nach Vereinbarung\""},
        {u"sur rendez-vous", u"\"Sur rendez-vous\"", F},
        {u"sur_rendez_vous", u"\"Sur rendez-vous\"", F},
        {u"sur rdv", u"\"Sur rendez-vous\"", F},
        {u"by appointment", u"\"By appointment\""},
        {u"by_appointment", u"\"By appointment\""},
        {u"open end", u"+"},
        {u"openend", u"+"},
};

struct CanonicalWord
{
    const char16_t *word;
    TokenType type;
    int value;
};

// The words of the canonical syntax (matched case-insensitively; another case is a warning).
const CanonicalWord canonicalWords[] = {
        {u"Mo", TokenType::Weekday, 0},
        {u"Tu", TokenType::Weekday, 1},
        {u"We", TokenType::Weekday, 2},
        {u"Th", TokenType::Weekday, 3},
        {u"Fr", TokenType::Weekday, 4},
        {u"Sa", TokenType::Weekday, 5},
        {u"Su", TokenType::Weekday, 6},
        {u"Jan", TokenType::Month, 1},
        {u"Feb", TokenType::Month, 2},
        {u"Mar", TokenType::Month, 3},
        {u"Apr", TokenType::Month, 4},
        {u"May", TokenType::Month, 5},
        {u"Jun", TokenType::Month, 6},
        {u"Jul", TokenType::Month, 7},
        {u"Aug", TokenType::Month, 8},
        {u"Sep", TokenType::Month, 9},
        {u"Oct", TokenType::Month, 10},
        {u"Nov", TokenType::Month, 11},
        {u"Dec", TokenType::Month, 12},
        {u"open", TokenType::Open, 0},
        {u"closed", TokenType::Closed, 0},
        {u"off", TokenType::Closed, 0},
        {u"unknown", TokenType::Unknown, 0},
        {u"PH", TokenType::PublicHoliday, 0},
        {u"SH", TokenType::SchoolHoliday, 0},
        {u"week", TokenType::Week, 0},
        {u"easter", TokenType::Easter, 0},
        {u"sunrise", TokenType::Sunrise, 0},
        {u"sunset", TokenType::Sunset, 0},
        {u"dawn", TokenType::Dawn, 0},
        {u"dusk", TokenType::Dusk, 0},
        {u"day", TokenType::Day, 0},
        {u"days", TokenType::Day, 0},
        {u"am", TokenType::Am, 0},
        {u"pm", TokenType::Pm, 0},
        {u"midnight", TokenType::Midnight, 0},
        {u"noon", TokenType::Noon, 0},
        {u"late", TokenType::OpenEnd, 0},
        {u"daylight", TokenType::Daylight, 0},
        {u"h", TokenType::HourSuffix, 0},
};

// Words that carry nothing: units after times, "on" in "SH on work day".
const char16_t *const noiseWords[] = {u"uhr", u"hrs", u"hr", u"on", u"heures", u"horas"};
// Prefixes of values pasted with their key ("opening_hours = ..."); a following ":" or "=" goes
// with them.
const char16_t *const prefixWords[]
        = {u"opening_hours", u"öffnungszeit", u"öffnungszeiten", u"openinghours", u"horaires"};

struct WordInfo
{
    QHash<QString, const Replacement *> replacements;
    QHash<QString, const CanonicalWord *> canonical;
};

const WordInfo &wordInfo()
{
    // Built once, read-only afterwards (thread-safe static initialisation).
    static const WordInfo info = [] {
        WordInfo result;
        for (const Replacement &r : wordTable)
            result.replacements.insert(QString::fromUtf16(r.word), &r);
        for (const CanonicalWord &c : canonicalWords)
            result.canonical.insert(QString::fromUtf16(c.word).toLower(), &c);
        return result;
    }();
    return info;
}

bool isWordChar(QChar c)
{
    return c.isLetter() || c.isMark() || c == u'_';
}

QChar digitOf(char16_t c)
{
    switch (c) {
    case 0x2070: // superscript zero
        return u'0';
    case 0x00B9:
        return u'1';
    case 0x00B2:
        return u'2';
    case 0x00B3:
        return u'3';
    default:
        break;
    }
    if (c >= 0x2074 && c <= 0x2079)
        return QChar(u'4' + (c - 0x2074));
    if (c >= 0x2080 && c <= 0x2089) // subscripts
        return QChar(u'0' + (c - 0x2080));
    if (c >= 0xFF10 && c <= 0xFF19) // full width
        return QChar(u'0' + (c - 0xFF10));
    return QChar();
}

// The ASCII character a look-alike stands for, or a null QChar.
QChar asciiLookAlike(char16_t c, QChar previous)
{
    const QChar digit = digitOf(c);
    if (!digit.isNull())
        return digit;
    switch (c) {
    case 0x00B0: // degree sign written for a superscript zero ("00:³°")
        return (previous.isDigit() || previous == u':') ? QChar(u'0') : QChar();
    case 0xFF1A: // full-width colon
        return u':';
    case 0xFF0C:
    case 0x3001: // ideographic comma
        return u',';
    case 0xFF1B:
        return u';';
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
    case 0x2043:
    case 0x2212:
    case 0x30FC: // Katakana prolonged sound mark, used as a dash
    case 0xFE63:
    case 0xFF0D:
    case 0xFF5E: // full-width tilde
    case 0x301C: // wave dash
    case u'~':
    case u'=':
        return u'-';
    case 0x00A0:
    case 0x2000:
    case 0x2001:
    case 0x2002:
    case 0x2003:
    case 0x2004:
    case 0x2005:
    case 0x2006:
    case 0x2007:
    case 0x2008:
    case 0x2009:
    case 0x200A:
    case 0x200B:
    case 0x202F:
    case 0x205F:
    case 0x3000:
        return u' ';
    default:
        return QChar();
    }
}

// Latin letters that Cyrillic ones are mistaken for ("оff" typed with a Cyrillic o).
QString latinFromLookAlikes(const QString &word)
{
    QString result = word;
    bool changed = false;
    for (QChar &c : result) {
        char16_t latin = 0;
        switch (c.unicode()) {
        case 0x0430:
            latin = u'a';
            break;
        case 0x0435:
            latin = u'e';
            break;
        case 0x043E:
            latin = u'o';
            break;
        case 0x0440:
            latin = u'p';
            break;
        case 0x0441:
            latin = u'c';
            break;
        case 0x0443:
            latin = u'y';
            break;
        case 0x0445:
            latin = u'x';
            break;
        case 0x0456:
            latin = u'i';
            break;
        default:
            break;
        }
        if (latin) {
            c = QChar(latin);
            changed = true;
        }
    }
    return changed ? result : QString();
}

// Closing quotes accepted for an opening quote; empty when c opens no comment.
QStringView closersOf(QChar c)
{
    switch (c.unicode()) {
    case u'"':
        return u"\"";
    case 0x201C: // “
        return u"\u201D\"\u201C";
    case 0x201E: // „
        return u"\u201C\u201D\"";
    case 0x00AB: // «
        return u"\u00BB";
    case 0x300C: // 「
        return u"\u300D";
    case 0x201A: // ‚
    case 0x2018: // ‘
    case 0x2019: // ’
        return u"\u2018\u2019";
    case u'\'':
        return u"'";
    default:
        return {};
    }
}

} // namespace

OpeningHoursLexer::OpeningHoursLexer(QStringView rule)
    : m_original(rule)
{
    if (rule.size() > maximumLength) {
        m_error.kind = OpeningHoursError::TooLong;
        m_error.column = maximumLength + 1;
        return;
    }
    m_text.reserve(rule.size());
    QChar previous;
    for (qsizetype i = 0; i < rule.size(); ++i) {
        const QChar c = rule.at(i);
        const QChar ascii = (c == u'\t' || c == u'\n' || c == u'\r')
                                    ? QChar(u' ')
                                    : asciiLookAlike(c.unicode(), previous);
        m_text.append(ascii.isNull() ? c : ascii);
        previous = m_text.back();
    }
    tokenize();
}

void OpeningHoursLexer::addToken(TokenType type, int position, int length, bool spaced, int value)
{
    Token token;
    token.type = type;
    token.position = position;
    token.length = length;
    token.spaced = spaced;
    token.value = value;
    m_tokens.append(token);
}

void OpeningHoursLexer::warn(OpeningHoursError::Kind kind, int position, int length,
                             const QString &suggestion)
{
    OpeningHoursError warning;
    warning.kind = kind;
    warning.column = position + 1;
    warning.token = m_original.mid(position, length).toString();
    warning.suggestion = suggestion;
    m_warnings.append(warning);
}

void OpeningHoursLexer::tokenize()
{
    const int size = int(m_text.size());
    int i = 0;
    bool spaced = false;
    while (i < size && !m_error.isError()) {
        const QChar c = m_text.at(i);
        if (c == u' ') {
            spaced = true;
            ++i;
            continue;
        }

        // Phrases first: they may start with digits ("24 hours", "7/7") or with a word.
        const bool wordStart = i == 0 || !isWordChar(m_text.at(i - 1));
        bool matchedPhrase = false;
        if (wordStart) {
            for (const Replacement &phrase : phraseTable) {
                const QStringView words(phrase.word);
                int j = i;
                qsizetype k = 0;
                bool ok = true;
                while (k < words.size()) {
                    if (words.at(k) == u' ') {
                        if (j >= size || m_text.at(j) != u' ') {
                            ok = false;
                            break;
                        }
                        while (j < size && m_text.at(j) == u' ')
                            ++j;
                        ++k;
                        continue;
                    }
                    if (j >= size || m_text.at(j).toLower() != words.at(k)) {
                        ok = false;
                        break;
                    }
                    ++j;
                    ++k;
                }
                if (!ok)
                    continue;
                // Whole words only.
                if (j < size && isWordChar(m_text.at(j)) && isWordChar(m_text.at(j - 1)))
                    continue;
                if (j < size && m_text.at(j).isDigit() && m_text.at(j - 1).isDigit())
                    continue;
                const QString canonical = QString::fromUtf16(phrase.canonical);
                if (canonical != u"24/7"_s || m_text.mid(i, j - i) != canonical)
                    warn(phrase.kind, i, j - i, canonical);
                // Re-lex the canonical text, every token at the phrase's position.
                OpeningHoursLexer inner(canonical);
                bool first = true;
                for (Token token : inner.tokens()) {
                    if (token.type == TokenType::End)
                        continue;
                    token.position = i;
                    token.length = j - i;
                    token.spaced = first ? spaced : true;
                    first = false;
                    m_tokens.append(token);
                }
                i = j;
                spaced = false;
                matchedPhrase = true;
                break;
            }
        }
        if (matchedPhrase)
            continue;

        if (c == u'2' && m_text.mid(i, 4) == u"24/7"_s
            && (i + 4 >= size || !m_text.at(i + 4).isDigit())) {
            addToken(TokenType::TwentyFourSeven, i, 4, spaced);
            i += 4;
            spaced = false;
            continue;
        }

        if (c.isDigit()) {
            int j = i;
            int value = 0;
            while (j < size && m_text.at(j).isDigit()) {
                if (value < 100000)
                    value = value * 10 + m_text.at(j).digitValue();
                ++j;
            }
            Token token;
            token.type = TokenType::Number;
            token.value = value;
            token.digits = j - i;
            token.position = i;
            token.length = j - i;
            token.spaced = spaced;
            token.lookAlike = m_text.mid(i, j - i) != m_original.mid(i, j - i);
            m_tokens.append(token);
            if (token.lookAlike)
                warn(OpeningHoursError::LookAlikeCharacter, i, j - i, m_text.mid(i, j - i));
            i = j;
            spaced = false;
            continue;
        }

        if (isWordChar(c)) {
            int j = i;
            while (j < size && isWordChar(m_text.at(j)))
                ++j;
            scanWord(i, j, spaced);
            // scanWord may consume a trailing dot or "m." of "a.m."; it moves past via tokens.
            const Token &last = m_tokens.isEmpty() ? Token() : m_tokens.constLast();
            i = std::max(j, last.position + last.length);
            spaced = false;
            continue;
        }

        if (!closersOf(m_original.at(i)).isEmpty()) {
            if (!scanComment(i, spaced))
                return;
            spaced = false;
            continue;
        }

        TokenType type = TokenType::End;
        int length = 1;
        switch (c.unicode()) {
        case u':':
            type = TokenType::Colon;
            break;
        case u'-':
            type = TokenType::Dash;
            break;
        case u',':
            type = TokenType::Comma;
            break;
        case u';':
            type = TokenType::Semicolon;
            break;
        case u'+':
            type = TokenType::Plus;
            break;
        case u'/':
            type = TokenType::Slash;
            break;
        case u'[':
            type = TokenType::LeftBracket;
            break;
        case u']':
            type = TokenType::RightBracket;
            break;
        case u'(':
            type = TokenType::LeftParen;
            break;
        case u')':
            type = TokenType::RightParen;
            break;
        case u'.':
            type = TokenType::Dot;
            break;
        case u'&':
            type = TokenType::Comma;
            warn(OpeningHoursError::NonCanonicalWord, i, 1, u","_s);
            break;
        case u'|':
            if (i + 1 < size && m_text.at(i + 1) == u'|') {
                type = TokenType::Fallback;
                length = 2;
            }
            break;
        default:
            break;
        }
        if (type == TokenType::End) {
            m_error.kind = OpeningHoursError::UnexpectedToken;
            m_error.column = i + 1;
            m_error.token = m_original.mid(i, 1).toString();
            return;
        }
        if (m_original.at(i) != c && m_original.at(i) != u'&')
            warn(OpeningHoursError::LookAlikeCharacter, i, 1, QString(c));
        addToken(type, i, length, spaced);
        i += length;
        spaced = false;
    }
    if (!m_error.isError())
        addToken(TokenType::End, size, 0, spaced);
}

bool OpeningHoursLexer::scanComment(int &index, bool spaced)
{
    const QStringView closers = closersOf(m_original.at(index));
    const int size = int(m_original.size());
    int j = index + 1;
    while (j < size && !closers.contains(m_original.at(j)))
        ++j;
    if (j >= size) {
        m_error.kind = OpeningHoursError::UnterminatedComment;
        m_error.column = index + 1;
        m_error.token = m_original.mid(index).toString();
        // The value with its comment closed.
        m_error.suggestion = m_original.left(index).toString() + u'"'
                             + m_original.mid(index + 1).toString() + u'"';
        return false;
    }
    Token token;
    token.type = TokenType::Comment;
    token.position = index;
    token.length = j + 1 - index;
    token.spaced = spaced;
    token.text = m_original.mid(index + 1, j - index - 1).toString();
    m_tokens.append(token);
    if (m_original.at(index) != u'"' || m_original.at(j) != u'"')
        warn(OpeningHoursError::LookAlikeCharacter, index, j + 1 - index,
             u"\"%1\""_s.arg(token.text));
    index = j + 1;
    return true;
}

void OpeningHoursLexer::scanWord(int begin, int end, bool spaced)
{
    const int size = int(m_text.size());
    const QString original = m_text.mid(begin, end - begin);
    const QString lower = original.toLower();

    // "a.m." and "p.m."
    if ((lower == u"a"_s || lower == u"p"_s) && end + 1 < size && m_text.at(end) == u'.'
        && m_text.at(end + 1).toLower() == u'm') {
        int stop = end + 2;
        if (stop < size && m_text.at(stop) == u'.')
            ++stop;
        addToken(lower == u"a"_s ? TokenType::Am : TokenType::Pm, begin, stop - begin, spaced);
        warn(OpeningHoursError::AmPm, begin, stop - begin, lower == u"a"_s ? u"am"_s : u"pm"_s);
        return;
    }

    const WordInfo &info = wordInfo();
    const CanonicalWord *canonical = info.canonical.value(lower);
    const Replacement *replacement = canonical ? nullptr : info.replacements.value(lower);
    bool lookAlike = false;
    if (!canonical && !replacement) {
        const QString latin = latinFromLookAlikes(lower);
        if (!latin.isEmpty()) {
            canonical = info.canonical.value(latin);
            replacement = canonical ? nullptr : info.replacements.value(latin);
            lookAlike = canonical || replacement;
        }
    }

    // A dot after an abbreviation ("jun.", "geschl.", "Nov.-Feb.") belongs to the word.
    int length = end - begin;
    const bool abbreviation
            = (canonical
               && (canonical->type == TokenType::Weekday || canonical->type == TokenType::Month))
              || replacement;
    if (abbreviation && end < size && m_text.at(end) == u'.'
        && (end + 1 >= size || !m_text.at(end + 1).isDigit()))
        ++length;

    if (canonical) {
        const QString spelled = QString::fromUtf16(canonical->word);
        if (canonical->type == TokenType::Am || canonical->type == TokenType::Pm) {
            if (original != spelled)
                warn(OpeningHoursError::AmPm, begin, length, spelled);
        } else if (canonical->type != TokenType::HourSuffix
                   && (original != spelled || lookAlike || length != end - begin)) {
            warn(lookAlike ? OpeningHoursError::LookAlikeCharacter
                           : OpeningHoursError::NonCanonicalWord,
                 begin, length, spelled);
        }
        addToken(canonical->type, begin, length, spaced, canonical->value);
        return;
    }
    if (replacement) {
        const QString text = QString::fromUtf16(replacement->canonical);
        warn(lookAlike ? OpeningHoursError::LookAlikeCharacter : replacement->kind, begin, length,
             text);
        OpeningHoursLexer inner(text);
        bool first = true;
        for (Token token : inner.tokens()) {
            if (token.type == TokenType::End)
                continue;
            token.position = begin;
            token.length = length;
            token.spaced = first ? spaced : true;
            first = false;
            m_tokens.append(token);
        }
        return;
    }
    for (const char16_t *noise : noiseWords) {
        if (lower == QStringView(noise)) {
            addToken(TokenType::Noise, begin, length, spaced);
            warn(OpeningHoursError::NonCanonicalWord, begin, length, QString());
            return;
        }
    }
    for (const char16_t *prefix : prefixWords) {
        if (lower == QStringView(prefix)) {
            // Swallow the ":" or "=" (read as "-") that follows the key.
            int j = end;
            while (j < size && m_text.at(j) == u' ')
                ++j;
            if (j < size && (m_text.at(j) == u':' || m_text.at(j) == u'-'))
                length = j + 1 - begin;
            addToken(TokenType::Noise, begin, length, spaced);
            warn(OpeningHoursError::NonCanonicalWord, begin, length, QString());
            return;
        }
    }
    Token token;
    token.type = TokenType::Word;
    token.position = begin;
    token.length = length;
    token.spaced = spaced;
    token.text = m_original.mid(begin, length).toString();
    m_tokens.append(token);
}

QString OpeningHoursLexer::tokenName(TokenType type)
{
    switch (type) {
    case TokenType::End:
        return u"end"_s;
    case TokenType::Number:
        return u"number"_s;
    case TokenType::Word:
        return u"word"_s;
    case TokenType::Weekday:
        return u"weekday"_s;
    case TokenType::Month:
        return u"month"_s;
    case TokenType::Colon:
        return u":"_s;
    case TokenType::Dash:
        return u"-"_s;
    case TokenType::Comma:
        return u","_s;
    case TokenType::Semicolon:
        return u";"_s;
    case TokenType::Plus:
        return u"+"_s;
    case TokenType::Slash:
        return u"/"_s;
    case TokenType::LeftBracket:
        return u"["_s;
    case TokenType::RightBracket:
        return u"]"_s;
    case TokenType::LeftParen:
        return u"("_s;
    case TokenType::RightParen:
        return u")"_s;
    case TokenType::Dot:
        return u"."_s;
    case TokenType::Fallback:
        return u"||"_s;
    case TokenType::Comment:
        return u"comment"_s;
    case TokenType::Open:
        return u"open"_s;
    case TokenType::Closed:
        return u"closed"_s;
    case TokenType::Unknown:
        return u"unknown"_s;
    case TokenType::PublicHoliday:
        return u"PH"_s;
    case TokenType::SchoolHoliday:
        return u"SH"_s;
    case TokenType::Week:
        return u"week"_s;
    case TokenType::Easter:
        return u"easter"_s;
    case TokenType::Sunrise:
        return u"sunrise"_s;
    case TokenType::Sunset:
        return u"sunset"_s;
    case TokenType::Dawn:
        return u"dawn"_s;
    case TokenType::Dusk:
        return u"dusk"_s;
    case TokenType::Day:
        return u"days"_s;
    case TokenType::Am:
        return u"am"_s;
    case TokenType::Pm:
        return u"pm"_s;
    case TokenType::TwentyFourSeven:
        return u"24/7"_s;
    case TokenType::Midnight:
        return u"midnight"_s;
    case TokenType::Noon:
        return u"noon"_s;
    case TokenType::OpenEnd:
        return u"+"_s;
    case TokenType::Daylight:
        return u"daylight"_s;
    case TokenType::HourSuffix:
        return u"h"_s;
    case TokenType::Noise:
        return u"noise"_s;
    }
    return QString();
}

} // namespace Helplines
