#include "models/servicefilterproxy.h"
#include "models/servicelistmodel.h"
#include "models/serviceroles.h"
#include "ui/badgestyle.h"
#include "ui/servicecarddelegate.h"

#include <QApplication>
#include <QImage>
#include <QListView>
#include <QPainter>
#include <QTest>

#include "testpalettes.h"

using namespace Qt::StringLiterals;
using namespace Helplines;

namespace {

Service makeService(const QString &id, const QString &name, const QString &audience,
                    const QString &number, const QString &hours)
{
    Service service;
    service.id = id;
    service.name = {name, name};
    service.audience = {audience, audience};
    service.contacts = {Contact{ContactKind::Phone, number, {}, {}, {}}};
    service.hours = hours;
    service.timeZone = u"Europe/Paris"_s;
    service.verified = QDate(2025, 12, 1);
    return service;
}

// Cards of every shape: long names and audiences, every badge, a favourite, an SMS number, the
// user's own service, a record checked long ago and one not checked.
QList<Service> services()
{
    QList<Service> list;
    list.append(makeService(u"open24"_s, u"SOS Amitié"_s, u"Anyone who is lonely or in distress"_s,
                            u"09 72 39 40 50"_s, u"24/7"_s));
    list.append(makeService(u"closed"_s,
                            u"Fil Santé Jeunes, health and well-being of young people"_s,
                            u"Young people aged 12 to 25 and their relatives, anonymous and free"_s,
                            u"0 800 235 236"_s, u"Mo-Su 09:00-09:30"_s));
    list.append(makeService(u"closing"_s, u"Écoute Entreprise"_s, u"Staff"_s, u"01 23 45 67 89"_s,
                            u"Mo-Fr 08:00-10:15"_s));
    Service sms = makeService(u"sms"_s,
                              u"114 – Emergency number for deaf, hard-of-hearing and "
                              u"aphasic people"_s,
                              u"Deaf, deafblind, hard-of-hearing and aphasic people"_s, u"114"_s,
                              u"24/7"_s);
    sms.contacts = {Contact{ContactKind::Sms, u"114"_s, {}, {}, {}}};
    list.append(sms);
    Service unverified = makeService(u"unverified"_s, u"Ligne régionale"_s, u"Habitants"_s,
                                     u"05 34 39 33 47"_s, QString());
    unverified.status = ServiceStatus::Unverified;
    unverified.verified = QDate(2023, 3, 1);
    list.append(unverified);
    Service own = makeService(u"own"_s, u"Cabinet du Dr Martin, psychologue du travail"_s,
                              QString(), u"01 45 39 40 00"_s, u"Mo-Fr 09:00-18:00"_s);
    own.origin = ServiceOrigin::User;
    own.scope = ServiceScope::Personal;
    own.verified = QDate(2023, 1, 1);
    list.append(own);
    return list;
}

// Exposes the option the view gives its delegate.
class CardListView final : public QListView
{
public:
    using QListView::initViewItemOption;
};

QFont scaled(const QFont &base, double factor)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * factor);
    return font;
}

QString describe(const ServiceCardDelegate::TextBox &box)
{
    return u"“%1” at %2,%3 %4×%5"_s.arg(box.text)
            .arg(box.rect.x())
            .arg(box.rect.y())
            .arg(box.rect.width())
            .arg(box.rect.height());
}

} // namespace

class TestServiceCardDelegate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void everyTextFitsInItsCard_data();
    void everyTextFitsInItsCard();
    void cardsGrowWithTheText();
    void stateBadgesAreNeverCutShort_data();
    void stateBadgesAreNeverCutShort();
    void focusRingIsPaintedOnTheFocusedCardOnly_data();
    void focusRingIsPaintedOnTheFocusedCardOnly();
    void selectedCardTextAndFocusRingAreReadable_data();
    void selectedCardTextAndFocusRingAreReadable();
    void readableSelectionIsLeftAlone();
    void cardFollowsChangesMadeWhileAProxyHidesIt();

private:
    // Shows the cards at `factor` times the default text size in a list `columns` average
    // characters of that text wide (the window's list is at least 36).
    void showCards(double factor, int columns);
    QStyleOptionViewItem optionFor(const QModelIndex &index) const;
    QList<int> cardHeights() const;

    std::unique_ptr<ServiceListModel> m_model;
    std::unique_ptr<CardListView> m_view;
    ServiceCardDelegate *m_delegate = nullptr;
};

void TestServiceCardDelegate::init()
{
    m_model = std::make_unique<ServiceListModel>();
    m_model->setServices(services());
    m_model->setFavourites({u"open24"_s});
    // Monday 12 January 2026, 10:00 in Paris.
    m_model->updateAvailability(QDateTime::fromString(u"2026-01-12T10:00:00+01:00"_s, Qt::ISODate),
                                QTimeZone("Europe/Paris"), true);
    m_view = std::make_unique<CardListView>();
    m_delegate = new ServiceCardDelegate(m_view.get());
    m_view->setModel(m_model.get());
    m_view->setItemDelegate(m_delegate);
    // As the window sets its list.
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setUniformItemSizes(false);
    m_view->setWordWrap(true);
    m_view->setResizeMode(QListView::Adjust);
}

void TestServiceCardDelegate::cleanup()
{
    m_view.reset();
    m_model.reset();
}

void TestServiceCardDelegate::showCards(double factor, int columns)
{
    m_view->setFont(scaled(QApplication::font(), factor));
    const QFontMetrics fm(m_view->font());
    m_view->resize(fm.averageCharWidth() * columns + m_view->frameWidth() * 2
                           + m_view->style()->pixelMetric(QStyle::PM_ScrollBarExtent),
                   fm.height() * 40);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_view->doItemsLayout();
    QCoreApplication::processEvents();
}

QStyleOptionViewItem TestServiceCardDelegate::optionFor(const QModelIndex &index) const
{
    QStyleOptionViewItem option;
    m_view->initViewItemOption(&option);
    option.rect = m_view->visualRect(index);
    return option;
}

QList<int> TestServiceCardDelegate::cardHeights() const
{
    QList<int> heights;
    for (int row = 0; row < m_model->rowCount(); ++row)
        heights.append(m_view->visualRect(m_model->index(row)).height());
    return heights;
}

void TestServiceCardDelegate::everyTextFitsInItsCard_data()
{
    QTest::addColumn<double>("factor");
    QTest::addColumn<int>("columns");
    QTest::addColumn<Qt::LayoutDirection>("direction");
    QTest::newRow("normal text, narrowest list") << 1.0 << 36 << Qt::LeftToRight;
    QTest::newRow("normal text, wide list") << 1.0 << 70 << Qt::LeftToRight;
    QTest::newRow("150 % text, narrowest list") << 1.5 << 36 << Qt::LeftToRight;
    QTest::newRow("200 % text, narrowest list") << 2.0 << 36 << Qt::LeftToRight;
    QTest::newRow("200 % text, wide list") << 2.0 << 70 << Qt::LeftToRight;
    QTest::newRow("200 % text, right to left") << 2.0 << 36 << Qt::RightToLeft;
}

void TestServiceCardDelegate::everyTextFitsInItsCard()
{
    QFETCH(double, factor);
    QFETCH(int, columns);
    QFETCH(Qt::LayoutDirection, direction);
    m_view->setLayoutDirection(direction);
    showCards(factor, columns);

    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row);
        const QStyleOptionViewItem option = optionFor(index);
        QVERIFY(option.rect.isValid());
        const ServiceCardDelegate::Geometry geometry = m_delegate->geometry(option, index);
        QCOMPARE(geometry.card, option.rect);
        // Inside the card and clear of the focus ring.
        const int ring = geometry.focusRingWidth;
        QVERIFY(geometry.card.contains(geometry.focusRing));
        const QRect inside = geometry.focusRing.adjusted(ring, ring, -ring, -ring);
        QVERIFY(geometry.texts.size() >= 3);
        for (qsizetype i = 0; i < geometry.texts.size(); ++i) {
            const ServiceCardDelegate::TextBox &box = geometry.texts.at(i);
            const QFontMetrics fm(box.font);
            const QString what
                    = describe(box)
                      + u" in card %1 of height %2"_s.arg(row).arg(geometry.card.height());
            QVERIFY2(!box.text.isEmpty(), qPrintable(what));
            QVERIFY2(inside.contains(box.rect), qPrintable(what));
            // Whole lines, and the text as drawn (elided, or on several lines) fits its box.
            QVERIFY2(box.rect.height() >= fm.height(), qPrintable(what));
            const QRect needed = fm.boundingRect(box.rect, box.flags, box.text);
            QVERIFY2(needed.width() <= box.rect.width() && needed.height() <= box.rect.height(),
                     qPrintable(what + u" needs %1×%2"_s.arg(needed.width()).arg(needed.height())));
            for (qsizetype j = i + 1; j < geometry.texts.size(); ++j) {
                QVERIFY2(!box.rect.intersects(geometry.texts.at(j).rect),
                         qPrintable(what + u" overlaps "_s + describe(geometry.texts.at(j))));
            }
        }
    }
}

void TestServiceCardDelegate::cardsGrowWithTheText()
{
    showCards(1.0, 50);
    const QList<int> normal = cardHeights();
    showCards(2.0, 50);
    const QList<int> large = cardHeights();
    for (qsizetype i = 0; i < normal.size(); ++i) {
        QVERIFY2(large.at(i) >= normal.at(i) * 18 / 10,
                 qPrintable(u"card %1: %2 then %3"_s.arg(i).arg(normal.at(i)).arg(large.at(i))));
    }
}

void TestServiceCardDelegate::stateBadgesAreNeverCutShort_data()
{
    QTest::addColumn<double>("factor");
    QTest::newRow("normal text") << 1.0;
    QTest::newRow("200 % text") << 2.0;
}

void TestServiceCardDelegate::stateBadgesAreNeverCutShort()
{
    // Names and audiences may be elided (with a tooltip, and whole in the screen reader's
    // sentence); the state and the number never, even in the narrowest list.
    QFETCH(double, factor);
    showCards(factor, 36);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row);
        const ServiceCardDelegate::Geometry geometry
                = m_delegate->geometry(optionFor(index), index);
        QStringList shown;
        for (const ServiceCardDelegate::TextBox &box : geometry.texts)
            shown.append(box.text);
        const QString all = shown.join(u" | "_s);
        QVERIFY2(shown.contains(index.data(BadgeTextRole).toString()), qPrintable(all));
        QVERIFY2(shown.contains(index.data(MainNumberRole).toString()), qPrintable(all));
        for (const int role : {StatusTextRole, StaleTextRole, OriginTextRole}) {
            const QString text = index.data(role).toString();
            QVERIFY2(text.isEmpty() || shown.contains(text), qPrintable(all));
        }
    }
}

void TestServiceCardDelegate::focusRingIsPaintedOnTheFocusedCardOnly_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::addColumn<bool>("selected");
    for (const auto &[name, palette] : TestPalettes::all()) {
        QTest::addRow("%s, selected", name) << palette << true;
        QTest::addRow("%s, not selected", name) << palette << false;
    }
}

void TestServiceCardDelegate::focusRingIsPaintedOnTheFocusedCardOnly()
{
    QFETCH(QPalette, palette);
    QFETCH(bool, selected);
    showCards(1.0, 50);
    const QModelIndex index = m_model->index(0);
    QStyleOptionViewItem option = optionFor(index);
    option.palette = palette;
    option.rect.moveTo(0, 0);
    option.state |= QStyle::State_Active | QStyle::State_Enabled;
    if (selected)
        option.state |= QStyle::State_Selected;

    const auto render = [&](bool focused) {
        QStyleOptionViewItem opt = option;
        if (focused)
            opt.state |= QStyle::State_HasFocus;
        QImage image(option.rect.size(), QImage::Format_RGB32);
        image.fill(palette.color(QPalette::Base));
        QPainter painter(&image);
        m_delegate->paint(&painter, opt, index);
        return image;
    };
    const QImage focused = render(true);
    const QImage plain = render(false);
    const QColor ring = ServiceCardDelegate::focusRingColor(
            ServiceCardDelegate::cardPalette(palette), QPalette::Active, selected);
    const ServiceCardDelegate::Geometry geometry = m_delegate->geometry(option, index);
    const int width = geometry.focusRingWidth;
    QVERIFY(width >= 2);
    // Down the left side, half-way, inside the ring's stroke.
    const QPoint probe(geometry.focusRing.left() + width / 2, option.rect.height() / 2);
    QCOMPARE(focused.pixel(probe), ring.rgb());
    QVERIFY(plain.pixel(probe) != ring.rgb());
    // And along the top.
    QCOMPARE(focused.pixel(option.rect.width() / 2, geometry.focusRing.top() + width / 2),
             ring.rgb());
    // Between the card's edge and the ring, the card's own colour: the ring stands apart.
    const QPoint gap(geometry.focusRing.left() - 1, option.rect.height() / 2);
    QCOMPARE(focused.pixel(gap), plain.pixel(gap));
    QVERIFY(focused.pixel(gap) != ring.rgb());
}

void TestServiceCardDelegate::selectedCardTextAndFocusRingAreReadable_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::addColumn<QPalette::ColorGroup>("group");
    for (const auto &[name, palette] : TestPalettes::all()) {
        QTest::addRow("%s, active window", name) << palette << QPalette::Active;
        QTest::addRow("%s, inactive window", name) << palette << QPalette::Inactive;
    }
}

void TestServiceCardDelegate::selectedCardTextAndFocusRingAreReadable()
{
    QFETCH(QPalette, palette);
    QFETCH(QPalette::ColorGroup, group);
    const QPalette cards = ServiceCardDelegate::cardPalette(palette);
    const QColor base = cards.color(group, QPalette::Base);
    const QColor selection = cards.color(group, QPalette::Highlight);
    const double plainText = BadgeStyle::contrastRatio(cards.color(group, QPalette::Text), base);
    const double selectedText
            = BadgeStyle::contrastRatio(cards.color(group, QPalette::HighlightedText), selection);
    const double ringOnPlain = BadgeStyle::contrastRatio(
            ServiceCardDelegate::focusRingColor(cards, group, false), base);
    const double ringOnSelected = BadgeStyle::contrastRatio(
            ServiceCardDelegate::focusRingColor(cards, group, true), selection);
    qInfo("text %.2f:1, selected text %.2f:1 (selection %s, was %s), focus ring %.2f:1 and "
          "%.2f:1 when selected",
          plainText, selectedText, qPrintable(selection.name()),
          qPrintable(palette.color(group, QPalette::Highlight).name()), ringOnPlain,
          ringOnSelected);
    QVERIFY(plainText >= 4.5);
    QVERIFY(selectedText >= 4.5);
    QVERIFY(ringOnPlain >= 3.0);
    QVERIFY(ringOnSelected >= 3.0);
    // The selection stays a selection: visibly different from a plain card.
    QVERIFY(BadgeStyle::contrastRatio(selection, base) >= 1.5);
}

void TestServiceCardDelegate::readableSelectionIsLeftAlone()
{
    // A theme that already gets it right keeps its own colours.
    const QPalette highContrast = TestPalettes::highContrastBlack();
    QCOMPARE(ServiceCardDelegate::cardPalette(highContrast).color(QPalette::Highlight),
             highContrast.color(QPalette::Highlight));
    const QPalette white = TestPalettes::highContrastWhite();
    QCOMPARE(ServiceCardDelegate::cardPalette(white).color(QPalette::Highlight),
             white.color(QPalette::Highlight));
    // Fusion's blue under white text is 3.6:1: darkened, still blue.
    const QColor fusion = TestPalettes::fusionLight().color(QPalette::Highlight);
    const QColor darkened = ServiceCardDelegate::cardPalette(TestPalettes::fusionLight())
                                    .color(QPalette::Highlight);
    QVERIFY(darkened != fusion);
    QVERIFY(darkened.hslHue() - fusion.hslHue() <= 2 && fusion.hslHue() - darkened.hslHue() <= 2);
}

void TestServiceCardDelegate::cardFollowsChangesMadeWhileAProxyHidesIt()
{
    // The delegate keeps each card's layout until the model says the card changed; a proxy does
    // not pass on the changes of the rows it hides, so the delegate must hear them from the
    // model underneath.
    ServiceFilterProxy proxy;
    proxy.setSourceModel(m_model.get());
    m_view->setModel(&proxy);
    showCards(1.0, 80);
    const auto cardOf = [this, &proxy](const QString &id) {
        for (int row = 0; row < proxy.rowCount(); ++row) {
            const QModelIndex index = proxy.index(row, 0);
            if (index.data(ServiceIdRole).toString() == id) {
                QStyleOptionViewItem option;
                m_view->initViewItemOption(&option);
                option.rect = m_view->visualRect(index);
                return m_delegate->geometry(option, index);
            }
        }
        return ServiceCardDelegate::Geometry();
    };
    const auto textsOf = [&cardOf](const QString &id) {
        QStringList texts;
        for (const ServiceCardDelegate::TextBox &box : cardOf(id).texts)
            texts.append(box.text);
        return texts;
    };
    const QModelIndex closing = m_model->index(m_model->rowOf(u"closing"_s));
    const QString badgeBefore = closing.data(BadgeTextRole).toString();
    QVERIFY(textsOf(u"closing"_s).contains(badgeBefore));

    proxy.setSearchText(u"amitie"_s);
    QCOMPARE(proxy.rowCount(), 1);
    // 10:20: Écoute Entreprise has closed while it was hidden.
    m_model->updateAvailability(QDateTime::fromString(u"2026-01-12T10:20:00+01:00"_s, Qt::ISODate),
                                QTimeZone("Europe/Paris"), false);
    proxy.setSearchText(QString());
    QCoreApplication::processEvents();
    const QString badgeAfter = closing.data(BadgeTextRole).toString();
    QVERIFY(badgeAfter != badgeBefore);
    QVERIFY2(textsOf(u"closing"_s).contains(badgeAfter),
             qPrintable(textsOf(u"closing"_s).join(u'|')));
    QVERIFY(!textsOf(u"closing"_s).contains(badgeBefore));

    // A favourite gets its star: the name moves to make room for it.
    const int nameLeft = cardOf(u"closing"_s).texts.at(0).rect.left();
    QVERIFY(m_model->setFavourite(u"closing"_s, true));
    QVERIFY(cardOf(u"closing"_s).texts.at(0).rect.left() > nameLeft);

    // A larger font: the card is laid out again, taller.
    const int height = cardOf(u"closing"_s).card.height();
    m_view->setFont(scaled(QApplication::font(), 2.0));
    m_view->doItemsLayout();
    QCoreApplication::processEvents();
    QVERIFY(cardOf(u"closing"_s).card.height() > height);
    m_view->setModel(m_model.get());
}

QTEST_MAIN(TestServiceCardDelegate)
#include "tst_servicecarddelegate.moc"
