#include "ui/models/ledgermodel.h"

#include "core/rules/ledger.h"
#include "ui/displaytext.h"
#include "ui/theme/theme.h"

#include <QFont>
#include <QLocale>

namespace SalesSync {

int LedgerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_statement.customer.currency().isValid() ? 0 : int(m_statement.lines.size() + 1);
}

int LedgerModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const CustomerStatement::Line *LedgerModel::lineAt(int row) const
{
    return row >= 1 && row <= m_statement.lines.size() ? &m_statement.lines.at(row - 1) : nullptr;
}

QVariant LedgerModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const QLocale locale;
    const CustomerStatement::Line *line = lineAt(index.row());
    if (!line) {
        // The opening balance.
        if (role == Qt::DisplayRole) {
            switch (index.column()) {
            case Date:
                return DisplayText::date(m_statement.from);
            case Entry:
                return tr("Opening balance");
            case Balance:
                return m_statement.opening.format(locale);
            default:
                return {};
            }
        }
        if (role == Qt::FontRole) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return role == Qt::TextAlignmentRole && index.column() == Balance ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                                          : QVariant();
    }
    const Transaction &e = line->entry;
    const bool charge = Ledger::sign(e) > 0;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Date:
            return DisplayText::dateTime(e.occurredAt);
        case Entry:
            return DisplayText::transactionKind(e.kind, e.direction);
        case Reference: {
            QStringList parts;
            if (!e.reference.isEmpty()) {
                parts << e.reference;
            }
            if (!e.reason.isEmpty()) {
                parts << e.reason;
            }
            if (!e.isReversal() && line->reversible.minorUnits() < e.amount.minorUnits()) {
                parts << (line->reversible.isZero()
                              ? tr("reversed")
                              : tr("%1 reversed")
                                    .arg(Money(e.amount.minorUnits() - line->reversible.minorUnits(),
                                               e.amount.currency())
                                             .format(locale)));
            }
            return parts.join(QStringLiteral(" · "));
        }
        case Method:
            return DisplayText::paymentMethod(e.method);
        case Charge:
            return charge ? e.amount.format(locale) : QString();
        case Credit:
            return charge ? QString() : e.amount.format(locale);
        case Balance:
            return line->balance.format(locale);
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() >= Charge ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ForegroundRole:
        return e.isReversal() ? QVariant(Theme::color(Tone::Danger)) : QVariant();
    case IdRole:
        return e.id;
    case ReversibleRole:
        return !line->reversible.isZero();
    default:
        return {};
    }
}

QVariant LedgerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Date:
        return tr("Date");
    case Entry:
        return tr("Entry");
    case Reference:
        return tr("Reference");
    case Method:
        return tr("Method");
    case Charge:
        return tr("Charges");
    case Credit:
        return tr("Credits");
    case Balance:
        return tr("Balance");
    default:
        return {};
    }
}

void LedgerModel::setStatement(const CustomerStatement &statement)
{
    beginResetModel();
    m_statement = statement;
    endResetModel();
}

} // namespace SalesSync
