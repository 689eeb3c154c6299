// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

#include <QJsonObject>
#include <QString>
#include <QWidget>

class QSpinBox;

namespace FinAck {

// The JSON path of a field inside an array element of the loader's messages: for
// "steps[3].data" and the array "steps", index 3 and rest "data".
struct ScenarioElementPath {
    int index = -1; // -1: the path names the array itself, or lies elsewhere
    QString rest;   // "" for the element itself; "flags[0]" and "value.seconds" stay whole
};
ScenarioElementPath scenarioElementPath(const QString &path, const QString &arrayPath);
// Whether `path` is `prefix` or lies inside it ("steps[3].data" is within "steps" and
// "steps[3]", not within "step").
bool scenarioPathWithin(const QString &path, const QString &prefix);

// A spin box whose lowest value stands for "not in the file" shows that as a text ("default
// (5000 ms)"); its size hint counts only the numbers, so the text would be cut off.
void fitSpecialValueText(QSpinBox *box);

// One tab of the scenario editor. Every page edits the same JSON object — the editor's model —
// in place and says so with edited(); the editor then runs the real loader over it and hands the
// loader's complaint to the page whose field the JSON path names. No page checks anything itself,
// so no second validator can drift from the loader.
class ScenarioEditorPage : public QWidget
{
    Q_OBJECT
public:
    explicit ScenarioEditorPage(QJsonObject *scenario, QWidget *parent = nullptr);

    // The model was replaced under the page (New, Open): show it again.
    virtual void refresh() = 0;
    // Whether `path` ("steps[3].data") names something on this page.
    virtual bool owns(const QString &path) const = 0;
    // The loader's complaint when `path` is this page's; an empty path clears the mark.
    void setProblem(const QString &path, const QString &message);
    QString problemPath() const { return m_problemPath; }
    // Brings the field with the problem into view (selecting its step) and gives it the focus.
    virtual void revealProblem() = 0;

Q_SIGNALS:
    void edited();

protected:
    // Marks the field m_problemPath names, or clears every mark when it is empty.
    virtual void showProblem() = 0;
    virtual void retranslate() = 0;
    void changeEvent(QEvent *event) override;

    QJsonObject *m_scenario = nullptr;
    QString m_problemPath;
    QString m_problemMessage;
};

} // namespace FinAck
