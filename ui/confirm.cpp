#include "ui/confirm.h"

#include <QMessageBox>
#include <QPushButton>

namespace SalesSync {

bool confirmAction(QWidget *parent, const ConfirmAnswer &answer, const QString &title, const QString &question,
                   const QString &actionText)
{
    if (answer) {
        return answer(question);
    }
    QMessageBox box(QMessageBox::Question, title, question, QMessageBox::Cancel, parent);
    QPushButton *go = box.addButton(actionText, QMessageBox::AcceptRole);
    box.setDefaultButton(go);
    box.exec();
    return box.clickedButton() == go;
}

} // namespace SalesSync
