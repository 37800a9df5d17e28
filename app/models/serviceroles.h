#ifndef HELPLINES_MODELS_SERVICEROLES_H
#define HELPLINES_MODELS_SERVICEROLES_H

#include <Qt>

namespace Helplines {

// The roles of ServiceListModel. Typed roles serve logic (filtering, sorting, the CLI);
// presentational roles are already translated and formatted for the chosen language, so that
// the delegate only paints. Qt::DisplayRole is the name; Qt::AccessibleTextRole and
// Qt::AccessibleDescriptionRole are what screen readers read.
enum ServiceRole {
    // Typed
    ServiceIdRole = Qt::UserRole + 1, // QString
    CategoryRole,                     // int (ServiceCategory)
    ScopeRole,                        // int (ServiceScope)
    StatusRole,                       // int (ServiceStatus)
    OriginRole,                       // int (ServiceOrigin)
    FavouriteRole,                    // bool, editable
    PinnedRole,                       // bool
    ChannelsRole,                     // int, ChannelFlags
    DialableNumberRole,               // QString, main number as dialled ("0800130000")
    SearchTextRole,                   // QString, folded text of every searchable field
    SearchDigitsRole,                 // QString, the digits of every number, space-separated
    SortKeyRole,                      // QString, the name as sorted
    OpenStateRole,                    // int (OpenState)
    NextChangeRole,                   // QDateTime, invalid if none

    // Presentational, translated
    NameRole,           // QString, the name in the chosen language
    SubtitleRole,       // QString, one line: the audience
    CategoryNameRole,   // QString
    MainNumberRole,     // QString, main number as displayed ("0 800 130 000")
    MainNumberKindRole, // int (ContactKind) of the main number
    BadgeTextRole,      // QString
    BadgeKindRole,      // int (BadgeKind)
    StatusTextRole,     // QString, "Unverified information", empty for active records
    StaleTextRole,      // QString, "Last checked March 2025" for facts over a year old
    UntranslatedRole,   // bool, the name or subtitle falls back to the other language
    FallbackNoteRole,   // QString, "not translated" when UntranslatedRole is true
    OriginTextRole,     // QString, "Yours" on own entries, "From your organisation" on the
                        // provisioning file's, empty otherwise
};

// Channels a service can be reached through, for the channel filter.
enum ChannelFlag {
    PhoneChannel = 0x01,
    SmsChannel = 0x02,
    ChatChannel = 0x04,
    VideoChannel = 0x08,
    SignLanguageChannel = 0x10, // sign language, cued speech, relay or real-time text access
    EmailChannel = 0x20,
    WebChannel = 0x40,
};

// What a badge says, for the delegate to choose an icon and a palette tint.
enum class BadgeKind {
    Unknown,
    Open,
    OpenAllDay,
    ClosingSoon,
    Closed,
    Unverified,
    // Facts checked more than a year ago.
    Stale,
};

} // namespace Helplines

#endif // HELPLINES_MODELS_SERVICEROLES_H
