// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#include "editor/stepeditor.h"

#include "editor/scenarioeditorjson.h"
#include "editor/scenarioeditorpage.h"
#include "io/scenarioformat.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

namespace FinAck {

namespace {

const QStringList kOptions{QStringLiteral("SO_LINGER"),       QStringLiteral("SO_REUSEADDR"), QStringLiteral("SO_RCVBUF"),
                           QStringLiteral("SO_SNDBUF"),       QStringLiteral("SO_ERROR"),     QStringLiteral("TCP_NODELAY"),
                           QStringLiteral("TCP_USER_TIMEOUT")};
const QStringList kShutdownModes{QStringLiteral("SHUT_RD"), QStringLiteral("SHUT_WR"), QStringLiteral("SHUT_RDWR")};
const QString kLinger = QStringLiteral("SO_LINGER");
enum PortMode { PortDefault, PortNumber, PortOfServer, PortOfClient };

// Ranges wider than the loader's, so that a wrong number can be typed and the loader say why.
QSpinBox *spinBox(QWidget *parent, const QString &name, int min, int max)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(name);
    box->setRange(min, max);
    return box;
}

QPlainTextEdit *textBox(QWidget *parent, const QString &name, int lines)
{
    auto *box = new QPlainTextEdit(parent);
    box->setObjectName(name);
    box->setTabChangesFocus(true);
    box->setFixedHeight(box->fontMetrics().lineSpacing() * lines + 12);
    return box;
}

QWidget *rowOf(QWidget *parent, std::initializer_list<QWidget *> fields)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget *field : fields)
        layout->addWidget(field);
    layout->addStretch(1);
    return row;
}

} // namespace

StepEditor::StepEditor(QWidget *parent)
    : QWidget(parent)
{
    build();
    connectFields();
    retranslate();
    load();
}

void StepEditor::build()
{
    m_actor = new QComboBox(this);
    m_actor->setObjectName(QStringLiteral("step.actor"));
    m_actor->addItem(QString(), QStringLiteral("client"));
    m_actor->addItem(QString(), QStringLiteral("server"));
    m_call = new QComboBox(this);
    m_call->setObjectName(QStringLiteral("step.call"));
    for (const QString &name : callKindNames())
        m_call->addItem(name, name);
    m_fd = new QComboBox(this);
    m_fd->setObjectName(QStringLiteral("step.fd"));
    m_fd->setEditable(true);
    m_fd->setInsertPolicy(QComboBox::NoInsert);
    m_fd->setMinimumContentsLength(16);
    m_as = new QLineEdit(this);
    m_as->setObjectName(QStringLiteral("step.as"));
    m_data = textBox(this, QStringLiteral("step.data"), 2);
    m_repeat = spinBox(this, QStringLiteral("step.repeat"), 0, INT_MAX);
    m_size = spinBox(this, QStringLiteral("step.size"), -1000000, 1000000000);
    m_peek = new QCheckBox(this);
    m_peek->setObjectName(QStringLiteral("step.peek"));
    m_dontWait = new QCheckBox(this);
    m_dontWait->setObjectName(QStringLiteral("step.dontwait"));
    m_how = new QComboBox(this);
    m_how->setObjectName(QStringLiteral("step.how"));
    m_how->addItems(kShutdownModes);
    m_option = new QComboBox(this);
    m_option->setObjectName(QStringLiteral("step.option"));
    for (const QString &name : kOptions)
        m_option->addItem(name, name);
    m_option->addItem(QString(), QString()); // raw numbers
    m_level = spinBox(this, QStringLiteral("step.option.level"), -1000000, 1000000);
    m_optionNumber = spinBox(this, QStringLiteral("step.option.option"), -1000000, 1000000);
    m_value = spinBox(this, QStringLiteral("step.value"), INT_MIN, INT_MAX);
    m_lingerOn = new QCheckBox(this);
    m_lingerOn->setObjectName(QStringLiteral("step.value.onoff"));
    m_lingerSeconds = spinBox(this, QStringLiteral("step.value.seconds"), -1000000, 1000000);
    m_lingerSeconds->setSuffix(QStringLiteral(" s"));
    m_portMode = new QComboBox(this);
    m_portMode->setObjectName(QStringLiteral("step.portmode"));
    for (int i = PortDefault; i <= PortOfClient; ++i)
        m_portMode->addItem(QString());
    m_port = spinBox(this, QStringLiteral("step.port"), -1000000, 1000000);
    m_backlog = spinBox(this, QStringLiteral("step.backlog"), -1000000, 1000000);
    // The lowest value of each optional number stands for "not in the file": the loader's default.
    m_timeout = spinBox(this, QStringLiteral("step.timeout_ms"), 0, 100000000);
    m_timeout->setSuffix(QStringLiteral(" ms"));
    m_settle = spinBox(this, QStringLiteral("step.settle_ms"), -1, 100000000);
    m_settle->setSuffix(QStringLiteral(" ms"));
    m_blocks = new QCheckBox(this);
    m_blocks->setObjectName(QStringLiteral("step.blocks"));
    m_note = textBox(this, QStringLiteral("step.note"), 4);

    QWidget *fields[RowCount] = {m_actor,
                                 m_call,
                                 m_fd,
                                 m_as,
                                 m_data,
                                 m_repeat,
                                 m_size,
                                 rowOf(this, {m_peek, m_dontWait}),
                                 m_how,
                                 rowOf(this, {m_option, m_level, m_optionNumber}),
                                 m_value,
                                 rowOf(this, {m_lingerOn, m_lingerSeconds}),
                                 rowOf(this, {m_portMode, m_port}),
                                 m_backlog,
                                 m_timeout,
                                 m_settle,
                                 m_blocks,
                                 m_note};
    QWidget *buddies[RowCount] = {m_actor,  m_call,  m_fd,       m_as,       m_data,    m_repeat,  m_size,   m_peek,   m_how,
                                  m_option, m_value, m_lingerOn, m_portMode, m_backlog, m_timeout, m_settle, m_blocks, m_note};
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    for (int r = 0; r < RowCount; ++r) {
        m_rows[r] = fields[r];
        m_labels[r] = new QLabel(this);
        m_labels[r]->setBuddy(buddies[r]);
        m_form->addRow(m_labels[r], m_rows[r]);
    }
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("step.problem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #d32f2f;"));
    m_problem->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_problem);
    layout->addStretch(1);

    m_marks = ScenarioEditorMarks(m_problem);
    const std::pair<QString, QWidget *> keys[] = {{ScenarioKey::Actor, m_actor},
                                                  {ScenarioKey::Call, m_call},
                                                  {ScenarioKey::Fd, m_fd},
                                                  {ScenarioKey::As, m_as},
                                                  {ScenarioKey::Data, m_data},
                                                  {ScenarioKey::Repeat, m_repeat},
                                                  {ScenarioKey::Size, m_size},
                                                  {ScenarioKey::Peek, m_peek},
                                                  {ScenarioKey::DontWait, m_dontWait},
                                                  {ScenarioKey::How, m_how},
                                                  {ScenarioKey::Option, m_option},
                                                  {ScenarioKey::path(ScenarioKey::Option, ScenarioKey::Level), m_level},
                                                  {ScenarioKey::path(ScenarioKey::Option, ScenarioKey::Option), m_optionNumber},
                                                  {ScenarioKey::Value, m_value},
                                                  {ScenarioKey::Value, m_rows[LingerRow]},
                                                  {ScenarioKey::path(ScenarioKey::Value, ScenarioKey::OnOff), m_lingerOn},
                                                  {ScenarioKey::path(ScenarioKey::Value, ScenarioKey::Seconds), m_lingerSeconds},
                                                  {ScenarioKey::Port, m_port},
                                                  {ScenarioKey::Port, m_portMode},
                                                  {ScenarioKey::Backlog, m_backlog},
                                                  {ScenarioKey::TimeoutMs, m_timeout},
                                                  {ScenarioKey::SettleMs, m_settle},
                                                  {ScenarioKey::Blocks, m_blocks},
                                                  {ScenarioKey::Note, m_note}};
    for (const auto &[key, field] : keys)
        m_marks.add(key, field);
}

void StepEditor::connectFields()
{
    // Each field writes its own key only, and only when the user (or a test) changed it.
    const auto text = [this](const QString &key, const QString &value, bool keepEmpty) {
        if (value.isEmpty() && !keepEmpty)
            remove(key);
        else
            set(key, value);
    };
    const auto flag = [this](const QString &key, bool on) {
        if (on)
            set(key, true);
        else
            remove(key);
    };
    connect(m_actor, &QComboBox::currentIndexChanged, this, [this] {
        if (m_loading)
            return;
        m_step[ScenarioKey::Actor] = m_actor->currentData().toString();
        load(); // the descriptors offered and the defaults shown are the other side's now
        Q_EMIT edited(m_step);
    });
    connect(m_call, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading)
            changeCall(m_call->currentData().toString());
    });
    connect(m_fd, &QComboBox::currentTextChanged, this, [text](const QString &v) { text(ScenarioKey::Fd, v, false); });
    connect(m_as, &QLineEdit::textChanged, this, [text](const QString &v) { text(ScenarioKey::As, v, false); });
    connect(m_data, &QPlainTextEdit::textChanged, this, [this, text] { text(ScenarioKey::Data, m_data->toPlainText(), true); });
    connect(m_note, &QPlainTextEdit::textChanged, this, [this, text] { text(ScenarioKey::Note, m_note->toPlainText(), false); });
    connect(m_repeat, &QSpinBox::valueChanged, this, [this](int v) {
        if (v == 1 || v == m_repeat->minimum())
            remove(ScenarioKey::Repeat);
        else
            set(ScenarioKey::Repeat, v);
    });
    connect(m_size, &QSpinBox::valueChanged, this, [this](int v) { set(ScenarioKey::Size, v); });
    connect(m_peek, &QCheckBox::toggled, this, [flag](bool on) { flag(ScenarioKey::Peek, on); });
    connect(m_dontWait, &QCheckBox::toggled, this, [flag](bool on) { flag(ScenarioKey::DontWait, on); });
    connect(m_blocks, &QCheckBox::toggled, this, [flag](bool on) { flag(ScenarioKey::Blocks, on); });
    connect(m_how, &QComboBox::currentIndexChanged, this, [this] { set(ScenarioKey::How, m_how->currentText()); });
    connect(m_option, &QComboBox::currentIndexChanged, this, &StepEditor::writeOption);
    connect(m_level, &QSpinBox::valueChanged, this, &StepEditor::writeOption);
    connect(m_optionNumber, &QSpinBox::valueChanged, this, &StepEditor::writeOption);
    connect(m_value, &QSpinBox::valueChanged, this, [this](int v) { set(ScenarioKey::Value, v); });
    connect(m_lingerOn, &QCheckBox::toggled, this, [this] { set(ScenarioKey::Value, lingerValue()); });
    connect(m_lingerSeconds, &QSpinBox::valueChanged, this, [this] { set(ScenarioKey::Value, lingerValue()); });
    connect(m_portMode, &QComboBox::currentIndexChanged, this, &StepEditor::writePort);
    connect(m_port, &QSpinBox::valueChanged, this, &StepEditor::writePort);
    connect(m_backlog, &QSpinBox::valueChanged, this, [this](int v) { set(ScenarioKey::Backlog, v); });
    for (auto [box, key] : {std::pair{m_timeout, ScenarioKey::TimeoutMs}, std::pair{m_settle, ScenarioKey::SettleMs}}) {
        // Init-captures: clang (and so clang-tidy) 14 cannot capture a structured binding.
        connect(box, &QSpinBox::valueChanged, this, [this, spin = box, name = key](int v) {
            if (v == spin->minimum())
                remove(name);
            else
                set(name, v);
        });
    }
}

void StepEditor::retranslate()
{
    const char *const labels[RowCount] = {
        QT_TR_NOOP("Side:"),         QT_TR_NOOP("Call:"),    QT_TR_NOOP("Descriptor (fd):"), QT_TR_NOOP("New descriptor (as):"),
        QT_TR_NOOP("Data to send:"), QT_TR_NOOP("Repeat:"),  QT_TR_NOOP("Buffer size:"),     QT_TR_NOOP("Flags:"),
        QT_TR_NOOP("Mode:"),         QT_TR_NOOP("Option:"),  QT_TR_NOOP("Value:"),           QT_TR_NOOP("Linger:"),
        QT_TR_NOOP("Port:"),         QT_TR_NOOP("Backlog:"), QT_TR_NOOP("Timeout:"),         QT_TR_NOOP("Settle at most:"),
        QT_TR_NOOP("Blocking:"),     QT_TR_NOOP("Note:")};
    for (int r = 0; r < RowCount; ++r)
        m_labels[r]->setText(tr(labels[r]));
    m_actor->setItemText(0, tr("Client"));
    m_actor->setItemText(1, tr("Server"));
    //: the last choice of socket options: a level and option given as numbers, e.g. 6 and 99
    m_option->setItemText(int(kOptions.size()), tr("other: level and option numbers"));
    //: prefix of a spin box: "level 6"
    m_level->setPrefix(tr("level "));
    //: prefix of a spin box: "option 99"
    m_optionNumber->setPrefix(tr("option "));
    //: MSG_PEEK is a flag name: keep it
    m_peek->setText(tr("MSG_PEEK (leave the data queued)"));
    //: MSG_DONTWAIT is a flag name: keep it
    m_dontWait->setText(tr("MSG_DONTWAIT (never block)"));
    //: SO_LINGER's l_onoff field: keep the name
    m_lingerOn->setText(tr("on (l_onoff = 1)"));
    m_blocks->setText(tr("blocks until a later step of the other side"));
    //: how often the data is sent in one send(): the lowest choice
    m_repeat->setSpecialValueText(tr("once"));
    m_timeout->setSpecialValueText(tr("default (5000 ms)"));
    m_settle->setSpecialValueText(tr("default (3000 ms)"));
    for (QSpinBox *box : {m_repeat, m_timeout, m_settle})
        fitSpecialValueText(box);
    m_data->setPlaceholderText(tr("The bytes to send, as text"));
    m_note->setPlaceholderText(tr("Why this step matters; shown while it runs"));
    updateRows();
}

void StepEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void StepEditor::setStep(const QJsonObject &step, const QStringList &clientNames, const QStringList &serverNames)
{
    m_step = step;
    m_names[0] = clientNames;
    m_names[1] = serverNames;
    load();
}

QWidget *StepEditor::showProblem(const QString &path, const QString &message)
{
    if (message.isEmpty()) {
        m_marks.clear();
        return nullptr;
    }
    return m_marks.mark(path, message, this);
}

void StepEditor::set(const QString &key, const QJsonValue &value)
{
    if (m_loading)
        return;
    m_step[key] = value;
    Q_EMIT edited(m_step);
}

void StepEditor::remove(const QString &key)
{
    if (m_loading)
        return;
    m_step.remove(key);
    Q_EMIT edited(m_step);
}

void StepEditor::changeCall(const QString &call)
{
    // What both calls take stays; the new call's own arguments start from the palette's defaults.
    static const QStringList kept{ScenarioKey::Fd, ScenarioKey::Note, ScenarioKey::TimeoutMs, ScenarioKey::SettleMs, ScenarioKey::Blocks};
    const Actor actor = actorFromName(m_step.value(ScenarioKey::Actor).toString()).value_or(Actor::Client);
    const CallKind kind = callKindFromName(call).value_or(CallKind::Close);
    QJsonObject next = defaultStepJson(actor, kind);
    next[ScenarioKey::Actor] = m_step.value(ScenarioKey::Actor);
    for (const QString &key : kept) {
        if (m_step.contains(key))
            next[key] = m_step.value(key);
    }
    if (kind == CallKind::Socket || kind == CallKind::Crash)
        next.remove(ScenarioKey::Fd);
    m_step = next;
    load();
    Q_EMIT edited(m_step);
}

QJsonObject StepEditor::lingerValue() const
{
    return QJsonObject{{ScenarioKey::OnOff, m_lingerOn->isChecked() ? 1 : 0}, {ScenarioKey::Seconds, m_lingerSeconds->value()}};
}

void StepEditor::writeOption()
{
    if (m_loading)
        return;
    const QString name = m_option->currentData().toString();
    if (name.isEmpty())
        m_step[ScenarioKey::Option] = QJsonObject{{ScenarioKey::Level, m_level->value()}, {ScenarioKey::Option, m_optionNumber->value()}};
    else
        m_step[ScenarioKey::Option] = name;
    // SO_LINGER takes a pair, every other option a number: the value follows the option.
    if (m_step.value(ScenarioKey::Call).toString() == QLatin1String("setsockopt")) {
        if (name == kLinger)
            m_step[ScenarioKey::Value] = lingerValue();
        else
            m_step[ScenarioKey::Value] = m_value->value();
    }
    updateRows();
    Q_EMIT edited(m_step);
}

void StepEditor::writePort()
{
    if (m_loading)
        return;
    switch (m_portMode->currentIndex()) {
    case PortNumber: m_step[ScenarioKey::Port] = m_port->value(); break;
    case PortOfServer: m_step[ScenarioKey::Port] = QStringLiteral("server"); break;
    case PortOfClient: m_step[ScenarioKey::Port] = QStringLiteral("client"); break;
    default: m_step.remove(ScenarioKey::Port); break;
    }
    updateRows();
    Q_EMIT edited(m_step);
}

void StepEditor::load()
{
    m_loading = true;
    const auto str = [this](QLatin1String key) { return m_step.value(key).toString(); };
    m_actor->setCurrentIndex(m_actor->findData(str(ScenarioKey::Actor)));
    m_call->setCurrentIndex(m_call->findData(str(ScenarioKey::Call)));
    const bool server = str(ScenarioKey::Actor) == QLatin1String("server");
    m_fd->clear();
    m_fd->addItems(m_names[server ? 1 : 0]);
    m_fd->setCurrentIndex(-1);
    m_fd->setEditText(str(ScenarioKey::Fd));
    m_as->setText(str(ScenarioKey::As));
    m_data->setPlainText(str(ScenarioKey::Data));
    m_repeat->setValue(jsonInt(m_step.value(ScenarioKey::Repeat), 0));
    m_size->setValue(jsonInt(m_step.value(ScenarioKey::Size), 1024));
    m_peek->setChecked(m_step.value(ScenarioKey::Peek).toBool());
    m_dontWait->setChecked(m_step.value(ScenarioKey::DontWait).toBool());
    m_how->setCurrentIndex(int(kShutdownModes.indexOf(str(ScenarioKey::How))));

    const QJsonValue option = m_step.value(ScenarioKey::Option);
    if (option.isObject()) {
        m_option->setCurrentIndex(int(kOptions.size()));
        m_level->setValue(jsonInt(option[ScenarioKey::Level], 0));
        m_optionNumber->setValue(jsonInt(option[ScenarioKey::Option], 0));
    } else {
        m_option->setCurrentIndex(option.isString() ? int(kOptions.indexOf(option.toString())) : -1);
    }
    const QJsonValue value = m_step.value(ScenarioKey::Value);
    m_lingerOn->setChecked(jsonInt(value[ScenarioKey::OnOff], 1) != 0);
    m_lingerSeconds->setValue(jsonInt(value[ScenarioKey::Seconds], 0));
    m_value->setValue(jsonInt(value, 1));

    const QJsonValue port = m_step.value(ScenarioKey::Port);
    if (port.isString())
        m_portMode->setCurrentIndex(port.toString() == QLatin1String("client") ? PortOfClient : PortOfServer);
    else
        m_portMode->setCurrentIndex(port.isUndefined() ? PortDefault : PortNumber);
    m_port->setValue(jsonInt(port, 0));
    m_backlog->setValue(jsonInt(m_step.value(ScenarioKey::Backlog), 16));
    m_timeout->setValue(jsonInt(m_step.value(ScenarioKey::TimeoutMs), m_timeout->minimum()));
    m_settle->setValue(jsonInt(m_step.value(ScenarioKey::SettleMs), m_settle->minimum()));
    m_blocks->setChecked(m_step.value(ScenarioKey::Blocks).toBool());
    m_note->setPlainText(str(ScenarioKey::Note));
    updateRows();
    m_loading = false;
}

void StepEditor::updateRows()
{
    const QString call = m_step.value(ScenarioKey::Call).toString();
    const auto is = [&call](std::initializer_list<const char *> names) {
        return std::ranges::any_of(names, [&call](const char *name) { return call == QLatin1String(name); });
    };
    const bool lingerOption = m_option->currentData().toString() == kLinger && m_option->currentIndex() >= 0;
    const bool visible[RowCount] = {true,
                                    true,
                                    !is({"socket", "crash"}),
                                    is({"socket", "accept", "dup"}),
                                    is({"send"}),
                                    is({"send"}),
                                    is({"recv"}),
                                    is({"send", "recv"}),
                                    is({"shutdown"}),
                                    is({"setsockopt", "getsockopt"}),
                                    is({"setsockopt"}) && !lingerOption,
                                    is({"setsockopt"}) && lingerOption,
                                    is({"bind", "connect"}),
                                    is({"listen"}),
                                    true,
                                    true,
                                    true,
                                    true};
    for (int r = 0; r < RowCount; ++r)
        m_form->setRowVisible(m_rows[r], visible[r]);
    m_peek->setVisible(is({"recv"}));
    const bool raw = m_option->currentIndex() == kOptions.size();
    m_level->setVisible(raw);
    m_optionNumber->setVisible(raw);
    m_port->setVisible(m_portMode->currentIndex() == PortNumber);

    if (call == QLatin1String("connect"))
        m_portMode->setItemText(PortDefault, tr("the server's listening port (default)"));
    else
        m_portMode->setItemText(PortDefault, tr("0: an ephemeral port (default)"));
    m_portMode->setItemText(PortNumber, tr("this number"));
    //: bind or connect to the port the server used last (to bind again to a port in TIME_WAIT)
    m_portMode->setItemText(PortOfServer, tr("the port the server used last"));
    m_portMode->setItemText(PortOfClient, tr("the port the client used last"));

    //: %1 the descriptor name used when the field is empty, e.g. sock
    m_fd->lineEdit()->setPlaceholderText(tr("default: %1").arg(defaultDescriptor(m_step, ScenarioKey::Fd)));
    if (call == QLatin1String("dup"))
        m_as->setPlaceholderText(tr("required: a name for the copy"));
    else
        m_as->setPlaceholderText(tr("default: %1").arg(defaultDescriptor(m_step, ScenarioKey::As)));
}

} // namespace FinAck
