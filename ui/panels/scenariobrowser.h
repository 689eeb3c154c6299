// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

#include <QWidget>

class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace FinAck {

// The built-in scenarios, grouped (graceful, abortive, errors, faults) and searchable, titled in
// the user's language. Scenario files keep their English; the titles and summaries are
// translated where they are shown (scenarioText), so a language change only renames the items:
// the selection, the expanded groups and the search stay as they were.
class ScenarioBrowser : public QWidget
{
    Q_OBJECT
public:
    explicit ScenarioBrowser(QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }
    QLineEdit *searchField() const { return m_search; }

    // Selects the built-in scenario whose file this is; choosing the one already selected
    // chooses it again (scenarioChosen, so the window runs it afresh). False for a file that is
    // not a built-in.
    bool select(const QString &path);
    void clearSelection();

Q_SIGNALS:
    void scenarioChosen(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void build();
    void retranslate();
    void filter(const QString &text);

    QLineEdit *m_search = nullptr;
    QTreeWidget *m_tree = nullptr;
};

} // namespace FinAck
