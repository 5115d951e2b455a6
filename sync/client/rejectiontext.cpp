#include "sync/client/rejectiontext.h"

namespace SalesSync::Sync {

QString RejectionText::describe(const QString &code, const QString &serverMessage)
{
    QString text;
    if (code == u"forbidden") {
        text = tr("Your role may not make this change.");
    } else if (code == u"out_of_scope") {
        text = tr("The record is outside your territories (it may have been moved to another territory).");
    } else if (code == u"not_found") {
        text = tr("The record no longer exists on the server.");
    } else if (code == u"already_exists") {
        text = tr("A record with this id already exists on the server.");
    } else if (code == u"unknown_entity" || code == u"unknown_field" || code == u"bad_value") {
        text = tr("The server does not accept this change from this version of SalesSync.");
    } else if (code == u"invalid") {
        text = tr("The server's data rules refused the values.");
    } else if (code == u"immutable") {
        text = tr("This field cannot be changed once set.");
    } else if (code == u"illegal_transition") {
        text = tr("The record's status had already moved on; this step is no longer possible.");
    } else if (code == u"deleted") {
        text = tr("Someone deleted the record on the server; the delete stands.");
    } else if (code == u"edited_since") {
        text = tr("Someone changed the record on the server after you; it was not deleted.");
    } else if (code == u"invalid_reversal") {
        text = tr("The reversal is not possible (more than what is left, or of another customer's entry).");
    } else if (code == u"clock_ahead") {
        text = tr("This computer's clock is ahead of the server's. Set the correct date and time, then retry.");
    } else if (code == u"change_set_failed") {
        text = tr("Another part of the same change was refused, so none of it was kept.");
    } else if (code == u"evicted") {
        text = tr("The customer left your territories while you had unsynced changes for them.");
    } else if (code == u"parent_rejected") {
        text = tr("The record it belongs to was refused, so it was set aside too.");
    } else {
        return serverMessage.isEmpty() ? code : serverMessage;
    }
    if (!serverMessage.isEmpty() && (code == u"invalid" || code == u"bad_value" || code == u"unknown_field")) {
        text += u' ' + tr("(Server: %1)").arg(serverMessage);
    }
    return text;
}

} // namespace SalesSync::Sync
