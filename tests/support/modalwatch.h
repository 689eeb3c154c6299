// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

// Static dialogs and message boxes block in exec(): a test cannot answer them after the call
// that opens them returns. ModalWatch runs an action on the next modal widget of a type once it
// is up, from the event loop the dialog itself spins.
#include <QApplication>
#include <QList>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <functional>

class ModalWatch
{
public:
    ModalWatch() = default;
    ModalWatch(const ModalWatch &) = delete;
    ModalWatch &operator=(const ModalWatch &) = delete;
    ~ModalWatch() { clear(); }

    template<typename T> void when(std::function<void(T *)> act)
    {
        auto *timer = new QTimer;
        timer->setInterval(10);
        QObject::connect(timer, &QTimer::timeout, timer, [timer, act] {
            if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
                timer->stop();
                timer->deleteLater();
                act(dialog);
            }
        });
        timer->start();
        m_timers << timer;
    }

    // Between tests: no watcher left waiting, no dialog left open.
    void clear()
    {
        for (const auto &timer : std::as_const(m_timers))
            delete timer.data();
        m_timers.clear();
        if (QWidget *modal = QApplication::activeModalWidget())
            modal->close();
    }

private:
    QList<QPointer<QTimer>> m_timers;
};
