#include "ui/dialogs/customereditdialog.h"

#include "core/repositories/customerrepository.h"
#include "core/repositories/territoryrepository.h"
#include "core/repositories/userrepository.h"
#include "core/store/entityschema.h"
#include "ui/background.h"
#include "ui/displaytext.h"
#include "ui/translations.h"
#include "ui/workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace SalesSync {

namespace {
// The currencies offered for a new customer; an existing customer keeps theirs.
const QStringList kCurrencies = {QStringLiteral("EUR"), QStringLiteral("CHF"), QStringLiteral("GBP"),
                                 QStringLiteral("PLN"), QStringLiteral("CZK"), QStringLiteral("SEK"),
                                 QStringLiteral("DKK"), QStringLiteral("USD")};
} // namespace

CustomerEditDialog::CustomerEditDialog(Workspace &workspace, const Customer &customer, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_customer(customer)
{
    setWindowTitle(customer.id.isEmpty() ? tr("New customer") : tr("Edit %1").arg(customer.name));
    const QLocale locale;
    auto *form = new QFormLayout;
    const auto row = [&](const QString &label, const QString &field, QWidget *editor) {
        editor->setObjectName(field);
        m_editors.insert(field, editor);
        QLabel *error = FieldErrors::makeLabel(this, field + QStringLiteral("Error"));
        m_errors.add(field, editor, error);
        form->addRow(label, editor);
        form->addRow(QString(), error);
    };
    row(tr("&Name:"), QStringLiteral("name"), addLine(QStringLiteral("name"), customer.name));
    row(tr("Customer &no.:"), QStringLiteral("code"), addLine(QStringLiteral("code"), customer.code));
    row(tr("&Contact person:"), QStringLiteral("contactPerson"),
        addLine(QStringLiteral("contactPerson"), customer.contactPerson));
    row(tr("&Phone:"), QStringLiteral("phone"), addLine(QStringLiteral("phone"), customer.phone));
    row(tr("&E-mail:"), QStringLiteral("email"), addLine(QStringLiteral("email"), customer.email));
    row(tr("&Street:"), QStringLiteral("street"), addLine(QStringLiteral("street"), customer.street));
    row(tr("Postal c&ode:"), QStringLiteral("postalCode"), addLine(QStringLiteral("postalCode"), customer.postalCode));
    row(tr("C&ity:"), QStringLiteral("city"), addLine(QStringLiteral("city"), customer.city));
    row(tr("Co&untry:"), QStringLiteral("countryCode"),
        addLine(QStringLiteral("countryCode"),
                customer.countryCode.isEmpty() ? QStringLiteral("DE") : customer.countryCode));
    m_language = new QComboBox(this);
    m_language->setToolTip(tr("The language of the order confirmations, statements and receipts this customer gets"));
    m_language->addItem(tr("As the country"), QString());
    for (const auto &[code, name] : Translations::languages()) {
        m_language->addItem(name, code);
    }
    if (!customer.language.isEmpty() && m_language->findData(customer.language) < 0) {
        // Set elsewhere to a language SalesSync does not speak (its documents are in English): kept.
        m_language->addItem(QLocale(customer.language).nativeLanguageName(), customer.language);
    }
    m_language->setCurrentIndex(std::max(0, m_language->findData(customer.language)));
    row(tr("&Documents in:"), QStringLiteral("language"), m_language);

    // Coordinates: two fields, one error line ("location").
    auto *where = new QWidget(this);
    where->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed); // a row, however tall the dialog
    auto *whereLayout = new QHBoxLayout(where);
    whereLayout->setContentsMargins(0, 0, 0, 0);
    m_latitude =
        new QLineEdit(customer.location ? locale.toString(customer.location->latitude, 'f', 6) : QString(), where);
    m_latitude->setObjectName(QStringLiteral("latitude"));
    m_latitude->setPlaceholderText(tr("latitude, e.g. %1").arg(locale.toString(48.7758, 'f', 4)));
    m_longitude =
        new QLineEdit(customer.location ? locale.toString(customer.location->longitude, 'f', 6) : QString(), where);
    m_longitude->setObjectName(QStringLiteral("longitude"));
    m_longitude->setPlaceholderText(tr("longitude, e.g. %1").arg(locale.toString(9.1829, 'f', 4)));
    whereLayout->addWidget(m_latitude);
    whereLayout->addWidget(m_longitude);
    row(tr("Coo&rdinates:"), QStringLiteral("location"), where);
    m_editors.insert(QStringLiteral("location"), m_latitude);

    QWidget *credit = makeCreditEditor(customer);
    row(tr("Credit &limit:"), QStringLiteral("creditLimit"), credit);
    m_editors.insert(QStringLiteral("creditLimit"), m_creditLimit);

    m_terms = new QSpinBox(this);
    m_terms->setRange(0, 365);
    m_terms->setSuffix(tr(" days"));
    m_terms->setValue(customer.paymentTermsDays);
    row(tr("Payment &terms:"), QStringLiteral("paymentTermsDays"), m_terms);

    m_territory = new QComboBox(this);
    const Result<QList<Territory>> territories = TerritoryRepository(workspace.database()).all();
    const Result<Agent> agent = UserRepository(workspace.database()).agent(workspace.agentId());
    for (const Territory &t : territories ? *territories : QList<Territory>()) {
        // Agents place customers in their own territories; others may use any leaf territory.
        if (t.level == TerritoryLevel::Territory &&
            (!agent || agent->territoryIds.contains(t.id) || t.id == customer.territoryId)) {
            m_territory->addItem(t.name, t.id);
        }
    }
    m_territory->setCurrentIndex(std::max(0, m_territory->findData(customer.territoryId)));
    row(tr("Te&rritory:"), QStringLiteral("territoryId"), m_territory);

    m_status = new QComboBox(this);
    for (const CustomerStatus status : {CustomerStatus::Active, CustomerStatus::OnHold, CustomerStatus::Inactive}) {
        m_status->addItem(DisplayText::customerStatus(status), int(status));
    }
    m_status->setCurrentIndex(m_status->findData(int(customer.status)));
    row(tr("St&atus:"), QStringLiteral("status"), m_status);

    limitToWriters();

    m_notes = new QPlainTextEdit(customer.notes, this);
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(m_notes->fontMetrics().height() * 4);
    row(tr("No&tes:"), QStringLiteral("notes"), m_notes);

    QLabel *general = FieldErrors::makeLabel(this, QStringLiteral("error"));
    m_errors.setGeneralLabel(general);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CustomerEditDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *content = new QWidget(this);
    content->setLayout(form);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll);
    layout->addWidget(general);
    layout->addWidget(m_buttons);
    resize(560, 680);
    m_editors.value(QStringLiteral("name"))->setFocus();
}

QLineEdit *CustomerEditDialog::addLine(const QString &field, const QString &value)
{
    auto *edit = new QLineEdit(value, this);
    edit->setObjectName(field);
    return edit;
}

// The credit limit's amount and currency side by side, one row of the form.
QWidget *CustomerEditDialog::makeCreditEditor(const Customer &customer)
{
    auto *credit = new QWidget(this);
    credit->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    auto *creditLayout = new QHBoxLayout(credit);
    creditLayout->setContentsMargins(0, 0, 0, 0);
    m_creditLimit =
        new QLineEdit(customer.id.isEmpty() ? QString() : DisplayText::amount(customer.creditLimit), credit);
    m_creditLimit->setObjectName(QStringLiteral("creditLimitAmount"));
    m_creditLimit->setAlignment(Qt::AlignRight);
    m_currency = new QComboBox(credit);
    m_currency->setObjectName(QStringLiteral("currency"));
    m_currency->addItems(kCurrencies);
    if (customer.currency().isValid()) {
        if (m_currency->findText(customer.currency().code()) < 0) {
            m_currency->addItem(customer.currency().code());
        }
        m_currency->setCurrentText(customer.currency().code());
    }
    creditLayout->addWidget(m_creditLimit, 1);
    creditLayout->addWidget(m_currency);
    return credit;
}

void CustomerEditDialog::limitToWriters()
{
    // Who may set or change a field is the entity declaration's (core/store/entityschema.cpp);
    // the server refuses the rest, so the form does not offer them.
    const std::optional<User> user = m_workspace.user();
    const Role role = user ? user->role : Role::Agent;
    const EntityDef &entity = EntitySchema::get(QStringLiteral("customer"));
    const std::pair<QWidget *, const char *> guarded[] = {{m_editors.value(QStringLiteral("code")), "code"},
                                                          {m_territory, "territory_id"},
                                                          {m_creditLimit, "credit_limit_minor"},
                                                          {m_currency, "currency"},
                                                          {m_terms, "payment_terms_days"},
                                                          {m_status, "status"}};
    for (const auto &[editor, name] : guarded) {
        const FieldDef &field = *entity.field(QString::fromLatin1(name));
        const RoleSet may = m_customer.id.isEmpty() ? *field.setters : *field.writers;
        if (!may.contains(role)) {
            editor->setEnabled(false);
            editor->setToolTip(tr("Set by your administrator."));
            if (auto *line = qobject_cast<QLineEdit *>(editor); line && line->text().isEmpty()) {
                line->setPlaceholderText(tr("Set by your administrator."));
            }
        }
    }
}

Customer CustomerEditDialog::read(QList<FieldError> *errors) const
{
    const QLocale locale;
    Customer c = m_customer;
    const auto text = [this](const QString &field) {
        return static_cast<QLineEdit *>(m_editors.value(field))->text().trimmed();
    };
    c.name = text(QStringLiteral("name"));
    c.code = text(QStringLiteral("code"));
    c.contactPerson = text(QStringLiteral("contactPerson"));
    c.phone = text(QStringLiteral("phone"));
    c.email = text(QStringLiteral("email"));
    c.street = text(QStringLiteral("street"));
    c.postalCode = text(QStringLiteral("postalCode"));
    c.city = text(QStringLiteral("city"));
    c.countryCode = text(QStringLiteral("countryCode")).toUpper();
    c.language = m_language->currentData().toString();
    c.paymentTermsDays = m_terms->value();
    c.territoryId = m_territory->currentData().toString();
    c.status = CustomerStatus(m_status->currentData().toInt());
    c.notes = m_notes->toPlainText().trimmed();

    const QString lat = m_latitude->text().trimmed();
    const QString lon = m_longitude->text().trimmed();
    if (lat.isEmpty() && lon.isEmpty()) {
        c.location.reset();
    } else {
        bool latOk = false;
        bool lonOk = false;
        const double latitude = locale.toDouble(lat, &latOk);
        const double longitude = locale.toDouble(lon, &lonOk);
        if (!latOk || !lonOk) {
            *errors << FieldError{QStringLiteral("location"),
                                  tr("enter both latitude and longitude as decimal degrees, e.g. %1 and %2")
                                      .arg(locale.toString(48.7758, 'f', 4), locale.toString(9.1829, 'f', 4))};
        } else {
            c.location = GeoPoint{latitude, longitude};
        }
    }
    const std::optional<Currency> currency = Currency::fromCode(m_currency->currentText());
    const QString amount = m_creditLimit->text().trimmed();
    if (const Result<Money> limit =
            Money::parse(amount.isEmpty() ? QStringLiteral("0") : amount, currency.value_or(Currency()), locale);
        limit) {
        c.creditLimit = *limit;
    } else {
        *errors << FieldError{QStringLiteral("creditLimit"),
                              limit.error().messageFor(QStringLiteral("amount")).isEmpty()
                                  ? limit.error().message()
                                  : limit.error().messageFor(QStringLiteral("amount"))};
    }
    return c;
}

void CustomerEditDialog::submit()
{
    m_errors.clear();
    // What cannot be read, and the core's own checks of the rest, all shown at once.
    QList<FieldError> errors;
    const Customer typed = read(&errors);
    for (const FieldError &e : typed.validate()) {
        if (std::none_of(errors.cbegin(), errors.cend(), [&e](const FieldError &r) { return r.field == e.field; })) {
            errors << e;
        }
    }
    if (!errors.isEmpty()) {
        m_errors.show(Error::validation(errors));
        return;
    }
    m_buttons->setEnabled(false);
    runInBackground(
        m_workspace.pool(), this,
        [&database = m_workspace.database(), customer = typed] {
            CustomerRepository customers(database);
            return customer.id.isEmpty() ? customers.create(customer) : customers.update(customer);
        },
        [this](Result<Customer> saved) {
            m_buttons->setEnabled(true);
            if (!saved) {
                m_errors.show(saved.error());
                return;
            }
            m_customer = *saved;
            m_workspace.localChange({QStringLiteral("customer")});
            accept();
        });
}

void CustomerEditDialog::reject()
{
    if (m_buttons->isEnabled()) {
        QDialog::reject();
    }
}

} // namespace SalesSync
