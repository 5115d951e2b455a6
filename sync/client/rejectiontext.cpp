#include "sync/client/rejectiontext.h"

namespace SalesSync::Sync {

using Protocol::RejectionCode;

QString RejectionText::describe(RejectionCode code, const QString &serverMessage, const QString &fieldLabel)
{
    if (!fieldLabel.isEmpty() && code == RejectionCode::Forbidden) {
        return tr("%1: your role may not change this field.").arg(fieldLabel);
    }
    if (!fieldLabel.isEmpty() &&
        (code == RejectionCode::Invalid || code == RejectionCode::BadValue || code == RejectionCode::MissingField)) {
        return tr("%1: %2").arg(fieldLabel, describe(code, serverMessage));
    }
    QString text;
    switch (code) {
    case RejectionCode::Forbidden:
        text = tr("Your role may not make this change.");
        break;
    case RejectionCode::OutOfScope:
        text = tr("The record is outside your territories (it may have been moved to another territory).");
        break;
    case RejectionCode::NotFound:
        text = tr("The record no longer exists on the server.");
        break;
    case RejectionCode::AlreadyExists:
        text = tr("A record with this id already exists on the server.");
        break;
    case RejectionCode::UnknownEntity:
    case RejectionCode::UnknownField:
    case RejectionCode::BadValue:
        text = tr("The server does not accept this change from this version of SalesSync.");
        break;
    case RejectionCode::Invalid:
        text = tr("The server's data rules refused the values.");
        break;
    case RejectionCode::Immutable:
        text = tr("This field cannot be changed once set.");
        break;
    case RejectionCode::IllegalTransition:
        text = tr("The record's status had already moved on; this step is no longer possible.");
        break;
    case RejectionCode::Deleted:
        text = tr("Someone deleted the record on the server; the delete stands.");
        break;
    case RejectionCode::EditedSince:
        text = tr("Someone changed the record on the server after you; it was not deleted.");
        break;
    case RejectionCode::InvalidReversal:
        text = tr("The reversal is not possible (more than what is left, or of another customer's entry).");
        break;
    case RejectionCode::ClockAhead:
        text = tr("This computer's clock is ahead of the server's. Set the correct date and time, then retry.");
        break;
    case RejectionCode::MissingField:
        text = tr("A value the server needs was missing.");
        break;
    case RejectionCode::OpIdTaken:
        text = tr("The server already has a change with this id from someone else; it was not applied.");
        break;
    case RejectionCode::ChangeSetFailed:
        text = tr("Another part of the same change was refused, so none of it was kept.");
        break;
    case RejectionCode::Evicted:
        text = tr("The record left your territories while you had unsynced changes for it.");
        break;
    case RejectionCode::ParentRejected:
        text = tr("The record it belongs to was refused, so it was set aside too.");
        break;
    case RejectionCode::None:
    case RejectionCode::Other:
        return serverMessage.isEmpty() ? tr("The server refused the change.") : serverMessage;
    }
    if (!serverMessage.isEmpty() &&
        (code == RejectionCode::Invalid || code == RejectionCode::BadValue || code == RejectionCode::UnknownField ||
         code == RejectionCode::MissingField || code == RejectionCode::Forbidden)) {
        text += u' ' + tr("(Server: %1)").arg(serverMessage);
    }
    return text;
}

} // namespace SalesSync::Sync
