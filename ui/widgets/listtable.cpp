#include "ui/widgets/listtable.h"

#include "ui/models/pagedtablemodel.h"
#include "ui/theme/theme.h"
#include "ui/widgets/statusdelegate.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QSet>
#include <QTreeWidget>

namespace SalesSync {

namespace {

// Ctrl+End in a list read a page at a time goes to the real last row: the rest is read first.
class EndOfPagedList final : public QObject {
public:
    EndOfPagedList(QTableView *view, PagedModelBase *model)
        : QObject(view)
        , m_view(view)
        , m_model(model)
    {
        view->installEventFilter(this);
        connect(model, &PagedModelBase::reachedEnd, this, [this] {
            if (!m_pending) {
                return;
            }
            m_pending = false;
            const int last = m_model->rowCount() - 1;
            if (last >= 0) {
                m_view->setCurrentIndex(m_model->index(last, std::max(0, m_view->currentIndex().column())));
                m_view->scrollToBottom();
            }
        });
    }

    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::KeyPress &&
            static_cast<QKeyEvent *>(event)->matches(QKeySequence::MoveToEndOfDocument)) {
            m_pending = true;
            m_model->fetchToEnd();
            return true;
        }
        return false;
    }

private:
    QTableView *m_view;
    PagedModelBase *m_model;
    bool m_pending = false;
};

// Hides optional columns while the others do not fit the viewport.
class OptionalColumns final : public QObject {
public:
    OptionalColumns(QTableView *view, QList<int> columns)
        : QObject(view)
        , m_view(view)
        , m_columns(std::move(columns))
    {
        view->viewport()->installEventFilter(this);
        QAbstractItemModel *model = view->model();
        connect(model, &QAbstractItemModel::modelReset, this, &OptionalColumns::fit);
        connect(model, &QAbstractItemModel::rowsInserted, this, &OptionalColumns::fit);
        connect(model, &QAbstractItemModel::layoutChanged, this, &OptionalColumns::fit);
    }

    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Resize) {
            fit();
        }
        return false;
    }

private:
    void fit()
    {
        QHeaderView *header = m_view->horizontalHeader();
        const int room = m_view->viewport()->width();
        const auto needed = [&](const QSet<int> &hidden) {
            int width = 0;
            for (int c = 0; c < header->count(); ++c) {
                if (!hidden.contains(c)) {
                    width += std::max(header->sectionSizeHint(c),
                                      static_cast<const QAbstractItemView *>(m_view)->sizeHintForColumn(c));
                }
            }
            return width;
        };
        QSet<int> hidden;
        for (const int column : std::as_const(m_columns)) {
            if (needed(hidden) <= room) {
                break;
            }
            hidden.insert(column);
        }
        for (const int column : std::as_const(m_columns)) {
            m_view->setColumnHidden(column, hidden.contains(column));
        }
    }

    QTableView *m_view;
    QList<int> m_columns;
};

} // namespace

void setOptionalColumns(QTableView *view, const QList<int> &leastImportantFirst)
{
    new OptionalColumns(view, leastImportantFirst);
}

QTableView *makeListTable(QWidget *parent, const QString &objectName, QAbstractItemModel *model, int stretch)
{
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->setTabKeyNavigation(false);
    view->setItemDelegate(new StatusDelegate(view));
    view->verticalHeader()->hide();
    // Rows separated by their stripes, not a spreadsheet's grid; room around each line of text.
    view->setShowGrid(false);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + Theme::space(3));
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    if (stretch >= 0) {
        view->horizontalHeader()->setStretchLastSection(false);
        view->horizontalHeader()->setSectionResizeMode(stretch, QHeaderView::Stretch);
    } else {
        view->horizontalHeader()->setStretchLastSection(true);
    }
    if (auto *paged = qobject_cast<PagedModelBase *>(model)) {
        new EndOfPagedList(view, paged);
    }
    return view;
}

QTreeWidget *makeHistoryList(QWidget *parent, const QString &objectName, const QStringList &headers)
{
    auto *list = new QTreeWidget(parent);
    list->setObjectName(objectName);
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(true);
    list->setHeaderLabels(headers);
    list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return list;
}

} // namespace SalesSync
