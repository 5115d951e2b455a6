#include "ui/widgets/matchdelegate.h"

#include "ui/theme/theme.h"

#include <QAbstractItemView>
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
    const QString name = opt.text;
    // The row's background and focus first, then the two lines in the row.
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    const QRect text = opt.rect.adjusted(Theme::space(2), Theme::space(1), -Theme::space(2), -Theme::space(1));
    const int line = opt.fontMetrics.height();
    const bool selected = option.state & QStyle::State_Selected;
    painter->save();
    painter->setFont(opt.font);
    painter->setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(QRect(text.left(), text.top(), text.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                      opt.fontMetrics.elidedText(name, Qt::ElideRight, text.width()));
    const QFont small = Theme::font(TextStyle::Secondary);
    painter->setFont(small);
    painter->setPen(selected ? option.palette.color(QPalette::HighlightedText)
                             : Theme::color(Tone::Secondary, option.palette));
    painter->drawText(QRect(text.left(), text.top() + line, text.width(), QFontMetrics(small).height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(small).elidedText(index.data(DetailRole).toString(), Qt::ElideMiddle, text.width()));
    painter->restore();
}

QSize MatchDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    // As wide as the list (it never scrolls sideways); two lines high.
    const auto *view = qobject_cast<const QAbstractItemView *>(option.widget);
    const int width = view ? view->viewport()->width() : option.rect.width();
    return {width,
            option.fontMetrics.height() + QFontMetrics(Theme::font(TextStyle::Secondary)).height() + Theme::space(2)};
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

void setUpMatchList(QLineEdit *search, QListView *results)
{
    results->setItemDelegate(new MatchDelegate(results));
    results->setUniformItemSizes(true);
    results->setResizeMode(QListView::Adjust);
    results->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    new DownIntoResults(search, results);
}

} // namespace SalesSync
