#include "themedicons.h"

#include <QIconEngine>
#include <QPainter>
#include <QPixmapCache>

using namespace Qt::StringLiterals;

namespace Helplines {

namespace {

QString resourceOf(ThemedIcons::Icon icon)
{
    switch (icon) {
    case ThemedIcons::Favourite:
        return u":/icons/favourite.svg"_s;
    case ThemedIcons::FavouriteOff:
        return u":/icons/favourite-off.svg"_s;
    case ThemedIcons::Phone:
        return u":/icons/phone.svg"_s;
    case ThemedIcons::Sms:
        return u":/icons/sms.svg"_s;
    case ThemedIcons::Chat:
        return u":/icons/chat.svg"_s;
    case ThemedIcons::Video:
        return u":/icons/video.svg"_s;
    case ThemedIcons::Web:
        return u":/icons/web.svg"_s;
    case ThemedIcons::Email:
        return u":/icons/email.svg"_s;
    case ThemedIcons::Copy:
        return u":/icons/copy.svg"_s;
    case ThemedIcons::StateOpen:
        return u":/icons/state-open.svg"_s;
    case ThemedIcons::StateClosed:
        return u":/icons/state-closed.svg"_s;
    case ThemedIcons::StateClosingSoon:
        return u":/icons/state-soon.svg"_s;
    case ThemedIcons::StateUnknown:
        return u":/icons/state-unknown.svg"_s;
    case ThemedIcons::Warning:
        return u":/icons/warning.svg"_s;
    case ThemedIcons::Emergency:
        return u":/icons/emergency.svg"_s;
    }
    return {};
}

// Renders the SVG through Qt's SVG icon engine, then paints the colour through its shape.
class TintedIconEngine final : public QIconEngine
{
public:
    TintedIconEngine(QString resource, QColor normal, QColor disabled)
        : m_resource(std::move(resource))
        , m_normal(std::move(normal))
        , m_disabled(std::move(disabled))
    {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        QPixmap image = render(rect.size(), ratio, mode, state);
        painter->drawPixmap(rect, image);
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return render(size, 1.0, mode, state);
    }

    QIconEngine *clone() const override
    {
        return new TintedIconEngine(m_resource, m_normal, m_disabled);
    }

    QString key() const override { return u"HelplinesTinted"_s; }

private:
    QPixmap render(const QSize &size, qreal ratio, QIcon::Mode mode, QIcon::State) const
    {
        const QColor color = mode == QIcon::Disabled ? m_disabled : m_normal;
        const QSize pixels = size * ratio;
        const QString cacheKey = u"hl:%1:%2:%3x%4"_s.arg(m_resource, color.name(QColor::HexArgb))
                                         .arg(pixels.width())
                                         .arg(pixels.height());
        QPixmap result;
        if (QPixmapCache::find(cacheKey, &result))
            return result;
        result = QIcon(m_resource).pixmap(pixels);
        if (result.isNull())
            return result;
        {
            QPainter painter(&result);
            painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
            painter.fillRect(result.rect(), color);
        }
        result.setDevicePixelRatio(ratio);
        QPixmapCache::insert(cacheKey, result);
        return result;
    }

    QString m_resource;
    QColor m_normal;
    QColor m_disabled;
};

} // namespace

QIcon ThemedIcons::icon(Icon icon, const QColor &color)
{
    QColor disabled = color;
    disabled.setAlphaF(0.45f);
    return QIcon(new TintedIconEngine(resourceOf(icon), color, disabled));
}

QIcon ThemedIcons::icon(Icon icon, const QPalette &palette)
{
    return QIcon(new TintedIconEngine(resourceOf(icon),
                                      palette.color(QPalette::Active, QPalette::WindowText),
                                      palette.color(QPalette::Disabled, QPalette::WindowText)));
}

QIcon ThemedIcons::applicationIcon()
{
    return QIcon(u":/icons/helplines.svg"_s);
}

} // namespace Helplines
