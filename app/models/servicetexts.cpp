#include "servicetexts.h"

#include <array>
#include <utility>

namespace Helplines {

QString ServiceTexts::categoryName(ServiceCategory category)
{
    switch (category) {
    case ServiceCategory::EmployeeAssistance:
        return tr("Employee assistance");
    case ServiceCategory::SuicidePrevention:
        return tr("Suicide prevention");
    case ServiceCategory::Violence:
        return tr("Violence");
    case ServiceCategory::ChildProtection:
        return tr("Child protection");
    case ServiceCategory::Youth:
        return tr("Young people");
    case ServiceCategory::Addiction:
        return tr("Addiction");
    case ServiceCategory::Listening:
        return tr("Someone to talk to");
    case ServiceCategory::PsychologicalSupport:
        return tr("Psychological support");
    case ServiceCategory::DeafAccess:
        return tr("Deaf and hard of hearing");
    }
    return {};
}

QString ServiceTexts::scopeName(ServiceScope scope)
{
    switch (scope) {
    case ServiceScope::Organisation:
        return tr("Your organisation");
    case ServiceScope::National:
        return tr("National");
    case ServiceScope::Regional:
        return tr("Regional");
    case ServiceScope::Personal:
        //: Scope of the services the user added for themselves
        return tr("Your own");
    }
    return {};
}

QString ServiceTexts::statusName(ServiceStatus status)
{
    switch (status) {
    case ServiceStatus::Active:
        return tr("Checked");
    case ServiceStatus::Unverified:
        return tr("Unverified information");
    case ServiceStatus::Historical:
        return tr("May no longer be in service");
    }
    return {};
}

QString ServiceTexts::costName(Cost cost)
{
    switch (cost) {
    case Cost::Unknown:
        return tr("Cost not known");
    case Cost::Free:
        return tr("Free");
    case Cost::LocalRate:
        return tr("Price of a normal call");
    case Cost::PremiumRate:
        return tr("Premium rate");
    }
    return {};
}

QString ServiceTexts::contactKindName(ContactKind kind)
{
    switch (kind) {
    case ContactKind::Phone:
        return tr("Phone");
    case ContactKind::Sms:
        return tr("Text message (SMS)");
    case ContactKind::Video:
        return tr("Video call");
    case ContactKind::Chat:
        return tr("Chat");
    case ContactKind::Email:
        return tr("E-mail");
    case ContactKind::Web:
        return tr("Website");
    }
    return {};
}

QString ServiceTexts::accessibilityName(AccessibilityFeature feature)
{
    switch (feature) {
    case AccessibilityFeature::SignLanguage:
        return tr("Sign language");
    case AccessibilityFeature::CuedSpeech:
        return tr("Cued speech");
    case AccessibilityFeature::RealTimeText:
        return tr("Real-time text or subtitles");
    case AccessibilityFeature::Relay:
        return tr("Relay service");
    case AccessibilityFeature::Sms:
        return tr("Text messages");
    }
    return {};
}

QString ServiceTexts::originName(ServiceOrigin origin)
{
    switch (origin) {
    case ServiceOrigin::Bundled:
        return tr("Helplines directory");
    case ServiceOrigin::Organisation:
        return tr("Provided by your organisation");
    case ServiceOrigin::User:
        return tr("Added by you");
    }
    return {};
}

QString ServiceTexts::originBadgeText(ServiceOrigin origin)
{
    switch (origin) {
    case ServiceOrigin::Bundled:
        return {};
    case ServiceOrigin::Organisation:
        //: Tag on the card of a service that the user's organisation added or completed
        return tr("From your organisation");
    case ServiceOrigin::User:
        //: Tag on the card of a service the user added
        return tr("Yours");
    }
    return {};
}

QString ServiceTexts::holidayRegionName(const QString &code)
{
    static constexpr std::array<std::pair<QStringView, const char *>, 10> names{{
            {u"FR", QT_TR_NOOP("Metropolitan France")},
             {u"FR-57", QT_TR_NOOP("Moselle")},
              {u"FR-67", QT_TR_NOOP("Bas-Rhin")},
               {u"FR-68", QT_TR_NOOP("Haut-Rhin")},
                {u"FR-971", QT_TR_NOOP("Guadeloupe")},
                 {u"FR-972", QT_TR_NOOP("Martinique")},
                  {u"FR-973", QT_TR_NOOP("French Guiana")},
                   {u"FR-974", QT_TR_NOOP("Réunion")},
                    {u"FR-975", QT_TR_NOOP("Saint Pierre and Miquelon")},
                     {u"FR-976", QT_TR_NOOP("Mayotte")},
                    }};
    for (const auto &[region, name] : names) {
        if (code.compare(region, Qt::CaseInsensitive) == 0)
            return tr(name);
    }
    return code;
}

QString ServiceTexts::anonymityText(std::optional<bool> anonymous)
{
    if (!anonymous)
        return tr("Anonymity not stated");
    return *anonymous ? tr("Anonymous") : tr("Not anonymous");
}

} // namespace Helplines
