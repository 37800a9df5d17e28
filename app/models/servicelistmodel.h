#ifndef HELPLINES_MODELS_SERVICELISTMODEL_H
#define HELPLINES_MODELS_SERVICELISTMODEL_H

#include "core/language.h"
#include "core/service.h"
#include "models/availability.h"

#include <QAbstractListModel>
#include <QList>
#include <QSet>

namespace Helplines {

// The services shown in the window and listed by helplines-cli, one row per service, with the
// roles of serviceroles.h. A full reload resets the model; favourites and language changes
// update rows in place, with the roles that changed.
class ServiceListModel : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServiceListModel)

public:
    explicit ServiceListModel(QObject *parent = nullptr);
    ~ServiceListModel() override;

    void setServices(const QList<Service> &services);
    const Service &serviceAt(int row) const;
    // -1 when no row has that id.
    int rowOf(const QString &serviceId) const;

    void setFavourites(const QSet<QString> &serviceIds);
    QSet<QString> favourites() const;
    bool setFavourite(const QString &serviceId, bool favourite);

    Language language() const { return m_language; }
    // Changes the language of the bilingual data, and re-emits every translated role.
    void setLanguage(Language language);
    // The application's translator changed: re-emits the roles that hold translated strings.
    void retranslate();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The roles whose value depends on the language or the translator.
    static QList<int> translatedRoles();
    // The roles that change with time.
    static QList<int> availabilityRoles();

    // Evaluates the hours of the rows whose availability may have changed by `now` (every row
    // when `everything`, after a clock jump, a time-zone change or at midnight), and emits
    // dataChanged, with availabilityRoles(), for exactly the rows whose values changed. Returns
    // the earliest instant at which a row must be looked at again (invalid: never).
    QDateTime updateAvailability(const QDateTime &now, const QTimeZone &userZone, bool everything);
    // The instant the availability was last computed for; invalid before the first update.
    QDateTime availabilityTime() const { return m_now; }
    QTimeZone userTimeZone() const { return m_userZone; }
    const Availability &availabilityAt(int row) const;
    // The badge of a row as shown and as spoken; empty before the first update.
    BadgeText badgeAt(int row) const;
    // What a search is matched against (SearchTextRole, SearchDigitsRole), for the filter proxy
    // that asks for every row at each keystroke, without a QVariant each time.
    const QString &searchTextAt(int row) const;
    const QString &searchDigitsAt(int row) const;

Q_SIGNALS:
    // A favourite was set or cleared through setData() or setFavourite(); the application
    // saves it.
    void favouriteChanged(const QString &serviceId, bool favourite);

private:
    struct Row;

    QString subtitle(const Row &row, bool *fallback) const;
    QString accessibleText(int row) const;
    QString accessibleDescription(const Row &row) const;
    void emitRowsChanged(const QList<int> &roles);

    QList<Row> m_rows;
    QHash<QString, int> m_rowById;
    Language m_language = Language::English;
    QDateTime m_now;
    QTimeZone m_userZone;
};

} // namespace Helplines

#endif // HELPLINES_MODELS_SERVICELISTMODEL_H
