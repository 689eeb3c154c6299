<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Capture</name>
    <message>
        <source>%1: unsupported link type %2 (%3)</source>
        <translation>%1: unsupported link type %2 (%3)</translation>
    </message>
    <message>
        <source>%1: this platform offers no descriptor to wait on</source>
        <translation>%1: this platform offers no descriptor to wait on</translation>
    </message>
</context>
<context>
    <name>DiagramPicture</name>
    <message>
        <source>FinAck diagram</source>
        <translation>FinAck diagram</translation>
    </message>
    <message>
        <source>%1: cannot write the PDF (is the folder writable?)</source>
        <translation>%1: cannot write the PDF (is the folder writable?)</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>page %1 of %2</translation>
    </message>
    <message>
        <source>%1: cannot finish the PDF</source>
        <translation>%1: cannot finish the PDF</translation>
    </message>
    <message>
        <source>scenario %1</source>
        <translation>scenario %1</translation>
    </message>
    <message>
        <source>steps %1 to the end</source>
        <translation>steps %1 to the end</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>step %1</translation>
    </message>
    <message>
        <source>steps %1–%2</source>
        <translation>steps %1–%2</translation>
    </message>
    <message>
        <source>the whole run</source>
        <translation>the whole run</translation>
    </message>
    <message>
        <source>the lab's private network namespace</source>
        <translation>the lab's private network namespace</translation>
    </message>
    <message>
        <source>the host's loopback</source>
        <translation>the host's loopback</translation>
    </message>
    <message>
        <source>segments captured from the wire</source>
        <translation>segments captured from the wire</translation>
    </message>
    <message>
        <source>segments inferred (no capture permission)</source>
        <translation>segments inferred (no capture permission)</translation>
    </message>
    <message>
        <source>client: QTcpSocket</source>
        <translation>client: QTcpSocket</translation>
    </message>
    <message>
        <source>recorded %1</source>
        <translation>recorded %1</translation>
    </message>
    <message>
        <source>FinAck trace</source>
        <translation>FinAck trace</translation>
    </message>
    <message>
        <source>the whole diagram at scale %1 would be %2×%3 pixels; the PNG is scaled to %4 to stay within %5 pixels a side. For a readable slide export some steps (--steps) or use SVG or PDF.</source>
        <translation>the whole diagram at scale %1 would be %2×%3 pixels; the PNG is scaled to %4 to stay within %5 pixels a side. For a readable slide export some steps (--steps) or use SVG or PDF.</translation>
    </message>
    <message>
        <source>%1: cannot write the PNG: %2</source>
        <translation>%1: cannot write the PNG: %2</translation>
    </message>
    <message>
        <source>A TCP connection's end as FinAck recorded it: %1</source>
        <translation>A TCP connection's end as FinAck recorded it: %1</translation>
    </message>
    <message>
        <source>%1: cannot write the SVG: %2</source>
        <translation>%1: cannot write the SVG: %2</translation>
    </message>
    <message>
        <source>%1: cannot write the PDF: %2</source>
        <translation>%1: cannot write the PDF: %2</translation>
    </message>
</context>
<context>
    <name>FaultRule</name>
    <message>
        <source>%1st</source>
        <extracomment>an ordinal number for 1st, 21st, 101st…: "the server's 1st FIN"</extracomment>
        <translation>%1st</translation>
    </message>
    <message>
        <source>%1nd</source>
        <extracomment>an ordinal number for 2nd, 22nd…: "the server's 2nd FIN"</extracomment>
        <translation>%1nd</translation>
    </message>
    <message>
        <source>%1rd</source>
        <extracomment>an ordinal number for 3rd, 23rd…: "the server's 3rd FIN"</extracomment>
        <translation>%1rd</translation>
    </message>
    <message>
        <source>%1th</source>
        <extracomment>an ordinal number for 4th to 20th, 24th, 111th…: "the server's 4th FIN"</extracomment>
        <translation>%1th</translation>
    </message>
    <message>
        <source>segment</source>
        <extracomment>what a fault drops when it names no flags: any segment</extracomment>
        <translation>segment</translation>
    </message>
    <message>
        <source>%1 (only)</source>
        <extracomment>%1 is a flag set ("FIN|ACK"): only segments with exactly these flags</extracomment>
        <translation>%1 (only)</translation>
    </message>
    <message>
        <source>every %1 from the %2 from its %3 on</source>
        <extracomment>%1 segments ("FIN", "segment"), %2 "client" or "server", %3 an ordinal ("2nd"): every FIN from the server from its 2nd on</extracomment>
        <translation>every %1 from the %2 from its %3 on</translation>
    </message>
    <message>
        <source>the %1's %2 %3</source>
        <extracomment>%1 "client" or "server", %2 an ordinal ("1st"), %3 the segment ("FIN"): the server's 1st FIN</extracomment>
        <translation>the %1's %2 %3</translation>
    </message>
    <message>
        <source>the %1's %2 to %3 %4</source>
        <extracomment>%1 "client" or "server", %2 and %3 ordinals, %4 the segments: the server's 1st to 3rd FIN</extracomment>
        <translation>the %1's %2 to %3 %4</translation>
    </message>
</context>
<context>
    <name>FileOpener</name>
    <message>
        <source>private network namespace</source>
        <translation>private network namespace</translation>
    </message>
    <message>
        <source>host loopback</source>
        <translation>host loopback</translation>
    </message>
    <message>
        <source>segments captured</source>
        <translation>segments captured</translation>
    </message>
    <message>
        <source>segments inferred</source>
        <translation>segments inferred</translation>
    </message>
    <message>
        <source>Qt client</source>
        <translation>Qt client</translation>
    </message>
    <message>
        <source>trace file %1, made from a capture — states inferred from the segments</source>
        <translation>trace file %1, made from a capture — states inferred from the segments</translation>
    </message>
    <message>
        <source>trace file %1 (%2)</source>
        <translation>trace file %1 (%2)</translation>
    </message>
    <message>
        <source>trace file %1, recorded on %2 (%3)</source>
        <translation>trace file %1, recorded on %2 (%3)</translation>
    </message>
    <message>
        <source>%1: no TCP connection in the capture</source>
        <translation>%1: no TCP connection in the capture</translation>
    </message>
    <message>
        <source>%1: no stream %2, the capture holds %3</source>
        <translation>%1: no stream %2, the capture holds %3</translation>
    </message>
    <message>
        <source>capture file %1, stream %2 of %3 — states inferred from the segments</source>
        <translation>capture file %1, stream %2 of %3 — states inferred from the segments</translation>
    </message>
    <message>
        <source>A real connection read from a capture file (tcpdump, Wireshark): nothing runs, nothing is re-sent. The segments are shown as they were captured; each side's TCP states are inferred from them by the RFC 9293 state machine, not observed, and the capture cannot show the programs' calls.</source>
        <translation>A real connection read from a capture file (tcpdump, Wireshark): nothing runs, nothing is re-sent. The segments are shown as they were captured; each side's TCP states are inferred from them by the RFC 9293 state machine, not observed, and the capture cannot show the programs' calls.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>scenario file %1</source>
        <translation>scenario file %1</translation>
    </message>
    <message>
        <source>A recorded run replayed from %1: nothing runs now, no socket is opened. Step and Back move over what was recorded.</source>
        <translation>A recorded run replayed from %1: nothing runs now, no socket is opened. Step and Back move over what was recorded.</translation>
    </message>
    <message>
        <source>Stream %1: %2</source>
        <translation>Stream %1: %2</translation>
    </message>
    <message>
        <source>Choose a TCP stream</source>
        <translation>Choose a TCP stream</translation>
    </message>
    <message>
        <source>%1 holds %2 TCP connections. Which one should be shown?</source>
        <translation>%1 holds %2 TCP connections. Which one should be shown?</translation>
    </message>
    <message>
        <source>Traces, scenarios and captures (*.json *.pcap *.pcapng *.cap)</source>
        <translation>Traces, scenarios and captures (*.json *.pcap *.pcapng *.cap)</translation>
    </message>
    <message>
        <source>FinAck traces and scenarios (*.json)</source>
        <translation>FinAck traces and scenarios (*.json)</translation>
    </message>
    <message>
        <source>Captures (*.pcap *.pcapng *.cap)</source>
        <translation>Captures (*.pcap *.pcapng *.cap)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>no "format"</source>
        <translation>no "format"</translation>
    </message>
    <message>
        <source>"format" is "%1"</source>
        <translation>"format" is "%1"</translation>
    </message>
    <message>
        <source>%1: %2: not a FinAck trace ("finack-trace") or scenario ("finack-scenario"), nor a pcap/pcapng capture</source>
        <translation>%1: %2: not a FinAck trace ("finack-trace") or scenario ("finack-scenario"), nor a pcap/pcapng capture</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>the window's title for a trace file: %1 the scenario's title, %2 the file's name</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1: larger than %2 MiB, expected a FinAck trace or scenario of at most %2 MiB</source>
        <extracomment>%1 the file, %2 a size in MiB</extracomment>
        <translation>%1: larger than %2 MiB, expected a FinAck trace or scenario of at most %2 MiB</translation>
    </message>
</context>
<context>
    <name>FinAck::Actor</name>
    <message>
        <source>client</source>
        <extracomment>one side of the TCP connection, lower case inside a sentence: "the client ends in TIME_WAIT"</extracomment>
        <translation>client</translation>
    </message>
    <message>
        <source>server</source>
        <extracomment>the other side of the TCP connection, lower case inside a sentence: "the server ends in CLOSED"</extracomment>
        <translation>server</translation>
    </message>
</context>
<context>
    <name>FinAck::CallPanel</name>
    <message>
        <source>Client panel</source>
        <translation>Client panel</translation>
    </message>
    <message>
        <source>Client calls</source>
        <translation>Client calls</translation>
    </message>
    <message>
        <source>Server panel</source>
        <translation>Server panel</translation>
    </message>
    <message>
        <source>Server calls</source>
        <translation>Server calls</translation>
    </message>
</context>
<context>
    <name>FinAck::CallTableModel</name>
    <message>
        <source> (end of stream)</source>
        <translation> (end of stream)</translation>
    </message>
    <message>
        <source>timed out after %1</source>
        <translation>timed out after %1</translation>
    </message>
    <message>
        <source>blocked %1</source>
        <translation>blocked %1</translation>
    </message>
    <message>
        <source>signal</source>
        <extracomment>the result column of a row that is a Qt signal, not a call</extracomment>
        <translation>signal</translation>
    </message>
    <message>
        <source>emitted from the event loop</source>
        <translation>emitted from the event loop</translation>
    </message>
    <message>
        <source>emitted inside %1()</source>
        <translation>emitted inside %1()</translation>
    </message>
    <message>
        <source>
Winsock has no direct counterpart of %1.</source>
        <translation>
Winsock has no direct counterpart of %1.</translation>
    </message>
    <message>
        <source>time (ms)</source>
        <extracomment>column headings of a side's call table</extracomment>
        <translation>time (ms)</translation>
    </message>
    <message>
        <source>call</source>
        <extracomment>column heading: the call the program made</extracomment>
        <translation>call</translation>
    </message>
    <message>
        <source>result</source>
        <extracomment>column heading: what the call returned</extracomment>
        <translation>result</translation>
    </message>
    <message>
        <source>meaning</source>
        <extracomment>column heading: the error's description (strerror), and how long the call blocked</extracomment>
        <translation>meaning</translation>
    </message>
    <message>
        <source>The call as the program made it (C, or Qt for the Qt client)</source>
        <translation>The call as the program made it (C, or Qt for the Qt client)</translation>
    </message>
    <message>
        <source>The system's description of the error, and how long a call blocked</source>
        <translation>The system's description of the error, and how long a call blocked</translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>a duration in seconds</extracomment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <extracomment>a duration in milliseconds</extracomment>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 ms  %2</source>
        <extracomment>a call's tooltip: its time in milliseconds, then the call</extracomment>
        <translation>%1 ms  %2</translation>
    </message>
    <message>
        <source>Milliseconds since the run started, without the waits for the next step</source>
        <translation>Milliseconds since the run started, without the waits for the next step</translation>
    </message>
    <message>
        <source>What the call returned (recv() returning 0 means the peer closed its side); when it failed, errno's name and number (Qt: socket.error()); after · what a Windows program gets for the same call</source>
        <translation>What the call returned (recv() returning 0 means the peer closed its side); when it failed, errno's name and number (Qt: socket.error()); after · what a Windows program gets for the same call</translation>
    </message>
</context>
<context>
    <name>FinAck::Cli</name>
    <message>
        <source>Where the sockets live: auto (private namespace when allowed, else host), private, or host.</source>
        <extracomment>--network's help; auto, private and host are its values: keep them</extracomment>
        <translation>Where the sockets live: auto (private namespace when allowed, else host), private, or host.</translation>
    </message>
    <message>
        <source>Infer segments instead of capturing them, even when capture is allowed.</source>
        <translation>Infer segments instead of capturing them, even when capture is allowed.</translation>
    </message>
    <message>
        <source>The client's calls: posix (default), or qt: a QTcpSocket in a thread with its own event loop.</source>
        <extracomment>--client's help; posix and qt are its values: keep them</extracomment>
        <translation>The client's calls: posix (default), or qt: a QTcpSocket in a thread with its own event loop.</translation>
    </message>
    <message numerus="yes">
        <source>--stream: %1 holds %n TCP stream(s), numbered from 1; got "%2"</source>
        <translation>
            <numerusform>--stream: %1 holds %n TCP stream, numbered from 1; got "%2"</numerusform>
            <numerusform>--stream: %1 holds %n TCP streams, numbered from 1; got "%2"</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n TCP streams; choose one with --stream N: %2</source>
        <extracomment>%1 is the capture file, %2 its streams described one by one</extracomment>
        <translation>
            <numerusform>%1 holds %n TCP streams; choose one with --stream N: %2</numerusform>
            <numerusform>%1 holds %n TCP streams; choose one with --stream N: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Writes a run as a picture (png, svg, pdf), a capture (pcap), a trace (json) or diagram text (mmd: Mermaid, puml: PlantUML), chosen by the output's suffix. Needs no display.</source>
        <translation>Writes a run as a picture (png, svg, pdf), a capture (pcap), a trace (json) or diagram text (mmd: Mermaid, puml: PlantUML), chosen by the output's suffix. Needs no display.</translation>
    </message>
    <message>
        <source>A built-in scenario id or scenario .json (run first on real sockets), a trace .json, or a .pcap/.pcapng capture.</source>
        <translation>A built-in scenario id or scenario .json (run first on real sockets), a trace .json, or a .pcap/.pcapng capture.</translation>
    </message>
    <message>
        <source>The file to write: .png .svg .pdf .pcap .json .mmd .puml</source>
        <translation>The file to write: .png .svg .pdf .pcap .json .mmd .puml</translation>
    </message>
    <message>
        <source>PNG: pixels per diagram pixel, 0.25 to 8 (default 1; 2 for slides).</source>
        <translation>PNG: pixels per diagram pixel, 0.25 to 8 (default 1; 2 for slides).</translation>
    </message>
    <message>
        <source>Pictures: light (default) or dark.</source>
        <extracomment>--theme's help; light and dark are its values: keep them</extracomment>
        <translation>Pictures: light (default) or dark.</translation>
    </message>
    <message>
        <source>Pictures: even rows (default), or true-time, where y follows the clock.</source>
        <extracomment>--spacing's help; even and true-time are its values: keep them</extracomment>
        <translation>Pictures: even rows (default), or true-time, where y follows the clock.</translation>
    </message>
    <message>
        <source>A capture with several TCP streams: which one, from 1.</source>
        <translation>A capture with several TCP streams: which one, from 1.</translation>
    </message>
    <message>
        <source>export: expected one input (a scenario id or file, a trace .json, a .pcap), e.g. finack export graceful-client-first -o close.svg</source>
        <translation>export: expected one input (a scenario id or file, a trace .json, a .pcap), e.g. finack export graceful-client-first -o close.svg</translation>
    </message>
    <message>
        <source>export: expected -o &lt;file&gt;, e.g. -o close.svg; its suffix chooses the format</source>
        <translation>export: expected -o &lt;file&gt;, e.g. -o close.svg; its suffix chooses the format</translation>
    </message>
    <message>
        <source>--scale: expected a number from 0.25 to 8, got "%1"</source>
        <translation>--scale: expected a number from 0.25 to 8, got "%1"</translation>
    </message>
    <message>
        <source>--theme: expected light or dark, got "%1"</source>
        <translation>--theme: expected light or dark, got "%1"</translation>
    </message>
    <message>
        <source>--spacing: expected even or true-time, got "%1"</source>
        <translation>--spacing: expected even or true-time, got "%1"</translation>
    </message>
    <message>
        <source>--stream: only a capture file (.pcap, .pcapng) has streams to choose from</source>
        <translation>--stream: only a capture file (.pcap, .pcapng) has streams to choose from</translation>
    </message>
    <message>
        <source>%1: not a FinAck scenario or trace, nor a pcap capture (%2)</source>
        <translation>%1: not a FinAck scenario or trace, nor a pcap capture (%2)</translation>
    </message>
    <message>
        <source>%1: not a FinAck scenario or trace, nor a pcap capture</source>
        <translation>%1: not a FinAck scenario or trace, nor a pcap capture</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>warning: %1</translation>
    </message>
    <message>
        <source>--lang: expected a language, en or zh_CN</source>
        <translation>--lang: expected a language, en or zh_CN</translation>
    </message>
    <message>
        <source>--network: expected auto, private or host, got "%1"</source>
        <translation>--network: expected auto, private or host, got "%1"</translation>
    </message>
    <message>
        <source>--client: expected posix or qt, got "%1"</source>
        <translation>--client: expected posix or qt, got "%1"</translation>
    </message>
    <message>
        <source>Runs a scenario on real sockets on 127.0.0.1 and prints what happened.</source>
        <translation>Runs a scenario on real sockets on 127.0.0.1 and prints what happened.</translation>
    </message>
    <message>
        <source>A built-in scenario id (finack list) or a scenario .json file.</source>
        <translation>A built-in scenario id (finack list) or a scenario .json file.</translation>
    </message>
    <message>
        <source>Also save the trace as JSON to &lt;file&gt;.</source>
        <translation>Also save the trace as JSON to &lt;file&gt;.</translation>
    </message>
    <message>
        <source>run: expected one scenario id or file, e.g. finack run graceful-client-first</source>
        <translation>run: expected one scenario id or file, e.g. finack run graceful-client-first</translation>
    </message>
    <message>
        <source>client %1, server %2</source>
        <translation>client %1, server %2</translation>
    </message>
    <message>
        <source>host loopback</source>
        <extracomment>where the run's sockets lived: the machine's own 127.0.0.1</extracomment>
        <translation>host loopback</translation>
    </message>
    <message>
        <source>private namespace</source>
        <extracomment>where the run's sockets lived: the lab's own network namespace</extracomment>
        <translation>private namespace</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is the network ("host loopback"), %2 why the private namespace was not available</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>captured</source>
        <extracomment>how the run's segments are known: read off the wire</extracomment>
        <translation>captured</translation>
    </message>
    <message>
        <source>inferred (no capture: %1)</source>
        <extracomment>how the run's segments are known: worked out from the calls, because capture failed for reason %1</extracomment>
        <translation>inferred (no capture: %1)</translation>
    </message>
    <message>
        <source>network: %1; segments %2</source>
        <extracomment>%1: "private namespace" or "host loopback"; %2: "captured" or "inferred (…)"</extracomment>
        <translation>network: %1; segments %2</translation>
    </message>
    <message>
        <source>client: a QTcpSocket (Qt %1) in a thread with its own event loop. Its calls are the Qt code that ran; its signals are listed when they were emitted, [inside] a call or from the [event loop]. The server is POSIX, and the step notes describe a POSIX client.</source>
        <extracomment>[inside] and [event loop] point at the marks of the table below ("inside %1()", "event loop"): translate them alike</extracomment>
        <translation>client: a QTcpSocket (Qt %1) in a thread with its own event loop. Its calls are the Qt code that ran; its signals are listed when they were emitted, [inside] a call or from the [event loop]. The server is POSIX, and the step notes describe a POSIX client.</translation>
    </message>
    <message>
        <source>Expected on this platform:</source>
        <extracomment>heading of the list of the scenario author's claims about this operating system</extracomment>
        <translation>Expected on this platform:</translation>
    </message>
    <message>
        <source>(the kernel: %1)</source>
        <extracomment>after a claim that did not hold: %1 is what the kernel did instead ("-1 ECONNRESET")</extracomment>
        <translation>(the kernel: %1)</translation>
    </message>
    <message>
        <source>Takeaway: %1</source>
        <extracomment>%1 is the scenario's one-sentence lesson</extracomment>
        <translation>Takeaway: %1</translation>
    </message>
    <message>
        <source>The scenario's expectations describe a POSIX client, so they are not checked with --client qt.</source>
        <translation>The scenario's expectations describe a POSIX client, so they are not checked with --client qt.</translation>
    </message>
    <message>
        <source>The kernel did what the scenario expects.</source>
        <translation>The kernel did what the scenario expects.</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) from the scenario's expectation.</source>
        <translation>
            <numerusform>%n difference from the scenario's expectation.</numerusform>
            <numerusform>%n differences from the scenario's expectation.</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown command "%1"; expected list, run or export (or no command for the window)</source>
        <translation>unknown command "%1"; expected list, run or export (or no command for the window)</translation>
    </message>
    <message>
        <source>Open with this scenario (id or file).</source>
        <translation>Open with this scenario (id or file).</translation>
    </message>
    <message>
        <source>auto, private or host.</source>
        <translation>auto, private or host.</translation>
    </message>
    <message>
        <source>A scenario, trace or capture file to open (the file manager passes it).</source>
        <translation>A scenario, trace or capture file to open (the file manager passes it).</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>Cannot open the file</translation>
    </message>
    <message>
        <source>Run it &lt;n&gt; times in one lab and report every run that differs from the first, and the lab's open descriptors and threads before and after.</source>
        <extracomment>--repeat's help; keep "descriptors" and "threads" plain</extracomment>
        <translation>Run it &lt;n&gt; times in one lab and report every run that differs from the first, and the lab's open descriptors and threads before and after.</translation>
    </message>
    <message>
        <source>--repeat: expected a number of runs from 1 to %1, got "%2"</source>
        <translation>--repeat: expected a number of runs from 1 to %1, got "%2"</translation>
    </message>
    <message>
        <source>run %1 of %2</source>
        <extracomment>progress on the terminal while finack run --repeat works: %1 runs done, %2 in all</extracomment>
        <translation>run %1 of %2</translation>
    </message>
    <message>
        <source>Usage: finack [command]

Without a command, finack opens its window.

Commands:
  list                       the built-in scenarios, id and title
  run &lt;id|file.json&gt;         run a scenario on real sockets on 127.0.0.1 and print what happened
      --trace &lt;file&gt;         also save the trace as JSON (docs/trace-format.md)
      --repeat &lt;n&gt;           run it n times in one lab; report the runs that differ from
                             the first and the lab's descriptors and threads (exit 1)
      --network auto|private|host
                             private: the lab's own network namespace (every segment
                             captured, faults possible); host: the host's loopback;
                             auto (default): private where the kernel allows it
      --no-capture           infer segments even where capture is allowed
      --client posix|qt      the client's calls: POSIX sockets (default), or a real
                             QTcpSocket in a thread with its own event loop, with its
                             signals on the timeline (the server stays POSIX)
  export &lt;input&gt; -o &lt;file&gt;   write a run as png, svg, pdf, pcap, json, mmd (Mermaid) or puml
                             (PlantUML), by the file's suffix; input: a scenario id or file
                             (run first), a trace .json or a .pcap/.pcapng capture.
                             finack export --help lists its options.

Every command and the window take --lang en|zh_CN (default: the system's language).

Exit status: 0 when the command ran, 2 on bad input (the reason is on stderr).
</source>
        <extracomment>`finack --help`. Keep the commands, the option names and their values (list, run, --trace, auto|private|host…) and the two columns</extracomment>
        <translation>Usage: finack [command]

Without a command, finack opens its window.

Commands:
  list                       the built-in scenarios, id and title
  run &lt;id|file.json&gt;         run a scenario on real sockets on 127.0.0.1 and print what happened
      --trace &lt;file&gt;         also save the trace as JSON (docs/trace-format.md)
      --repeat &lt;n&gt;           run it n times in one lab; report the runs that differ from
                             the first and the lab's descriptors and threads (exit 1)
      --network auto|private|host
                             private: the lab's own network namespace (every segment
                             captured, faults possible); host: the host's loopback;
                             auto (default): private where the kernel allows it
      --no-capture           infer segments even where capture is allowed
      --client posix|qt      the client's calls: POSIX sockets (default), or a real
                             QTcpSocket in a thread with its own event loop, with its
                             signals on the timeline (the server stays POSIX)
  export &lt;input&gt; -o &lt;file&gt;   write a run as png, svg, pdf, pcap, json, mmd (Mermaid) or puml
                             (PlantUML), by the file's suffix; input: a scenario id or file
                             (run first), a trace .json or a .pcap/.pcapng capture.
                             finack export --help lists its options.

Every command and the window take --lang en|zh_CN (default: the system's language).

Exit status: 0 when the command ran, 2 on bad input (the reason is on stderr).
</translation>
    </message>
    <message>
        <source>Play the scenario from the start as the window opens.</source>
        <translation>Play the scenario from the start as the window opens.</translation>
    </message>
    <message>
        <source>Playback speed, 0.25 to 4.</source>
        <translation>Playback speed, 0.25 to 4.</translation>
    </message>
    <message>
        <source>Open full screen in presentation mode (F11).</source>
        <translation>Open full screen in presentation mode (F11).</translation>
    </message>
    <message>
        <source>--speed: expected a number from 0.25 to 4, got "%1"</source>
        <translation>--speed: expected a number from 0.25 to 4, got "%1"</translation>
    </message>
    <message>
        <source>Only these steps, numbered as in the diagram's step gutter (setup steps included, from 1): 3-6, 4 or 2-.</source>
        <translation>Only these steps, numbered as in the diagram's step gutter (setup steps included, from 1): 3-6, 4 or 2-.</translation>
    </message>
</context>
<context>
    <name>FinAck::CompareWindow</name>
    <message>
        <source>%1: a scenario, not a recorded run: run it, save its trace, and compare the trace file</source>
        <translation>%1: a scenario, not a recorded run: run it, save its trace, and compare the trace file</translation>
    </message>
    <message>
        <source>%1: the trace holds no event to compare</source>
        <translation>%1: the trace holds no event to compare</translation>
    </message>
    <message>
        <source>%1, stream %2 of %3</source>
        <extracomment>a capture file's name and the connection shown: %1 the file, %2 the stream's number, %3 how many it holds</extracomment>
        <translation>%1, stream %2 of %3</translation>
    </message>
    <message>
        <source>Open the left trace</source>
        <translation>Open the left trace</translation>
    </message>
    <message>
        <source>Open the right trace</source>
        <translation>Open the right trace</translation>
    </message>
    <message>
        <source>Compare traces</source>
        <translation>Compare traces</translation>
    </message>
    <message>
        <source>Compare %1 and %2</source>
        <extracomment>the compare window's title: %1 and %2 the two traces' file names</extracomment>
        <translation>Compare %1 and %2</translation>
    </message>
    <message>
        <source>Open two traces to compare them step by step.</source>
        <translation>Open two traces to compare them step by step.</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <source>Open another trace or capture on the left</source>
        <translation>Open another trace or capture on the left</translation>
    </message>
    <message>
        <source>Open another trace or capture on the right</source>
        <translation>Open another trace or capture on the right</translation>
    </message>
    <message>
        <source>no trace</source>
        <translation>no trace</translation>
    </message>
    <message>
        <source>differs</source>
        <extracomment>beside the amber swatch that marks the rows of the diagrams that differ</extracomment>
        <translation>differs</translation>
    </message>
    <message>
        <source>Rows marked in amber differ between the two runs. Click a difference in the list to show it in both.</source>
        <translation>Rows marked in amber differ between the two runs. Click a difference in the list to show it in both.</translation>
    </message>
    <message>
        <source>Notes count</source>
        <translation>Notes count</translation>
    </message>
    <message>
        <source>Count differently worded step notes as differences too</source>
        <translation>Count differently worded step notes as differences too</translation>
    </message>
</context>
<context>
    <name>FinAck::DiagramLabels</name>
    <message>
        <source>(no flags)</source>
        <extracomment>a TCP segment with none of SYN FIN RST PSH ACK set</extracomment>
        <translation>(no flags)</translation>
    </message>
    <message>
        <source>timed out</source>
        <extracomment>a call's result: it was still blocked at the step's timeout</extracomment>
        <translation>timed out</translation>
    </message>
    <message>
        <source>inferred</source>
        <extracomment>a segment worked out from the calls, not captured</extracomment>
        <translation>inferred</translation>
    </message>
    <message>
        <source>dropped</source>
        <extracomment>a segment a fault dropped on purpose</extracomment>
        <translation>dropped</translation>
    </message>
    <message>
        <source>end of stream</source>
        <extracomment>recv() returned 0: the peer sent FIN</extracomment>
        <translation>end of stream</translation>
    </message>
    <message>
        <source>blocked %1 ms</source>
        <translation>blocked %1 ms</translation>
    </message>
    <message>
        <source>derived</source>
        <extracomment>a state worked out from the segments, not read from the kernel</extracomment>
        <translation>derived</translation>
    </message>
    <message>
        <source>timer %1 s</source>
        <translation>timer %1 s</translation>
    </message>
    <message>
        <source>recv-q %1</source>
        <extracomment>recv-q and send-q are ss(8)'s columns: bytes queued in the socket</extracomment>
        <translation>recv-q %1</translation>
    </message>
    <message>
        <source>send-q %1</source>
        <translation>send-q %1</translation>
    </message>
    <message>
        <source>event loop</source>
        <extracomment>where a Qt signal was emitted: from the event loop</extracomment>
        <translation>event loop</translation>
    </message>
    <message>
        <source>in %1()</source>
        <extracomment>where a Qt signal was emitted: inside this Qt function ("in waitForConnected()")</extracomment>
        <translation>in %1()</translation>
    </message>
    <message>
        <source>signal %1 [%2]</source>
        <extracomment>%1 the signal ("disconnected()"), %2 where it was emitted</extracomment>
        <translation>signal %1 [%2]</translation>
    </message>
    <message>
        <source>Windows, documented:</source>
        <extracomment>heads what Windows' documentation says this call returns, where this kernel did otherwise</extracomment>
        <translation>Windows, documented:</translation>
    </message>
    <message>
        <source>Windows: %1</source>
        <extracomment>%1 is Winsock's error for the same condition, "WSAECONNRESET 10054"</extracomment>
        <translation>Windows: %1</translation>
    </message>
    <message>
        <source>or %1</source>
        <extracomment>a second Winsock error Windows may report instead, "WSAECONNRESET 10054"</extracomment>
        <translation>or %1</translation>
    </message>
</context>
<context>
    <name>FinAck::DiagramText</name>
    <message>
        <source>Server</source>
        <extracomment>a participant's name at the top of the diagram</extracomment>
        <translation>Server</translation>
    </message>
    <message>
        <source>Client (QTcpSocket)</source>
        <translation>Client (QTcpSocket)</translation>
    </message>
    <message>
        <source>Client</source>
        <extracomment>a participant's name at the top of the diagram</extracomment>
        <translation>Client</translation>
    </message>
    <message>
        <source>private</source>
        <extracomment>the run's network: the lab's own network namespace</extracomment>
        <translation>private</translation>
    </message>
    <message>
        <source>host</source>
        <extracomment>the run's network: the machine's own loopback</extracomment>
        <translation>host</translation>
    </message>
    <message>
        <source>capture file</source>
        <extracomment>the trace was read from a pcap file, not run</extracomment>
        <translation>capture file</translation>
    </message>
    <message>
        <source>network %1</source>
        <extracomment>%1 is where the run happened: private, host or capture file</extracomment>
        <translation>network %1</translation>
    </message>
    <message>
        <source>segments captured</source>
        <translation>segments captured</translation>
    </message>
    <message>
        <source>segments inferred (dashed)</source>
        <extracomment>the diagram draws inferred segments as dashed arrows</extracomment>
        <translation>segments inferred (dashed)</translation>
    </message>
    <message>
        <source>FinAck trace %1%2</source>
        <extracomment>the comment line at the top of a Mermaid or PlantUML file: %1 the scenario id and a dot (or nothing), %2 the platform</extracomment>
        <translation>FinAck trace %1%2</translation>
    </message>
</context>
<context>
    <name>FinAck::Engine</name>
    <message>
        <source>%1 needs segments dropped on purpose, which cannot be done here: %2</source>
        <extracomment>%1 is a scenario id, %2 why faults cannot be installed</extracomment>
        <translation>%1 needs segments dropped on purpose, which cannot be done here: %2</translation>
    </message>
    <message>
        <source>%1 cannot run with the Qt client: its client calls %2(), and %3</source>
        <extracomment>%1 is a scenario id, %2 a call (listen, accept, dup…), %3 why a QTcpSocket cannot make it</extracomment>
        <translation>%1 cannot run with the Qt client: its client calls %2(), and %3</translation>
    </message>
    <message>
        <source>capture turned off</source>
        <extracomment>why segments were not captured: --no-capture was given</extracomment>
        <translation>capture turned off</translation>
    </message>
    <message>
        <source>The kernel's socket table (sock_diag) cannot be read: %1</source>
        <translation>The kernel's socket table (sock_diag) cannot be read: %1</translation>
    </message>
    <message>
        <source>Step %1 skipped: the %2 has no descriptor named "%3" (an earlier call failed or closed it).</source>
        <extracomment>%1 the step's number as in the diagram's step gutter (setup steps included, from 1), %2 is "client" or "server", %3 the scenario's name for a socket ("sock", "conn")</extracomment>
        <translation>Step %1 skipped: the %2 has no descriptor named "%3" (an earlier call failed or closed it).</translation>
    </message>
    <message>
        <source>the %1 has no port yet</source>
        <translation>the %1 has no port yet</translation>
    </message>
    <message>
        <source>Fault not installed: %1.</source>
        <translation>Fault not installed: %1.</translation>
    </message>
    <message>
        <source>Fault: %1 will be dropped.</source>
        <extracomment>%1 says which segments: "the server's 1st FIN"</extracomment>
        <translation>Fault: %1 will be dropped.</translation>
    </message>
    <message>
        <source>Fault: %1 will be dropped (%2).</source>
        <extracomment>%1 says which segments ("the server's 1st FIN"), %2 is the scenario's note on the fault</extracomment>
        <translation>Fault: %1 will be dropped (%2).</translation>
    </message>
    <message>
        <source>%1 was still blocked after %2 ms, the step's timeout; FinAck interrupted it.</source>
        <extracomment>%1 is a call (recv, connect…)</extracomment>
        <translation>%1 was still blocked after %2 ms, the step's timeout; FinAck interrupted it.</translation>
    </message>
    <message>
        <source>Reading the kernel's socket table failed: %1</source>
        <translation>Reading the kernel's socket table failed: %1</translation>
    </message>
    <message>
        <source>The network had not settled %1 ms after step %2; going on.</source>
        <extracomment>%1 milliseconds, %2 the step's number as in the diagram's step gutter (setup steps included, from 1)</extracomment>
        <translation>The network had not settled %1 ms after step %2; going on.</translation>
    </message>
    <message>
        <source>The scenario's expectation describes a POSIX client; with the Qt client it is not checked.</source>
        <translation>The scenario's expectation describes a POSIX client; with the Qt client it is not checked.</translation>
    </message>
    <message>
        <source>%1 cannot run on the host network: %2</source>
        <extracomment>%1 is a scenario id, %2 which step and why ("step 3: the raw option …")</extracomment>
        <translation>%1 cannot run on the host network: %2</translation>
    </message>
    <message>
        <source>Step %1 skipped: %2.</source>
        <extracomment>%1 the step's number as in the diagram's step gutter (setup steps included, from 1), %2 why ("connect() to port 8080 was not made: …")</extracomment>
        <translation>Step %1 skipped: %2.</translation>
    </message>
    <message>
        <source>FinAck stopped recording segments after %1: a saved trace holds at most %2 events. The run goes on, and its calls and states are still recorded.</source>
        <extracomment>%1 a number of segments, %2 the most events a trace file may hold</extracomment>
        <translation>FinAck stopped recording segments after %1: a saved trace holds at most %2 events. The run goes on, and its calls and states are still recorded.</translation>
    </message>
</context>
<context>
    <name>FinAck::ErrnoNames</name>
    <message>
        <source>WSAESHUTDOWN (10058) or WSAECONNRESET (10054)</source>
        <extracomment>Windows reports one of two errors where Linux says EPIPE</extracomment>
        <translation>WSAESHUTDOWN (10058) or WSAECONNRESET (10054)</translation>
    </message>
    <message>
        <source>Connection reset by peer</source>
        <translation>Connection reset by peer</translation>
    </message>
    <message>
        <source>Broken pipe</source>
        <translation>Broken pipe</translation>
    </message>
    <message>
        <source>Connection timed out</source>
        <translation>Connection timed out</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Connection refused</translation>
    </message>
    <message>
        <source>Resource temporarily unavailable</source>
        <translation>Resource temporarily unavailable</translation>
    </message>
    <message>
        <source>Transport endpoint is not connected</source>
        <translation>Transport endpoint is not connected</translation>
    </message>
    <message>
        <source>Transport endpoint is already connected</source>
        <translation>Transport endpoint is already connected</translation>
    </message>
    <message>
        <source>Cannot send after transport endpoint shutdown</source>
        <translation>Cannot send after transport endpoint shutdown</translation>
    </message>
    <message>
        <source>Address already in use</source>
        <translation>Address already in use</translation>
    </message>
    <message>
        <source>Cannot assign requested address</source>
        <translation>Cannot assign requested address</translation>
    </message>
    <message>
        <source>Interrupted system call</source>
        <translation>Interrupted system call</translation>
    </message>
    <message>
        <source>Protocol not available</source>
        <translation>Protocol not available</translation>
    </message>
    <message>
        <source>Protocol error</source>
        <translation>Protocol error</translation>
    </message>
    <message>
        <source>Bad file descriptor</source>
        <translation>Bad file descriptor</translation>
    </message>
    <message>
        <source>Invalid argument</source>
        <translation>Invalid argument</translation>
    </message>
    <message>
        <source>Software caused connection abort</source>
        <translation>Software caused connection abort</translation>
    </message>
    <message>
        <source>Operation now in progress</source>
        <translation>Operation now in progress</translation>
    </message>
    <message>
        <source>Operation already in progress</source>
        <translation>Operation already in progress</translation>
    </message>
    <message>
        <source>No route to host</source>
        <translation>No route to host</translation>
    </message>
    <message>
        <source>Network is unreachable</source>
        <translation>Network is unreachable</translation>
    </message>
    <message>
        <source>Socket operation on non-socket</source>
        <translation>Socket operation on non-socket</translation>
    </message>
    <message>
        <source>Operation not supported</source>
        <translation>Operation not supported</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>Permission denied</translation>
    </message>
    <message>
        <source>Operation not permitted</source>
        <translation>Operation not permitted</translation>
    </message>
    <message>
        <source>Too many open files</source>
        <translation>Too many open files</translation>
    </message>
    <message>
        <source>No buffer space available</source>
        <translation>No buffer space available</translation>
    </message>
    <message>
        <source>Message too long</source>
        <translation>Message too long</translation>
    </message>
    <message>
        <source>Destination address required</source>
        <translation>Destination address required</translation>
    </message>
    <message>
        <source>Bad address</source>
        <translation>Bad address</translation>
    </message>
</context>
<context>
    <name>FinAck::ExpectationCheck</name>
    <message>
        <source>without error</source>
        <extracomment>what a call is expected to return when the author gave no value: "step 2, close on the client, returns without error"</extracomment>
        <translation>without error</translation>
    </message>
    <message>
        <source>step %1, %2 on the %3, returns %4</source>
        <extracomment>a claim of the scenario's author: %1 the step's number as in the diagram's step gutter (setup steps included, from 1), %2 the call ("recv"), %3 "client" or "server", %4 "-1 ECONNRESET", "0" or "without error"</extracomment>
        <translation>step %1, %2 on the %3, returns %4</translation>
    </message>
    <message>
        <source>the call never ran</source>
        <translation>the call never ran</translation>
    </message>
    <message>
        <source>the %1 ends in %2</source>
        <extracomment>a claim of the scenario's author: %1 "client" or "server", %2 a TCP state ("TIME_WAIT")</extracomment>
        <translation>the %1 ends in %2</translation>
    </message>
    <message>
        <source>segments in this order: %1</source>
        <extracomment>a claim of the scenario's author: %1 lists segments ("client FIN, server ACK")</extracomment>
        <translation>segments in this order: %1</translation>
    </message>
    <message>
        <source>no %1 came after the first %2</source>
        <extracomment>%1 is a segment ("server FIN"), %2 how many of the claimed segments did come, in order</extracomment>
        <translation>no %1 came after the first %2</translation>
    </message>
    <message>
        <source>Expected %1; the kernel did otherwise: %2.</source>
        <extracomment>%1 is a claim ("the client ends in TIME_WAIT"), %2 what happened instead ("CLOSED")</extracomment>
        <translation>Expected %1; the kernel did otherwise: %2.</translation>
    </message>
</context>
<context>
    <name>FinAck::ExplainPanel</name>
    <message>
        <source>Explanation</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>Nothing has run yet. Step runs the first step on real sockets; Play runs them one after another.</source>
        <translation>Nothing has run yet. Step runs the first step on real sockets; Play runs them one after another.</translation>
    </message>
    <message>
        <source>The record starts here. Step shows its first step.</source>
        <translation>The record starts here. Step shows its first step.</translation>
    </message>
    <message>
        <source>This step</source>
        <translation>This step</translation>
    </message>
    <message>
        <source>the kernel: %1</source>
        <translation>the kernel: %1</translation>
    </message>
    <message>
        <source>The kernel did what the scenario expects.</source>
        <translation>The kernel did what the scenario expects.</translation>
    </message>
    <message>
        <source>What the scenario expects on this platform</source>
        <translation>What the scenario expects on this platform</translation>
    </message>
    <message>
        <source>About this scenario</source>
        <translation>About this scenario</translation>
    </message>
    <message>
        <source>Takeaway:</source>
        <translation>Takeaway:</translation>
    </message>
    <message numerus="yes">
        <source>%n claim did not hold: your kernel differs from the scenario's author here.</source>
        <translation>
            <numerusform>%n claim did not hold: your kernel differs from the scenario's author here.</numerusform>
            <numerusform>%n claim did not hold: your kernel differs from the scenario's author here.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claims did not hold: your kernel differs from the scenario's author here.</source>
        <translation>
            <numerusform>%n claims did not hold: your kernel differs from the scenario's author here.</numerusform>
            <numerusform>%n claims did not hold: your kernel differs from the scenario's author here.</numerusform>
        </translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <extracomment>the heading of the explanation of the step at the playhead: "Step 5 of 11"</extracomment>
        <translation>Step %1 of %2</translation>
    </message>
</context>
<context>
    <name>FinAck::ExportDialog</name>
    <message>
        <source>A picture for slides: title, diagram, legend and where the run was recorded. Scale 2 stays sharp on a projector.</source>
        <translation>A picture for slides: title, diagram, legend and where the run was recorded. Scale 2 stays sharp on a projector.</translation>
    </message>
    <message>
        <source>A vector drawing with its labels as real text; a browser or Inkscape opens it.</source>
        <translation>A vector drawing with its labels as real text; a browser or Inkscape opens it.</translation>
    </message>
    <message>
        <source>Vector pages as wide as the diagram, for handouts.</source>
        <translation>Vector pages as wide as the diagram, for handouts.</translation>
    </message>
    <message>
        <source>The captured segments, for Wireshark and tshark. A run whose segments were inferred has none to write.</source>
        <translation>The captured segments, for Wireshark and tshark. A run whose segments were inferred has none to write.</translation>
    </message>
    <message>
        <source>The trace itself: FinAck opens it again and replays it with no sockets.</source>
        <translation>The trace itself: FinAck opens it again and replays it with no sockets.</translation>
    </message>
    <message>
        <source>A Mermaid sequenceDiagram, for Markdown notes and wikis.</source>
        <translation>A Mermaid sequenceDiagram, for Markdown notes and wikis.</translation>
    </message>
    <message>
        <source>A PlantUML sequence diagram, for the wikis and tools that render it.</source>
        <translation>A PlantUML sequence diagram, for the wikis and tools that render it.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>The whole run</source>
        <translation>The whole run</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
    <message>
        <source>First step</source>
        <translation>First step</translation>
    </message>
    <message>
        <source>Last step</source>
        <translation>Last step</translation>
    </message>
    <message>
        <source>(this record has no steps)</source>
        <translation>(this record has no steps)</translation>
    </message>
    <message>
        <source>to</source>
        <extracomment>between the first and the last step of a range: "Steps [2] to [5] of 7 steps"</extracomment>
        <translation>to</translation>
    </message>
    <message>
        <source>PNG scale</source>
        <translation>PNG scale</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Steps:</translation>
    </message>
    <message>
        <source>PNG &amp;scale:</source>
        <translation>PNG &amp;scale:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Theme:</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message numerus="yes">
        <source>of %n step</source>
        <translation>
            <numerusform>of %n step</numerusform>
            <numerusform>of %n step</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of %n steps</source>
        <translation>
            <numerusform>of %n steps</numerusform>
            <numerusform>of %n steps</numerusform>
        </translation>
    </message>
    <message>
        <source>(this record has steps %1–%2)</source>
        <extracomment>a part of a run saved on its own keeps its step numbers: "Steps [4] to [6] (this record has steps 3–6)"</extracomment>
        <translation>(this record has steps %1–%2)</translation>
    </message>
</context>
<context>
    <name>FinAck::FileActions</name>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Open a scenario, a saved trace or a pcap/pcapng capture</source>
        <translation>Open a scenario, a saved trace or a pcap/pcapng capture</translation>
    </message>
    <message>
        <source>&amp;Save trace…</source>
        <translation>&amp;Save trace…</translation>
    </message>
    <message>
        <source>Save the record shown as a FinAck trace (JSON) that replays anywhere</source>
        <translation>Save the record shown as a FinAck trace (JSON) that replays anywhere</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>Export the diagram: PNG, SVG, PDF, pcap, trace JSON, Mermaid or PlantUML</source>
        <translation>Export the diagram: PNG, SVG, PDF, pcap, trace JSON, Mermaid or PlantUML</translation>
    </message>
    <message>
        <source>&amp;Copy diagram</source>
        <translation>&amp;Copy diagram</translation>
    </message>
    <message>
        <source>Copy the diagram as shown to the clipboard, as an image and as SVG</source>
        <translation>Copy the diagram as shown to the clipboard, as an image and as SVG</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Quit FinAck</source>
        <translation>Quit FinAck</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Open a scenario, trace or capture</source>
        <translation>Open a scenario, trace or capture</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>Cannot open the file</translation>
    </message>
    <message>
        <source>Save trace</source>
        <translation>Save trace</translation>
    </message>
    <message>
        <source>Cannot save the trace</source>
        <translation>Cannot save the trace</translation>
    </message>
    <message>
        <source>Saved the trace to %1</source>
        <translation>Saved the trace to %1</translation>
    </message>
    <message>
        <source>Export as %1</source>
        <translation>Export as %1</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Cannot export</translation>
    </message>
    <message>
        <source>Exported, with a change</source>
        <translation>Exported, with a change</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Exported %1</translation>
    </message>
    <message>
        <source>Copied the diagram up to the playhead, as an image and as SVG</source>
        <translation>Copied the diagram up to the playhead, as an image and as SVG</translation>
    </message>
    <message>
        <source>Copied the whole diagram, as an image and as SVG</source>
        <translation>Copied the whole diagram, as an image and as SVG</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>an action's tooltip: %1 says what it does, %2 is its shortcut ("Ctrl+O")</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Compare &amp;with…</source>
        <translation>Compare &amp;with…</translation>
    </message>
    <message>
        <source>Compare the record shown with a trace or capture file, side by side, step by step</source>
        <translation>Compare the record shown with a trace or capture file, side by side, step by step</translation>
    </message>
    <message>
        <source>&amp;New scenario…</source>
        <translation>&amp;New scenario…</translation>
    </message>
    <message>
        <source>Write a scenario of your own in the scenario editor</source>
        <translation>Write a scenario of your own in the scenario editor</translation>
    </message>
    <message>
        <source>Edit scenario…</source>
        <translation>Edit scenario…</translation>
    </message>
    <message>
        <source>Open the scenario shown (a copy of a built-in one) or a scenario file in the editor</source>
        <translation>Open the scenario shown (a copy of a built-in one) or a scenario file in the editor</translation>
    </message>
    <message>
        <source>Compare: the first trace or capture</source>
        <translation>Compare: the first trace or capture</translation>
    </message>
    <message>
        <source>Compare with a trace or capture</source>
        <translation>Compare with a trace or capture</translation>
    </message>
    <message>
        <source>this run</source>
        <translation>this run</translation>
    </message>
    <message>
        <source>%1: a scenario, not a recorded run: run it, save its trace, and compare the trace file</source>
        <translation>%1: a scenario, not a recorded run: run it, save its trace, and compare the trace file</translation>
    </message>
    <message>
        <source>Cannot compare</source>
        <translation>Cannot compare</translation>
    </message>
    <message>
        <source>Cannot run the scenario</source>
        <translation>Cannot run the scenario</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: cannot write: %2</translation>
    </message>
    <message>
        <source>Edit a scenario</source>
        <translation>Edit a scenario</translation>
    </message>
    <message>
        <source>Scenarios (*.json)</source>
        <translation>Scenarios (*.json)</translation>
    </message>
    <message>
        <source>Cannot open the scenario</source>
        <translation>Cannot open the scenario</translation>
    </message>
</context>
<context>
    <name>FinAck::HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Keys</source>
        <translation>&amp;Keys</translation>
    </message>
    <message>
        <source>&amp;Legend and terms</source>
        <translation>&amp;Legend and terms</translation>
    </message>
    <message>
        <source>&amp;Documentation</source>
        <translation>&amp;Documentation</translation>
    </message>
    <message>
        <source>&amp;About FinAck</source>
        <translation>&amp;About FinAck</translation>
    </message>
    <message>
        <source>Play or pause</source>
        <translation>Play or pause</translation>
    </message>
    <message>
        <source>Run and show the next step</source>
        <translation>Run and show the next step</translation>
    </message>
    <message>
        <source>Show the previous step again (nothing is re-run)</source>
        <translation>Show the previous step again (nothing is re-run)</translation>
    </message>
    <message>
        <source>Run the scenario again on fresh sockets</source>
        <translation>Run the scenario again on fresh sockets</translation>
    </message>
    <message>
        <source>True time: space events by their real time</source>
        <translation>True time: space events by their real time</translation>
    </message>
    <message>
        <source>Predict mode</source>
        <translation>Predict mode</translation>
    </message>
    <message>
        <source>Bigger text, smaller text, actual size</source>
        <translation>Bigger text, smaller text, actual size</translation>
    </message>
    <message>
        <source>Ctrl+wheel</source>
        <extracomment>the key and the mouse: hold Ctrl and turn the wheel</extracomment>
        <translation>Ctrl+wheel</translation>
    </message>
    <message>
        <source>Stretch the diagram's time axis</source>
        <translation>Stretch the diagram's time axis</translation>
    </message>
    <message>
        <source>Presentation: full screen, the diagram and the explanation only</source>
        <translation>Presentation: full screen, the diagram and the explanation only</translation>
    </message>
    <message>
        <source>Show or hide the scenario list</source>
        <translation>Show or hide the scenario list</translation>
    </message>
    <message>
        <source>Show or hide the call panels</source>
        <translation>Show or hide the call panels</translation>
    </message>
    <message>
        <source>Open a scenario, trace or capture</source>
        <translation>Open a scenario, trace or capture</translation>
    </message>
    <message>
        <source>Export the diagram, the trace or the capture</source>
        <translation>Export the diagram, the trace or the capture</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>This list</translation>
    </message>
    <message>
        <source>observed</source>
        <translation>observed</translation>
    </message>
    <message>
        <source>a state the kernel reported (sock_diag or TCP_INFO): a solid strip beside the lifeline</source>
        <translation>a state the kernel reported (sock_diag or TCP_INFO): a solid strip beside the lifeline</translation>
    </message>
    <message>
        <source>derived</source>
        <translation>derived</translation>
    </message>
    <message>
        <source>a state too short-lived to be polled, worked out from the segments: a broken strip, the name in italics</source>
        <translation>a state too short-lived to be polled, worked out from the segments: a broken strip, the name in italics</translation>
    </message>
    <message>
        <source>captured</source>
        <translation>captured</translation>
    </message>
    <message>
        <source>a segment seen on the wire by libpcap: a solid arrow</source>
        <translation>a segment seen on the wire by libpcap: a solid arrow</translation>
    </message>
    <message>
        <source>inferred</source>
        <translation>inferred</translation>
    </message>
    <message>
        <source>a segment worked out from the calls and states where capture was not allowed: a dashed arrow</source>
        <translation>a segment worked out from the calls and states where capture was not allowed: a dashed arrow</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>dropped</translation>
    </message>
    <message>
        <source>a segment a fault removed on purpose before it arrived: a red cross on the arrow</source>
        <translation>a segment a fault removed on purpose before it arrived: a red cross on the arrow</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>Windows</translation>
    </message>
    <message>
        <source>under a call: what Windows reports for it; "documented" when Windows' documentation differs from what this kernel did</source>
        <translation>under a call: what Windows reports for it; "documented" when Windows' documentation differs from what this kernel did</translation>
    </message>
    <message>
        <source>the step numbers, left of the rows: step 5 in the explanation and the claims is the row marked 5</source>
        <translation>the step numbers, left of the rows: step 5 in the explanation and the claims is the row marked 5</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>Legend and terms</source>
        <translation>Legend and terms</translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation>Documentation</translation>
    </message>
    <message>
        <source>The documentation is not installed on this machine.</source>
        <translation>The documentation is not installed on this machine.</translation>
    </message>
    <message>
        <source>The documentation is in %1.</source>
        <translation>The documentation is in %1.</translation>
    </message>
    <message>
        <source>About FinAck</source>
        <translation>About FinAck</translation>
    </message>
    <message>
        <source>&lt;b&gt;FinAck %1&lt;/b&gt;&lt;p&gt;How TCP connections end, on real sockets: every call, every segment on the wire and each side's state as the kernel reports it. Nothing is simulated.&lt;/p&gt;</source>
        <translation>&lt;b&gt;FinAck %1&lt;/b&gt;&lt;p&gt;How TCP connections end, on real sockets: every call, every segment on the wire and each side's state as the kernel reports it. Nothing is simulated.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>FinAck::LabClient</name>
    <message>
        <source>cannot start %1: %2</source>
        <translation>cannot start %1: %2</translation>
    </message>
    <message>
        <source>finack-lab did not answer</source>
        <translation>finack-lab did not answer</translation>
    </message>
    <message>
        <source>finack-lab is not running</source>
        <translation>finack-lab is not running</translation>
    </message>
    <message>
        <source>finack-lab sent a line that is not JSON: %1</source>
        <translation>finack-lab sent a line that is not JSON: %1</translation>
    </message>
    <message>
        <source>finack-lab was ended by signal %1 (%2)</source>
        <translation>finack-lab was ended by signal %1 (%2)</translation>
    </message>
    <message>
        <source>finack-lab exited with status %1</source>
        <translation>finack-lab exited with status %1</translation>
    </message>
    <message>
        <source>finack-lab exited with status %1: %2</source>
        <extracomment>%2 is what the lab said last, the reason it gave up</extracomment>
        <translation>finack-lab exited with status %1: %2</translation>
    </message>
    <message>
        <source>finack-lab did not finish within %1 s</source>
        <translation>finack-lab did not finish within %1 s</translation>
    </message>
    <message>
        <source>finack-lab stopped</source>
        <translation>finack-lab stopped</translation>
    </message>
    <message>
        <source>the scenario is too large to send to finack-lab: %1 bytes as a command, at most %2</source>
        <extracomment>%1 and %2 are numbers of bytes</extracomment>
        <translation>the scenario is too large to send to finack-lab: %1 bytes as a command, at most %2</translation>
    </message>
</context>
<context>
    <name>FinAck::LabMain</name>
    <message>
        <source>--client: expected posix or qt, got "%1"</source>
        <translation>--client: expected posix or qt, got "%1"</translation>
    </message>
    <message>
        <source>unknown argument "%1"; expected --network auto|private|host, --no-capture or --client posix|qt</source>
        <translation>unknown argument "%1"; expected --network auto|private|host, --no-capture or --client posix|qt</translation>
    </message>
    <message>
        <source>--network: expected auto, private or host, got "%1"</source>
        <translation>--network: expected auto, private or host, got "%1"</translation>
    </message>
</context>
<context>
    <name>FinAck::LabNote</name>
    <message>
        <source>The kernels were still changing the sockets' state when this step's time was up; the run goes on.</source>
        <extracomment>shown instead of the lab's "had not settled" note when no segment explains it</extracomment>
        <translation>The kernels were still changing the sockets' state when this step's time was up; the run goes on.</translation>
    </message>
    <message>
        <source>The %1 is waiting for the %2's zero window to open (the %2's receive buffer is full), probing it now and then; the run goes on.</source>
        <extracomment>%1 the side that has data to send ("client"), %2 the side whose receive buffer is full ("server")</extracomment>
        <translation>The %1 is waiting for the %2's zero window to open (the %2's receive buffer is full), probing it now and then; the run goes on.</translation>
    </message>
    <message>
        <source>The %1's FIN was lost: its kernel waits for the retransmission timer to send it again; the run goes on.</source>
        <extracomment>%1 the side whose FIN a fault dropped ("client")</extracomment>
        <translation>The %1's FIN was lost: its kernel waits for the retransmission timer to send it again; the run goes on.</translation>
    </message>
    <message>
        <source>The %1's segment was lost: its kernel waits for the retransmission timer to send it again; the run goes on.</source>
        <translation>The %1's segment was lost: its kernel waits for the retransmission timer to send it again; the run goes on.</translation>
    </message>
    <message>
        <source>The %1 keeps retransmitting its FIN: no ACK has come back; the run goes on.</source>
        <extracomment>%1 the side that sends ("client"); its FIN was not acknowledged</extracomment>
        <translation>The %1 keeps retransmitting its FIN: no ACK has come back; the run goes on.</translation>
    </message>
    <message>
        <source>The %1 keeps retransmitting its SYN: no answer has come back; the run goes on.</source>
        <translation>The %1 keeps retransmitting its SYN: no answer has come back; the run goes on.</translation>
    </message>
    <message>
        <source>The %1 keeps retransmitting data the %2 has not acknowledged; the run goes on.</source>
        <translation>The %1 keeps retransmitting data the %2 has not acknowledged; the run goes on.</translation>
    </message>
    <message>
        <source>The %1 was still sending segments when this step's time was up; the run goes on.</source>
        <extracomment>%1 the side that sent the last segment ("server")</extracomment>
        <translation>The %1 was still sending segments when this step's time was up; the run goes on.</translation>
    </message>
</context>
<context>
    <name>FinAck::LabProtocol</name>
    <message>
        <source>finack-lab sent an unknown message "%1"</source>
        <translation>finack-lab sent an unknown message "%1"</translation>
    </message>
</context>
<context>
    <name>FinAck::Language</name>
    <message>
        <source>--lang: expected one of %1, got "%2"</source>
        <translation>--lang: expected one of %1, got "%2"</translation>
    </message>
</context>
<context>
    <name>FinAck::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
</context>
<context>
    <name>FinAck::MainWindow</name>
    <message>
        <source>FinAck</source>
        <translation>FinAck</translation>
    </message>
    <message>
        <source>Sequence diagram</source>
        <translation>Sequence diagram</translation>
    </message>
    <message>
        <source>Restart the lab</source>
        <translation>Restart the lab</translation>
    </message>
    <message>
        <source>lab running</source>
        <translation>lab running</translation>
    </message>
    <message>
        <source>%1 — FinAck</source>
        <translation>%1 — FinAck</translation>
    </message>
    <message>
        <source>lab stopped</source>
        <translation>lab stopped</translation>
    </message>
    <message>
        <source>The lab process stopped: %1. What was recorded so far stays on screen; restart the lab to go on.</source>
        <extracomment>%1 is the reason finack-lab gave or the way it ended ("finack-lab was ended by signal 9 (Killed)")</extracomment>
        <translation>The lab process stopped: %1. What was recorded so far stays on screen; restart the lab to go on.</translation>
    </message>
    <message>
        <source>private network namespace</source>
        <translation>private network namespace</translation>
    </message>
    <message>
        <source>host loopback</source>
        <translation>host loopback</translation>
    </message>
    <message>
        <source>segments captured</source>
        <translation>segments captured</translation>
    </message>
    <message>
        <source>segments inferred</source>
        <translation>segments inferred</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>the status bar: %1 where the lab runs ("private network namespace"), %2 how segments are known ("segments captured")</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>replay: the lab is idle</source>
        <translation>replay: the lab is idle</translation>
    </message>
    <message>
        <source>About this capture</source>
        <translation>About this capture</translation>
    </message>
    <message>
        <source>About this record</source>
        <translation>About this record</translation>
    </message>
    <message>
        <source>This step</source>
        <extracomment>the tabs under the diagram: the step's explanation, then each side's calls</extracomment>
        <translation>This step</translation>
    </message>
    <message>
        <source>Client calls</source>
        <translation>Client calls</translation>
    </message>
    <message>
        <source>Server calls</source>
        <translation>Server calls</translation>
    </message>
    <message>
        <source>lab not answering</source>
        <translation>lab not answering</translation>
    </message>
    <message>
        <source>End and restart the lab</source>
        <translation>End and restart the lab</translation>
    </message>
    <message numerus="yes">
        <source>The lab has not answered for %n s. It may be stopped or stuck; end it and start a new one to go on.</source>
        <extracomment>the lab is a process of its own; %n counts seconds since it last answered</extracomment>
        <translation>
            <numerusform>The lab has not answered for %n s. It may be stopped or stuck; end it and start a new one to go on.</numerusform>
            <numerusform>The lab has not answered for %n s. It may be stopped or stuck; end it and start a new one to go on.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FinAck::OutputFile</name>
    <message>
        <source>it is a symbolic link owned by another user (uid %1); FinAck does not write through it: choose another name or remove the link</source>
        <extracomment>%1 a user id number</extracomment>
        <translation>it is a symbolic link owned by another user (uid %1); FinAck does not write through it: choose another name or remove the link</translation>
    </message>
    <message>
        <source>too many symbolic links</source>
        <translation>too many symbolic links</translation>
    </message>
    <message>
        <source>cannot read the symbolic link</source>
        <translation>cannot read the symbolic link</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>it is a folder</translation>
    </message>
    <message>
        <source>it is not a regular file (a device, a pipe or a socket); FinAck writes files only</source>
        <translation>it is not a regular file (a device, a pipe or a socket); FinAck writes files only</translation>
    </message>
    <message>
        <source>the file was not opened</source>
        <translation>the file was not opened</translation>
    </message>
</context>
<context>
    <name>FinAck::PcapWriter</name>
    <message>
        <source>%1: not written: this trace's segments were inferred from the sockets' states, not captured, and a capture file must hold only what was on the wire</source>
        <translation>%1: not written: this trace's segments were inferred from the sockets' states, not captured, and a capture file must hold only what was on the wire</translation>
    </message>
    <message>
        <source>%1: not written: the trace has no captured segments</source>
        <translation>%1: not written: the trace has no captured segments</translation>
    </message>
    <message>
        <source>%1: not written: the trace's endpoints ("%2", "%3") are not both IPv4:PORT</source>
        <translation>%1: not written: the trace's endpoints ("%2", "%3") are not both IPv4:PORT</translation>
    </message>
    <message>
        <source>%1: not written: a segment at t=%2 µs carries %3 bytes, more than one IPv4 packet can</source>
        <translation>%1: not written: a segment at t=%2 µs carries %3 bytes, more than one IPv4 packet can</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: cannot write: %2</translation>
    </message>
    <message>
        <source>%1: cannot write: libpcap refused a raw IPv4 capture</source>
        <translation>%1: cannot write: libpcap refused a raw IPv4 capture</translation>
    </message>
</context>
<context>
    <name>FinAck::PlaybackBar</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>an action's tooltip: %1 says what it does, %2 is its shortcut ("Space", "Ctrl+0")</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <source>Playback</source>
        <translation>Playback</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Show the previous step again; nothing is re-run</source>
        <translation>Show the previous step again; nothing is re-run</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Run and show the next step</source>
        <translation>Run and show the next step</translation>
    </message>
    <message>
        <source>Play or pause</source>
        <translation>Play or pause</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Restart</translation>
    </message>
    <message>
        <source>Run the scenario again on fresh sockets</source>
        <translation>Run the scenario again on fresh sockets</translation>
    </message>
    <message>
        <source>True time</source>
        <translation>True time</translation>
    </message>
    <message>
        <source>Space events by their real time instead of evenly</source>
        <translation>Space events by their real time instead of evenly</translation>
    </message>
    <message>
        <source>Speed </source>
        <extracomment>the label before the playback speed (0.25×…4×)</extracomment>
        <translation>Speed </translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Playback speed</translation>
    </message>
</context>
<context>
    <name>FinAck::PredictController</name>
    <message>
        <source>Predict</source>
        <translation>Predict</translation>
    </message>
    <message>
        <source>Say what each step will do before it runs, then see what the kernel did (%1)</source>
        <extracomment>the Predict action's tooltip; %1 is its shortcut ("P")</extracomment>
        <translation>Say what each step will do before it runs, then see what the kernel did (%1)</translation>
    </message>
</context>
<context>
    <name>FinAck::PredictPanel</name>
    <message>
        <source>Predict, then see</source>
        <translation>Predict, then see</translation>
    </message>
    <message>
        <source>Press Step or Play. Before each of the scenario's own steps you say what the call returns, which segments go on the wire and where each side's state ends; then the step runs for real.</source>
        <translation>Press Step or Play. Before each of the scenario's own steps you say what the call returns, which segments go on the wire and where each side's state ends; then the step runs for real.</translation>
    </message>
    <message>
        <source>Predict mode asks about live runs. Choose a scenario to play it.</source>
        <translation>Predict mode asks about live runs. Choose a scenario to play it.</translation>
    </message>
    <message>
        <source>Step %1 of %2 — %3: %4</source>
        <extracomment>%1 the step's number as in the diagram's step gutter, %2 how many steps the scenario has (setup included), %3 is the side ("client"), %4 the call: close(conn)</extracomment>
        <translation>Step %1 of %2 — %3: %4</translation>
    </message>
    <message>
        <source>Number keys pick a choice, Enter goes on; the step runs when every question has an answer.</source>
        <translation>Number keys pick a choice, Enter goes on; the step runs when every question has an answer.</translation>
    </message>
    <message>
        <source>Enter or Next step goes on.</source>
        <translation>Enter or Next step goes on.</translation>
    </message>
    <message>
        <source>That was the scenario's last step.</source>
        <translation>That was the scenario's last step.</translation>
    </message>
    <message>
        <source>Final score: %1 · best: %2</source>
        <extracomment>%1 and %2 are scores: "7 of 9"</extracomment>
        <translation>Final score: %1 · best: %2</translation>
    </message>
    <message>
        <source>Score: %1 · best: %2</source>
        <translation>Score: %1 · best: %2</translation>
    </message>
    <message>
        <source>Score: %1</source>
        <translation>Score: %1</translation>
    </message>
    <message>
        <source>Best: %1 · last: %2</source>
        <extracomment>scores kept from earlier runs of this scenario: "7 of 9"</extracomment>
        <translation>Best: %1 · last: %2</translation>
    </message>
    <message>
        <source>No score kept for this scenario yet.</source>
        <translation>No score kept for this scenario yet.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <extracomment>a numbered choice: %1 is the key that picks it, %2 the choice</extracomment>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Not scored: none of the choices says what the kernel did: %1</source>
        <translation>Not scored: none of the choices says what the kernel did: %1</translation>
    </message>
    <message>
        <source>✔ Right: %1</source>
        <translation>✔ Right: %1</translation>
    </message>
    <message>
        <source>✘ The kernel: %1</source>
        <extracomment>%1 is what the kernel did ("-1 EPIPE", "FIN, ACK", "CLOSED")</extracomment>
        <translation>✘ The kernel: %1</translation>
    </message>
    <message>
        <source>You said: %1</source>
        <translation>You said: %1</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <extracomment>heads the step's explanation after the answers are marked</extracomment>
        <translation>Why: %1</translation>
    </message>
    <message>
        <source>Predict</source>
        <translation>Predict</translation>
    </message>
    <message>
        <source>Run the step</source>
        <translation>Run the step</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>Forget scores</source>
        <translation>Forget scores</translation>
    </message>
    <message>
        <source>Forget the best and last score kept for this scenario</source>
        <translation>Forget the best and last score kept for this scenario</translation>
    </message>
</context>
<context>
    <name>FinAck::Prediction</name>
    <message>
        <source>no change (%1)</source>
        <extracomment>the side's TCP state does not change; %1 is the state it is in (ESTABLISHED)</extracomment>
        <translation>no change (%1)</translation>
    </message>
    <message>
        <source>data</source>
        <extracomment>a segment carrying payload bytes, among SYN, FIN, RST, ACK</extracomment>
        <translation>data</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>no segment went on the wire during the step</extracomment>
        <translation>none</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>the separator between segment kinds: "data, FIN"</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source>0 (end of stream)</source>
        <extracomment>recv() returned 0: the peer's FIN was read</extracomment>
        <translation>0 (end of stream)</translation>
    </message>
    <message>
        <source>1 to %1 (data)</source>
        <extracomment>recv() returned bytes; %1 is the buffer size, the most it can return</extracomment>
        <translation>1 to %1 (data)</translation>
    </message>
    <message>
        <source>1 to %1 (only part)</source>
        <extracomment>send() took only part of the buffer; %1 is one less than the buffer's size</extracomment>
        <translation>1 to %1 (only part)</translation>
    </message>
    <message>
        <source>a new descriptor (0 or more)</source>
        <extracomment>socket(), accept() or dup() returned a descriptor number</extracomment>
        <translation>a new descriptor (0 or more)</translation>
    </message>
    <message>
        <source>-1 EAGAIN, or timed out</source>
        <extracomment>the call failed with EAGAIN, or was still waiting when the step's timeout ended it</extracomment>
        <translation>-1 EAGAIN, or timed out</translation>
    </message>
    <message>
        <source>nothing yet: it blocks</source>
        <extracomment>the call has not returned when the network settled</extracomment>
        <translation>nothing yet: it blocks</translation>
    </message>
    <message>
        <source>What does %1() on the %2 return?</source>
        <extracomment>%1 is a socket call's name (close, recv), %2 the side that makes it ("client")</extracomment>
        <translation>What does %1() on the %2 return?</translation>
    </message>
    <message>
        <source>Which segments go on the wire during this step?</source>
        <translation>Which segments go on the wire during this step?</translation>
    </message>
    <message>
        <source>Which state is the %1 in once the step has settled?</source>
        <extracomment>%1 is a side, "client" or "server"</extracomment>
        <translation>Which state is the %1 in once the step has settled?</translation>
    </message>
    <message>
        <source>ACK alone</source>
        <extracomment>a segment that only acknowledges: no data, SYN, FIN or RST</extracomment>
        <translation>ACK alone</translation>
    </message>
    <message>
        <source>it had not returned</source>
        <extracomment>the call had not returned when the step settled</extracomment>
        <translation>it had not returned</translation>
    </message>
    <message>
        <source>-1 %1: still waiting at the step's timeout</source>
        <extracomment>%1 is the errno the interrupted call returned (EINTR)</extracomment>
        <translation>-1 %1: still waiting at the step's timeout</translation>
    </message>
</context>
<context>
    <name>FinAck::PredictionScore</name>
    <message>
        <source>%1 of %2</source>
        <extracomment>a score: %1 right answers out of %2 questions</extracomment>
        <translation>%1 of %2</translation>
    </message>
</context>
<context>
    <name>FinAck::PrivateNetwork</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>bringing up lo: %1</source>
        <translation>bringing up lo: %1</translation>
    </message>
    <message>
        <source>the kernel refused a private network namespace (unshare: %1)</source>
        <translation>the kernel refused a private network namespace (unshare: %1)</translation>
    </message>
</context>
<context>
    <name>FinAck::ScenarioBrowser</name>
    <message>
        <source>Abortive</source>
        <translation>Abortive</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errors</translation>
    </message>
    <message>
        <source>Faults</source>
        <translation>Faults</translation>
    </message>
    <message>
        <source>Graceful</source>
        <translation>Graceful</translation>
    </message>
    <message>
        <source>Search scenarios</source>
        <translation>Search scenarios</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Scenarios</translation>
    </message>
</context>
<context>
    <name>FinAck::ScenarioEditor</name>
    <message>
        <source>S&amp;cenario</source>
        <translation>S&amp;cenario</translation>
    </message>
    <message>
        <source>S&amp;teps</source>
        <translation>S&amp;teps</translation>
    </message>
    <message>
        <source>Fa&amp;ults</source>
        <translation>Fa&amp;ults</translation>
    </message>
    <message>
        <source>E&amp;xpectations</source>
        <translation>E&amp;xpectations</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Run</translation>
    </message>
    <message>
        <source>&amp;Add step</source>
        <translation>&amp;Add step</translation>
    </message>
    <message>
        <source>&amp;New scenario</source>
        <translation>&amp;New scenario</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Save &amp;As…</translation>
    </message>
    <message>
        <source>&amp;Close editor</source>
        <translation>&amp;Close editor</translation>
    </message>
    <message>
        <source>Add &amp;fault</source>
        <translation>Add &amp;fault</translation>
    </message>
    <message>
        <source>Show the problem</source>
        <translation>Show the problem</translation>
    </message>
    <message>
        <source>Go to the field the problem is about (F8)</source>
        <translation>Go to the field the problem is about (F8)</translation>
    </message>
    <message>
        <source>Run this scenario in the window (F5); possible once it has no problem</source>
        <translation>Run this scenario in the window (F5); possible once it has no problem</translation>
    </message>
    <message>
        <source>%1: not a FinAck scenario</source>
        <translation>%1: not a FinAck scenario</translation>
    </message>
    <message>
        <source>%1: cannot save: %2</source>
        <extracomment>%1 the file, %2 the system's reason</extracomment>
        <translation>%1: cannot save: %2</translation>
    </message>
    <message>
        <source>The scenario has no file yet: use Save As.</source>
        <translation>The scenario has no file yet: use Save As.</translation>
    </message>
    <message numerus="yes">
        <source>The scenario loads: %n step, ready to run.</source>
        <extracomment>the status line of the scenario editor when the loader accepts the scenario</extracomment>
        <translation>
            <numerusform>The scenario loads: %n step, ready to run.</numerusform>
            <numerusform>The scenario loads: %n step, ready to run.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The scenario loads: %n steps, ready to run.</source>
        <extracomment>the status line of the scenario editor when the loader accepts the scenario</extracomment>
        <translation>
            <numerusform>The scenario loads: %n steps, ready to run.</numerusform>
            <numerusform>The scenario loads: %n steps, ready to run.</numerusform>
        </translation>
    </message>
    <message>
        <source>untitled.json</source>
        <extracomment>the file name of a scenario not saved yet</extracomment>
        <translation>untitled.json</translation>
    </message>
    <message>
        <source>%1[*] — FinAck scenario editor</source>
        <extracomment>the scenario editor's window title; %1 the file name, [*] where the unsaved-changes mark goes: keep it</extracomment>
        <translation>%1[*] — FinAck scenario editor</translation>
    </message>
    <message>
        <source>Open scenario</source>
        <translation>Open scenario</translation>
    </message>
    <message>
        <source>FinAck scenarios (*.json)</source>
        <translation>FinAck scenarios (*.json)</translation>
    </message>
    <message>
        <source>Save scenario</source>
        <translation>Save scenario</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved.</source>
        <extracomment>%1 the scenario's file name</extracomment>
        <translation>%1 has changes that are not saved.</translation>
    </message>
    <message>
        <source>Save them first?</source>
        <translation>Save them first?</translation>
    </message>
    <message>
        <source>A new scenario: give it an id and a title, then add its steps.</source>
        <extracomment>the status line of the scenario editor for a new, still empty scenario</extracomment>
        <translation>A new scenario: give it an id and a title, then add its steps.</translation>
    </message>
</context>
<context>
    <name>FinAck::ScenarioEditorExpect</name>
    <message>
        <source>Remove expectations</source>
        <translation>Remove expectations</translation>
    </message>
    <message>
        <source>Remove everything stated for %1?</source>
        <extracomment>%1 a platform: Linux, Windows or Textbook</extracomment>
        <translation>Remove everything stated for %1?</translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation>Platform:</translation>
    </message>
    <message>
        <source>Linux</source>
        <translation>Linux</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>Windows</translation>
    </message>
    <message>
        <source>Textbook</source>
        <extracomment>the platform "textbook": what RFC 9293 and the classic books describe</extracomment>
        <translation>Textbook</translation>
    </message>
    <message>
        <source>State what happens on this platform</source>
        <translation>State what happens on this platform</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Calls</translation>
    </message>
    <message>
        <source>Step</source>
        <extracomment>column headers of the expected calls: the author step's number, its call, the return value, the errno name</extracomment>
        <translation>Step</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Returns</translation>
    </message>
    <message>
        <source>errno</source>
        <translation>errno</translation>
    </message>
    <message>
        <source>Step counts the author's steps from 0. Leave Returns empty to leave it unchecked, errno empty for a call that succeeds.</source>
        <translation>Step counts the author's steps from 0. Leave Returns empty to leave it unchecked, errno empty for a call that succeeds.</translation>
    </message>
    <message>
        <source>Add call</source>
        <translation>Add call</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Final states</source>
        <translation>Final states</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Client:</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation>(not stated)</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <extracomment>%1 a call as code: recv(1024)</extracomment>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Client: %1</source>
        <extracomment>%1 a call as code: recv(1024)</extracomment>
        <translation>Client: %1</translation>
    </message>
</context>
<context>
    <name>FinAck::ScenarioEditorFaults</name>
    <message>
        <source>Each fault drops segments on arrival, inside FinAck's private network: the capture still sees them, the peer never gets them. A scenario with faults runs only where that network exists.</source>
        <translation>Each fault drops segments on arrival, inside FinAck's private network: the capture still sees them, the peer never gets them. A scenario with faults runs only where that network exists.</translation>
    </message>
    <message>
        <source>#</source>
        <extracomment>column headers of the list of faults</extracomment>
        <translation>#</translation>
    </message>
    <message>
        <source>From step</source>
        <translation>From step</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Side</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>Add fault</source>
        <translation>Add fault</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>From step:</source>
        <translation>From step:</translation>
    </message>
    <message>
        <source>Segments from:</source>
        <translation>Segments from:</translation>
    </message>
    <message>
        <source>Carrying:</source>
        <translation>Carrying:</translation>
    </message>
    <message>
        <source>Exactly:</source>
        <translation>Exactly:</translation>
    </message>
    <message>
        <source>The how-many-th:</source>
        <translation>The how-many-th:</translation>
    </message>
    <message>
        <source>How many:</source>
        <translation>How many:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>the client</source>
        <translation>the client</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>the server</translation>
    </message>
    <message>
        <source>these flags and no others (a pure ACK)</source>
        <translation>these flags and no others (a pure ACK)</translation>
    </message>
    <message>
        <source>default (0: from the start)</source>
        <extracomment>at_step left out: the fault is in force from the first step</extracomment>
        <translation>default (0: from the start)</translation>
    </message>
    <message>
        <source>default (1: the first)</source>
        <translation>default (1: the first)</translation>
    </message>
    <message>
        <source>default (1)</source>
        <extracomment>a count of 0 would mean "every one from then on"; this is the field left out</extracomment>
        <translation>default (1)</translation>
    </message>
    <message>
        <source>0: every matching segment from then on</source>
        <translation>0: every matching segment from then on</translation>
    </message>
    <message>
        <source>None ticked: every segment from that side (a peer whose host vanished)</source>
        <translation>None ticked: every segment from that side (a peer whose host vanished)</translation>
    </message>
    <message>
        <source>What the loss stands for: the client's final ACK is lost</source>
        <translation>What the loss stands for: the client's final ACK is lost</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>any segment</source>
        <translation>any segment</translation>
    </message>
</context>
<context>
    <name>FinAck::ScenarioEditorMeta</name>
    <message>
        <source>Id:</source>
        <translation>Id:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Group:</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>Summary:</translation>
    </message>
    <message>
        <source>Explanation:</source>
        <translation>Explanation:</translation>
    </message>
    <message>
        <source>Takeaway:</source>
        <translation>Takeaway:</translation>
    </message>
    <message>
        <source>lowercase letters, digits and dashes: my-scenario</source>
        <translation>lowercase letters, digits and dashes: my-scenario</translation>
    </message>
    <message>
        <source>A short title for the scenario list</source>
        <translation>A short title for the scenario list</translation>
    </message>
    <message>
        <source>Graceful</source>
        <translation>Graceful</translation>
    </message>
    <message>
        <source>Abortive</source>
        <translation>Abortive</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errors</translation>
    </message>
    <message>
        <source>Faults</source>
        <translation>Faults</translation>
    </message>
    <message>
        <source>One line for the scenario list</source>
        <translation>One line for the scenario list</translation>
    </message>
    <message>
        <source>Why this happens: shown in the explanation pane</source>
        <translation>Why this happens: shown in the explanation pane</translation>
    </message>
    <message>
        <source>The robust pattern to remember, one or two sentences</source>
        <translation>The robust pattern to remember, one or two sentences</translation>
    </message>
    <message>
        <source>Write the texts in English, as the built-in scenarios are: FinAck translates the texts it knows where they are shown, and shows the others as written.</source>
        <translation>Write the texts in English, as the built-in scenarios are: FinAck translates the texts it knows where they are shown, and shows the others as written.</translation>
    </message>
</context>
<context>
    <name>FinAck::ScenarioEditorSegments</name>
    <message>
        <source>Segments, in this order (others may come between)</source>
        <translation>Segments, in this order (others may come between)</translation>
    </message>
    <message>
        <source>From</source>
        <extracomment>the column of the side a segment comes from; the other columns are flag names</extracomment>
        <translation>From</translation>
    </message>
    <message>
        <source>Add segment</source>
        <translation>Add segment</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
</context>
<context>
    <name>FinAck::ScenarioEditorSteps</name>
    <message>
        <source>Before the steps:</source>
        <extracomment>what runs before the author's steps: the "setup" field of a scenario</extracomment>
        <translation>Before the steps:</translation>
    </message>
    <message>
        <source>connected: the server listens, the client connects, the server accepts (sock, listener, conn)</source>
        <translation>connected: the server listens, the client connects, the server accepts (sock, listener, conn)</translation>
    </message>
    <message>
        <source>none: the steps make their own sockets</source>
        <translation>none: the steps make their own sockets</translation>
    </message>
    <message>
        <source>#</source>
        <extracomment>column headers of the list of steps: its number, the side that makes the call, the call</extracomment>
        <translation>#</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Side</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
    <message>
        <source>&amp;Client</source>
        <translation>&amp;Client</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Add step</translation>
    </message>
    <message>
        <source>Add a step after the selected one (Insert)</source>
        <translation>Add a step after the selected one (Insert)</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Duplicate the selected step (Ctrl+D)</source>
        <translation>Duplicate the selected step (Ctrl+D)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove the selected step (Delete in the list, Ctrl+Delete anywhere on this tab)</source>
        <translation>Remove the selected step (Delete in the list, Ctrl+Delete anywhere on this tab)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move the selected step up (Alt+Up)</source>
        <translation>Move the selected step up (Alt+Up)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Move the selected step down (Alt+Down)</source>
        <translation>Move the selected step down (Alt+Down)</translation>
    </message>
    <message>
        <source>No step selected. Add one with Add step (Insert): the client's and the server's calls.</source>
        <translation>No step selected. Add one with Add step (Insert): the client's and the server's calls.</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
</context>
<context>
    <name>FinAck::SequenceView</name>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>(event loop)</source>
        <translation>(event loop)</translation>
    </message>
</context>
<context>
    <name>FinAck::StatePanel</name>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>receive queue</source>
        <translation>receive queue</translation>
    </message>
    <message>
        <source>Bytes that arrived and the program has not read yet</source>
        <translation>Bytes that arrived and the program has not read yet</translation>
    </message>
    <message>
        <source>send queue</source>
        <translation>send queue</translation>
    </message>
    <message>
        <source>Bytes sent and not yet acknowledged by the peer</source>
        <translation>Bytes sent and not yet acknowledged by the peer</translation>
    </message>
    <message>
        <source>descriptors</source>
        <translation>descriptors</translation>
    </message>
    <message>
        <source>The socket descriptors this side's program holds open</source>
        <translation>The socket descriptors this side's program holds open</translation>
    </message>
    <message>
        <source>no socket reported yet</source>
        <translation>no socket reported yet</translation>
    </message>
    <message>
        <source>reported by the kernel</source>
        <translation>reported by the kernel</translation>
    </message>
    <message>
        <source>worked out from the segments: too brief for the kernel to be asked</source>
        <translation>worked out from the segments: too brief for the kernel to be asked</translation>
    </message>
    <message>
        <source>receive queue %1, send queue %2</source>
        <translation>receive queue %1, send queue %2</translation>
    </message>
    <message>
        <source>a QTcpSocket</source>
        <translation>a QTcpSocket</translation>
    </message>
    <message>
        <source>a QTcpSocket and %1</source>
        <translation>a QTcpSocket and %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message numerus="yes">
        <source>%n byte</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n byte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bytes</source>
        <translation>
            <numerusform>%n bytes</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>Client state</source>
        <translation>Client state</translation>
    </message>
    <message>
        <source>Client TCP state</source>
        <translation>Client TCP state</translation>
    </message>
    <message>
        <source>Client receive queue</source>
        <translation>Client receive queue</translation>
    </message>
    <message>
        <source>Client send queue</source>
        <translation>Client send queue</translation>
    </message>
    <message>
        <source>Client descriptors</source>
        <translation>Client descriptors</translation>
    </message>
    <message>
        <source>Server state</source>
        <translation>Server state</translation>
    </message>
    <message>
        <source>Server TCP state</source>
        <translation>Server TCP state</translation>
    </message>
    <message>
        <source>Server receive queue</source>
        <translation>Server receive queue</translation>
    </message>
    <message>
        <source>Server send queue</source>
        <translation>Server send queue</translation>
    </message>
    <message>
        <source>Server descriptors</source>
        <translation>Server descriptors</translation>
    </message>
    <message>
        <source>inferred from the captured segments: a capture file has no kernel to ask</source>
        <translation>inferred from the captured segments: a capture file has no kernel to ask</translation>
    </message>
    <message>
        <source>%1 · timer %2 s left</source>
        <extracomment>%1 says where the state comes from ("reported by the kernel"), %2 the seconds left on its timer</extracomment>
        <translation>%1 · timer %2 s left</translation>
    </message>
    <message>
        <source>The kernel counts the peer's FIN as one more byte in the receive queue, until the program's reads reach it</source>
        <translation>The kernel counts the peer's FIN as one more byte in the receive queue, until the program's reads reach it</translation>
    </message>
    <message>
        <source>%1 + FIN</source>
        <extracomment>the receive queue when it holds the peer's FIN: %1 the unread bytes ("13 bytes"), the FIN counts one more</extracomment>
        <translation>%1 + FIN</translation>
    </message>
</context>
<context>
    <name>FinAck::StepEditor</name>
    <message>
        <source>Side:</source>
        <translation>Side:</translation>
    </message>
    <message>
        <source>Call:</source>
        <translation>Call:</translation>
    </message>
    <message>
        <source>Descriptor (fd):</source>
        <translation>Descriptor (fd):</translation>
    </message>
    <message>
        <source>New descriptor (as):</source>
        <translation>New descriptor (as):</translation>
    </message>
    <message>
        <source>Data to send:</source>
        <translation>Data to send:</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>Repeat:</translation>
    </message>
    <message>
        <source>Buffer size:</source>
        <translation>Buffer size:</translation>
    </message>
    <message>
        <source>Flags:</source>
        <translation>Flags:</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Mode:</translation>
    </message>
    <message>
        <source>Option:</source>
        <translation>Option:</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Value:</translation>
    </message>
    <message>
        <source>Linger:</source>
        <translation>Linger:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Backlog:</source>
        <translation>Backlog:</translation>
    </message>
    <message>
        <source>Timeout:</source>
        <translation>Timeout:</translation>
    </message>
    <message>
        <source>Settle at most:</source>
        <translation>Settle at most:</translation>
    </message>
    <message>
        <source>Blocking:</source>
        <translation>Blocking:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>other: level and option numbers</source>
        <extracomment>the last choice of socket options: a level and option given as numbers, e.g. 6 and 99</extracomment>
        <translation>other: level and option numbers</translation>
    </message>
    <message>
        <source>level </source>
        <extracomment>prefix of a spin box: "level 6"</extracomment>
        <translation>level </translation>
    </message>
    <message>
        <source>option </source>
        <extracomment>prefix of a spin box: "option 99"</extracomment>
        <translation>option </translation>
    </message>
    <message>
        <source>MSG_PEEK (leave the data queued)</source>
        <extracomment>MSG_PEEK is a flag name: keep it</extracomment>
        <translation>MSG_PEEK (leave the data queued)</translation>
    </message>
    <message>
        <source>MSG_DONTWAIT (never block)</source>
        <extracomment>MSG_DONTWAIT is a flag name: keep it</extracomment>
        <translation>MSG_DONTWAIT (never block)</translation>
    </message>
    <message>
        <source>on (l_onoff = 1)</source>
        <extracomment>SO_LINGER's l_onoff field: keep the name</extracomment>
        <translation>on (l_onoff = 1)</translation>
    </message>
    <message>
        <source>blocks until a later step of the other side</source>
        <translation>blocks until a later step of the other side</translation>
    </message>
    <message>
        <source>once</source>
        <extracomment>how often the data is sent in one send(): the lowest choice</extracomment>
        <translation>once</translation>
    </message>
    <message>
        <source>default (5000 ms)</source>
        <translation>default (5000 ms)</translation>
    </message>
    <message>
        <source>default (3000 ms)</source>
        <translation>default (3000 ms)</translation>
    </message>
    <message>
        <source>The bytes to send, as text</source>
        <translation>The bytes to send, as text</translation>
    </message>
    <message>
        <source>Why this step matters; shown while it runs</source>
        <translation>Why this step matters; shown while it runs</translation>
    </message>
    <message>
        <source>the server's listening port (default)</source>
        <translation>the server's listening port (default)</translation>
    </message>
    <message>
        <source>0: an ephemeral port (default)</source>
        <translation>0: an ephemeral port (default)</translation>
    </message>
    <message>
        <source>this number</source>
        <translation>this number</translation>
    </message>
    <message>
        <source>the port the server used last</source>
        <extracomment>bind or connect to the port the server used last (to bind again to a port in TIME_WAIT)</extracomment>
        <translation>the port the server used last</translation>
    </message>
    <message>
        <source>the port the client used last</source>
        <translation>the port the client used last</translation>
    </message>
    <message>
        <source>default: %1</source>
        <extracomment>%1 the descriptor name used when the field is empty, e.g. sock</extracomment>
        <translation>default: %1</translation>
    </message>
    <message>
        <source>required: a name for the copy</source>
        <translation>required: a name for the copy</translation>
    </message>
</context>
<context>
    <name>FinAck::TcpStreams</name>
    <message numerus="yes">
        <source>%n segment</source>
        <translation>
            <numerusform>%n segment</numerusform>
            <numerusform>%n segment</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segments</source>
        <translation>
            <numerusform>%n segments</numerusform>
            <numerusform>%n segments</numerusform>
        </translation>
    </message>
    <message>
        <source>starts mid-connection</source>
        <extracomment>a capture stream whose handshake is not in the file</extracomment>
        <translation>starts mid-connection</translation>
    </message>
</context>
<context>
    <name>FinAck::TraceJson</name>
    <message>
        <source>at most %1 characters from U+0000 to U+00FF (one per byte)</source>
        <translation>at most %1 characters from U+0000 to U+00FF (one per byte)</translation>
    </message>
    <message>
        <source>an array of strings</source>
        <translation>an array of strings</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>a string</translation>
    </message>
    <message>
        <source>expected "%1" (the peer of "%2"), got "%3"</source>
        <extracomment>client and server here are JSON values: keep them</extracomment>
        <translation>expected "%1" (the peer of "%2"), got "%3"</translation>
    </message>
    <message>
        <source>an array of flag names</source>
        <translation>an array of flag names</translation>
    </message>
    <message>
        <source>expected each flag at most once, got %1 again</source>
        <translation>expected each flag at most once, got %1 again</translation>
    </message>
    <message>
        <source>an event object</source>
        <translation>an event object</translation>
    </message>
    <message>
        <source>expected one of %1 in a version %2 file, got "signal" (signals need format version %3)</source>
        <extracomment>%1 lists the event kinds (call, segment…), "signal" is one too: keep them</extracomment>
        <translation>expected one of %1 in a version %2 file, got "signal" (signals need format version %3)</translation>
    </message>
    <message>
        <source>an array of events</source>
        <translation>an array of events</translation>
    </message>
    <message>
        <source>expected an integer &gt;= %1 (events are in time order), got %2</source>
        <translation>expected an integer &gt;= %1 (events are in time order), got %2</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: cannot write: %2</translation>
    </message>
    <message>
        <source>a FinAck trace</source>
        <translation>a FinAck trace</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: cannot read: %2</translation>
    </message>
    <message>
        <source>%1: file too large, expected a FinAck trace of at most %2 MiB</source>
        <translation>%1: file too large, expected a FinAck trace of at most %2 MiB</translation>
    </message>
    <message>
        <source>expected an integer from 0 to %1 (a pause ends at t_us and began at t_us = 0 or later), got %2</source>
        <extracomment>t_us is a JSON key: keep it</extracomment>
        <translation>expected an integer from 0 to %1 (a pause ends at t_us and began at t_us = 0 or later), got %2</translation>
    </message>
    <message>
        <source>%1 events, at most %2</source>
        <extracomment>%1 the number of events in the file, %2 the most FinAck reads</extracomment>
        <translation>%1 events, at most %2</translation>
    </message>
    <message>
        <source>%1 bytes, expected a FinAck trace of at most %2 MiB</source>
        <extracomment>%1 a number of bytes, %2 the limit in MiB</extracomment>
        <translation>%1 bytes, expected a FinAck trace of at most %2 MiB</translation>
    </message>
</context>
<context>
    <name>FinAck::TraceSteps</name>
    <message>
        <source>--steps: expected a range of step numbers such as 3-6, 4 or 2-, got "%1"</source>
        <translation>--steps: expected a range of step numbers such as 3-6, 4 or 2-, got "%1"</translation>
    </message>
    <message>
        <source>--steps: steps count from 1 and the range must not run backwards, got "%1"</source>
        <translation>--steps: steps count from 1 and the range must not run backwards, got "%1"</translation>
    </message>
    <message>
        <source>--steps: this trace has no scenario steps (a capture file has none); export it whole</source>
        <translation>--steps: this trace has no scenario steps (a capture file has none); export it whole</translation>
    </message>
    <message>
        <source>--steps: the trace's steps run from %1 to %2, so step %3 has no events</source>
        <extracomment>%1 and %2 the trace's first and last step numbers (as in the diagram's step gutter), %3 the first step asked for</extracomment>
        <translation>--steps: the trace's steps run from %1 to %2, so step %3 has no events</translation>
    </message>
</context>
<context>
    <name>FinAck::TraceTable</name>
    <message>
        <source>[blocked %1 ms]</source>
        <translation>[blocked %1 ms]</translation>
    </message>
    <message>
        <source>[timed out]</source>
        <translation>[timed out]</translation>
    </message>
    <message>
        <source>event loop</source>
        <extracomment>a Qt signal emitted from the event loop, not inside a call</extracomment>
        <translation>event loop</translation>
    </message>
    <message>
        <source>inside %1()</source>
        <extracomment>a Qt signal emitted while this Qt function ran: "inside waitForConnected()"</extracomment>
        <translation>inside %1()</translation>
    </message>
    <message>
        <source>signal %1.%2  [%3]</source>
        <extracomment>a Qt signal: %1.%2 is "socket.disconnected()", %3 where it was emitted ("event loop" or "inside close()")</extracomment>
        <translation>signal %1.%2  [%3]</translation>
    </message>
    <message>
        <source>(end of stream)</source>
        <translation>(end of stream)</translation>
    </message>
    <message>
        <source>captured</source>
        <extracomment>how FinAck knows of a segment: seen on the wire</extracomment>
        <translation>captured</translation>
    </message>
    <message>
        <source>inferred</source>
        <extracomment>how FinAck knows of a segment: worked out from the calls, not seen</extracomment>
        <translation>inferred</translation>
    </message>
    <message>
        <source>DROPPED</source>
        <extracomment>a segment a fault dropped on purpose</extracomment>
        <translation>DROPPED</translation>
    </message>
    <message>
        <source>observed</source>
        <extracomment>a state read from the kernel's socket table</extracomment>
        <translation>observed</translation>
    </message>
    <message>
        <source>derived</source>
        <extracomment>a state worked out from the segments (RFC 9293)</extracomment>
        <translation>derived</translation>
    </message>
    <message>
        <source>state %1 (%2)</source>
        <extracomment>a side's TCP state: "state FIN_WAIT_2 (observed)"</extracomment>
        <translation>state %1 (%2)</translation>
    </message>
    <message>
        <source>recv-q %1 send-q %2</source>
        <extracomment>recv-q and send-q are the columns of ss(8): bytes queued in the socket</extracomment>
        <translation>recv-q %1 send-q %2</translation>
    </message>
    <message>
        <source>timer %1 ms</source>
        <extracomment>the kernel's timer on the socket (retransmission, TIME_WAIT…)</extracomment>
        <translation>timer %1 ms</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>note: %1</translation>
    </message>
    <message>
        <source>wire</source>
        <extracomment>the actor column of a segment's row: it is on the wire, between the two sides</extracomment>
        <translation>wire</translation>
    </message>
    <message>
        <source>time (ms)</source>
        <extracomment>column headings of `finack run`'s table</extracomment>
        <translation>time (ms)</translation>
    </message>
    <message>
        <source>actor</source>
        <extracomment>column heading: client, server or wire</extracomment>
        <translation>actor</translation>
    </message>
    <message>
        <source>event</source>
        <extracomment>column heading: what happened</extracomment>
        <translation>event</translation>
    </message>
    <message>
        <source>lab note: %1</source>
        <extracomment>a note about the lab's own running (a step's settle limit), not about TCP</extracomment>
        <translation>lab note: %1</translation>
    </message>
</context>
<context>
    <name>FinAck::ViewActions</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>an action's tooltip: %1 its name, %2 its shortcut ("F11")</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>&amp;Actual size</translation>
    </message>
    <message>
        <source>&amp;Presentation</source>
        <translation>&amp;Presentation</translation>
    </message>
    <message>
        <source>&amp;Scenarios</source>
        <translation>&amp;Scenarios</translation>
    </message>
    <message>
        <source>&amp;Call panels</source>
        <translation>&amp;Call panels</translation>
    </message>
</context>
<context>
    <name>Firewall</name>
    <message>
        <source>faults are installed only inside FinAck's private network namespace, and this run is on the host's network</source>
        <translation>faults are installed only inside FinAck's private network namespace, and this run is on the host's network</translation>
    </message>
    <message>
        <source>libnftables could not be initialised</source>
        <translation>libnftables could not be initialised</translation>
    </message>
</context>
<context>
    <name>JsonFieldReader</name>
    <message>
        <source>line %1, column %2</source>
        <extracomment>where a JSON file stops being JSON, as an editor counts</extracomment>
        <translation>line %1, column %2</translation>
    </message>
    <message>
        <source>the file is empty, expected %1 (JSON)</source>
        <extracomment>%1 is what the file should hold: "a FinAck trace", "a FinAck scenario"</extracomment>
        <translation>the file is empty, expected %1 (JSON)</translation>
    </message>
    <message>
        <source>%1: JSON parse error: %2</source>
        <extracomment>%1 is "line 3, column 7", %2 Qt's reason ("unterminated string")</extracomment>
        <translation>%1: JSON parse error: %2</translation>
    </message>
    <message>
        <source>expected a JSON object at the top level, got an array</source>
        <translation>expected a JSON object at the top level, got an array</translation>
    </message>
    <message>
        <source>nothing</source>
        <extracomment>what a JSON field held: "expected a string, got nothing"</extracomment>
        <translation>nothing</translation>
    </message>
    <message>
        <source>an array</source>
        <extracomment>a JSON value: "expected a string, got an array"</extracomment>
        <translation>an array</translation>
    </message>
    <message>
        <source>an object</source>
        <extracomment>a JSON value: "expected a string, got an object"</extracomment>
        <translation>an object</translation>
    </message>
    <message>
        <source>expected %2, got %1: the file is from a newer FinAck (format version %1); this one reads %3</source>
        <extracomment>%1 the file's format version, %2 the newest this FinAck reads, %3 "version 1 only" or "versions 1 to 3"</extracomment>
        <translation>expected %2, got %1: the file is from a newer FinAck (format version %1); this one reads %3</translation>
    </message>
    <message>
        <source>version 1 only</source>
        <translation>version 1 only</translation>
    </message>
    <message>
        <source>versions 1 to %1</source>
        <translation>versions 1 to %1</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>a string</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>an integer</translation>
    </message>
    <message>
        <source>an integer &gt;= %1</source>
        <translation>an integer &gt;= %1</translation>
    </message>
    <message>
        <source>an integer from %1 to %2</source>
        <translation>an integer from %1 to %2</translation>
    </message>
    <message>
        <source>true or false</source>
        <extracomment>keep true and false: they are the JSON values</extracomment>
        <translation>true or false</translation>
    </message>
    <message>
        <source>one of %1</source>
        <extracomment>%1 lists the names a field accepts: "one of client, server"</extracomment>
        <translation>one of %1</translation>
    </message>
    <message>
        <source>missing required field, expected %1</source>
        <extracomment>%1 is what the field should hold ("a string", "one of client, server")</extracomment>
        <translation>missing required field, expected %1</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <extracomment>%1 what the field should hold, %2 what it holds ("a string", "42")</extracomment>
        <translation>expected %1, got %2</translation>
    </message>
</context>
<context>
    <name>JsonTextCheck</name>
    <message>
        <source>a UTF-32 byte order mark at %1, expected UTF-8 text (save the file as UTF-8)</source>
        <extracomment>%1 is "byte 0 (line 1)"</extracomment>
        <translation>a UTF-32 byte order mark at %1, expected UTF-8 text (save the file as UTF-8)</translation>
    </message>
    <message>
        <source>a UTF-16 byte order mark at %1, expected UTF-8 text (save the file as UTF-8)</source>
        <extracomment>%1 is "byte 0 (line 1)"</extracomment>
        <translation>a UTF-16 byte order mark at %1, expected UTF-8 text (save the file as UTF-8)</translation>
    </message>
    <message>
        <source>more than %1 values by %2, expected at most %1 in this kind of file</source>
        <extracomment>%1 the limit, %2 "byte 120 (line 7)": where the file goes past it</extracomment>
        <translation>more than %1 values by %2, expected at most %1 in this kind of file</translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels at %2, expected at most %1</source>
        <extracomment>%1 the limit, %2 "byte 120 (line 7)"</extracomment>
        <translation>nesting deeper than %1 levels at %2, expected at most %1</translation>
    </message>
    <message>
        <source>duplicate key at %1, the first at byte %2; expected each key once per object</source>
        <extracomment>%1 is "byte 120 (line 7)", %2 a byte offset: where the two equal keys are</extracomment>
        <translation>duplicate key at %1, the first at byte %2; expected each key once per object</translation>
    </message>
    <message>
        <source>a string longer than %1 bytes at %2, expected a shorter one</source>
        <extracomment>%1 the limit, %2 "byte 120 (line 7)": where the string starts</extracomment>
        <translation>a string longer than %1 bytes at %2, expected a shorter one</translation>
    </message>
    <message>
        <source>a control character U+%1 in a string at %2, expected it escaped (\n, \t, \u%1)</source>
        <extracomment>%1 is the character's code ("0009"), %2 "byte 120 (line 7)"</extracomment>
        <translation>a control character U+%1 in a string at %2, expected it escaped (\n, \t, \u%1)</translation>
    </message>
    <message>
        <source>invalid UTF-8 at %1 (%2), expected UTF-8 text</source>
        <extracomment>%1 "byte 120 (line 7)", %2 the bytes in hex ("0xC3 0x28")</extracomment>
        <translation>invalid UTF-8 at %1 (%2), expected UTF-8 text</translation>
    </message>
    <message>
        <source>an invalid escape at %1, expected one of \" \\ \/ \b \f \n \r \t \uXXXX</source>
        <extracomment>keep the escapes as they are: they are JSON syntax</extracomment>
        <translation>an invalid escape at %1, expected one of \" \\ \/ \b \f \n \r \t \uXXXX</translation>
    </message>
    <message>
        <source>an unpaired UTF-16 surrogate \u%1 at %2, expected a whole character (\uD800-\uDBFF followed by \uDC00-\uDFFF)</source>
        <extracomment>%1 is the escape's four hex digits, %2 "byte 120 (line 7)"; \u is JSON syntax</extracomment>
        <translation>an unpaired UTF-16 surrogate \u%1 at %2, expected a whole character (\uD800-\uDBFF followed by \uDC00-\uDFFF)</translation>
    </message>
    <message>
        <source>the number %1 at %2 is too large, expected at most about 1.8e308 either way (a double)</source>
        <extracomment>%1 is the number as written, %2 "byte 120 (line 7)"</extracomment>
        <translation>the number %1 at %2 is too large, expected at most about 1.8e308 either way (a double)</translation>
    </message>
    <message>
        <source>the number %1 at %2 is too close to 0, expected 0 or at least about 2.2e-308 either way (a double)</source>
        <extracomment>%1 is the number as written, %2 "byte 120 (line 7)"</extracomment>
        <translation>the number %1 at %2 is too close to 0, expected 0 or at least about 2.2e-308 either way (a double)</translation>
    </message>
    <message>
        <source>the text ends at %1, expected more JSON</source>
        <extracomment>%1 "byte 120 (line 7)"</extracomment>
        <translation>the text ends at %1, expected more JSON</translation>
    </message>
    <message>
        <source>a NUL byte at %1, expected UTF-8 text (is it UTF-16, or not text at all?)</source>
        <extracomment>%1 "byte 120 (line 7)"</extracomment>
        <translation>a NUL byte at %1, expected UTF-8 text (is it UTF-16, or not text at all?)</translation>
    </message>
    <message>
        <source>%1 at %2 is not a JSON number, expected a finite number</source>
        <extracomment>%1 is what the file has (NaN, Infinity), %2 "byte 120 (line 7)"</extracomment>
        <translation>%1 at %2 is not a JSON number, expected a finite number</translation>
    </message>
    <message>
        <source>invalid JSON at %1</source>
        <extracomment>%1 "byte 120 (line 7)"</extracomment>
        <translation>invalid JSON at %1</translation>
    </message>
    <message>
        <source>byte %1 (line %2)</source>
        <extracomment>where a problem is in a file: "byte 412 (line 9)", counted from 0 and 1</extracomment>
        <translation>byte %1 (line %2)</translation>
    </message>
</context>
<context>
    <name>Lab</name>
    <message>
        <source>not a command: %1</source>
        <translation>not a command: %1</translation>
    </message>
    <message>
        <source>%1: no scenario loaded</source>
        <extracomment>%1 is a lab protocol command: step, run or reset</extracomment>
        <translation>%1: no scenario loaded</translation>
    </message>
    <message>
        <source>unknown command "%1"</source>
        <translation>unknown command "%1"</translation>
    </message>
    <message>
        <source>a command line of %1 bytes was dropped: a command may be at most %2 bytes</source>
        <extracomment>%1 and %2 are numbers of bytes</extracomment>
        <translation>a command line of %1 bytes was dropped: a command may be at most %2 bytes</translation>
    </message>
    <message>
        <source>%1: the run has finished; reset or load a scenario to run again</source>
        <extracomment>%1 is a lab protocol command: step or run; reset and load are the commands that start a run again</extracomment>
        <translation>%1: the run has finished; reset or load a scenario to run again</translation>
    </message>
</context>
<context>
    <name>NetworkNotice</name>
    <message>
        <source>kernel.apparmor_restrict_unprivileged_userns is 1: AppArmor (Ubuntu 23.10 and later) gives user namespaces only to programs whose profile allows them. FinAck's Debian package installs and loads such a profile for /usr/bin/finack-lab; for a finack-lab installed another way, put a copy of %1 naming its path in /etc/apparmor.d and load it with: sudo apparmor_parser -r /etc/apparmor.d/finack-lab</source>
        <extracomment>%1 is a file path. Keep the sysctl name, the command and "userns" as they are</extracomment>
        <translation>kernel.apparmor_restrict_unprivileged_userns is 1: AppArmor (Ubuntu 23.10 and later) gives user namespaces only to programs whose profile allows them. FinAck's Debian package installs and loads such a profile for /usr/bin/finack-lab; for a finack-lab installed another way, put a copy of %1 naming its path in /etc/apparmor.d and load it with: sudo apparmor_parser -r /etc/apparmor.d/finack-lab</translation>
    </message>
    <message>
        <source>kernel.unprivileged_userns_clone is 0: the kernel gives user namespaces only to root. An administrator may allow them with: sudo sysctl kernel.unprivileged_userns_clone=1</source>
        <extracomment>keep the sysctl names and the command as they are</extracomment>
        <translation>kernel.unprivileged_userns_clone is 0: the kernel gives user namespaces only to root. An administrator may allow them with: sudo sysctl kernel.unprivileged_userns_clone=1</translation>
    </message>
    <message>
        <source>user.max_user_namespaces is 0: no user namespaces may be made. An administrator may allow them with: sudo sysctl user.max_user_namespaces=10000</source>
        <extracomment>keep the sysctl names and the command as they are</extracomment>
        <translation>user.max_user_namespaces is 0: no user namespaces may be made. An administrator may allow them with: sudo sysctl user.max_user_namespaces=10000</translation>
    </message>
    <message>
        <source>--network host was asked for</source>
        <extracomment>why the lab is not in its private network namespace: the user chose it</extracomment>
        <translation>--network host was asked for</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <extracomment>%1 what the kernel refused ("the kernel refused a private network namespace (unshare: …)"), %2 the setting that made it refuse, and how to change it</extracomment>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>The lab runs on this computer's own network, not in a private network namespace, so scenarios that drop segments (faults) are refused, segments are captured only with root or CAP_NET_RAW (inferred from the calls otherwise), and raw socket options are limited to those FinAck knows. Why: %1</source>
        <extracomment>%1 why ("--network host was asked for"; may end with a command to type, so nothing follows it). Faults, capture and raw options are what a private namespace allows</extracomment>
        <translation>The lab runs on this computer's own network, not in a private network namespace, so scenarios that drop segments (faults) are refused, segments are captured only with root or CAP_NET_RAW (inferred from the calls otherwise), and raw socket options are limited to those FinAck knows. Why: %1</translation>
    </message>
</context>
<context>
    <name>PcapReader</name>
    <message>
        <source>%1: no such file, expected a pcap or pcapng capture</source>
        <translation>%1: no such file, expected a pcap or pcapng capture</translation>
    </message>
    <message>
        <source>%1: is a directory, expected a pcap or pcapng capture</source>
        <translation>%1: is a directory, expected a pcap or pcapng capture</translation>
    </message>
    <message>
        <source>%1: empty file, expected a pcap or pcapng capture</source>
        <translation>%1: empty file, expected a pcap or pcapng capture</translation>
    </message>
    <message>
        <source>%1: cannot be read as a pcap or pcapng capture: %2</source>
        <translation>%1: cannot be read as a pcap or pcapng capture: %2</translation>
    </message>
    <message>
        <source>%1: link type %2 is not supported, expected Ethernet, BSD loopback, Linux cooked (SLL, SLL2) or raw IP</source>
        <translation>%1: link type %2 is not supported, expected Ethernet, BSD loopback, Linux cooked (SLL, SLL2) or raw IP</translation>
    </message>
    <message>
        <source>%1: more than %2 packets, expected a capture of at most %2 (cut it with editcap -r or tcpdump -c)</source>
        <extracomment>%1 the file; editcap and tcpdump are programs: keep their names and options</extracomment>
        <translation>%1: more than %2 packets, expected a capture of at most %2 (cut it with editcap -r or tcpdump -c)</translation>
    </message>
    <message numerus="yes">
        <source>%1: corrupt or truncated after %n complete packets: %2</source>
        <extracomment>%1 the file, %2 libpcap's reason</extracomment>
        <translation>
            <numerusform>%1: corrupt or truncated after %n complete packets: %2</numerusform>
            <numerusform>%1: corrupt or truncated after %n complete packets: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the capture holds no packets, expected a TCP connection</source>
        <translation>%1: the capture holds no packets, expected a TCP connection</translation>
    </message>
    <message numerus="yes">
        <source>%1: none of its %n packets is an IPv4 TCP segment, expected a TCP connection (IPv6 is not read)</source>
        <translation>
            <numerusform>%1: none of its %n packets is an IPv4 TCP segment, expected a TCP connection (IPv6 is not read)</numerusform>
            <numerusform>%1: none of its %n packets is an IPv4 TCP segment, expected a TCP connection (IPv6 is not read)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, stream %2 of %3: %4 → %5</source>
        <extracomment>the title of a connection read from a capture file: "dump.pcap, stream 2 of 3: 10.0.0.1:40000 → 10.0.0.2:80"</extracomment>
        <translation>%1, stream %2 of %3: %4 → %5</translation>
    </message>
    <message>
        <source>Read from the capture file %1: both sides' states are inferred from these segments (RFC 9293 state machine), not observed from a kernel.</source>
        <translation>Read from the capture file %1: both sides' states are inferred from these segments (RFC 9293 state machine), not observed from a kernel.</translation>
    </message>
    <message>
        <source>Read from the capture file %1: both sides' states are inferred from these segments (RFC 9293 state machine), not observed from a kernel. The capture starts mid-connection, after the handshake: both sides are assumed ESTABLISHED at its first segment.</source>
        <translation>Read from the capture file %1: both sides' states are inferred from these segments (RFC 9293 state machine), not observed from a kernel. The capture starts mid-connection, after the handshake: both sides are assumed ESTABLISHED at its first segment.</translation>
    </message>
    <message>
        <source>%1: more than %2 TCP streams, expected a capture of at most %2 (keep one with tcpdump -r %1 -w OUT.pcap 'port N')</source>
        <extracomment>%1 the file; tcpdump is a program, its filter syntax ("port N") is its own: keep them</extracomment>
        <translation>%1: more than %2 TCP streams, expected a capture of at most %2 (keep one with tcpdump -r %1 -w OUT.pcap 'port N')</translation>
    </message>
    <message>
        <source>%1: no stream %2, the capture holds %3</source>
        <extracomment>%1 the file, %2 the stream asked for, %3 how many the file holds</extracomment>
        <translation>%1: no stream %2, the capture holds %3</translation>
    </message>
    <message>
        <source>%1: changed while it was read, expected the same capture twice</source>
        <translation>%1: changed while it was read, expected the same capture twice</translation>
    </message>
    <message>
        <source>%1: stream %2 has %3 segments, at most %4 (cut it with editcap -r or tcpdump -c)</source>
        <extracomment>%1 the file, %2 the stream (from 1), %3 its segments, %4 the most FinAck shows; editcap and tcpdump are programs: keep them</extracomment>
        <translation>%1: stream %2 has %3 segments, at most %4 (cut it with editcap -r or tcpdump -c)</translation>
    </message>
    <message>
        <source>%1: stream %2 makes %3 events, at most %4 (cut it with editcap -r or tcpdump -c)</source>
        <extracomment>%1 the file, %2 the stream (from 1), %3 the events its trace would hold, %4 the most a trace holds</extracomment>
        <translation>%1: stream %2 makes %3 events, at most %4 (cut it with editcap -r or tcpdump -c)</translation>
    </message>
</context>
<context>
    <name>QtClientSocketApi</name>
    <message>
        <source>Qt printed in the client's thread: %1</source>
        <translation>Qt printed in the client's thread: %1</translation>
    </message>
    <message>
        <source>a QTcpSocket cannot %1: that is QTcpServer's job</source>
        <extracomment>%1 is listen or accept</extracomment>
        <translation>a QTcpSocket cannot %1: that is QTcpServer's job</translation>
    </message>
    <message>
        <source>a QTcpSocket cannot be duplicated (its descriptor belongs to Qt)</source>
        <translation>a QTcpSocket cannot be duplicated (its descriptor belongs to Qt)</translation>
    </message>
    <message>
        <source>the Qt client cannot crash on its own: it shares FinAck's process</source>
        <translation>the Qt client cannot crash on its own: it shares FinAck's process</translation>
    </message>
</context>
<context>
    <name>ReachPolicy</name>
    <message>
        <source>connect() to port %1 was not made: a scenario may connect only to ports its own sockets have had (a listener, a port it bound, a port it connected from), and none of them had this one, so another program on this computer may listen there</source>
        <extracomment>%1 a port number. Said when FinAck does not make a scenario's connect() call</extracomment>
        <translation>connect() to port %1 was not made: a scenario may connect only to ports its own sockets have had (a listener, a port it bound, a port it connected from), and none of them had this one, so another program on this computer may listen there</translation>
    </message>
    <message>
        <source>the raw option {"level": %1, "option": %2} is used only in the lab's private network namespace; on the host network a scenario may use the options FinAck knows (SO_LINGER, SO_REUSEADDR, SO_RCVBUF, SO_SNDBUF, SO_ERROR, TCP_NODELAY, TCP_USER_TIMEOUT) or numbers Linux does not define (%3 and up at levels 1 and 6), never one that could change this computer's networking</source>
        <extracomment>%1 and %2 are numbers; "level" and "option" are the JSON keys a scenario wrote them with</extracomment>
        <translation>the raw option {"level": %1, "option": %2} is used only in the lab's private network namespace; on the host network a scenario may use the options FinAck knows (SO_LINGER, SO_REUSEADDR, SO_RCVBUF, SO_SNDBUF, SO_ERROR, TCP_NODELAY, TCP_USER_TIMEOUT) or numbers Linux does not define (%3 and up at levels 1 and 6), never one that could change this computer's networking</translation>
    </message>
    <message>
        <source>step %1: %2</source>
        <extracomment>%1 the step's number as in the diagram's step gutter (setup steps included, from 1), %2 why it cannot run</extracomment>
        <translation>step %1: %2</translation>
    </message>
</context>
<context>
    <name>RepeatReport</name>
    <message>
        <source>unknown</source>
        <extracomment>a count the lab's /proc entry did not let us read</extracomment>
        <translation>unknown</translation>
    </message>
    <message>
        <source>%1: %2 before the first run, %3 after it, %4 after the last.</source>
        <extracomment>%1 "Lab descriptors" or "Lab threads"; %2, %3, %4 their counts</extracomment>
        <translation>%1: %2 before the first run, %3 after it, %4 after the last.</translation>
    </message>
    <message numerus="yes">
        <source>Repeated %n time(s) in one lab; every run is compared with run 1.</source>
        <translation>
            <numerusform>Repeated %n time in one lab; every run is compared with run 1.</numerusform>
            <numerusform>Repeated %n times in one lab; every run is compared with run 1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Calls, errnos, states and segment flags: the same in every run.</source>
        <translation>Calls, errnos, states and segment flags: the same in every run.</translation>
    </message>
    <message>
        <source>%1 of %2 runs differ from run 1 ("left" below) in calls, errnos, states or segment flags:</source>
        <extracomment>%1 how many runs, %2 of how many</extracomment>
        <translation>%1 of %2 runs differ from run 1 ("left" below) in calls, errnos, states or segment flags:</translation>
    </message>
    <message>
        <source>runs %1 ("right"):</source>
        <extracomment>%1 the numbers of the runs that differ alike ("17, 45"); left is run 1, right these runs</extracomment>
        <translation>runs %1 ("right"):</translation>
    </message>
    <message>
        <source>EADDRINUSE: none that run 1 did not have.</source>
        <translation>EADDRINUSE: none that run 1 did not have.</translation>
    </message>
    <message>
        <source>Run %1, step %2: %3() failed with EADDRINUSE; in run 1 it did not.</source>
        <extracomment>%1 the run's number, %2 the step's number, %3 the call ("bind")</extracomment>
        <translation>Run %1, step %2: %3() failed with EADDRINUSE; in run 1 it did not.</translation>
    </message>
    <message>
        <source>Lab descriptors</source>
        <translation>Lab descriptors</translation>
    </message>
    <message>
        <source>Lab threads</source>
        <translation>Lab threads</translation>
    </message>
    <message>
        <source>Time per run: median %1 ms, slowest %2 ms (run %3).</source>
        <extracomment>%1 the median time of a run in ms, %2 the slowest, %3 which run that was</extracomment>
        <translation>Time per run: median %1 ms, slowest %2 ms (run %3).</translation>
    </message>
    <message>
        <source>Run %1 did not finish: %2</source>
        <extracomment>%1 the run's number, %2 why (the lab's reason)</extracomment>
        <translation>Run %1 did not finish: %2</translation>
    </message>
    <message>
        <source>Every run did the same; whether the lab gave back its descriptors and threads is unknown.</source>
        <translation>Every run did the same; whether the lab gave back its descriptors and threads is unknown.</translation>
    </message>
    <message>
        <source>Every run did the same, and the lab gave back every descriptor and thread.</source>
        <translation>Every run did the same, and the lab gave back every descriptor and thread.</translation>
    </message>
    <message>
        <source>Not every run did the same, or the lab kept what it took: see above.</source>
        <translation>Not every run did the same, or the lab kept what it took: see above.</translation>
    </message>
</context>
<context>
    <name>Scenario</name>
    <message>
        <source>CLOSING: the peer's FIN arrives before your own is acknowledged</source>
        <extracomment>closing-state</extracomment>
        <translation>CLOSING: the peer's FIN arrives before your own is acknowledged</translation>
    </message>
    <message>
        <source>The client's FIN is stuck behind data the server will not take. The server's FIN arrives first, and the client sits in CLOSING until the server reads.</source>
        <extracomment>closing-state</extracomment>
        <translation>The client's FIN is stuck behind data the server will not take. The server's FIN arrives first, and the client sits in CLOSING until the server reads.</translation>
    </message>
    <message>
        <source>CLOSING is the rarest state in the TCP diagram: a side has sent or queued its FIN, and the peer's FIN arrives before its own has been acknowledged. Usually it lasts a few microseconds. Here it lasts as long as the server wants. The server's listening socket gets a tiny receive buffer (SO_RCVBUF set before listen(), so the accepted socket inherits it and advertises a small window). The client queues 6 KiB without blocking. 4 KiB fill the server's buffer, the server advertises a zero window, and the rest waits in the client's send queue. shutdown(SHUT_WR) queues the client's FIN behind that data. The client is in FIN_WAIT_1, yet no FIN is on the wire: a FIN takes a sequence number like a byte of data and waits its turn behind the window. The server then shuts down its own direction. Its FIN reaches a client whose FIN is not acknowledged, not even sent: CLOSING. The client keeps probing the zero window and the server answers with window 0. When the server reads, the window opens, the rest of the data and the client's FIN leave in one segment, and the server acknowledges both. Both sides end in TIME_WAIT, because each shut down its direction before it had seen the other's FIN.</source>
        <extracomment>closing-state</extracomment>
        <translation>CLOSING is the rarest state in the TCP diagram: a side has sent or queued its FIN, and the peer's FIN arrives before its own has been acknowledged. Usually it lasts a few microseconds. Here it lasts as long as the server wants. The server's listening socket gets a tiny receive buffer (SO_RCVBUF set before listen(), so the accepted socket inherits it and advertises a small window). The client queues 6 KiB without blocking. 4 KiB fill the server's buffer, the server advertises a zero window, and the rest waits in the client's send queue. shutdown(SHUT_WR) queues the client's FIN behind that data. The client is in FIN_WAIT_1, yet no FIN is on the wire: a FIN takes a sequence number like a byte of data and waits its turn behind the window. The server then shuts down its own direction. Its FIN reaches a client whose FIN is not acknowledged, not even sent: CLOSING. The client keeps probing the zero window and the server answers with window 0. When the server reads, the window opens, the rest of the data and the client's FIN leave in one segment, and the server acknowledges both. Both sides end in TIME_WAIT, because each shut down its direction before it had seen the other's FIN.</translation>
    </message>
    <message>
        <source>The server's listening socket.</source>
        <extracomment>closing-state, linger-timeout, rst-before-accept, zero-window-timeout</extracomment>
        <translation>The server's listening socket.</translation>
    </message>
    <message>
        <source>A tiny receive buffer, set before listen(): the accepted socket inherits it, and the window it advertises stays small.</source>
        <extracomment>closing-state</extracomment>
        <translation>A tiny receive buffer, set before listen(): the accepted socket inherits it, and the window it advertises stays small.</translation>
    </message>
    <message>
        <source>An ephemeral port on 127.0.0.1.</source>
        <extracomment>closing-state, linger-timeout, zero-window-timeout</extracomment>
        <translation>An ephemeral port on 127.0.0.1.</translation>
    </message>
    <message>
        <source>LISTEN.</source>
        <extracomment>closing-state, linger-timeout, zero-window-timeout</extracomment>
        <translation>LISTEN.</translation>
    </message>
    <message>
        <source>The client's socket.</source>
        <extracomment>closing-state, linger-timeout, zero-window-timeout</extracomment>
        <translation>The client's socket.</translation>
    </message>
    <message>
        <source>A small send buffer too, so that a non-blocking send() stops after a few KiB.</source>
        <extracomment>closing-state</extracomment>
        <translation>A small send buffer too, so that a non-blocking send() stops after a few KiB.</translation>
    </message>
    <message>
        <source>The three-way handshake. The server's SYN|ACK already advertises the small window.</source>
        <extracomment>closing-state, linger-timeout, zero-window-timeout</extracomment>
        <translation>The three-way handshake. The server's SYN|ACK already advertises the small window.</translation>
    </message>
    <message>
        <source>The connected socket inherits the listener's 4 KiB receive buffer.</source>
        <extracomment>closing-state, linger-timeout, zero-window-timeout</extracomment>
        <translation>The connected socket inherits the listener's 4 KiB receive buffer.</translation>
    </message>
    <message>
        <source>A non-blocking send() of 64 KiB takes what fits (6 KiB). 4 KiB fill the server's buffer and the server answers with window 0. The other 2 KiB stay in the client's send queue. The server does not read.</source>
        <extracomment>closing-state</extracomment>
        <translation>A non-blocking send() of 64 KiB takes what fits (6 KiB). 4 KiB fill the server's buffer and the server answers with window 0. The other 2 KiB stay in the client's send queue. The server does not read.</translation>
    </message>
    <message>
        <source>shutdown(SHUT_WR): the client's FIN is queued behind the 2 KiB the window does not admit. The client is in FIN_WAIT_1, but nothing goes on the wire.</source>
        <extracomment>closing-state</extracomment>
        <translation>shutdown(SHUT_WR): the client's FIN is queued behind the 2 KiB the window does not admit. The client is in FIN_WAIT_1, but nothing goes on the wire.</translation>
    </message>
    <message>
        <source>The server shuts down its direction. Its FIN goes out at once (the client's window is open) and reaches a client in FIN_WAIT_1 whose own FIN is not acknowledged: CLOSING. The client acknowledges the server's FIN, so the server is in FIN_WAIT_2. The client goes on probing the zero window, the server answers with window 0, and nothing moves while the server does not read.</source>
        <extracomment>closing-state</extracomment>
        <translation>The server shuts down its direction. Its FIN goes out at once (the client's window is open) and reaches a client in FIN_WAIT_1 whose own FIN is not acknowledged: CLOSING. The client acknowledges the server's FIN, so the server is in FIN_WAIT_2. The client goes on probing the zero window, the server answers with window 0, and nothing moves while the server does not read.</translation>
    </message>
    <message>
        <source>The server reads its full buffer (4096 bytes). Its window opens, and the client sends its last 2 KiB with the FIN in one segment. The server acknowledges both: the client leaves CLOSING for TIME_WAIT, and the server, in FIN_WAIT_2, receives the FIN and enters TIME_WAIT too.</source>
        <extracomment>closing-state</extracomment>
        <translation>The server reads its full buffer (4096 bytes). Its window opens, and the client sends its last 2 KiB with the FIN in one segment. The server acknowledges both: the client leaves CLOSING for TIME_WAIT, and the server, in FIN_WAIT_2, receives the FIN and enters TIME_WAIT too.</translation>
    </message>
    <message>
        <source>The rest of the data...</source>
        <extracomment>closing-state</extracomment>
        <translation>The rest of the data...</translation>
    </message>
    <message>
        <source>...and end of stream: 6144 bytes in all, as many as send() accepted.</source>
        <extracomment>closing-state</extracomment>
        <translation>...and end of stream: 6144 bytes in all, as many as send() accepted.</translation>
    </message>
    <message>
        <source>Both sides are already in TIME_WAIT: close() only releases the descriptor.</source>
        <extracomment>closing-state</extracomment>
        <translation>Both sides are already in TIME_WAIT: close() only releases the descriptor.</translation>
    </message>
    <message>
        <source>The same for the client: nothing goes on the wire.</source>
        <extracomment>closing-state</extracomment>
        <translation>The same for the client: nothing goes on the wire.</translation>
    </message>
    <message>
        <source>FIN_WAIT_1 means 'my FIN is not acknowledged yet', not 'my FIN is on the wire'. A FIN queued behind unsent data waits for the peer's window like the data does, so a peer that stops reading holds your close open for as long as it does not read.</source>
        <extracomment>closing-state</extracomment>
        <translation>FIN_WAIT_1 means 'my FIN is not acknowledged yet', not 'my FIN is on the wire'. A FIN queued behind unsent data waits for the peer's window like the data does, so a peer that stops reading holds your close open for as long as it does not read.</translation>
    </message>
    <message>
        <source>Connection refused: an RST answers the SYN</source>
        <extracomment>connect-refused</extracomment>
        <translation>Connection refused: an RST answers the SYN</translation>
    </message>
    <message>
        <source>connect() to a port where nobody listens: the SYN is answered with RST and connect() fails at once with ECONNREFUSED.</source>
        <extracomment>connect-refused</extracomment>
        <translation>connect() to a port where nobody listens: the SYN is answered with RST and connect() fails at once with ECONNREFUSED.</translation>
    </message>
    <message>
        <source>127.0.0.1, any free port.</source>
        <extracomment>peer-crash, rst-before-accept</extracomment>
        <translation>127.0.0.1, any free port.</translation>
    </message>
    <message>
        <source>The socket never got connected: close() only releases the descriptor.</source>
        <extracomment>connect-refused</extracomment>
        <translation>The socket never got connected: close() only releases the descriptor.</translation>
    </message>
    <message>
        <source>ECONNREFUSED is an immediate, definite answer: the host is there and nothing listens on the port - check the port and whether the server runs. A connect() that hangs and ends in ETIMEDOUT is the other case: nothing answered at all.</source>
        <extracomment>connect-refused</extracomment>
        <translation>ECONNREFUSED is an immediate, definite answer: the host is there and nothing listens on the port - check the port and whether the server runs. A connect() that hangs and ends in ETIMEDOUT is the other case: nothing answered at all.</translation>
    </message>
    <message>
        <source>dup(): close() drops a descriptor, shutdown() ends the connection</source>
        <extracomment>dup-refcount</extracomment>
        <translation>dup(): close() drops a descriptor, shutdown() ends the connection</translation>
    </message>
    <message>
        <source>With two descriptors for one socket, the first close() sends nothing and the last one sends FIN. shutdown(SHUT_WR) sends FIN while another descriptor is still open.</source>
        <extracomment>dup-refcount</extracomment>
        <translation>With two descriptors for one socket, the first close() sends nothing and the last one sends FIN. shutdown(SHUT_WR) sends FIN while another descriptor is still open.</translation>
    </message>
    <message>
        <source>A descriptor is a reference to a socket. dup(), fork() and descriptor passing make more references to the same socket. close() removes one reference, and the kernel closes the socket (FIN, or RST if data is unread) only when the last one is gone. So the client's first close() puts nothing on the wire, and its copy goes on sending. Only the close() of the copy sends FIN. shutdown() is different: it acts on the socket, not on the descriptor. The server's shutdown(SHUT_WR) sends FIN at once although a second descriptor is still open, and that second descriptor sees the result: recv() returns 0 and send() fails with EPIPE. This is how the classic bug of a forking server happens. The parent forgets to close its copy of the connected descriptor, the child's close() then sends nothing, and the client waits forever for the end of the response. Linux behaves exactly as the textbook says.</source>
        <extracomment>dup-refcount</extracomment>
        <translation>A descriptor is a reference to a socket. dup(), fork() and descriptor passing make more references to the same socket. close() removes one reference, and the kernel closes the socket (FIN, or RST if data is unread) only when the last one is gone. So the client's first close() puts nothing on the wire, and its copy goes on sending. Only the close() of the copy sends FIN. shutdown() is different: it acts on the socket, not on the descriptor. The server's shutdown(SHUT_WR) sends FIN at once although a second descriptor is still open, and that second descriptor sees the result: recv() returns 0 and send() fails with EPIPE. This is how the classic bug of a forking server happens. The parent forgets to close its copy of the connected descriptor, the child's close() then sends nothing, and the client waits forever for the end of the response. Linux behaves exactly as the textbook says.</translation>
    </message>
    <message>
        <source>dup(): a second descriptor for the same socket.</source>
        <extracomment>dup-refcount</extracomment>
        <translation>dup(): a second descriptor for the same socket.</translation>
    </message>
    <message>
        <source>close() drops one of two references. The socket stays open, nothing goes on the wire, and the connection stays ESTABLISHED.</source>
        <extracomment>dup-refcount</extracomment>
        <translation>close() drops one of two references. The socket stays open, nothing goes on the wire, and the connection stays ESTABLISHED.</translation>
    </message>
    <message>
        <source>The copy still works: the connection never noticed the close().</source>
        <extracomment>dup-refcount</extracomment>
        <translation>The copy still works: the connection never noticed the close().</translation>
    </message>
    <message>
        <source>The server receives it.</source>
        <extracomment>dup-refcount</extracomment>
        <translation>The server receives it.</translation>
    </message>
    <message>
        <source>The last reference: now the kernel closes the socket and sends FIN (FIN_WAIT_1, then FIN_WAIT_2).</source>
        <extracomment>dup-refcount</extracomment>
        <translation>The last reference: now the kernel closes the socket and sends FIN (FIN_WAIT_1, then FIN_WAIT_2).</translation>
    </message>
    <message>
        <source>recv() returns 0: end of stream. The server is in CLOSE_WAIT.</source>
        <extracomment>dup-refcount</extracomment>
        <translation>recv() returns 0: end of stream. The server is in CLOSE_WAIT.</translation>
    </message>
    <message>
        <source>The server also makes a second descriptor for its socket.</source>
        <extracomment>dup-refcount</extracomment>
        <translation>The server also makes a second descriptor for its socket.</translation>
    </message>
    <message>
        <source>shutdown() acts on the socket, whatever descriptors refer to it. FIN goes out although conn2 is still open: LAST_ACK, then CLOSED when the client acknowledges, and the client enters TIME_WAIT.</source>
        <extracomment>dup-refcount</extracomment>
        <translation>shutdown() acts on the socket, whatever descriptors refer to it. FIN goes out although conn2 is still open: LAST_ACK, then CLOSED when the client acknowledges, and the client enters TIME_WAIT.</translation>
    </message>
    <message>
        <source>The other descriptor sees the same socket: end of stream...</source>
        <extracomment>dup-refcount</extracomment>
        <translation>The other descriptor sees the same socket: end of stream...</translation>
    </message>
    <message>
        <source>...and it cannot send, because its direction was shut down through the other descriptor: EPIPE (MSG_NOSIGNAL spares the process its SIGPIPE).</source>
        <extracomment>dup-refcount</extracomment>
        <translation>...and it cannot send, because its direction was shut down through the other descriptor: EPIPE (MSG_NOSIGNAL spares the process its SIGPIPE).</translation>
    </message>
    <message>
        <source>Releasing the descriptors: nothing is left to send.</source>
        <extracomment>dup-refcount</extracomment>
        <translation>Releasing the descriptors: nothing is left to send.</translation>
    </message>
    <message>
        <source>The last descriptor. The connection ended long ago: nothing on the wire.</source>
        <extracomment>dup-refcount</extracomment>
        <translation>The last descriptor. The connection ended long ago: nothing on the wire.</translation>
    </message>
    <message>
        <source>close() releases a descriptor, and the connection ends with the last one. To end the connection whoever else holds it, use shutdown(SHUT_WR). Close every copy you do not need: a forking server's parent closes its copy of each accepted socket.</source>
        <extracomment>dup-refcount</extracomment>
        <translation>close() releases a descriptor, and the connection ends with the last one. To end the connection whoever else holds it, use shutdown(SHUT_WR). Close every copy you do not need: a forking server's parent closes its copy of each accepted socket.</translation>
    </message>
    <message>
        <source>Graceful close, client first</source>
        <extracomment>graceful-client-first</extracomment>
        <translation>Graceful close, client first</translation>
    </message>
    <message>
        <source>The client closes first: four segments, and the client waits in TIME_WAIT.</source>
        <extracomment>graceful-client-first</extracomment>
        <translation>The client closes first: four segments, and the client waits in TIME_WAIT.</translation>
    </message>
    <message>
        <source>Each direction of a TCP connection is closed on its own with a FIN, and each FIN is acknowledged. The side that closes first (here the client) is the active closer: it passes FIN_WAIT_1 and FIN_WAIT_2 and ends in TIME_WAIT, where it stays for twice the maximum segment lifetime (60 s on Linux) so that a late or repeated segment of this connection cannot be taken for part of a new one. The server learns of the close when recv() returns 0, sits in CLOSE_WAIT until it calls close() itself, then waits in LAST_ACK for the final ACK.</source>
        <extracomment>graceful-client-first</extracomment>
        <translation>Each direction of a TCP connection is closed on its own with a FIN, and each FIN is acknowledged. The side that closes first (here the client) is the active closer: it passes FIN_WAIT_1 and FIN_WAIT_2 and ends in TIME_WAIT, where it stays for twice the maximum segment lifetime (60 s on Linux) so that a late or repeated segment of this connection cannot be taken for part of a new one. The server learns of the close when recv() returns 0, sits in CLOSE_WAIT until it calls close() itself, then waits in LAST_ACK for the final ACK.</translation>
    </message>
    <message>
        <source>The client sends a request.</source>
        <extracomment>graceful-client-first, graceful-server-first</extracomment>
        <translation>The client sends a request.</translation>
    </message>
    <message>
        <source>The server reads it.</source>
        <extracomment>graceful-client-first, unsupported-option</extracomment>
        <translation>The server reads it.</translation>
    </message>
    <message>
        <source>The client closes: its kernel sends FIN and the client enters FIN_WAIT_1, then FIN_WAIT_2 once the FIN is acknowledged.</source>
        <extracomment>graceful-client-first</extracomment>
        <translation>The client closes: its kernel sends FIN and the client enters FIN_WAIT_1, then FIN_WAIT_2 once the FIN is acknowledged.</translation>
    </message>
    <message>
        <source>recv() returns 0: the FIN arrived, the client will send no more. The server is in CLOSE_WAIT.</source>
        <extracomment>graceful-client-first</extracomment>
        <translation>recv() returns 0: the FIN arrived, the client will send no more. The server is in CLOSE_WAIT.</translation>
    </message>
    <message>
        <source>The server closes too: FIN, LAST_ACK, and the client's final ACK. The client is now in TIME_WAIT.</source>
        <extracomment>graceful-client-first</extracomment>
        <translation>The server closes too: FIN, LAST_ACK, and the client's final ACK. The client is now in TIME_WAIT.</translation>
    </message>
    <message>
        <source>Close when you are done sending, then read until recv() returns 0; the side that closes first holds TIME_WAIT, so let clients close first when a server must not pile them up.</source>
        <extracomment>graceful-client-first</extracomment>
        <translation>Close when you are done sending, then read until recv() returns 0; the side that closes first holds TIME_WAIT, so let clients close first when a server must not pile them up.</translation>
    </message>
    <message>
        <source>Graceful close, server first</source>
        <extracomment>graceful-server-first</extracomment>
        <translation>Graceful close, server first</translation>
    </message>
    <message>
        <source>The server answers and closes first, so the server ends in TIME_WAIT.</source>
        <extracomment>graceful-server-first</extracomment>
        <translation>The server answers and closes first, so the server ends in TIME_WAIT.</translation>
    </message>
    <message>
        <source>Whoever closes first does the active close, and TIME_WAIT belongs to the active closer, not to 'the client'. A server that closes its connections first (as HTTP/1.0 servers do) collects the TIME_WAIT entries; the client sees recv() return 0, closes in turn and goes through CLOSE_WAIT and LAST_ACK.</source>
        <extracomment>graceful-server-first</extracomment>
        <translation>Whoever closes first does the active close, and TIME_WAIT belongs to the active closer, not to 'the client'. A server that closes its connections first (as HTTP/1.0 servers do) collects the TIME_WAIT entries; the client sees recv() return 0, closes in turn and goes through CLOSE_WAIT and LAST_ACK.</translation>
    </message>
    <message>
        <source>The server answers...</source>
        <extracomment>graceful-server-first, write-after-peer-close</extracomment>
        <translation>The server answers...</translation>
    </message>
    <message>
        <source>...and closes at once: FIN from the server, which enters FIN_WAIT_1.</source>
        <extracomment>graceful-server-first</extracomment>
        <translation>...and closes at once: FIN from the server, which enters FIN_WAIT_1.</translation>
    </message>
    <message>
        <source>The client reads the answer; the data arrived before the FIN.</source>
        <extracomment>graceful-server-first</extracomment>
        <translation>The client reads the answer; the data arrived before the FIN.</translation>
    </message>
    <message>
        <source>recv() returns 0: end of stream. The client is in CLOSE_WAIT.</source>
        <extracomment>graceful-server-first</extracomment>
        <translation>recv() returns 0: end of stream. The client is in CLOSE_WAIT.</translation>
    </message>
    <message>
        <source>The client's FIN; the server acknowledges it from TIME_WAIT.</source>
        <extracomment>graceful-server-first</extracomment>
        <translation>The client's FIN; the server acknowledges it from TIME_WAIT.</translation>
    </message>
    <message>
        <source>TIME_WAIT follows the active closer, not the role: decide which side closes first, and a busy server that closes first will collect TIME_WAIT entries.</source>
        <extracomment>graceful-server-first</extracomment>
        <translation>TIME_WAIT follows the active closer, not the role: decide which side closes first, and a busy server that closes first will collect TIME_WAIT entries.</translation>
    </message>
    <message>
        <source>Half-close: shutdown(SHUT_WR), then drain</source>
        <extracomment>half-close</extracomment>
        <translation>Half-close: shutdown(SHUT_WR), then drain</translation>
    </message>
    <message>
        <source>The client stops sending with shutdown(SHUT_WR) but still reads the server's answer.</source>
        <extracomment>half-close</extracomment>
        <translation>The client stops sending with shutdown(SHUT_WR) but still reads the server's answer.</translation>
    </message>
    <message>
        <source>shutdown(fd, SHUT_WR) sends a FIN for one direction only: the client says 'no more requests' and can still receive. The server reads until recv() returns 0, knows the request is complete, sends its answer and closes. The client drains the answer up to its own 0 and only then closes. This is the graceful pattern that avoids losing data to an RST. Note the client's state: the server's FIN moves the connection into TIME_WAIT while the client still holds its descriptor, and TCP_INFO on that descriptor then says CLOSE - sock_diag shows the TIME_WAIT entry, which is the truth.</source>
        <extracomment>half-close</extracomment>
        <translation>shutdown(fd, SHUT_WR) sends a FIN for one direction only: the client says 'no more requests' and can still receive. The server reads until recv() returns 0, knows the request is complete, sends its answer and closes. The client drains the answer up to its own 0 and only then closes. This is the graceful pattern that avoids losing data to an RST. Note the client's state: the server's FIN moves the connection into TIME_WAIT while the client still holds its descriptor, and TCP_INFO on that descriptor then says CLOSE - sock_diag shows the TIME_WAIT entry, which is the truth.</translation>
    </message>
    <message>
        <source>The client sends its whole request.</source>
        <extracomment>half-close</extracomment>
        <translation>The client sends its whole request.</translation>
    </message>
    <message>
        <source>shutdown(SHUT_WR): FIN for the client's direction only. FIN_WAIT_1, then FIN_WAIT_2.</source>
        <extracomment>half-close</extracomment>
        <translation>shutdown(SHUT_WR): FIN for the client's direction only. FIN_WAIT_1, then FIN_WAIT_2.</translation>
    </message>
    <message>
        <source>The server reads the request...</source>
        <extracomment>half-close</extracomment>
        <translation>The server reads the request...</translation>
    </message>
    <message>
        <source>...and reads again until recv() returns 0: the request is complete.</source>
        <extracomment>half-close</extracomment>
        <translation>...and reads again until recv() returns 0: the request is complete.</translation>
    </message>
    <message>
        <source>The server can still send: only the client's direction is closed.</source>
        <extracomment>half-close</extracomment>
        <translation>The server can still send: only the client's direction is closed.</translation>
    </message>
    <message>
        <source>The half-closed client still receives.</source>
        <extracomment>half-close</extracomment>
        <translation>The half-closed client still receives.</translation>
    </message>
    <message>
        <source>The server closes: its FIN, and the client enters TIME_WAIT with its descriptor still open.</source>
        <extracomment>half-close</extracomment>
        <translation>The server closes: its FIN, and the client enters TIME_WAIT with its descriptor still open.</translation>
    </message>
    <message>
        <source>The client drains to 0: everything has arrived.</source>
        <extracomment>half-close</extracomment>
        <translation>The client drains to 0: everything has arrived.</translation>
    </message>
    <message>
        <source>close() now only releases the descriptor: both FINs are long acknowledged, nothing goes on the wire.</source>
        <extracomment>half-close</extracomment>
        <translation>close() now only releases the descriptor: both FINs are long acknowledged, nothing goes on the wire.</translation>
    </message>
    <message>
        <source>To end a conversation without losing data: shutdown(SHUT_WR), read until recv() returns 0, then close().</source>
        <extracomment>half-close</extracomment>
        <translation>To end a conversation without losing data: shutdown(SHUT_WR), read until recv() returns 0, then close().</translation>
    </message>
    <message>
        <source>Ignoring recv()'s return value: the endless stale HELLO</source>
        <extracomment>ignored-recv-return</extracomment>
        <translation>Ignoring recv()'s return value: the endless stale HELLO</translation>
    </message>
    <message>
        <source>After the client closes, recv() returns 0 at once, every time; a loop that prints its buffer without checking shows the old HELLO forever and never closes.</source>
        <extracomment>ignored-recv-return</extracomment>
        <translation>After the client closes, recv() returns 0 at once, every time; a loop that prints its buffer without checking shows the old HELLO forever and never closes.</translation>
    </message>
    <message>
        <source>Course article 004's server runs while (1) { recv(s, buf, 128, 0); printf("%s", buf); } and, after one client sent HELLO and closed, prints HELLO forever. The article blames recv() returning -1 with error 10054. On Linux the trace says otherwise: the first recv() returns 5 with the bytes HELLO, and every later one returns 0 at once - end of stream, because the client's FIN has arrived. 0 is not an error and it does not block: it will be returned on every call, so the loop spins at full speed, and since recv() wrote nothing into buf, printf shows the HELLO of the first call again and again. The buggy loop also never closes its socket, so the server's end stays in CLOSE_WAIT and the client's in FIN_WAIT_2 until FinAck stops the loop: a pile of CLOSE_WAIT in netstat is the other sign of this bug. The second connection is served by the fixed loop: it uses n, the return value - n &gt; 0: exactly n new bytes; 0: the peer closed, stop and close(); -1: an error, see errno. A -1 with ECONNRESET (10054 on Windows), as in the article, would need an RST (see unread-data-rst), not an orderly close.</source>
        <extracomment>ignored-recv-return</extracomment>
        <translation>Course article 004's server runs while (1) { recv(s, buf, 128, 0); printf("%s", buf); } and, after one client sent HELLO and closed, prints HELLO forever. The article blames recv() returning -1 with error 10054. On Linux the trace says otherwise: the first recv() returns 5 with the bytes HELLO, and every later one returns 0 at once - end of stream, because the client's FIN has arrived. 0 is not an error and it does not block: it will be returned on every call, so the loop spins at full speed, and since recv() wrote nothing into buf, printf shows the HELLO of the first call again and again. The buggy loop also never closes its socket, so the server's end stays in CLOSE_WAIT and the client's in FIN_WAIT_2 until FinAck stops the loop: a pile of CLOSE_WAIT in netstat is the other sign of this bug. The second connection is served by the fixed loop: it uses n, the return value - n &gt; 0: exactly n new bytes; 0: the peer closed, stop and close(); -1: an error, see errno. A -1 with ECONNRESET (10054 on Windows), as in the article, would need an RST (see unread-data-rst), not an orderly close.</translation>
    </message>
    <message>
        <source>The client sends one request, HELLO...</source>
        <extracomment>ignored-recv-return</extracomment>
        <translation>The client sends one request, HELLO...</translation>
    </message>
    <message>
        <source>...and closes at once: FIN. The server's end moves to CLOSE_WAIT.</source>
        <extracomment>ignored-recv-return</extracomment>
        <translation>...and closes at once: FIN. The server's end moves to CLOSE_WAIT.</translation>
    </message>
    <message>
        <source>The buggy loop, first turn: recv() returns 5, the bytes HELLO, and printf prints HELLO.</source>
        <extracomment>ignored-recv-return</extracomment>
        <translation>The buggy loop, first turn: recv() returns 5, the bytes HELLO, and printf prints HELLO.</translation>
    </message>
    <message>
        <source>Second turn, result ignored: recv() returns 0 at once - end of stream. Nothing was written into buf, so printf prints the old HELLO again.</source>
        <extracomment>ignored-recv-return</extracomment>
        <translation>Second turn, result ignored: recv() returns 0 at once - end of stream. Nothing was written into buf, so printf prints the old HELLO again.</translation>
    </message>
    <message>
        <source>0 again, without blocking: the loop spins, printing the stale HELLO.</source>
        <extracomment>ignored-recv-return</extracomment>
        <translation>0 again, without blocking: the loop spins, printing the stale HELLO.</translation>
    </message>
    <message>
        <source>And again; it would go on forever. The descriptor is never closed: the server's end stays in CLOSE_WAIT, the client's in FIN_WAIT_2.</source>
        <extracomment>ignored-recv-return</extracomment>
        <translation>And again; it would go on forever. The descriptor is never closed: the server's end stays in CLOSE_WAIT, the client's in FIN_WAIT_2.</translation>
    </message>
    <message>
        <source>The buggy loop would spin until the server is restarted; FinAck stops it here. Only this close() sends the server's FIN, and the client's end - in FIN_WAIT_2 long after its program closed - moves to TIME_WAIT.</source>
        <extracomment>ignored-recv-return</extracomment>
        <translation>The buggy loop would spin until the server is restarted; FinAck stops it here. Only this close() sends the server's FIN, and the client's end - in FIN_WAIT_2 long after its program closed - moves to TIME_WAIT.</translation>
    </message>
    <message>
        <source>A second client, served by the fixed loop.</source>
        <extracomment>ignored-recv-return</extracomment>
        <translation>A second client, served by the fixed loop.</translation>
    </message>
    <message>
        <source>The same request...</source>
        <extracomment>ignored-recv-return</extracomment>
        <translation>The same request...</translation>
    </message>
    <message>
        <source>...and the same close: FIN.</source>
        <extracomment>ignored-recv-return</extracomment>
        <translation>...and the same close: FIN.</translation>
    </message>
    <message>
        <source>The fixed loop: n = 5, so it prints exactly 5 bytes.</source>
        <extracomment>ignored-recv-return</extracomment>
        <translation>The fixed loop: n = 5, so it prints exactly 5 bytes.</translation>
    </message>
    <message>
        <source>n = 0: the peer has closed. The fixed loop stops here...</source>
        <extracomment>ignored-recv-return</extracomment>
        <translation>n = 0: the peer has closed. The fixed loop stops here...</translation>
    </message>
    <message>
        <source>...and closes: the server's FIN, LAST_ACK, the client's ACK. The server's end is CLOSED, the client's in TIME_WAIT.</source>
        <extracomment>ignored-recv-return</extracomment>
        <translation>...and closes: the server's FIN, LAST_ACK, the client's ACK. The server's end is CLOSED, the client's in TIME_WAIT.</translation>
    </message>
    <message>
        <source>Always use recv()'s return value: n &gt; 0 means n new bytes (not a C string - use exactly n), 0 means the peer has closed - stop reading and close() - and -1 means look at errno. Never loop on a result you did not check.</source>
        <extracomment>ignored-recv-return</extracomment>
        <translation>Always use recv()'s return value: n &gt; 0 means n new bytes (not a C string - use exactly n), 0 means the peer has closed - stop reading and close() - and -1 means look at errno. Never loop on a result you did not check.</translation>
    </message>
    <message>
        <source>SO_LINGER {1, 1}: close() waits, gives up, and Linux delivers anyway</source>
        <extracomment>linger-timeout</extracomment>
        <translation>SO_LINGER {1, 1}: close() waits, gives up, and Linux delivers anyway</translation>
    </message>
    <message>
        <source>close() with a linger time blocks while the peer's zero window holds the data back. It returns 0 after about a second, and the kernel still delivers every byte.</source>
        <extracomment>linger-timeout</extracomment>
        <translation>close() with a linger time blocks while the peer's zero window holds the data back. It returns 0 after about a second, and the kernel still delivers every byte.</translation>
    </message>
    <message>
        <source>SO_LINGER with l_onoff = 1 and a non-zero l_linger makes close() wait until the data and the FIN are acknowledged, for at most l_linger seconds. Here the server does not read. Its small receive buffer is full and it advertises a zero window, so 2 KiB stay in the client's send queue and close() blocks. Meanwhile the client's kernel sends zero-window probes: ACKs without data, carrying an old sequence number. The server answers with window 0. One probe goes unanswered, because Linux answers out-of-window segments at most once every 500 ms (tcp_invalid_ratelimit). After 1 s close() returns 0, with no error, and the descriptor is gone. The textbook (Stevens, UNP 7.5, and the course articles) says close() then fails with EWOULDBLOCK and the unsent data is discarded. Windows resets the connection. Linux does neither. The socket lives on as an orphan in FIN_WAIT_1 with its data and FIN queued, exactly as after a plain close(). When the server finally reads, it gets all 6144 bytes and end of stream, and the client ends in TIME_WAIT. SO_LINGER only made the application wait, and close() returning 0 does not tell it whether the data got through.</source>
        <extracomment>linger-timeout</extracomment>
        <translation>SO_LINGER with l_onoff = 1 and a non-zero l_linger makes close() wait until the data and the FIN are acknowledged, for at most l_linger seconds. Here the server does not read. Its small receive buffer is full and it advertises a zero window, so 2 KiB stay in the client's send queue and close() blocks. Meanwhile the client's kernel sends zero-window probes: ACKs without data, carrying an old sequence number. The server answers with window 0. One probe goes unanswered, because Linux answers out-of-window segments at most once every 500 ms (tcp_invalid_ratelimit). After 1 s close() returns 0, with no error, and the descriptor is gone. The textbook (Stevens, UNP 7.5, and the course articles) says close() then fails with EWOULDBLOCK and the unsent data is discarded. Windows resets the connection. Linux does neither. The socket lives on as an orphan in FIN_WAIT_1 with its data and FIN queued, exactly as after a plain close(). When the server finally reads, it gets all 6144 bytes and end of stream, and the client ends in TIME_WAIT. SO_LINGER only made the application wait, and close() returning 0 does not tell it whether the data got through.</translation>
    </message>
    <message>
        <source>A tiny receive buffer, inherited by the accepted socket: a few KiB fill it.</source>
        <extracomment>linger-timeout, zero-window-timeout</extracomment>
        <translation>A tiny receive buffer, inherited by the accepted socket: a few KiB fill it.</translation>
    </message>
    <message>
        <source>A small send buffer, so that a non-blocking send() stops after a few KiB.</source>
        <extracomment>linger-timeout, zero-window-timeout</extracomment>
        <translation>A small send buffer, so that a non-blocking send() stops after a few KiB.</translation>
    </message>
    <message>
        <source>A non-blocking send() takes 6 KiB. 4 KiB fill the server's buffer, the server advertises window 0, and 2 KiB wait in the client's send queue. The server does not read.</source>
        <extracomment>linger-timeout</extracomment>
        <translation>A non-blocking send() takes 6 KiB. 4 KiB fill the server's buffer, the server advertises window 0, and 2 KiB wait in the client's send queue. The server does not read.</translation>
    </message>
    <message>
        <source>SO_LINGER {1, 1}: close() shall wait up to 1 s for the data and the FIN to be acknowledged.</source>
        <extracomment>linger-timeout</extracomment>
        <translation>SO_LINGER {1, 1}: close() shall wait up to 1 s for the data and the FIN to be acknowledged.</translation>
    </message>
    <message>
        <source>close() blocks. The FIN is queued behind the 2 KiB (FIN_WAIT_1), and the zero window lets nothing through. The client's kernel probes the window and the server answers with window 0. After 1 s close() returns 0. The descriptor is released but the connection is not: the client is now an orphan in FIN_WAIT_1 with its data and FIN still queued.</source>
        <extracomment>linger-timeout</extracomment>
        <translation>close() blocks. The FIN is queued behind the 2 KiB (FIN_WAIT_1), and the zero window lets nothing through. The client's kernel probes the window and the server answers with window 0. After 1 s close() returns 0. The descriptor is released but the connection is not: the client is now an orphan in FIN_WAIT_1 with its data and FIN still queued.</translation>
    </message>
    <message>
        <source>The server reads 4096 bytes. Its window opens, and the orphaned client sends its last 2 KiB with the FIN. Nothing was discarded.</source>
        <extracomment>linger-timeout</extracomment>
        <translation>The server reads 4096 bytes. Its window opens, and the orphaned client sends its last 2 KiB with the FIN. Nothing was discarded.</translation>
    </message>
    <message>
        <source>The 2 KiB that were still queued when close() returned...</source>
        <extracomment>linger-timeout</extracomment>
        <translation>The 2 KiB that were still queued when close() returned...</translation>
    </message>
    <message>
        <source>...and end of stream: 6144 bytes, all that send() accepted.</source>
        <extracomment>linger-timeout</extracomment>
        <translation>...and end of stream: 6144 bytes, all that send() accepted.</translation>
    </message>
    <message>
        <source>The normal end: the server's FIN, and the client's ACK from TIME_WAIT.</source>
        <extracomment>linger-timeout</extracomment>
        <translation>The normal end: the server's FIN, and the client's ACK from TIME_WAIT.</translation>
    </message>
    <message>
        <source>A linger time tells you nothing about delivery, and on Linux it does not discard data either. To know the peer has everything, use shutdown(SHUT_WR) and read until recv() returns 0. A clean 0 (not ECONNRESET) means the peer closed after reading what you sent.</source>
        <extracomment>linger-timeout</extracomment>
        <translation>A linger time tells you nothing about delivery, and on Linux it does not discard data either. To know the peer has everything, use shutdown(SHUT_WR) and read until recv() returns 0. A clean 0 (not ECONNRESET) means the peer closed after reading what you sent.</translation>
    </message>
    <message>
        <source>SO_LINGER {1, 0}: close() resets the connection</source>
        <extracomment>linger-zero</extracomment>
        <translation>SO_LINGER {1, 0}: close() resets the connection</translation>
    </message>
    <message>
        <source>With linger on and a zero timeout, close() sends RST instead of FIN: no TIME_WAIT, and the peer's next recv() fails with ECONNRESET.</source>
        <extracomment>linger-zero</extracomment>
        <translation>With linger on and a zero timeout, close() sends RST instead of FIN: no TIME_WAIT, and the peer's next recv() fails with ECONNRESET.</translation>
    </message>
    <message>
        <source>Normally close() leaves the rest to the kernel: it sends what is still queued, then a FIN, and the side that closed first waits in TIME_WAIT. SO_LINGER with l_onoff = 1 and l_linger = 0 asks for the opposite, an abortive close: the kernel throws away anything still queued, sends a single RST and forgets the connection at once. Both ends go straight to CLOSED - no FIN_WAIT, no TIME_WAIT. Here everything was read and acknowledged first, so the RST comes from the option alone, not from unread data. The peer learns of it on its next call: recv() fails with ECONNRESET (104; a Windows program sees WSAECONNRESET, 10054). Linux reports that error once: it is cleared as it is returned, and the next recv() returns 0, like an ordinary end of stream, although no FIN ever arrived; send() then fails with EPIPE. The option is popular for getting rid of TIME_WAIT, but the price is an error at the peer and lost data whenever something was still queued.</source>
        <extracomment>linger-zero</extracomment>
        <translation>Normally close() leaves the rest to the kernel: it sends what is still queued, then a FIN, and the side that closed first waits in TIME_WAIT. SO_LINGER with l_onoff = 1 and l_linger = 0 asks for the opposite, an abortive close: the kernel throws away anything still queued, sends a single RST and forgets the connection at once. Both ends go straight to CLOSED - no FIN_WAIT, no TIME_WAIT. Here everything was read and acknowledged first, so the RST comes from the option alone, not from unread data. The peer learns of it on its next call: recv() fails with ECONNRESET (104; a Windows program sees WSAECONNRESET, 10054). Linux reports that error once: it is cleared as it is returned, and the next recv() returns 0, like an ordinary end of stream, although no FIN ever arrived; send() then fails with EPIPE. The option is popular for getting rid of TIME_WAIT, but the price is an error at the peer and lost data whenever something was still queued.</translation>
    </message>
    <message>
        <source>An ordinary exchange first: the client sends a request.</source>
        <extracomment>linger-zero</extracomment>
        <translation>An ordinary exchange first: the client sends a request.</translation>
    </message>
    <message>
        <source>The server reads all of it.</source>
        <extracomment>linger-zero</extracomment>
        <translation>The server reads all of it.</translation>
    </message>
    <message>
        <source>The server answers.</source>
        <extracomment>linger-zero</extracomment>
        <translation>The server answers.</translation>
    </message>
    <message>
        <source>The client reads the whole answer: nothing is left unread on either side, so an RST at close cannot be blamed on unread data.</source>
        <extracomment>linger-zero</extracomment>
        <translation>The client reads the whole answer: nothing is left unread on either side, so an RST at close cannot be blamed on unread data.</translation>
    </message>
    <message>
        <source>l_onoff = 1, l_linger = 0: from now on close() aborts the connection instead of closing it.</source>
        <extracomment>linger-zero</extracomment>
        <translation>l_onoff = 1, l_linger = 0: from now on close() aborts the connection instead of closing it.</translation>
    </message>
    <message>
        <source>close() returns at once and the kernel sends RST, not FIN - the rule: SO_LINGER {1, 0} turns close() into an abort (RFC 9293's ABORT call). Anything still queued would be discarded. The client's end goes straight to CLOSED: no FIN_WAIT_1, no TIME_WAIT.</source>
        <extracomment>linger-zero</extracomment>
        <translation>close() returns at once and the kernel sends RST, not FIN - the rule: SO_LINGER {1, 0} turns close() into an abort (RFC 9293's ABORT call). Anything still queued would be discarded. The client's end goes straight to CLOSED: no FIN_WAIT_1, no TIME_WAIT.</translation>
    </message>
    <message>
        <source>The server learns of the abort on its next call: ECONNRESET.</source>
        <extracomment>linger-zero</extracomment>
        <translation>The server learns of the abort on its next call: ECONNRESET.</translation>
    </message>
    <message>
        <source>Linux reports the error only once. Now recv() returns 0, as at an ordinary end of stream, though no FIN ever came.</source>
        <extracomment>linger-zero</extracomment>
        <translation>Linux reports the error only once. Now recv() returns 0, as at an ordinary end of stream, though no FIN ever came.</translation>
    </message>
    <message>
        <source>Writing to the reset connection fails with EPIPE (FinAck sends with MSG_NOSIGNAL; otherwise SIGPIPE would kill the process).</source>
        <extracomment>linger-zero</extracomment>
        <translation>Writing to the reset connection fails with EPIPE (FinAck sends with MSG_NOSIGNAL; otherwise SIGPIPE would kill the process).</translation>
    </message>
    <message>
        <source>Only the descriptor is left to release: nothing goes on the wire.</source>
        <extracomment>linger-zero</extracomment>
        <translation>Only the descriptor is left to release: nothing goes on the wire.</translation>
    </message>
    <message>
        <source>Do not use SO_LINGER {1, 0} to avoid TIME_WAIT: it turns every close into an error for the peer and can throw data away. Close gracefully, and let the side that can afford TIME_WAIT (usually the client) close first.</source>
        <extracomment>linger-zero</extracomment>
        <translation>Do not use SO_LINGER {1, 0} to avoid TIME_WAIT: it turns every close into an error for the peer and can throw data away. Close gracefully, and let the side that can afford TIME_WAIT (usually the client) close first.</translation>
    </message>
    <message>
        <source>A lost FIN is sent again, with back-off</source>
        <extracomment>lost-fin</extracomment>
        <translation>A lost FIN is sent again, with back-off</translation>
    </message>
    <message>
        <source>The client's FIN is lost three times; its kernel retransmits it with growing intervals until it gets through.</source>
        <extracomment>lost-fin</extracomment>
        <translation>The client's FIN is lost three times; its kernel retransmits it with growing intervals until it gets through.</translation>
    </message>
    <message>
        <source>A FIN occupies one sequence number, so TCP treats it like data: it stays in FIN_WAIT_1 until the FIN is acknowledged, and retransmits it when the retransmission timer fires. The textbook doubles the timeout each time (exponential back-off). Watch the timestamps: on loopback Linux starts at its minimum of about 200 ms, and its first two retransmissions come about 200 ms apart before the doubling shows. The application saw close() return at once and knows nothing of this; the server sees the end of stream only when a FIN finally arrives.</source>
        <extracomment>lost-fin</extracomment>
        <translation>A FIN occupies one sequence number, so TCP treats it like data: it stays in FIN_WAIT_1 until the FIN is acknowledged, and retransmits it when the retransmission timer fires. The textbook doubles the timeout each time (exponential back-off). Watch the timestamps: on loopback Linux starts at its minimum of about 200 ms, and its first two retransmissions come about 200 ms apart before the doubling shows. The application saw close() return at once and knows nothing of this; the server sees the end of stream only when a FIN finally arrives.</translation>
    </message>
    <message>
        <source>close() returns at once; the FIN is lost, and each retransmission is lost too until the fourth try.</source>
        <extracomment>lost-fin</extracomment>
        <translation>close() returns at once; the FIN is lost, and each retransmission is lost too until the fourth try.</translation>
    </message>
    <message>
        <source>recv() returns 0 now that a FIN got through.</source>
        <extracomment>lost-fin</extracomment>
        <translation>recv() returns 0 now that a FIN got through.</translation>
    </message>
    <message>
        <source>The normal end: the server's FIN and the client's ACK from TIME_WAIT.</source>
        <extracomment>lost-fin</extracomment>
        <translation>The normal end: the server's FIN and the client's ACK from TIME_WAIT.</translation>
    </message>
    <message>
        <source>the client's FIN is lost three times</source>
        <extracomment>lost-fin</extracomment>
        <translation>the client's FIN is lost three times</translation>
    </message>
    <message>
        <source>close() returning 0 only means the kernel took over; the FIN may still be retransmitted. Use shutdown(SHUT_WR) and wait for the peer's 0 when you need to know the close completed.</source>
        <extracomment>lost-fin</extracomment>
        <translation>close() returning 0 only means the kernel took over; the FIN may still be retransmitted. Use shutdown(SHUT_WR) and wait for the peer's 0 when you need to know the close completed.</translation>
    </message>
    <message>
        <source>The last ACK is lost: why TIME_WAIT exists</source>
        <extracomment>lost-final-ack</extracomment>
        <translation>The last ACK is lost: why TIME_WAIT exists</translation>
    </message>
    <message>
        <source>The client's final ACK never arrives; the server repeats its FIN and the client, still in TIME_WAIT, acknowledges it again.</source>
        <extracomment>lost-final-ack</extracomment>
        <translation>The client's final ACK never arrives; the server repeats its FIN and the client, still in TIME_WAIT, acknowledges it again.</translation>
    </message>
    <message>
        <source>The side that closes first cannot know whether its last ACK arrived: nothing acknowledges an ACK. If it is lost, the other side, waiting in LAST_ACK, times out and sends its FIN again. Someone must still be there to answer it - that is one of the two reasons for TIME_WAIT (the other: old duplicate segments must die out before the same address pair is used again). Here FinAck drops the client's final ACK with a firewall rule inside its private network; the server retransmits its FIN after its retransmission timeout (at least 200 ms on Linux), and the client, in TIME_WAIT, acknowledges again. Without TIME_WAIT the repeated FIN would find no connection and be answered with an RST.</source>
        <extracomment>lost-final-ack</extracomment>
        <translation>The side that closes first cannot know whether its last ACK arrived: nothing acknowledges an ACK. If it is lost, the other side, waiting in LAST_ACK, times out and sends its FIN again. Someone must still be there to answer it - that is one of the two reasons for TIME_WAIT (the other: old duplicate segments must die out before the same address pair is used again). Here FinAck drops the client's final ACK with a firewall rule inside its private network; the server retransmits its FIN after its retransmission timeout (at least 200 ms on Linux), and the client, in TIME_WAIT, acknowledges again. Without TIME_WAIT the repeated FIN would find no connection and be answered with an RST.</translation>
    </message>
    <message>
        <source>The client closes first: FIN, and the server's ACK. FIN_WAIT_2.</source>
        <extracomment>lost-final-ack</extracomment>
        <translation>The client closes first: FIN, and the server's ACK. FIN_WAIT_2.</translation>
    </message>
    <message>
        <source>recv() returns 0: the server is in CLOSE_WAIT.</source>
        <extracomment>lost-final-ack</extracomment>
        <translation>recv() returns 0: the server is in CLOSE_WAIT.</translation>
    </message>
    <message>
        <source>Still 0: end of stream stays end of stream.</source>
        <extracomment>lost-final-ack</extracomment>
        <translation>Still 0: end of stream stays end of stream.</translation>
    </message>
    <message>
        <source>The server's FIN; the client answers from TIME_WAIT, but that ACK is lost. The server stays in LAST_ACK and repeats its FIN; the client acknowledges again.</source>
        <extracomment>lost-final-ack</extracomment>
        <translation>The server's FIN; the client answers from TIME_WAIT, but that ACK is lost. The server stays in LAST_ACK and repeats its FIN; the client acknowledges again.</translation>
    </message>
    <message>
        <source>the client's final ACK is lost</source>
        <extracomment>lost-final-ack</extracomment>
        <translation>the client's final ACK is lost</translation>
    </message>
    <message>
        <source>TIME_WAIT is not a bug to tune away: it is the only side left to answer a repeated FIN. Avoid needing SO_REUSEADDR tricks by letting clients close first.</source>
        <extracomment>lost-final-ack</extracomment>
        <translation>TIME_WAIT is not a bug to tune away: it is the only side left to answer a repeated FIN. Avoid needing SO_REUSEADDR tricks by letting clients close first.</translation>
    </message>
    <message>
        <source>The server process crashes: FIN or RST, depending on unread data</source>
        <extracomment>peer-crash</extracomment>
        <translation>The server process crashes: FIN or RST, depending on unread data</translation>
    </message>
    <message>
        <source>A killed process's connections are closed by the kernel exactly as close() would: the client sees an ordinary end of stream, unless the server died with data unread - then RST and ECONNRESET.</source>
        <extracomment>peer-crash</extracomment>
        <translation>A killed process's connections are closed by the kernel exactly as close() would: the client sees an ordinary end of stream, unless the server died with data unread - then RST and ECONNRESET.</translation>
    </message>
    <message>
        <source>When a process dies - SIGKILL, a segmentation fault, exit() without closing - the kernel closes every descriptor it held, and for TCP that is the same close() the program could have called. A crash is therefore not an abort. In the first connection the server has read the whole request when it is killed: its kernel sends a FIN, the client's recv() returns 0 just as after a deliberate close, and the kernel even finishes the close handshake for the dead process - the server's end passes FIN_WAIT_2 and waits in TIME_WAIT with no process behind it. The client cannot tell a crash from a close. In the second connection (a restarted server: the crash took the old listener with it) the request arrives and the server dies before reading it; now the kernel's close finds unread data and sends RST, by the same rule as unread-data-rst, and the client's recv() fails with ECONNRESET (104; Windows: WSAECONNRESET, 10054). Article 001 sums its Windows measurements up as 'server closes: 10053, server crashes: 10054', but its server crashed right after the data arrived; on Linux it is unread data (or data sent to the closed socket afterwards, see write-after-peer-close), not the crash, that produces the RST. A crashed host is different again: nothing at all is sent (see peer-vanished).</source>
        <extracomment>peer-crash</extracomment>
        <translation>When a process dies - SIGKILL, a segmentation fault, exit() without closing - the kernel closes every descriptor it held, and for TCP that is the same close() the program could have called. A crash is therefore not an abort. In the first connection the server has read the whole request when it is killed: its kernel sends a FIN, the client's recv() returns 0 just as after a deliberate close, and the kernel even finishes the close handshake for the dead process - the server's end passes FIN_WAIT_2 and waits in TIME_WAIT with no process behind it. The client cannot tell a crash from a close. In the second connection (a restarted server: the crash took the old listener with it) the request arrives and the server dies before reading it; now the kernel's close finds unread data and sends RST, by the same rule as unread-data-rst, and the client's recv() fails with ECONNRESET (104; Windows: WSAECONNRESET, 10054). Article 001 sums its Windows measurements up as 'server closes: 10053, server crashes: 10054', but its server crashed right after the data arrived; on Linux it is unread data (or data sent to the closed socket afterwards, see write-after-peer-close), not the crash, that produces the RST. A crashed host is different again: nothing at all is sent (see peer-vanished).</translation>
    </message>
    <message>
        <source>First connection: the client sends a request.</source>
        <extracomment>peer-crash</extracomment>
        <translation>First connection: the client sends a request.</translation>
    </message>
    <message>
        <source>The server reads all of it: nothing is left unread.</source>
        <extracomment>peer-crash</extracomment>
        <translation>The server reads all of it: nothing is left unread.</translation>
    </message>
    <message>
        <source>The server process is killed (SIGKILL) before it answers. The kernel closes its descriptors as close() would; with no unread data that means a FIN. The listener dies with it.</source>
        <extracomment>peer-crash</extracomment>
        <translation>The server process is killed (SIGKILL) before it answers. The kernel closes its descriptors as close() would; with no unread data that means a FIN. The listener dies with it.</translation>
    </message>
    <message>
        <source>recv() returns 0, end of stream, exactly as after a deliberate close: the client cannot tell that the server crashed.</source>
        <extracomment>peer-crash</extracomment>
        <translation>recv() returns 0, end of stream, exactly as after a deliberate close: the client cannot tell that the server crashed.</translation>
    </message>
    <message>
        <source>The client's FIN. The dead server's kernel acknowledges it, and the server's end goes from FIN_WAIT_2 to TIME_WAIT - the kernel finishes the close for a process that no longer exists.</source>
        <extracomment>peer-crash</extracomment>
        <translation>The client's FIN. The dead server's kernel acknowledges it, and the server's end goes from FIN_WAIT_2 to TIME_WAIT - the kernel finishes the close for a process that no longer exists.</translation>
    </message>
    <message>
        <source>Second connection. The crashed server has no descriptors left: a restarted server makes a new listener.</source>
        <extracomment>peer-crash</extracomment>
        <translation>Second connection. The crashed server has no descriptors left: a restarted server makes a new listener.</translation>
    </message>
    <message>
        <source>The client makes a new socket: the old descriptor is closed.</source>
        <extracomment>peer-crash</extracomment>
        <translation>The client makes a new socket: the old descriptor is closed.</translation>
    </message>
    <message>
        <source>A new connection to the new listener.</source>
        <extracomment>peer-crash</extracomment>
        <translation>A new connection to the new listener.</translation>
    </message>
    <message>
        <source>The request arrives in the server's receive buffer...</source>
        <extracomment>peer-crash</extracomment>
        <translation>The request arrives in the server's receive buffer...</translation>
    </message>
    <message>
        <source>...and the server dies before reading it. The kernel's close finds 7 unread bytes and sends RST instead of FIN - the rule: close() with unread data resets the connection (RFC 2525, 2.17), whoever calls it, a program or the exit of a dead process.</source>
        <extracomment>peer-crash</extracomment>
        <translation>...and the server dies before reading it. The kernel's close finds 7 unread bytes and sends RST instead of FIN - the rule: close() with unread data resets the connection (RFC 2525, 2.17), whoever calls it, a program or the exit of a dead process.</translation>
    </message>
    <message>
        <source>This time the client's recv() fails: ECONNRESET.</source>
        <extracomment>peer-crash</extracomment>
        <translation>This time the client's recv() fails: ECONNRESET.</translation>
    </message>
    <message>
        <source>Only the descriptor is left to release: the RST already ended the connection.</source>
        <extracomment>peer-crash</extracomment>
        <translation>Only the descriptor is left to release: the RST already ended the connection.</translation>
    </message>
    <message>
        <source>recv() returning 0 means 'the peer's socket was closed', not 'the peer finished properly': a crashed peer looks the same. Confirm completion in the protocol itself (a length, an end marker, an explicit 'done' message) before acting on it.</source>
        <extracomment>peer-crash</extracomment>
        <translation>recv() returning 0 means 'the peer's socket was closed', not 'the peer finished properly': a crashed peer looks the same. Confirm completion in the protocol itself (a length, an end marker, an explicit 'done' message) before acting on it.</translation>
    </message>
    <message>
        <source>The peer vanishes: retransmissions, then ETIMEDOUT</source>
        <extracomment>peer-vanished</extracomment>
        <translation>The peer vanishes: retransmissions, then ETIMEDOUT</translation>
    </message>
    <message>
        <source>The server's host stops answering while the client sends; after TCP_USER_TIMEOUT the client's kernel gives up with ETIMEDOUT.</source>
        <extracomment>peer-vanished</extracomment>
        <translation>The server's host stops answering while the client sends; after TCP_USER_TIMEOUT the client's kernel gives up with ETIMEDOUT.</translation>
    </message>
    <message>
        <source>When the peer's host loses power or its cable, nothing arrives at all: no FIN, no RST. send() still succeeds - it only copies the data into the kernel - and TCP retransmits the unacknowledged data with growing intervals. Without help that goes on for about 15 minutes (tcp_retries2). TCP_USER_TIMEOUT caps how long data may stay unacknowledged; here 3 s, after which the kernel aborts the connection and the next call fails with ETIMEDOUT (110; WSAETIMEDOUT, 10060, on Windows). FinAck makes the server's host vanish by dropping everything the server sends.</source>
        <extracomment>peer-vanished</extracomment>
        <translation>When the peer's host loses power or its cable, nothing arrives at all: no FIN, no RST. send() still succeeds - it only copies the data into the kernel - and TCP retransmits the unacknowledged data with growing intervals. Without help that goes on for about 15 minutes (tcp_retries2). TCP_USER_TIMEOUT caps how long data may stay unacknowledged; here 3 s, after which the kernel aborts the connection and the next call fails with ETIMEDOUT (110; WSAETIMEDOUT, 10060, on Windows). FinAck makes the server's host vanish by dropping everything the server sends.</translation>
    </message>
    <message>
        <source>Give up on unacknowledged data after 3 s instead of about 15 minutes.</source>
        <extracomment>peer-vanished</extracomment>
        <translation>Give up on unacknowledged data after 3 s instead of about 15 minutes.</translation>
    </message>
    <message>
        <source>send() returns 14: the data is only queued. No ACK ever comes back; the kernel retransmits, then gives up.</source>
        <extracomment>peer-vanished</extracomment>
        <translation>send() returns 14: the data is only queued. No ACK ever comes back; the kernel retransmits, then gives up.</translation>
    </message>
    <message>
        <source>The connection is dead: recv() fails with ETIMEDOUT.</source>
        <extracomment>peer-vanished</extracomment>
        <translation>The connection is dead: recv() fails with ETIMEDOUT.</translation>
    </message>
    <message>
        <source>the server's host is gone: nothing it sends arrives</source>
        <extracomment>peer-vanished</extracomment>
        <translation>the server's host is gone: nothing it sends arrives</translation>
    </message>
    <message>
        <source>A silent peer is only detected by timeouts: set TCP_USER_TIMEOUT (or keepalive, or an application-level timeout) for connections that must notice a dead host within seconds.</source>
        <extracomment>peer-vanished</extracomment>
        <translation>A silent peer is only detected by timeouts: set TCP_USER_TIMEOUT (or keepalive, or an application-level timeout) for connections that must notice a dead host within seconds.</translation>
    </message>
    <message>
        <source>The client aborts before accept(): no ECONNABORTED on Linux</source>
        <extracomment>rst-before-accept</extracomment>
        <translation>The client aborts before accept(): no ECONNABORTED on Linux</translation>
    </message>
    <message>
        <source>A connection is reset while it waits in the listen queue; POSIX describes ECONNABORTED from accept(), Linux's accept() returns the dead connection and the first recv() fails with ECONNRESET.</source>
        <extracomment>rst-before-accept</extracomment>
        <translation>A connection is reset while it waits in the listen queue; POSIX describes ECONNABORTED from accept(), Linux's accept() returns the dead connection and the first recv() fails with ECONNRESET.</translation>
    </message>
    <message>
        <source>The kernel completes the three-way handshake by itself and keeps the connection in the listening socket's queue until the server calls accept(). What if the client resets it in that interval (here with SO_LINGER {1, 0})? Stevens's UNP (5.11) and article 003 describe the choices: Berkeley-derived kernels drop such a connection inside the kernel and the server never hears of it; SVR4 returned EPROTO; POSIX specifies ECONNABORTED, which a server should ignore by calling accept() again. Linux does none of these: the reset connection stays in the queue in CLOSED, accept() returns a descriptor for it as if nothing had happened, and the error comes on the first call that uses it - recv() fails with ECONNRESET (104), after which recv() returns 0. Linux's accept(2) page does list ECONNABORTED, but its TCP does not return it here. Winsock's documentation names WSAECONNRESET (10054) as accept()'s error for this case.</source>
        <extracomment>rst-before-accept</extracomment>
        <translation>The kernel completes the three-way handshake by itself and keeps the connection in the listening socket's queue until the server calls accept(). What if the client resets it in that interval (here with SO_LINGER {1, 0})? Stevens's UNP (5.11) and article 003 describe the choices: Berkeley-derived kernels drop such a connection inside the kernel and the server never hears of it; SVR4 returned EPROTO; POSIX specifies ECONNABORTED, which a server should ignore by calling accept() again. Linux does none of these: the reset connection stays in the queue in CLOSED, accept() returns a descriptor for it as if nothing had happened, and the error comes on the first call that uses it - recv() fails with ECONNRESET (104), after which recv() returns 0. Linux's accept(2) page does list ECONNABORTED, but its TCP does not return it here. Winsock's documentation names WSAECONNRESET (10054) as accept()'s error for this case.</translation>
    </message>
    <message>
        <source>From now on the kernel answers SYNs by itself and queues finished connections for accept().</source>
        <extracomment>rst-before-accept</extracomment>
        <translation>From now on the kernel answers SYNs by itself and queues finished connections for accept().</translation>
    </message>
    <message>
        <source>connect() returns once the handshake is done. The server has not called accept(): the connection waits in the listen queue, ESTABLISHED at both ends.</source>
        <extracomment>rst-before-accept</extracomment>
        <translation>connect() returns once the handshake is done. The server has not called accept(): the connection waits in the listen queue, ESTABLISHED at both ends.</translation>
    </message>
    <message>
        <source>l_onoff = 1, l_linger = 0: close() will abort.</source>
        <extracomment>rst-before-accept</extracomment>
        <translation>l_onoff = 1, l_linger = 0: close() will abort.</translation>
    </message>
    <message>
        <source>The client aborts: close() sends RST instead of FIN - the rule: SO_LINGER {1, 0} turns close() into an abort. The server's end of the connection, still in the listen queue, is reset to CLOSED before anyone accepted it.</source>
        <extracomment>rst-before-accept</extracomment>
        <translation>The client aborts: close() sends RST instead of FIN - the rule: SO_LINGER {1, 0} turns close() into an abort. The server's end of the connection, still in the listen queue, is reset to CLOSED before anyone accepted it.</translation>
    </message>
    <message>
        <source>POSIX describes ECONNABORTED here; Linux hands out the dead connection and accept() succeeds.</source>
        <extracomment>rst-before-accept</extracomment>
        <translation>POSIX describes ECONNABORTED here; Linux hands out the dead connection and accept() succeeds.</translation>
    </message>
    <message>
        <source>The reset surfaces on the first use of the new descriptor: ECONNRESET.</source>
        <extracomment>rst-before-accept</extracomment>
        <translation>The reset surfaces on the first use of the new descriptor: ECONNRESET.</translation>
    </message>
    <message>
        <source>The error is reported once; after it recv() returns 0.</source>
        <extracomment>rst-before-accept</extracomment>
        <translation>The error is reported once; after it recv() returns 0.</translation>
    </message>
    <message>
        <source>Releases the descriptor; the connection is already gone, nothing goes on the wire.</source>
        <extracomment>rst-before-accept</extracomment>
        <translation>Releases the descriptor; the connection is already gone, nothing goes on the wire.</translation>
    </message>
    <message>
        <source>The listener is closed too.</source>
        <extracomment>rst-before-accept</extracomment>
        <translation>The listener is closed too.</translation>
    </message>
    <message>
        <source>A freshly accepted socket may already be dead: handle ECONNRESET (and 0) on its first recv() like on any other, and for portability treat ECONNABORTED or WSAECONNRESET from accept() as 'try accept() again', not as a reason to stop the server.</source>
        <extracomment>rst-before-accept</extracomment>
        <translation>A freshly accepted socket may already be dead: handle ECONNRESET (and 0) on its first recv() like on any other, and for portability treat ECONNABORTED or WSAECONNRESET from accept() as 'try accept() again', not as a reason to stop the server.</translation>
    </message>
    <message>
        <source>shutdown(SHUT_RD): nothing on the wire, and Linux still delivers</source>
        <extracomment>shutdown-read</extracomment>
        <translation>shutdown(SHUT_RD): nothing on the wire, and Linux still delivers</translation>
    </message>
    <message>
        <source>After shutdown(SHUT_RD), recv() returns queued data, then 0, then data that arrives later. Only when the write side is shut too does new data get an RST.</source>
        <extracomment>shutdown-read</extracomment>
        <translation>After shutdown(SHUT_RD), recv() returns queued data, then 0, then data that arrives later. Only when the write side is shut too does new data get an RST.</translation>
    </message>
    <message>
        <source>shutdown(fd, SHUT_RD) sends nothing, because TCP has no segment that says 'stop sending'. The peer is not told, and everything that changes is local. The textbook (Stevens, UNP 6.6, and the course articles) says the receive buffer is discarded and later data is acknowledged and silently thrown away. Windows (SD_RECEIVE) resets the connection if data is queued or arrives later. Linux does neither. recv() first returns the 6 bytes already queued, then returns 0 at once instead of blocking. That 0 is not final: the client's next 5 bytes are accepted, acknowledged and returned by the next recv(). FinAck's table labels that 0 'end of stream: the peer sent FIN', but no FIN was sent. SHUT_RD bites only once the server also shuts down its sending direction. A Linux socket in FIN_WAIT_1 or FIN_WAIT_2 whose read side is shut answers new data with RST, the rule RFC 1122 gives for data that arrives after the application has closed. The client was in CLOSE_WAIT and learns of the reset only through EPIPE on its next send(). The server's own recv() reports ECONNRESET for the reset its own kernel sent.</source>
        <extracomment>shutdown-read</extracomment>
        <translation>shutdown(fd, SHUT_RD) sends nothing, because TCP has no segment that says 'stop sending'. The peer is not told, and everything that changes is local. The textbook (Stevens, UNP 6.6, and the course articles) says the receive buffer is discarded and later data is acknowledged and silently thrown away. Windows (SD_RECEIVE) resets the connection if data is queued or arrives later. Linux does neither. recv() first returns the 6 bytes already queued, then returns 0 at once instead of blocking. That 0 is not final: the client's next 5 bytes are accepted, acknowledged and returned by the next recv(). FinAck's table labels that 0 'end of stream: the peer sent FIN', but no FIN was sent. SHUT_RD bites only once the server also shuts down its sending direction. A Linux socket in FIN_WAIT_1 or FIN_WAIT_2 whose read side is shut answers new data with RST, the rule RFC 1122 gives for data that arrives after the application has closed. The client was in CLOSE_WAIT and learns of the reset only through EPIPE on its next send(). The server's own recv() reports ECONNRESET for the reset its own kernel sent.</translation>
    </message>
    <message>
        <source>The client sends 6 bytes. They wait in the server's receive buffer.</source>
        <extracomment>shutdown-read</extracomment>
        <translation>The client sends 6 bytes. They wait in the server's receive buffer.</translation>
    </message>
    <message>
        <source>shutdown(SHUT_RD): nothing goes on the wire, because TCP cannot say 'stop sending'. The server stays ESTABLISHED.</source>
        <extracomment>shutdown-read</extracomment>
        <translation>shutdown(SHUT_RD): nothing goes on the wire, because TCP cannot say 'stop sending'. The server stays ESTABLISHED.</translation>
    </message>
    <message>
        <source>The textbook says the queued bytes were discarded. Linux returns them.</source>
        <extracomment>shutdown-read</extracomment>
        <translation>The textbook says the queued bytes were discarded. Linux returns them.</translation>
    </message>
    <message>
        <source>Nothing is queued, so recv() returns 0 at once instead of blocking, although no FIN has arrived.</source>
        <extracomment>shutdown-read</extracomment>
        <translation>Nothing is queued, so recv() returns 0 at once instead of blocking, although no FIN has arrived.</translation>
    </message>
    <message>
        <source>The client knows nothing and sends again. The server's kernel accepts and acknowledges the 5 bytes.</source>
        <extracomment>shutdown-read</extracomment>
        <translation>The client knows nothing and sends again. The server's kernel accepts and acknowledges the 5 bytes.</translation>
    </message>
    <message>
        <source>recv() returns them: data after a 0. The 0 meant 'nothing now', not end of stream.</source>
        <extracomment>shutdown-read</extracomment>
        <translation>recv() returns them: data after a 0. The 0 meant 'nothing now', not end of stream.</translation>
    </message>
    <message>
        <source>Now the server shuts down its sending direction too: FIN. With both directions shut, the server is in FIN_WAIT_2 once the FIN is acknowledged, and the client is in CLOSE_WAIT.</source>
        <extracomment>shutdown-read</extracomment>
        <translation>Now the server shuts down its sending direction too: FIN. With both directions shut, the server is in FIN_WAIT_2 once the FIN is acknowledged, and the client is in CLOSE_WAIT.</translation>
    </message>
    <message>
        <source>The client sees the end of the server's stream.</source>
        <extracomment>shutdown-read</extracomment>
        <translation>The client sees the end of the server's stream.</translation>
    </message>
    <message>
        <source>A half-closed connection may still carry data from client to server, and send() succeeds because it only queues. But the server's socket can no longer deliver data to anyone: its read side is shut and it is in FIN_WAIT_2. Its kernel answers the data with RST: in FIN_WAIT_1 or FIN_WAIT_2 with the read side shut, Linux applies the rule RFC 1122 gives for data that arrives after the application has closed. Both sides are CLOSED at once.</source>
        <extracomment>shutdown-read</extracomment>
        <translation>A half-closed connection may still carry data from client to server, and send() succeeds because it only queues. But the server's socket can no longer deliver data to anyone: its read side is shut and it is in FIN_WAIT_2. Its kernel answers the data with RST: in FIN_WAIT_1 or FIN_WAIT_2 with the read side shut, Linux applies the rule RFC 1122 gives for data that arrives after the application has closed. Both sides are CLOSED at once.</translation>
    </message>
    <message>
        <source>The server's recv() fails with ECONNRESET (104), although the reset came from its own kernel.</source>
        <extracomment>shutdown-read</extracomment>
        <translation>The server's recv() fails with ECONNRESET (104), although the reset came from its own kernel.</translation>
    </message>
    <message>
        <source>The client was in CLOSE_WAIT when the RST arrived, and Linux reports a reset in CLOSE_WAIT as EPIPE (32), not ECONNRESET.</source>
        <extracomment>shutdown-read</extracomment>
        <translation>The client was in CLOSE_WAIT when the RST arrived, and Linux reports a reset in CLOSE_WAIT as EPIPE (32), not ECONNRESET.</translation>
    </message>
    <message>
        <source>Nothing left on the wire: the RST ended the connection.</source>
        <extracomment>shutdown-read</extracomment>
        <translation>Nothing left on the wire: the RST ended the connection.</translation>
    </message>
    <message>
        <source>Nothing on the wire: the RST already ended the connection.</source>
        <extracomment>shutdown-read</extracomment>
        <translation>Nothing on the wire: the RST already ended the connection.</translation>
    </message>
    <message>
        <source>Do not rely on shutdown(SHUT_RD) to refuse or discard data. On Linux it only makes recv() return 0 instead of blocking when nothing is queued, and the peer is never told. To stop a peer, say so in your protocol, or close() the connection (RST if data is unread).</source>
        <extracomment>shutdown-read</extracomment>
        <translation>Do not rely on shutdown(SHUT_RD) to refuse or discard data. On Linux it only makes recv() return 0 instead of blocking when nothing is queued, and the peer is never told. To stop a peer, say so in your protocol, or close() the connection (RST if data is unread).</translation>
    </message>
    <message>
        <source>Simultaneous close: two active closers</source>
        <extracomment>simultaneous-close</extracomment>
        <translation>Simultaneous close: two active closers</translation>
    </message>
    <message>
        <source>Both sides close before either has seen the other's FIN: the client passes CLOSING, and both end in TIME_WAIT.</source>
        <extracomment>simultaneous-close</extracomment>
        <translation>Both sides close before either has seen the other's FIN: the client passes CLOSING, and both end in TIME_WAIT.</translation>
    </message>
    <message>
        <source>When both applications close at about the same time, each sends its FIN before the other's has arrived. Then both are active closers and both end in TIME_WAIT: nobody passes CLOSE_WAIT or LAST_ACK. A side that receives the peer's FIN while its own FIN is still unacknowledged goes from FIN_WAIT_1 to CLOSING instead of FIN_WAIT_2, and on to TIME_WAIT when its FIN is acknowledged. On loopback a segment arrives microseconds after it is sent, so two close() calls from two threads almost never cross. FinAck makes the crossing certain: inside its private network it drops the client's first FIN. The client is in FIN_WAIT_1 with its FIN lost when the server closes, so the server's FIN reaches it first: CLOSING. About 200 ms later the client's retransmission timer sends the FIN again, and both sides end in TIME_WAIT. The textbook picture has both sides in CLOSING. Here only the client gets there. It acknowledged the server's FIN at once, so the server was already in FIN_WAIT_2 when the client's FIN came again, and even the repeated FIN carries that ACK. Both sides in CLOSING would need two FINs in flight at the same moment, each sent before the other arrived, and loopback cannot arrange that on demand.</source>
        <extracomment>simultaneous-close</extracomment>
        <translation>When both applications close at about the same time, each sends its FIN before the other's has arrived. Then both are active closers and both end in TIME_WAIT: nobody passes CLOSE_WAIT or LAST_ACK. A side that receives the peer's FIN while its own FIN is still unacknowledged goes from FIN_WAIT_1 to CLOSING instead of FIN_WAIT_2, and on to TIME_WAIT when its FIN is acknowledged. On loopback a segment arrives microseconds after it is sent, so two close() calls from two threads almost never cross. FinAck makes the crossing certain: inside its private network it drops the client's first FIN. The client is in FIN_WAIT_1 with its FIN lost when the server closes, so the server's FIN reaches it first: CLOSING. About 200 ms later the client's retransmission timer sends the FIN again, and both sides end in TIME_WAIT. The textbook picture has both sides in CLOSING. Here only the client gets there. It acknowledged the server's FIN at once, so the server was already in FIN_WAIT_2 when the client's FIN came again, and even the repeated FIN carries that ACK. Both sides in CLOSING would need two FINs in flight at the same moment, each sent before the other arrived, and loopback cannot arrange that on demand.</translation>
    </message>
    <message>
        <source>The client closes: FIN_WAIT_1. Its FIN is dropped on the way, so the server knows nothing yet, and the client's retransmission timer starts (about 200 ms on loopback). The next step comes long before it fires.</source>
        <extracomment>simultaneous-close</extracomment>
        <translation>The client closes: FIN_WAIT_1. Its FIN is dropped on the way, so the server knows nothing yet, and the client's retransmission timer starts (about 200 ms on loopback). The next step comes long before it fires.</translation>
    </message>
    <message>
        <source>The server closes too, before any FIN has reached it, so it is an active closer as well (FIN_WAIT_1). Its FIN reaches a client whose own FIN is unacknowledged: the client goes to CLOSING, not FIN_WAIT_2. The client's ACK (already numbered past its lost FIN) moves the server to FIN_WAIT_2. When the client's timer fires, its FIN comes again, now also acknowledging the server's FIN. The server acknowledges it and both sides are in TIME_WAIT.</source>
        <extracomment>simultaneous-close</extracomment>
        <translation>The server closes too, before any FIN has reached it, so it is an active closer as well (FIN_WAIT_1). Its FIN reaches a client whose own FIN is unacknowledged: the client goes to CLOSING, not FIN_WAIT_2. The client's ACK (already numbered past its lost FIN) moves the server to FIN_WAIT_2. When the client's timer fires, its FIN comes again, now also acknowledging the server's FIN. The server acknowledges it and both sides are in TIME_WAIT.</translation>
    </message>
    <message>
        <source>the client's first FIN is lost, so it is still on its way when the server closes</source>
        <extracomment>simultaneous-close</extracomment>
        <translation>the client's first FIN is lost, so it is still on its way when the server closes</translation>
    </message>
    <message>
        <source>Either side may close first, or both at once. Do not write code that assumes it is the passive side. Every side that closes before hearing a FIN pays with TIME_WAIT, and the state machine handles the crossing without help from the application.</source>
        <extracomment>simultaneous-close</extracomment>
        <translation>Either side may close first, or both at once. Do not write code that assumes it is the passive side. Every side that closes before hearing a FIN pays with TIME_WAIT, and the state machine handles the crossing without help from the application.</translation>
    </message>
    <message>
        <source>Restarting a server: TIME_WAIT, EADDRINUSE and SO_REUSEADDR</source>
        <extracomment>timewait-rebind</extracomment>
        <translation>Restarting a server: TIME_WAIT, EADDRINUSE and SO_REUSEADDR</translation>
    </message>
    <message>
        <source>After the server closes first, bind() to its port fails with EADDRINUSE. Linux allows the bind only when both the old socket and the new one have SO_REUSEADDR.</source>
        <extracomment>timewait-rebind</extracomment>
        <translation>After the server closes first, bind() to its port fails with EADDRINUSE. Linux allows the bind only when both the old socket and the new one have SO_REUSEADDR.</translation>
    </message>
    <message>
        <source>The side that closes first keeps the connection in TIME_WAIT for 60 s, and with it its local port. When that side is a server that is being restarted, its new listening socket wants the same port. bind() then fails with EADDRINUSE (98; WSAEADDRINUSE, 10048, on Windows), the 'Address already in use' of every quickly restarted server. The usual advice is to set SO_REUSEADDR on the new socket, and on this kernel that is not enough. Linux lets bind() share a port with a TIME_WAIT connection only if both sockets have SO_REUSEADDR: the new one, and the one now in TIME_WAIT, which inherited the flag from the listening socket it was accepted on. In the first half of this scenario the server's listener never had the option. bind() fails, and it fails again after SO_REUSEADDR is set on the new socket alone. The second half repeats the story with a server that sets SO_REUSEADDR on its listener before bind(), as every server should. After the same active close, a new socket without the option still fails, and one with it binds and listens while the old connection is still in TIME_WAIT. The textbook (Stevens, UNP 7.5) describes SO_REUSEADDR on the restarting server's socket as sufficient, and so does Winsock. Windows' SO_REUSEADDR goes further and even lets a socket take a port a live socket uses, which is why Windows has SO_EXCLUSIVEADDRUSE.</source>
        <extracomment>timewait-rebind</extracomment>
        <translation>The side that closes first keeps the connection in TIME_WAIT for 60 s, and with it its local port. When that side is a server that is being restarted, its new listening socket wants the same port. bind() then fails with EADDRINUSE (98; WSAEADDRINUSE, 10048, on Windows), the 'Address already in use' of every quickly restarted server. The usual advice is to set SO_REUSEADDR on the new socket, and on this kernel that is not enough. Linux lets bind() share a port with a TIME_WAIT connection only if both sockets have SO_REUSEADDR: the new one, and the one now in TIME_WAIT, which inherited the flag from the listening socket it was accepted on. In the first half of this scenario the server's listener never had the option. bind() fails, and it fails again after SO_REUSEADDR is set on the new socket alone. The second half repeats the story with a server that sets SO_REUSEADDR on its listener before bind(), as every server should. After the same active close, a new socket without the option still fails, and one with it binds and listens while the old connection is still in TIME_WAIT. The textbook (Stevens, UNP 7.5) describes SO_REUSEADDR on the restarting server's socket as sufficient, and so does Winsock. Windows' SO_REUSEADDR goes further and even lets a socket take a port a live socket uses, which is why Windows has SO_EXCLUSIVEADDRUSE.</translation>
    </message>
    <message>
        <source>The server shuts down. First it closes its listening socket (set up without SO_REUSEADDR)...</source>
        <extracomment>timewait-rebind</extracomment>
        <translation>The server shuts down. First it closes its listening socket (set up without SO_REUSEADDR)...</translation>
    </message>
    <message>
        <source>...then its connection. The server closes first, so the server is the one that will wait in TIME_WAIT.</source>
        <extracomment>timewait-rebind</extracomment>
        <translation>...then its connection. The server closes first, so the server is the one that will wait in TIME_WAIT.</translation>
    </message>
    <message>
        <source>The client sees the end of stream...</source>
        <extracomment>timewait-rebind</extracomment>
        <translation>The client sees the end of stream...</translation>
    </message>
    <message>
        <source>...and closes too. The server's end of the connection is in TIME_WAIT for 60 s, and it holds the server's port.</source>
        <extracomment>timewait-rebind</extracomment>
        <translation>...and closes too. The server's end of the connection is in TIME_WAIT for 60 s, and it holds the server's port.</translation>
    </message>
    <message>
        <source>The restarted server makes a new socket...</source>
        <extracomment>timewait-rebind</extracomment>
        <translation>The restarted server makes a new socket...</translation>
    </message>
    <message>
        <source>...and binds its old port: EADDRINUSE, although nothing listens there any more. The TIME_WAIT connection still uses the port.</source>
        <extracomment>timewait-rebind</extracomment>
        <translation>...and binds its old port: EADDRINUSE, although nothing listens there any more. The TIME_WAIT connection still uses the port.</translation>
    </message>
    <message>
        <source>The usual advice: SO_REUSEADDR on the new socket.</source>
        <extracomment>timewait-rebind</extracomment>
        <translation>The usual advice: SO_REUSEADDR on the new socket.</translation>
    </message>
    <message>
        <source>Still EADDRINUSE on Linux: the socket in TIME_WAIT never had SO_REUSEADDR, and Linux wants it on both.</source>
        <extracomment>timewait-rebind</extracomment>
        <translation>Still EADDRINUSE on Linux: the socket in TIME_WAIT never had SO_REUSEADDR, and Linux wants it on both.</translation>
    </message>
    <message>
        <source>This server cannot get its port back for about a minute.</source>
        <extracomment>timewait-rebind</extracomment>
        <translation>This server cannot get its port back for about a minute.</translation>
    </message>
    <message>
        <source>Second run: a server written the robust way.</source>
        <extracomment>timewait-rebind</extracomment>
        <translation>Second run: a server written the robust way.</translation>
    </message>
    <message>
        <source>SO_REUSEADDR on the listening socket, before bind(): every socket accept() returns inherits it.</source>
        <extracomment>timewait-rebind</extracomment>
        <translation>SO_REUSEADDR on the listening socket, before bind(): every socket accept() returns inherits it.</translation>
    </message>
    <message>
        <source>A new port for the second run.</source>
        <extracomment>timewait-rebind</extracomment>
        <translation>A new port for the second run.</translation>
    </message>
    <message>
        <source>LISTEN on the new port.</source>
        <extracomment>timewait-rebind</extracomment>
        <translation>LISTEN on the new port.</translation>
    </message>
    <message>
        <source>A new client socket.</source>
        <extracomment>timewait-rebind</extracomment>
        <translation>A new client socket.</translation>
    </message>
    <message>
        <source>A client connects to the second server.</source>
        <extracomment>timewait-rebind</extracomment>
        <translation>A client connects to the second server.</translation>
    </message>
    <message>
        <source>The accepted socket inherits SO_REUSEADDR from the listener.</source>
        <extracomment>timewait-rebind</extracomment>
        <translation>The accepted socket inherits SO_REUSEADDR from the listener.</translation>
    </message>
    <message>
        <source>The server shuts down the same way: listener first...</source>
        <extracomment>timewait-rebind</extracomment>
        <translation>The server shuts down the same way: listener first...</translation>
    </message>
    <message>
        <source>...then the connection, closing first again.</source>
        <extracomment>timewait-rebind</extracomment>
        <translation>...then the connection, closing first again.</translation>
    </message>
    <message>
        <source>The client sees the end of stream.</source>
        <extracomment>timewait-rebind</extracomment>
        <translation>The client sees the end of stream.</translation>
    </message>
    <message>
        <source>The server's end is in TIME_WAIT again, this time with SO_REUSEADDR.</source>
        <extracomment>timewait-rebind</extracomment>
        <translation>The server's end is in TIME_WAIT again, this time with SO_REUSEADDR.</translation>
    </message>
    <message>
        <source>The restart.</source>
        <extracomment>timewait-rebind</extracomment>
        <translation>The restart.</translation>
    </message>
    <message>
        <source>Without the option on the new socket: EADDRINUSE. The flag on the old socket alone is not enough either.</source>
        <extracomment>timewait-rebind</extracomment>
        <translation>Without the option on the new socket: EADDRINUSE. The flag on the old socket alone is not enough either.</translation>
    </message>
    <message>
        <source>SO_REUSEADDR on the new socket too.</source>
        <extracomment>timewait-rebind</extracomment>
        <translation>SO_REUSEADDR on the new socket too.</translation>
    </message>
    <message>
        <source>Both sockets have SO_REUSEADDR: bind() succeeds while the old connection is still in TIME_WAIT.</source>
        <extracomment>timewait-rebind</extracomment>
        <translation>Both sockets have SO_REUSEADDR: bind() succeeds while the old connection is still in TIME_WAIT.</translation>
    </message>
    <message>
        <source>The server is back on its port, next to its own TIME_WAIT connection.</source>
        <extracomment>timewait-rebind</extracomment>
        <translation>The server is back on its port, next to its own TIME_WAIT connection.</translation>
    </message>
    <message>
        <source>Closing a listener with no connection waiting sends nothing.</source>
        <extracomment>timewait-rebind</extracomment>
        <translation>Closing a listener with no connection waiting sends nothing.</translation>
    </message>
    <message>
        <source>A server sets SO_REUSEADDR on its listening socket before bind(), every time it starts. The sockets it accepts then carry the flag into TIME_WAIT, and the next instance can bind at once. Do not try to shorten or avoid TIME_WAIT instead.</source>
        <extracomment>timewait-rebind</extracomment>
        <translation>A server sets SO_REUSEADDR on its listening socket before bind(), every time it starts. The sockets it accepts then carry the flag into TIME_WAIT, and the next instance can bind at once. Do not try to shorten or avoid TIME_WAIT instead.</translation>
    </message>
    <message>
        <source>close() with unread data sends RST</source>
        <extracomment>unread-data-rst</extracomment>
        <translation>close() with unread data sends RST</translation>
    </message>
    <message>
        <source>The server closes without reading what arrived: an RST instead of a FIN, and the client gets ECONNRESET.</source>
        <extracomment>unread-data-rst</extracomment>
        <translation>The server closes without reading what arrived: an RST instead of a FIN, and the client gets ECONNRESET.</translation>
    </message>
    <message>
        <source>When close() finds unread data in the socket's receive buffer, the kernel cannot pretend the data was handled: RFC 2525 (section 2.17) says to answer with RST, and Linux does. The connection ends at once on both sides - no FIN_WAIT, no TIME_WAIT - and the client's next recv() fails with ECONNRESET (104; a Windows program sees WSAECONNRESET, 10054). This is the classic 'connection reset by peer' of a server that closes before reading the whole request.</source>
        <extracomment>unread-data-rst</extracomment>
        <translation>When close() finds unread data in the socket's receive buffer, the kernel cannot pretend the data was handled: RFC 2525 (section 2.17) says to answer with RST, and Linux does. The connection ends at once on both sides - no FIN_WAIT, no TIME_WAIT - and the client's next recv() fails with ECONNRESET (104; a Windows program sees WSAECONNRESET, 10054). This is the classic 'connection reset by peer' of a server that closes before reading the whole request.</translation>
    </message>
    <message>
        <source>The client sends; the server never reads it.</source>
        <extracomment>unread-data-rst</extracomment>
        <translation>The client sends; the server never reads it.</translation>
    </message>
    <message>
        <source>close() with 5 unread bytes in the receive buffer: the kernel sends RST, not FIN.</source>
        <extracomment>unread-data-rst</extracomment>
        <translation>close() with 5 unread bytes in the receive buffer: the kernel sends RST, not FIN.</translation>
    </message>
    <message>
        <source>The client's next recv() fails: ECONNRESET.</source>
        <extracomment>unread-data-rst</extracomment>
        <translation>The client's next recv() fails: ECONNRESET.</translation>
    </message>
    <message>
        <source>Nothing left to close on the wire: the RST already ended the connection.</source>
        <extracomment>unread-data-rst</extracomment>
        <translation>Nothing left to close on the wire: the RST already ended the connection.</translation>
    </message>
    <message>
        <source>Read everything the peer sent (until recv() returns 0) before close(); otherwise the kernel resets the connection and the peer may lose data it already sent you.</source>
        <extracomment>unread-data-rst</extracomment>
        <translation>Read everything the peer sent (until recv() returns 0) before close(); otherwise the kernel resets the connection and the peer may lose data it already sent you.</translation>
    </message>
    <message>
        <source>An option the stack does not know: ENOPROTOOPT</source>
        <extracomment>unsupported-option</extracomment>
        <translation>An option the stack does not know: ENOPROTOOPT</translation>
    </message>
    <message>
        <source>getsockopt() and setsockopt() with an option number the kernel does not implement fail with ENOPROTOOPT; the connection carries on untouched.</source>
        <extracomment>unsupported-option</extracomment>
        <translation>getsockopt() and setsockopt() with an option number the kernel does not implement fail with ENOPROTOOPT; the connection carries on untouched.</translation>
    </message>
    <message>
        <source>A socket option is named by two numbers: a level (1 is SOL_SOCKET on Linux, 6 is IPPROTO_TCP) and an option number within that level. When the kernel implements no option with that number at that level, getsockopt() and setsockopt() fail with ENOPROTOOPT (92, 'Protocol not available'; Windows: WSAENOPROTOOPT, 10042) and nothing else happens. Article 003 lists ENOPROTOOPT among the connection errors, but it is of another kind: a programming or portability error, not news about the connection - the data and the graceful close that follow here are perfectly ordinary, with no RST. It typically comes from a program built against newer headers than the running kernel (an option added later), or from a constant copied from another system: option numbers are not portable - TCP_NODELAY happens to be 1 on Linux and on Windows, but TCP_KEEPINTVL is 5 on Linux and 17 on Windows, and SOL_SOCKET is 1 on Linux and 0xffff on Windows. Here option 200 at level 6 and at level 1 exists on neither.</source>
        <extracomment>unsupported-option</extracomment>
        <translation>A socket option is named by two numbers: a level (1 is SOL_SOCKET on Linux, 6 is IPPROTO_TCP) and an option number within that level. When the kernel implements no option with that number at that level, getsockopt() and setsockopt() fail with ENOPROTOOPT (92, 'Protocol not available'; Windows: WSAENOPROTOOPT, 10042) and nothing else happens. Article 003 lists ENOPROTOOPT among the connection errors, but it is of another kind: a programming or portability error, not news about the connection - the data and the graceful close that follow here are perfectly ordinary, with no RST. It typically comes from a program built against newer headers than the running kernel (an option added later), or from a constant copied from another system: option numbers are not portable - TCP_NODELAY happens to be 1 on Linux and on Windows, but TCP_KEEPINTVL is 5 on Linux and 17 on Windows, and SOL_SOCKET is 1 on Linux and 0xffff on Windows. Here option 200 at level 6 and at level 1 exists on neither.</translation>
    </message>
    <message>
        <source>Level 6 is IPPROTO_TCP; Linux's TCP has no option 200: ENOPROTOOPT.</source>
        <extracomment>unsupported-option</extracomment>
        <translation>Level 6 is IPPROTO_TCP; Linux's TCP has no option 200: ENOPROTOOPT.</translation>
    </message>
    <message>
        <source>Setting it fails the same way, and changes nothing.</source>
        <extracomment>unsupported-option</extracomment>
        <translation>Setting it fails the same way, and changes nothing.</translation>
    </message>
    <message>
        <source>Level 1 is SOL_SOCKET on Linux (on Windows SOL_SOCKET is 0xffff); no option 200 there either: ENOPROTOOPT.</source>
        <extracomment>unsupported-option</extracomment>
        <translation>Level 1 is SOL_SOCKET on Linux (on Windows SOL_SOCKET is 0xffff); no option 200 there either: ENOPROTOOPT.</translation>
    </message>
    <message>
        <source>Option 1 at level 6 is TCP_NODELAY: a number the kernel knows, and the same call succeeds.</source>
        <extracomment>unsupported-option</extracomment>
        <translation>Option 1 at level 6 is TCP_NODELAY: a number the kernel knows, and the same call succeeds.</translation>
    </message>
    <message>
        <source>The failed calls did not touch the connection: data flows as before.</source>
        <extracomment>unsupported-option</extracomment>
        <translation>The failed calls did not touch the connection: data flows as before.</translation>
    </message>
    <message>
        <source>An ordinary graceful close: the client's FIN.</source>
        <extracomment>unsupported-option</extracomment>
        <translation>An ordinary graceful close: the client's FIN.</translation>
    </message>
    <message>
        <source>recv() returns 0: end of stream.</source>
        <extracomment>unsupported-option</extracomment>
        <translation>recv() returns 0: end of stream.</translation>
    </message>
    <message>
        <source>The server's FIN; the client acknowledges it from TIME_WAIT. No RST anywhere.</source>
        <extracomment>unsupported-option</extracomment>
        <translation>The server's FIN; the client acknowledges it from TIME_WAIT. No RST anywhere.</translation>
    </message>
    <message>
        <source>Check the return value of every setsockopt(), and treat ENOPROTOOPT as 'this system does not offer that option': fall back or report it, but do not close the connection over it. Use the named constants from the system's own headers, never numbers copied from another platform.</source>
        <extracomment>unsupported-option</extracomment>
        <translation>Check the return value of every setsockopt(), and treat ENOPROTOOPT as 'this system does not offer that option': fall back or report it, but do not close the connection over it. Use the named constants from the system's own headers, never numbers copied from another platform.</translation>
    </message>
    <message>
        <source>Writing after the peer closed: RST, then 0 on Linux, 10053 on Windows</source>
        <extracomment>write-after-peer-close</extracomment>
        <translation>Writing after the peer closed: RST, then 0 on Linux, 10053 on Windows</translation>
    </message>
    <message>
        <source>The client sends again after the server has closed: send() succeeds, the server's kernel answers with RST, and the next recv() returns 0 on Linux where Windows reports WSAECONNABORTED (10053).</source>
        <extracomment>write-after-peer-close</extracomment>
        <translation>The client sends again after the server has closed: send() succeeds, the server's kernel answers with RST, and the next recv() returns 0 on Linux where Windows reports WSAECONNABORTED (10053).</translation>
    </message>
    <message>
        <source>This is the program of course article 000, which reproduces 10053 on Windows. The server reads the request, answers and closes; its FIN arrives behind the answer. The client reads the answer but does not look further, so it has not noticed the FIN, and sends again. That send() succeeds - it only copies into the send buffer, and a connection in CLOSE_WAIT may still send. At the server the data meets a socket whose program has closed it: nobody can ever read it, so the kernel discards the connection and answers with RST. What the client's next recv() reports is the operating system's choice: Linux returns 0, end of stream, because the FIN came before the RST and is reported first (exactly the 'server terminated prematurely' case of Stevens's UNP, 5.12); the RST's error comes out on the next send() as EPIPE. Windows reports WSAECONNABORTED (10053, 'software caused connection abort') on that recv(), as the article measured. The article's server sets SO_LINGER {1, 30}, and the forum answer guesses that this is why an RST appears; FinAck keeps the option to show that it is not: close() with a non-zero linger time still sends FIN and only waits until it is acknowledged (here for the client's delayed ACK). The RST comes later, from the client's second send.</source>
        <extracomment>write-after-peer-close</extracomment>
        <translation>This is the program of course article 000, which reproduces 10053 on Windows. The server reads the request, answers and closes; its FIN arrives behind the answer. The client reads the answer but does not look further, so it has not noticed the FIN, and sends again. That send() succeeds - it only copies into the send buffer, and a connection in CLOSE_WAIT may still send. At the server the data meets a socket whose program has closed it: nobody can ever read it, so the kernel discards the connection and answers with RST. What the client's next recv() reports is the operating system's choice: Linux returns 0, end of stream, because the FIN came before the RST and is reported first (exactly the 'server terminated prematurely' case of Stevens's UNP, 5.12); the RST's error comes out on the next send() as EPIPE. Windows reports WSAECONNABORTED (10053, 'software caused connection abort') on that recv(), as the article measured. The article's server sets SO_LINGER {1, 30}, and the forum answer guesses that this is why an RST appears; FinAck keeps the option to show that it is not: close() with a non-zero linger time still sends FIN and only waits until it is acknowledged (here for the client's delayed ACK). The RST comes later, from the client's second send.</translation>
    </message>
    <message>
        <source>As in the article's server: SO_LINGER {1, 30}. It only makes close() wait, up to 30 s, until what is queued has been sent and acknowledged. It does not make close() send RST.</source>
        <extracomment>write-after-peer-close</extracomment>
        <translation>As in the article's server: SO_LINGER {1, 30}. It only makes close() wait, up to 30 s, until what is queued has been sent and acknowledged. It does not make close() send RST.</translation>
    </message>
    <message>
        <source>The client sends its request.</source>
        <extracomment>write-after-peer-close</extracomment>
        <translation>The client sends its request.</translation>
    </message>
    <message>
        <source>The server reads it: nothing is left unread.</source>
        <extracomment>write-after-peer-close</extracomment>
        <translation>The server reads it: nothing is left unread.</translation>
    </message>
    <message>
        <source>...and closes: a FIN, behind the answer. Because of the linger, close() waits until the FIN is acknowledged - a few tens of milliseconds, the client's delayed ACK - then returns 0. The server's end is in FIN_WAIT_2 with no descriptor left: an orphan. The client is in CLOSE_WAIT.</source>
        <extracomment>write-after-peer-close</extracomment>
        <translation>...and closes: a FIN, behind the answer. Because of the linger, close() waits until the FIN is acknowledged - a few tens of milliseconds, the client's delayed ACK - then returns 0. The server's end is in FIN_WAIT_2 with no descriptor left: an orphan. The client is in CLOSE_WAIT.</translation>
    </message>
    <message>
        <source>The client reads the answer, which came before the FIN. It does not call recv() again, so it does not notice the FIN.</source>
        <extracomment>write-after-peer-close</extracomment>
        <translation>The client reads the answer, which came before the FIN. It does not call recv() again, so it does not notice the FIN.</translation>
    </message>
    <message>
        <source>The second send() succeeds: the data is only queued, and CLOSE_WAIT may still send. It reaches a socket whose program has closed it, so the server's kernel answers with RST - the rule: data for a closed (orphaned) socket can never be delivered, and the connection is aborted (Linux counts it as TCPAbortOnData). Both ends are now CLOSED; the client's 13 unacknowledged bytes are thrown away.</source>
        <extracomment>write-after-peer-close</extracomment>
        <translation>The second send() succeeds: the data is only queued, and CLOSE_WAIT may still send. It reaches a socket whose program has closed it, so the server's kernel answers with RST - the rule: data for a closed (orphaned) socket can never be delivered, and the connection is aborted (Linux counts it as TCPAbortOnData). Both ends are now CLOSED; the client's 13 unacknowledged bytes are thrown away.</translation>
    </message>
    <message>
        <source>Linux returns 0: the FIN came first and end of stream is reported before the reset. Windows reports WSAECONNABORTED (10053) here - the article's error.</source>
        <extracomment>write-after-peer-close</extracomment>
        <translation>Linux returns 0: the FIN came first and end of stream is reported before the reset. Windows reports WSAECONNABORTED (10053) here - the article's error.</translation>
    </message>
    <message>
        <source>The reset's error surfaces now: EPIPE, broken pipe (without MSG_NOSIGNAL, SIGPIPE would kill the process - article 003).</source>
        <extracomment>write-after-peer-close</extracomment>
        <translation>The reset's error surfaces now: EPIPE, broken pipe (without MSG_NOSIGNAL, SIGPIPE would kill the process - article 003).</translation>
    </message>
    <message>
        <source>Only the descriptor is left: nothing goes on the wire.</source>
        <extracomment>write-after-peer-close</extracomment>
        <translation>Only the descriptor is left: nothing goes on the wire.</translation>
    </message>
    <message>
        <source>A successful send() proves nothing about the peer. Read until recv() returns 0 before sending more, and treat 0, ECONNRESET, EPIPE and (on Windows) 10053 alike: the peer is gone. Better still, design the protocol so each side knows when the other will close (shutdown(SHUT_WR), read until 0, then close).</source>
        <extracomment>write-after-peer-close</extracomment>
        <translation>A successful send() proves nothing about the peer. Read until recv() returns 0 before sending more, and treat 0, ECONNRESET, EPIPE and (on Windows) 10053 alike: the peer is gone. Better still, design the protocol so each side knows when the other will close (shutdown(SHUT_WR), read until 0, then close).</translation>
    </message>
    <message>
        <source>ETIMEDOUT from a live peer: TCP_USER_TIMEOUT and the zero window</source>
        <extracomment>zero-window-timeout</extracomment>
        <translation>ETIMEDOUT from a live peer: TCP_USER_TIMEOUT and the zero window</translation>
    </message>
    <message>
        <source>The server is alive but stops reading. With TCP_USER_TIMEOUT the client's kernel gives up probing the zero window, and the client gets ETIMEDOUT, with no fault and no privileges.</source>
        <extracomment>zero-window-timeout</extracomment>
        <translation>The server is alive but stops reading. With TCP_USER_TIMEOUT the client's kernel gives up probing the zero window, and the client gets ETIMEDOUT, with no fault and no privileges.</translation>
    </message>
    <message>
        <source>ETIMEDOUT usually means a peer that vanished (see peer-vanished), but a live peer that stops reading can cause it too. The server's small receive buffer fills, it advertises a zero window, and the client's remaining data cannot be sent. The client's kernel sends zero-window probes, and the server answers them with window 0. One probe goes unanswered, because Linux answers out-of-window segments at most once every 500 ms (tcp_invalid_ratelimit). RFC 1122 says a sender must go on probing for as long as the receiver answers, and without TCP_USER_TIMEOUT Linux does so, indefinitely. With TCP_USER_TIMEOUT set (1000 ms here), Linux (since 5.11) measures the time since the first probe and aborts the connection when it exceeds the timeout, whether the probes were answered or not. About 1.2 s after the window closed, the client's blocked recv() fails with ETIMEDOUT (110; WSAETIMEDOUT, 10060, on Windows). The abort sends nothing, so the server still believes the connection is ESTABLISHED. It learns otherwise only when it reads. Its window update reaches a client port that no longer has a connection, the client's kernel answers with RST, and the server's next recv() fails with ECONNRESET. The 2 KiB that never left the client are lost. By the textbook, and on Linux before 5.11, the connection would stay up: recv() would still be blocked when FinAck's 5 s step timeout interrupts it (EINTR), and the server would get all 6144 bytes once it reads.</source>
        <extracomment>zero-window-timeout</extracomment>
        <translation>ETIMEDOUT usually means a peer that vanished (see peer-vanished), but a live peer that stops reading can cause it too. The server's small receive buffer fills, it advertises a zero window, and the client's remaining data cannot be sent. The client's kernel sends zero-window probes, and the server answers them with window 0. One probe goes unanswered, because Linux answers out-of-window segments at most once every 500 ms (tcp_invalid_ratelimit). RFC 1122 says a sender must go on probing for as long as the receiver answers, and without TCP_USER_TIMEOUT Linux does so, indefinitely. With TCP_USER_TIMEOUT set (1000 ms here), Linux (since 5.11) measures the time since the first probe and aborts the connection when it exceeds the timeout, whether the probes were answered or not. About 1.2 s after the window closed, the client's blocked recv() fails with ETIMEDOUT (110; WSAETIMEDOUT, 10060, on Windows). The abort sends nothing, so the server still believes the connection is ESTABLISHED. It learns otherwise only when it reads. Its window update reaches a client port that no longer has a connection, the client's kernel answers with RST, and the server's next recv() fails with ECONNRESET. The 2 KiB that never left the client are lost. By the textbook, and on Linux before 5.11, the connection would stay up: recv() would still be blocked when FinAck's 5 s step timeout interrupts it (EINTR), and the server would get all 6144 bytes once it reads.</translation>
    </message>
    <message>
        <source>Give up when data has been stuck for 1000 ms. The default is about 15 minutes for unacknowledged data, and forever for a zero window that is answered.</source>
        <extracomment>zero-window-timeout</extracomment>
        <translation>Give up when data has been stuck for 1000 ms. The default is about 15 minutes for unacknowledged data, and forever for a zero window that is answered.</translation>
    </message>
    <message>
        <source>A non-blocking send() takes 6 KiB. 4 KiB fill the server's buffer, the server advertises window 0, and 2 KiB wait in the client's send queue. The server is alive, but it does not read.</source>
        <extracomment>zero-window-timeout</extracomment>
        <translation>A non-blocking send() takes 6 KiB. 4 KiB fill the server's buffer, the server advertises window 0, and 2 KiB wait in the client's send queue. The server is alive, but it does not read.</translation>
    </message>
    <message>
        <source>The client waits for an answer, and recv() blocks. Its kernel probes the zero window about 200 ms after it closed and again about 400 ms later, and the server answers the first probe with window 0. About 1 s after the first probe the kernel aborts the connection, and recv() fails with ETIMEDOUT. Nothing goes on the wire: no FIN, no RST.</source>
        <extracomment>zero-window-timeout</extracomment>
        <translation>The client waits for an answer, and recv() blocks. Its kernel probes the zero window about 200 ms after it closed and again about 400 ms later, and the server answers the first probe with window 0. About 1 s after the first probe the kernel aborts the connection, and recv() fails with ETIMEDOUT. Nothing goes on the wire: no FIN, no RST.</translation>
    </message>
    <message>
        <source>The server, still ESTABLISHED, finally reads its 4096 bytes. Its window update reaches a client port whose connection is gone, and the client's kernel answers with RST (a segment for a connection that no longer exists).</source>
        <extracomment>zero-window-timeout</extracomment>
        <translation>The server, still ESTABLISHED, finally reads its 4096 bytes. Its window update reaches a client port whose connection is gone, and the client's kernel answers with RST (a segment for a connection that no longer exists).</translation>
    </message>
    <message>
        <source>Only now does the server learn of the end: ECONNRESET. The client's last 2 KiB never arrive.</source>
        <extracomment>zero-window-timeout</extracomment>
        <translation>Only now does the server learn of the end: ECONNRESET. The client's last 2 KiB never arrive.</translation>
    </message>
    <message>
        <source>Nothing left on the wire.</source>
        <extracomment>zero-window-timeout</extracomment>
        <translation>Nothing left on the wire.</translation>
    </message>
    <message>
        <source>Only the descriptor is left to release: the connection ended when the kernel gave up.</source>
        <extracomment>zero-window-timeout</extracomment>
        <translation>Only the descriptor is left to release: the connection ended when the kernel gave up.</translation>
    </message>
    <message>
        <source>TCP_USER_TIMEOUT bounds how long your data may stay stuck, whether behind a dead network or behind a peer that does not read. Set it (or an application timeout) where a stalled peer must not stall you. Expect ETIMEDOUT on your next call, and expect the peer to hear nothing until it sends.</source>
        <extracomment>zero-window-timeout</extracomment>
        <translation>TCP_USER_TIMEOUT bounds how long your data may stay stuck, whether behind a dead network or behind a peer that does not read. Set it (or an application timeout) where a stalled peer must not stall you. Expect ETIMEDOUT on your next call, and expect the peer to hear nothing until it sends.</translation>
    </message>
    <message>
        <source>A SYN that arrives at a port with no listening socket belongs to no connection, and TCP answers such a segment with RST (RFC 9293, 3.10.7.1: a segment arriving for a connection in state CLOSED). Because the SYN carried no ACK, the RST acknowledges the SYN, so the client can tell it is the answer to its own attempt. The client's kernel turns that RST into ECONNREFUSED (111; Windows: WSAECONNREFUSED, 10061) and connect() returns at once - on loopback in well under a millisecond, no timeout involved. To have a port where surely nobody listens, the server binds a socket to a free port and never calls listen() on it: the port stays taken for the whole scenario, so no other program can start listening there in between, and a socket that is bound but not listening takes no connections - the kernel finds no socket for the SYN and resets it, exactly as for a port nobody uses. ECONNREFUSED therefore means: the host answered, but no program listens on that port (or a firewall rejects with RST on its behalf). A host that is down, or a firewall that silently drops the SYN, sends nothing back: connect() then retransmits the SYN for a long time and finally fails with ETIMEDOUT. Windows, by default, tries the SYN again after such an RST, so the same refused connect() takes about two seconds there.</source>
        <extracomment>connect-refused</extracomment>
        <translation>A SYN that arrives at a port with no listening socket belongs to no connection, and TCP answers such a segment with RST (RFC 9293, 3.10.7.1: a segment arriving for a connection in state CLOSED). Because the SYN carried no ACK, the RST acknowledges the SYN, so the client can tell it is the answer to its own attempt. The client's kernel turns that RST into ECONNREFUSED (111; Windows: WSAECONNREFUSED, 10061) and connect() returns at once - on loopback in well under a millisecond, no timeout involved. To have a port where surely nobody listens, the server binds a socket to a free port and never calls listen() on it: the port stays taken for the whole scenario, so no other program can start listening there in between, and a socket that is bound but not listening takes no connections - the kernel finds no socket for the SYN and resets it, exactly as for a port nobody uses. ECONNREFUSED therefore means: the host answered, but no program listens on that port (or a firewall rejects with RST on its behalf). A host that is down, or a firewall that silently drops the SYN, sends nothing back: connect() then retransmits the SYN for a long time and finally fails with ETIMEDOUT. Windows, by default, tries the SYN again after such an RST, so the same refused connect() takes about two seconds there.</translation>
    </message>
    <message>
        <source>This socket only holds a port: it will never listen.</source>
        <extracomment>connect-refused</extracomment>
        <translation>This socket only holds a port: it will never listen.</translation>
    </message>
    <message>
        <source>127.0.0.1, any free port; FinAck remembers the port it got. The socket keeps the port taken, so no other program can listen on it while the scenario runs.</source>
        <extracomment>connect-refused</extracomment>
        <translation>127.0.0.1, any free port; FinAck remembers the port it got. The socket keeps the port taken, so no other program can listen on it while the scenario runs.</translation>
    </message>
    <message>
        <source>The SYN reaches a port without a listener - the server's socket is bound there but never called listen(), so it takes no connections - and the server host's kernel answers with RST|ACK - the rule: a segment for which no socket exists is answered with a reset (RFC 9293, state CLOSED). connect() fails at once: ECONNREFUSED.</source>
        <extracomment>connect-refused</extracomment>
        <translation>The SYN reaches a port without a listener - the server's socket is bound there but never called listen(), so it takes no connections - and the server host's kernel answers with RST|ACK - the rule: a segment for which no socket exists is answered with a reset (RFC 9293, state CLOSED). connect() fails at once: ECONNREFUSED.</translation>
    </message>
    <message>
        <source>The port is given back.</source>
        <extracomment>connect-refused</extracomment>
        <translation>The port is given back.</translation>
    </message>
</context>
<context>
    <name>ScenarioLoader</name>
    <message>
        <source>a descriptor name: 1 to 32 letters, digits, _ or -, starting with a letter or _</source>
        <extracomment>what the fd and as fields take: a name such as sock or conn2</extracomment>
        <translation>a descriptor name: 1 to 32 letters, digits, _ or -, starting with a letter or _</translation>
    </message>
    <message>
        <source>a non-empty array of flag names</source>
        <translation>a non-empty array of flag names</translation>
    </message>
    <message>
        <source>SO_LINGER, SO_REUSEADDR, SO_RCVBUF, SO_SNDBUF, SO_ERROR, TCP_NODELAY, TCP_USER_TIMEOUT or {"level": N, "option": N}</source>
        <translation>SO_LINGER, SO_REUSEADDR, SO_RCVBUF, SO_SNDBUF, SO_ERROR, TCP_NODELAY, TCP_USER_TIMEOUT or {"level": N, "option": N}</translation>
    </message>
    <message>
        <source>expected both "level" and "option" numbers</source>
        <extracomment>"level" and "option" are JSON keys: keep them</extracomment>
        <translation>expected both "level" and "option" numbers</translation>
    </message>
    <message>
        <source>an option name or {"level": N, "option": N}</source>
        <translation>an option name or {"level": N, "option": N}</translation>
    </message>
    <message>
        <source>a name for the copy</source>
        <translation>a name for the copy</translation>
    </message>
    <message>
        <source>expected 1 to %1 bytes in all (data × repeat)</source>
        <extracomment>data and repeat are JSON keys: keep them</extracomment>
        <translation>expected 1 to %1 bytes in all (data × repeat)</translation>
    </message>
    <message>
        <source>the index of an author step</source>
        <translation>the index of an author step</translation>
    </message>
    <message>
        <source>expected "client" or "server" as the key</source>
        <extracomment>"client" and "server" are JSON keys here: keep them</extracomment>
        <translation>expected "client" or "server" as the key</translation>
    </message>
    <message>
        <source>expected a descriptor an earlier step of the %1 made (none yet: socket, accept and dup make them), got "%2"</source>
        <extracomment>%1 "client" or "server", %2 the name; socket, accept and dup are calls: keep them</extracomment>
        <translation>expected a descriptor an earlier step of the %1 made (none yet: socket, accept and dup make them), got "%2"</translation>
    </message>
    <message>
        <source>expected a descriptor an earlier step of the %1 made (%2), got "%3"</source>
        <extracomment>%1 "client" or "server", %2 the names made so far ("sock, sock2"), %3 the name</extracomment>
        <translation>expected a descriptor an earlier step of the %1 made (%2), got "%3"</translation>
    </message>
    <message>
        <source>lowercase letters, digits and dashes</source>
        <translation>lowercase letters, digits and dashes</translation>
    </message>
    <message>
        <source>expected 1 to %1 steps, got %2</source>
        <translation>expected 1 to %1 steps, got %2</translation>
    </message>
    <message>
        <source>expected at most %1 bytes sent by all steps together (data × repeat), got %2 by this step</source>
        <extracomment>data and repeat are JSON keys: keep them</extracomment>
        <translation>expected at most %1 bytes sent by all steps together (data × repeat), got %2 by this step</translation>
    </message>
    <message>
        <source>expected a platform: linux, windows or textbook</source>
        <extracomment>linux, windows and textbook are JSON keys: keep them</extracomment>
        <translation>expected a platform: linux, windows or textbook</translation>
    </message>
    <message numerus="yes">
        <source>step %1 does not exist (the scenario has %n steps)</source>
        <translation>
            <numerusform>step %1 does not exist (the scenario has %n steps)</numerusform>
            <numerusform>step %1 does not exist (the scenario has %n steps)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: cannot open: %2</translation>
    </message>
    <message>
        <source>%1: more than %2 bytes, expected a scenario of at most 16 MiB</source>
        <extracomment>%1 the file, %2 a number of bytes</extracomment>
        <translation>%1: more than %2 bytes, expected a scenario of at most 16 MiB</translation>
    </message>
    <message>
        <source>%1: %2 bytes, expected a scenario of at most 16 MiB</source>
        <extracomment>%1 the file, %2 its size in bytes</extracomment>
        <translation>%1: %2 bytes, expected a scenario of at most 16 MiB</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: cannot read: %2</translation>
    </message>
    <message>
        <source>a FinAck scenario</source>
        <extracomment>what an empty file should have been: "the file is empty, expected a FinAck scenario (JSON)"</extracomment>
        <translation>a FinAck scenario</translation>
    </message>
    <message>
        <source>%1: no built-in scenario has this id (finack list shows them)</source>
        <translation>%1: no built-in scenario has this id (finack list shows them)</translation>
    </message>
    <message>
        <source>expected a port an earlier bind of this scenario names, or "server" or "client" (a scenario connects only to its own sockets, never to other programs on this computer), got %1</source>
        <extracomment>"port", "server" and bind are JSON keys, values and calls: keep them. %1 the port number</extracomment>
        <translation>expected a port an earlier bind of this scenario names, or "server" or "client" (a scenario connects only to its own sockets, never to other programs on this computer), got %1</translation>
    </message>
</context>
<context>
    <name>SequenceRenderer</name>
    <message>
        <source>end of stream</source>
        <translation>end of stream</translation>
    </message>
    <message>
        <source>  dropped</source>
        <translation>  dropped</translation>
    </message>
    <message>
        <source>SYN: opens</source>
        <translation>SYN: opens</translation>
    </message>
    <message>
        <source>FIN: no more data from this side</source>
        <translation>FIN: no more data from this side</translation>
    </message>
    <message>
        <source>RST: connection reset</source>
        <translation>RST: connection reset</translation>
    </message>
    <message>
        <source>data</source>
        <translation>data</translation>
    </message>
    <message>
        <source>ACK only</source>
        <translation>ACK only</translation>
    </message>
    <message>
        <source>dashed: inferred, not captured</source>
        <translation>dashed: inferred, not captured</translation>
    </message>
    <message>
        <source>cross: dropped by a fault</source>
        <translation>cross: dropped by a fault</translation>
    </message>
    <message>
        <source>state read from the kernel</source>
        <translation>state read from the kernel</translation>
    </message>
    <message>
        <source>broken strip: state derived from segments</source>
        <translation>broken strip: state derived from segments</translation>
    </message>
    <message>
        <source>segments captured</source>
        <translation>segments captured</translation>
    </message>
    <message>
        <source>segments inferred (dashed)</source>
        <translation>segments inferred (dashed)</translation>
    </message>
    <message>
        <source>%1 s left</source>
        <translation>%1 s left</translation>
    </message>
    <message>
        <source>Nothing recorded yet</source>
        <translation>Nothing recorded yet</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>event loop</source>
        <translation>event loop</translation>
    </message>
    <message>
        <source>in %1()</source>
        <translation>in %1()</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Client (QTcpSocket)</source>
        <translation>Client (QTcpSocket)</translation>
    </message>
    <message>
        <source>paused %1 s</source>
        <extracomment>a break in the true-time diagram where the wait for the next step was taken out</extracomment>
        <translation>paused %1 s</translation>
    </message>
    <message>
        <source>paused %1 ms</source>
        <extracomment>the same, for a wait under a second</extracomment>
        <translation>paused %1 ms</translation>
    </message>
</context>
<context>
    <name>TraceComparison</name>
    <message>
        <source>nothing</source>
        <extracomment>a void Qt call (close()) that reported no error: it returned nothing</extracomment>
        <translation>nothing</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>no segment went on the wire during the step</extracomment>
        <translation>none</translation>
    </message>
    <message>
        <source>%1→%2 %3</source>
        <extracomment>one segment: %1 its sender, %2 its receiver (client/server), %3 its flags ("FIN ACK"); keep the arrow</extracomment>
        <translation>%1→%2 %3</translation>
    </message>
    <message>
        <source>%1 (dropped)</source>
        <extracomment>a segment a fault removed: %1 the segment ("client→server FIN ACK")</extracomment>
        <translation>%1 (dropped)</translation>
    </message>
    <message>
        <source>captured</source>
        <extracomment>segments seen on the wire by the capture</extracomment>
        <translation>captured</translation>
    </message>
    <message>
        <source>inferred</source>
        <extracomment>segments worked out from the state changes, no capture</extracomment>
        <translation>inferred</translation>
    </message>
    <message>
        <source>partly inferred</source>
        <translation>partly inferred</translation>
    </message>
    <message>
        <source>no state yet</source>
        <translation>no state yet</translation>
    </message>
    <message>
        <source>stayed in %1</source>
        <extracomment>the side's state did not change during the step: %1 the state it stayed in (TIME_WAIT)</extracomment>
        <translation>stayed in %1</translation>
    </message>
    <message>
        <source>went to %1</source>
        <extracomment>the states a side went through during a step: %1 the list, "FIN_WAIT_1 → FIN_WAIT_2"</extracomment>
        <translation>went to %1</translation>
    </message>
    <message>
        <source>no note</source>
        <translation>no note</translation>
    </message>
    <message>
        <source>the %1 called %2() on the left only</source>
        <extracomment>%1 the side (client/server), %2 the function's name (recv)</extracomment>
        <translation>the %1 called %2() on the left only</translation>
    </message>
    <message>
        <source>the %1 called %2() on the right only</source>
        <translation>the %1 called %2() on the right only</translation>
    </message>
    <message>
        <source>the %1 called %2() on the left, the %3 called %4() on the right</source>
        <extracomment>%1 and %3 the sides (client/server), %2 and %4 the functions' names</extracomment>
        <translation>the %1 called %2() on the left, the %3 called %4() on the right</translation>
    </message>
    <message>
        <source>the %1's %2() returned %3 on the left, %4 on the right</source>
        <extracomment>%1 the side (client/server), %2 the function's name, %3 and %4 the results ("-1 ECONNRESET", "0")</extracomment>
        <translation>the %1's %2() returned %3 on the left, %4 on the right</translation>
    </message>
    <message>
        <source>%1: %2 on the left, %3 on the right</source>
        <extracomment>%1 what differs (kernel, network...), %2 and %3 its values in the two traces</extracomment>
        <translation>%1: %2 on the left, %3 on the right</translation>
    </message>
    <message>
        <source>%1 %2() → %3</source>
        <extracomment>what a step did, in a list: %1 the side (client/server), %2 the call's name, %3 its result ("-1 ECONNRESET")</extracomment>
        <translation>%1 %2() → %3</translation>
    </message>
    <message>
        <source>no call</source>
        <translation>no call</translation>
    </message>
    <message>
        <source>only on the left: %1</source>
        <extracomment>a step the other trace does not have: %1 what it did ("server recv() → 0")</extracomment>
        <translation>only on the left: %1</translation>
    </message>
    <message>
        <source>only on the right: %1</source>
        <translation>only on the right: %1</translation>
    </message>
    <message>
        <source>segments: %1 on the left; %2 on the right</source>
        <extracomment>%1 and %2 the segments of the step in each trace ("client→server FIN ACK, server→client ACK", or "none")</extracomment>
        <translation>segments: %1 on the left; %2 on the right</translation>
    </message>
    <message>
        <source>%1 dropped on the left, delivered on the right</source>
        <extracomment>%1 the segment ("client→server FIN ACK")</extracomment>
        <translation>%1 dropped on the left, delivered on the right</translation>
    </message>
    <message>
        <source>%1 delivered on the left, dropped on the right</source>
        <translation>%1 delivered on the left, dropped on the right</translation>
    </message>
    <message>
        <source>segments %1 on the left, %2 on the right</source>
        <extracomment>%1 and %2: captured, inferred or partly inferred</extracomment>
        <translation>segments %1 on the left, %2 on the right</translation>
    </message>
    <message>
        <source>the %1 %2 on the left, %3 on the right</source>
        <extracomment>%1 the side (client/server), %2 and %3 what its state did ("went to FIN_WAIT_1 → FIN_WAIT_2", "stayed in ESTABLISHED")</extracomment>
        <translation>the %1 %2 on the left, %3 on the right</translation>
    </message>
    <message>
        <source>the %1 ends in %2 on the left, %3 on the right</source>
        <extracomment>%1 the side (client/server), %2 and %3 the TCP states it ends the run in</extracomment>
        <translation>the %1 ends in %2 on the left, %3 on the right</translation>
    </message>
    <message>
        <source>notes %1 on the left, %2 on the right</source>
        <translation>notes %1 on the left, %2 on the right</translation>
    </message>
    <message>
        <source>step %1: %2</source>
        <extracomment>a difference in one step: %1 the step's number as in the diagram's step gutter (from 1), %2 what differs</extracomment>
        <translation>step %1: %2</translation>
    </message>
    <message>
        <source>system</source>
        <translation>system</translation>
    </message>
    <message>
        <source>kernel</source>
        <translation>kernel</translation>
    </message>
    <message>
        <source>network</source>
        <translation>network</translation>
    </message>
    <message>
        <source>segments</source>
        <extracomment>how the segments were recorded: captured or inferred</extracomment>
        <translation>segments</translation>
    </message>
    <message>
        <source>client API</source>
        <translation>client API</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>private network namespace</source>
        <translation>private network namespace</translation>
    </message>
    <message>
        <source>host loopback</source>
        <translation>host loopback</translation>
    </message>
    <message>
        <source>capture file</source>
        <translation>capture file</translation>
    </message>
    <message>
        <source>QTcpSocket</source>
        <translation>QTcpSocket</translation>
    </message>
    <message>
        <source>POSIX sockets</source>
        <extracomment>the client's calls went through the POSIX socket functions</extracomment>
        <translation>POSIX sockets</translation>
    </message>
    <message>
        <source>segments captured</source>
        <translation>segments captured</translation>
    </message>
    <message>
        <source>segments inferred</source>
        <translation>segments inferred</translation>
    </message>
    <message>
        <source>QTcpSocket client</source>
        <translation>QTcpSocket client</translation>
    </message>
    <message>
        <source>identical in every call, segment and state</source>
        <translation>identical in every call, segment and state</translation>
    </message>
    <message numerus="yes">
        <source>%n difference</source>
        <extracomment>the first half of "3 differences in 2 of 6 steps"</extracomment>
        <translation>
            <numerusform>%n difference</numerusform>
            <numerusform>%n difference</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n differences</source>
        <translation>
            <numerusform>%n differences</numerusform>
            <numerusform>%n differences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 in %2 of %n step</source>
        <extracomment>%1 "3 differences", %2 how many steps have one (1), %n how many steps there are (1)</extracomment>
        <translation>
            <numerusform>%1 in %2 of %n step</numerusform>
            <numerusform>%1 in %2 of %n step</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 in %2 of %n steps</source>
        <extracomment>%1 "3 differences", %2 how many steps have one, %n how many steps there are</extracomment>
        <translation>
            <numerusform>%1 in %2 of %n steps</numerusform>
            <numerusform>%1 in %2 of %n steps</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; recorded differently: %2</source>
        <extracomment>%1 the summary of the steps, %2 what differs in how the runs were recorded ("kernel, network")</extracomment>
        <translation>%1; recorded differently: %2</translation>
    </message>
</context>
<context>
    <name>TraceExport</name>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: cannot write: %2</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG image</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>SVG drawing</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF document</translation>
    </message>
    <message>
        <source>pcap capture (Wireshark, tshark)</source>
        <translation>pcap capture (Wireshark, tshark)</translation>
    </message>
    <message>
        <source>FinAck trace</source>
        <translation>FinAck trace</translation>
    </message>
    <message>
        <source>Mermaid sequence diagram</source>
        <translation>Mermaid sequence diagram</translation>
    </message>
    <message>
        <source>PlantUML sequence diagram</source>
        <translation>PlantUML sequence diagram</translation>
    </message>
    <message>
        <source>%1: cannot tell the format from the name; expected one of %2</source>
        <translation>%1: cannot tell the format from the name; expected one of %2</translation>
    </message>
    <message>
        <source>%1: %2 events to draw, at most %3 in a picture; export part of the run with --steps or the Export dialog's Steps, e.g. steps %4</source>
        <extracomment>%1 the file, %2 the trace's events, %3 the most a picture draws, %4 a step range that fits ("1-40"); --steps is finack export's option and "Steps" the Export dialog's field: keep them as they are translated there</extracomment>
        <translation>%1: %2 events to draw, at most %3 in a picture; export part of the run with --steps or the Export dialog's Steps, e.g. steps %4</translation>
    </message>
    <message>
        <source>%1: %2 events to draw, at most %3 in a picture, and its first step alone has more; export it as .mmd, .puml, .pcap or .json</source>
        <extracomment>%1 the file, %2 the trace's events, %3 the most a picture draws</extracomment>
        <translation>%1: %2 events to draw, at most %3 in a picture, and its first step alone has more; export it as .mmd, .puml, .pcap or .json</translation>
    </message>
    <message>
        <source>%1: %2 events to draw, at most %3 in a picture, and they are not divided into steps; export it as .mmd, .puml, .pcap or .json, or cut the capture first (editcap -r)</source>
        <extracomment>%1 the file, %2 the trace's events, %3 the most a picture draws; editcap is a program: keep its name and option</extracomment>
        <translation>%1: %2 events to draw, at most %3 in a picture, and they are not divided into steps; export it as .mmd, .puml, .pcap or .json, or cut the capture first (editcap -r)</translation>
    </message>
</context>
</TS>