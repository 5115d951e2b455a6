#include "ui/admin/serverstack.h"

#include "ui/admin/servercall.h"
#include "ui/widgets/emptystate.h"

namespace SalesSync {

ServerStack::ServerStack(QWidget *content, const QString &unavailableTitle, QAction *retry, QWidget *parent)
    : QStackedWidget(parent)
    , m_content(content)
{
    m_unavailable = new EmptyState(QStringLiteral("network-disconnect"), unavailableTitle, QString(), this);
    if (retry) {
        m_unavailable->setAction(retry);
    }
    addWidget(content);
    addWidget(m_unavailable);
}

bool ServerStack::checkAvailable(const Workspace &workspace)
{
    const QString reason = ServerCall::unavailableReason(workspace);
    if (!reason.isEmpty()) {
        showUnavailable(reason);
    }
    return reason.isEmpty();
}

void ServerStack::showUnavailable(const QString &why)
{
    m_unavailable->setHint(why);
    setCurrentWidget(m_unavailable);
}

void ServerStack::showContent()
{
    setCurrentWidget(m_content);
}

} // namespace SalesSync
