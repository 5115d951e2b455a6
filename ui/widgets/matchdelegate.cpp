#include "ui/widgets/matchdelegate.h"

#include "ui/theme/theme.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>
#include <QPainter>

namespace SalesSync {

void MatchDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString detail = index.data(DetailRole).toString();
    const int detailWidth = opt.fontMetrics.horizontalAdvance(detail);
    const QRect detailRect = opt.rect.adjusted(opt.rect.width() - detailWidth - Theme::space(2), 0, -Theme::space(2), 0);
    // The whole row's background and focus, then the name in the room the detail leaves.
    QStyleOptionViewItem row = opt;
    row.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &row, painter, widget);
    const QRect nameRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget)
                               .adjusted(0, 0, -(detailWidth + Theme::space(6)), 0);
    const bool selected = option.state & QStyle::State_Selected;
    painter->save();
    painter->setFont(opt.font);
    painter->setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                      opt.fontMetrics.elidedText(opt.text, Qt::ElideRight, nameRect.width()));
    painter->setPen(selected ? option.palette.color(QPalette::HighlightedText)
                             : Theme::color(Tone::Secondary, option.palette));
    painter->drawText(detailRect, Qt::AlignRight | Qt::AlignVCenter, detail);
    painter->restore();
}

QSize MatchDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.rwidth() += Theme::space(8) + option.fontMetrics.horizontalAdvance(index.data(DetailRole).toString());
    size.rheight() = std::max(size.height(), option.fontMetrics.height() + Theme::space(2));
    return size;
}

namespace {

class DownIntoResults final : public QObject {
public:
    DownIntoResults(QLineEdit *search, QListView *results)
        : QObject(search)
        , m_results(results)
    {
        search->installEventFilter(this);
    }

    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() != QEvent::KeyPress || static_cast<QKeyEvent *>(event)->key() != Qt::Key_Down) {
            return false;
        }
        QAbstractItemModel *model = m_results->model();
        if (!model || model->rowCount() == 0) {
            return false;
        }
        if (!m_results->currentIndex().isValid()) {
            m_results->setCurrentIndex(model->index(0, m_results->modelColumn()));
        }
        m_results->setFocus(Qt::TabFocusReason);
        return true;
    }

private:
    QListView *m_results;
};

} // namespace

void moveDownIntoResults(QLineEdit *search, QListView *results)
{
    new DownIntoResults(search, results);
}

} // namespace SalesSync
