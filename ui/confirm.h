#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace SalesSync {

// How a screen asks before something that cannot be taken back. Tests and scripts set an
// answer function; without one, a question box with a button named for the action (never a
// bare "Yes") asks the person.
using ConfirmAnswer = std::function<bool(const QString &question)>;

bool confirmAction(QWidget *parent, const ConfirmAnswer &answer, const QString &title, const QString &question,
                   const QString &actionText);

} // namespace SalesSync
