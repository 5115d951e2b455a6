#pragma once

#include <QApplication>
#include <QTest>

namespace SalesSync::Test {

// The dialog of this type that is open now (dialogs open window-modal, asynchronously), waiting
// up to five seconds for it; nullptr when none opens.
template <typename T>
T *waitForDialog()
{
    for (int waited = 0; waited < 5000; waited += 20) {
        if (auto *found = qobject_cast<T *>(QApplication::activeModalWidget())) {
            return found;
        }
        QTest::qWait(20);
    }
    return nullptr;
}

} // namespace SalesSync::Test
