// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#pragma once

#include "model/expectationcheck.h"

#include <QPointer>
#include <QWidget>

class QTextBrowser;

namespace FinAck {

class Playback;
struct Scenario;

// Why this is happening: the notes of the step at the playhead, what the step's calls returned,
// the scenario's explanation and takeaway, and once the run is over and the playhead at its end,
// each of the author's claims with ✔ or ✘ and what the kernel did instead. It is told the
// scenario and the checks (LabClient::checks()); it never talks to the lab itself.
class ExplainPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ExplainPanel(QWidget *parent = nullptr);

    // Follows the playback's record and playhead; it must outlive the panel or be replaced.
    void setPlayback(Playback *playback);
    // The scenario's texts in English, its source language: the panel shows them translated, and
    // again in the new language after a language change.
    void setScenario(const Scenario &scenario);
    // `about` heads the explanation: "About this scenario" unless the record is something else
    // (a capture file).
    void setScenario(const QString &title, const QString &explanation, const QString &takeaway, const QString &about = {});
    // How many steps the scenario has, for "Step 5 of 11"; 0: count those in the record.
    void setStepCount(int count);
    // The claims of a finished run; empty for none (a Qt client's run is not checked).
    void setChecks(const QList<ExpectationCheck> &checks);

    // The text as shown, for tests and screen readers.
    QString text() const;
    // The step notes at the playhead, one per line, in the current language.
    QString stepText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refresh();
    QString stepHtml() const;
    QString checksHtml() const;

    QPointer<Playback> m_playback;
    QList<QMetaObject::Connection> m_connections;
    QString m_title;
    QString m_explanation;
    QString m_about;
    QString m_takeaway;
    QList<ExpectationCheck> m_checks;
    int m_stepCount = 0;
    QTextBrowser *m_text = nullptr;
    QString m_html; // what was last set, to leave the scroll position alone when nothing changed
};

} // namespace FinAck
