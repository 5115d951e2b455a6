#include "ui/models/orderlinesmodel.h"

#include "core/rules/ordercalculator.h"
#include "ui/displaytext.h"

#include <QLocale>

namespace SalesSync {

namespace {

// "1.5" / "1,5" -> 1500 thousandths; at most three decimals, more than zero.
std::optional<qint64> parseQuantity(const QString &text, const QLocale &locale)
{
    QString t = text.trimmed();
    if (t.isEmpty()) {
        return std::nullopt;
    }
    const QString point = locale.decimalPoint();
    const qsizetype at = t.indexOf(point);
    const QString whole = at < 0 ? t : t.left(at);
    const QString fraction = at < 0 ? QString() : t.mid(at + point.size());
    if (fraction.size() > 3) {
        return std::nullopt;
    }
    bool ok = true;
    const qint64 units = whole.isEmpty() ? 0 : locale.toLongLong(whole, &ok);
    if (!ok || units < 0 || units > 1000000000) {
        return std::nullopt;
    }
    qint64 milli = units * 1000;
    if (!fraction.isEmpty()) {
        for (const QChar c : fraction) {
            if (!c.isDigit()) {
                return std::nullopt;
            }
        }
        milli += fraction.leftJustified(3, u'0').toLongLong();
    }
    return milli;
}

} // namespace

OrderLinesModel::OrderLinesModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int OrderLinesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_order.lines.size());
}

int OrderLinesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrderLinesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const OrderLine &line = m_order.lines.at(index.row());
    const Product &product = m_products.at(index.row());
    const QLocale locale;
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case ProductName:
            return product.name.isEmpty() ? line.description : product.name;
        case Sku:
            return product.sku;
        case Quantity:
            return DisplayText::quantity(line.quantityMilli);
        case Unit:
            return DisplayText::unit(product.unit);
        case UnitPrice:
            return line.unitPrice.format(locale);
        case Discount:
            return role == Qt::EditRole ? DisplayText::amount(line.discount) : line.discount.format(locale);
        case Tax:
            return tr("%1 %").arg(locale.toString(line.taxRateBasisPoints / 100.0, 'f', 2));
        case Net:
            return line.net.format(locale);
        }
        return {};
    }
    if (role == Qt::TextAlignmentRole && index.column() >= Quantity && index.column() != Unit) {
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role == Qt::ToolTipRole && (index.column() == Quantity || index.column() == Discount) && m_editable) {
        return index.column() == Quantity ? tr("Type the quantity (up to three decimals)")
                                          : tr("Type a discount for the whole line, as an amount");
    }
    return {};
}

bool OrderLinesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::EditRole || !m_editable) {
        return false;
    }
    const QLocale locale;
    OrderLine &line = m_order.lines[index.row()];
    const QString lineName = tr("Line %1 (%2)").arg(index.row() + 1).arg(m_products.at(index.row()).name);
    if (index.column() == Quantity) {
        const std::optional<qint64> milli = parseQuantity(value.toString(), locale);
        if (!milli || *milli <= 0) {
            m_error = tr("%1: the quantity \"%2\" is not a number greater than zero with at most three decimals.")
                          .arg(lineName, value.toString());
            emit editRefused(m_error);
            return false;
        }
        line.quantityMilli = *milli;
    } else if (index.column() == Discount) {
        const QString text = value.toString().trimmed();
        const Result<Money> discount =
            Money::parse(text.isEmpty() ? QStringLiteral("0") : text, m_order.currency, locale);
        if (!discount || discount->isNegative()) {
            m_error =
                tr("%1: the discount \"%2\" is not an amount in %3.").arg(lineName, text, m_order.currency.code());
            emit editRefused(m_error);
            return false;
        }
        const OrderLine before = line;
        line.discount = *discount;
        if (const Status s = OrderCalculator::calculateLine(line, m_order.currency); !s) {
            line = before;
            m_error = tr("%1: %2").arg(lineName, s.error().fields().isEmpty() ? s.error().message()
                                                                              : s.error().fields().first().message);
            emit editRefused(m_error);
            return false;
        }
    } else {
        return false;
    }
    m_error.clear();
    recalculate();
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    return true;
}

Qt::ItemFlags OrderLinesModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && m_editable && (index.column() == Quantity || index.column() == Discount)) {
        f |= Qt::ItemIsEditable;
    }
    return f;
}

QVariant OrderLinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case ProductName:
        return tr("Product");
    case Sku:
        return tr("SKU");
    case Quantity:
        return tr("Quantity");
    case Unit:
        return tr("Unit");
    case UnitPrice:
        return tr("Unit price");
    case Discount:
        return tr("Discount");
    case Tax:
        return tr("Tax");
    case Net:
        return tr("Net");
    default:
        return {};
    }
}

void OrderLinesModel::setOrder(const Order &order, const QList<Product> &products)
{
    beginResetModel();
    m_order = order;
    m_products = products;
    while (m_products.size() < m_order.lines.size()) {
        m_products << Product();
    }
    m_error.clear();
    endResetModel();
    recalculate();
}

void OrderLinesModel::setEditable(bool editable)
{
    m_editable = editable;
    if (!m_order.lines.isEmpty()) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

int OrderLinesModel::addProduct(const Product &product, const Money &unitPrice)
{
    for (qsizetype i = 0; i < m_products.size(); ++i) {
        if (m_products.at(i).id == product.id) {
            m_order.lines[i].quantityMilli += 1000;
            recalculate();
            emit dataChanged(index(int(i), 0), index(int(i), ColumnCount - 1));
            return int(i);
        }
    }
    OrderLine line;
    line.productId = product.id;
    line.description = product.name;
    line.quantityMilli = 1000;
    line.unitPrice = unitPrice;
    line.discount = Money::zero(m_order.currency);
    line.taxRateBasisPoints = product.taxRateBasisPoints;
    const int row = int(m_order.lines.size());
    beginInsertRows({}, row, row);
    m_order.lines << line;
    m_products << product;
    endInsertRows();
    recalculate();
    return row;
}

void OrderLinesModel::removeLine(int row)
{
    if (row < 0 || row >= m_order.lines.size()) {
        return;
    }
    beginRemoveRows({}, row, row);
    m_order.lines.removeAt(row);
    m_products.removeAt(row);
    endRemoveRows();
    recalculate();
}

void OrderLinesModel::recalculate()
{
    if (m_order.lines.isEmpty()) {
        m_order.netTotal = Money::zero(m_order.currency);
        m_order.taxTotal = Money::zero(m_order.currency);
        m_order.total = Money::zero(m_order.currency);
    } else if (const Status s = OrderCalculator::calculate(m_order); !s) {
        m_error = s.error().message();
        emit editRefused(m_error);
    }
    if (!m_order.lines.isEmpty()) {
        emit dataChanged(index(0, Net), index(rowCount() - 1, Net));
    }
    emit totalsChanged();
}

} // namespace SalesSync
