// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

#include <QGroupBox>
#include <QJsonArray>

class QAction;
class QTableWidget;
class QTableWidgetItem;

namespace FinAck {

// The segments one platform's expectation lists, in order (others may come between them): a row
// per segment with the side it comes from and the flags it must carry. Part of the Expectations
// tab, which stores what this box reports with edited().
class ScenarioEditorSegments : public QGroupBox
{
    Q_OBJECT
public:
    explicit ScenarioEditorSegments(QWidget *parent = nullptr);

    // Shows these segments; reports nothing.
    void setSegments(const QJsonArray &segments);
    QJsonArray segments() const { return m_segments; }
    QTableWidget *table() const { return m_table; }

    // A FIN from the client, after the others; the selected row removed or moved.
    void addSegment();
    void removeSegment();
    void moveSegment(int delta);

    // The loader's complaint about segment `row`: its side when `rest` is about "from", else its
    // flags. Any earlier mark goes.
    void markRow(int row, const QString &rest, const QString &message);
    void clearMarks();

Q_SIGNALS:
    void edited(const QJsonArray &segments);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fill();
    void put(int row, const QString &key, const QJsonValue &value);
    void onItemChanged(QTableWidgetItem *item);
    void change(const QJsonArray &segments, int select);
    void updateEnabled();

    QJsonArray m_segments;
    bool m_loading = false;
    QTableWidget *m_table = nullptr;
    QAction *m_add = nullptr;
    QAction *m_remove = nullptr;
    QAction *m_up = nullptr;
    QAction *m_down = nullptr;
    QList<QTableWidgetItem *> m_markedItems;
    QWidget *m_markedFrom = nullptr;
};

} // namespace FinAck
