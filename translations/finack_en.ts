<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>DiagramPicture</name>
    <message>
        <source>FinAck diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write the PDF (is the folder writable?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot finish the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scenario %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steps %1 to the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steps %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the whole run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lab&apos;s private network namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host&apos;s loopback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segments captured from the wire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segments inferred (no capture permission)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client: QTcpSocket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recorded %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FinAck trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the whole diagram at scale %1 would be %2×%3 pixels; the PNG is scaled to %4 to stay within %5 pixels a side. For a readable slide export some steps (--steps) or use SVG or PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write the PNG: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A TCP connection&apos;s end as FinAck recorded it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write the SVG: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileOpener</name>
    <message>
        <source>private network namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host loopback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segments captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segments inferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trace file %1, made from a capture — states inferred from the segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trace file %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trace file %1, recorded on %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no TCP connection in the capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no stream %2, the capture holds %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>capture file %1, stream %2 of %3 — states inferred from the segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A real connection read from a capture file (tcpdump, Wireshark): nothing runs, nothing is re-sent. The segments are shown as they were captured; each side&apos;s TCP states are inferred from them by the RFC 9293 state machine, not observed, and the capture cannot show the programs&apos; calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scenario file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: neither a FinAck trace (&quot;format&quot;: &quot;finack-trace&quot;), a scenario (&quot;format&quot;: &quot;finack-scenario&quot;) nor a pcap/pcapng capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recorded run replayed from %1: nothing runs now, no socket is opened. Step and Back move over what was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a TCP stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds %2 TCP connections. Which one should be shown?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traces, scenarios and captures (*.json *.pcap *.pcapng *.cap)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FinAck traces and scenarios (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captures (*.pcap *.pcapng *.cap)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FinAck</name>
    <message>
        <source>(no flags)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end of stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocked %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>derived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timer %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recv-q %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send-q %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1()</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signal %1 [%2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client (QTcpSocket)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segments captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segments inferred (dashed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--steps: expected a range of step numbers such as 3-6, 4 or 2-, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--steps: steps count from 1 and the range must not run backwards, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--steps: this trace has no scenario steps (a capture file has none); export it whole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--steps: the trace has %n step(s), so step %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FinAck::CallPanel</name>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 panel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FinAck::CallTableModel</name>
    <message>
        <source> (end of stream)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocked %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>emitted from the event loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>emitted inside %1()</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Winsock has no direct counterpart of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>errno</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milliseconds since the run started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call as the program made it (C, or Qt for the Qt client)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the call returned; recv() returning 0 means the peer closed its side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>errno&apos;s name and number when the call failed (Qt: socket.error())</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The error a Windows program would get from WSAGetLastError() for the same condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s description of the error, and how long a call blocked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FinAck::ExplainPanel</name>
    <message>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has run yet. Step runs the first step on real sockets; Play runs them one after another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record starts here. Step shows its first step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the kernel: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kernel did what the scenario expects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 claim did not hold: your kernel differs from the scenario&apos;s author here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 claims did not hold: your kernel differs from the scenario&apos;s author here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the scenario expects on this platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takeaway:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FinAck::ExportDialog</name>
    <message>
        <source>A picture for slides: title, diagram, legend and where the run was recorded. Scale 2 stays sharp on a projector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vector drawing with its labels as real text; a browser or Inkscape opens it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vector pages as wide as the diagram, for handouts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The captured segments, for Wireshark and tshark. A run whose segments were inferred has none to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trace itself: FinAck opens it again and replays it with no sockets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Mermaid sequenceDiagram, for Markdown notes and wikis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PlantUML sequence diagram, for the wikis and tools that render it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last step</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>of %n step(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(this record has no steps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG &amp;scale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FinAck::FileActions</name>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a scenario, a saved trace or a pcap/pcapng capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save trace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the record shown as a FinAck trace (JSON) that replays anywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the diagram: PNG, SVG, PDF, pcap, trace JSON, Mermaid or PlantUML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the diagram as shown to the clipboard, as an image and as SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit FinAck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a scenario, trace or capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the trace to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported, with a change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the diagram up to the playhead, as an image and as SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the whole diagram, as an image and as SVG</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FinAck::Language</name>
    <message>
        <source>--lang: expected one of %1, got &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FinAck::MainWindow</name>
    <message>
        <source>FinAck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart the lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the previous step again; nothing is re-run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run and show the next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play or pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the scenario again on fresh sockets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>True time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space events by their real time instead of evenly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the diagram&apos;s zoom (Ctrl+wheel zooms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lab running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — FinAck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lab stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lab process stopped: %1. What was recorded so far stays on screen; restart the lab to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private network namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host loopback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segments captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segments inferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replay: the lab is idle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FinAck::StatePanel</name>
    <message>
        <source>1 byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 TCP state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 receive queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 send queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 descriptors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receive queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes that arrived and the program has not read yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes sent and not yet acknowledged by the peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>descriptors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The socket descriptors this side&apos;s program holds open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no socket reported yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reported by the kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worked out from the segments: too brief for the kernel to be asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · timer %1 s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receive queue %1, send queue %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a QTcpSocket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a QTcpSocket and %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Abortive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graceful</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Scenario</name>
    <message>
        <source>CLOSING: the peer&apos;s FIN arrives before your own is acknowledged</source>
        <extracomment>closing-state</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s FIN is stuck behind data the server will not take. The server&apos;s FIN arrives first, and the client sits in CLOSING until the server reads.</source>
        <extracomment>closing-state</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLOSING is the rarest state in the TCP diagram: a side has sent or queued its FIN, and the peer&apos;s FIN arrives before its own has been acknowledged. Usually it lasts a few microseconds. Here it lasts as long as the server wants. The server&apos;s listening socket gets a tiny receive buffer (SO_RCVBUF set before listen(), so the accepted socket inherits it and advertises a small window). The client queues 6 KiB without blocking. 4 KiB fill the server&apos;s buffer, the server advertises a zero window, and the rest waits in the client&apos;s send queue. shutdown(SHUT_WR) queues the client&apos;s FIN behind that data. The client is in FIN_WAIT_1, yet no FIN is on the wire: a FIN takes a sequence number like a byte of data and waits its turn behind the window. The server then shuts down its own direction. Its FIN reaches a client whose FIN is not acknowledged, not even sent: CLOSING. The client keeps probing the zero window and the server answers with window 0. When the server reads, the window opens, the rest of the data and the client&apos;s FIN leave in one segment, and the server acknowledges both. Both sides end in TIME_WAIT, because each shut down its direction before it had seen the other&apos;s FIN.</source>
        <extracomment>closing-state</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s listening socket.</source>
        <extracomment>closing-state, linger-timeout, rst-before-accept, zero-window-timeout</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tiny receive buffer, set before listen(): the accepted socket inherits it, and the window it advertises stays small.</source>
        <extracomment>closing-state</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ephemeral port on 127.0.0.1.</source>
        <extracomment>closing-state, linger-timeout, zero-window-timeout</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LISTEN.</source>
        <extracomment>closing-state, linger-timeout, zero-window-timeout</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s socket.</source>
        <extracomment>closing-state, linger-timeout, zero-window-timeout</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A small send buffer too, so that a non-blocking send() stops after a few KiB.</source>
        <extracomment>closing-state</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The three-way handshake. The server&apos;s SYN|ACK already advertises the small window.</source>
        <extracomment>closing-state, linger-timeout, zero-window-timeout</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connected socket inherits the listener&apos;s 4 KiB receive buffer.</source>
        <extracomment>closing-state, linger-timeout, zero-window-timeout</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A non-blocking send() of 64 KiB takes what fits (6 KiB). 4 KiB fill the server&apos;s buffer and the server answers with window 0. The other 2 KiB stay in the client&apos;s send queue. The server does not read.</source>
        <extracomment>closing-state</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shutdown(SHUT_WR): the client&apos;s FIN is queued behind the 2 KiB the window does not admit. The client is in FIN_WAIT_1, but nothing goes on the wire.</source>
        <extracomment>closing-state</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server shuts down its direction. Its FIN goes out at once (the client&apos;s window is open) and reaches a client in FIN_WAIT_1 whose own FIN is not acknowledged: CLOSING. The client acknowledges the server&apos;s FIN, so the server is in FIN_WAIT_2. The client goes on probing the zero window, the server answers with window 0, and nothing moves while the server does not read.</source>
        <extracomment>closing-state</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server reads its full buffer (4096 bytes). Its window opens, and the client sends its last 2 KiB with the FIN in one segment. The server acknowledges both: the client leaves CLOSING for TIME_WAIT, and the server, in FIN_WAIT_2, receives the FIN and enters TIME_WAIT too.</source>
        <extracomment>closing-state</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rest of the data...</source>
        <extracomment>closing-state</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>...and end of stream: 6144 bytes in all, as many as send() accepted.</source>
        <extracomment>closing-state</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both sides are already in TIME_WAIT: close() only releases the descriptor.</source>
        <extracomment>closing-state</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same for the client: nothing goes on the wire.</source>
        <extracomment>closing-state</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIN_WAIT_1 means &apos;my FIN is not acknowledged yet&apos;, not &apos;my FIN is on the wire&apos;. A FIN queued behind unsent data waits for the peer&apos;s window like the data does, so a peer that stops reading holds your close open for as long as it does not read.</source>
        <extracomment>closing-state</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection refused: an RST answers the SYN</source>
        <extracomment>connect-refused</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connect() to a port where nobody listens: the SYN is answered with RST and connect() fails at once with ECONNREFUSED.</source>
        <extracomment>connect-refused</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A SYN that arrives at a port with no listening socket belongs to no connection, and TCP answers such a segment with RST (RFC 9293, 3.10.7.1: a segment arriving for a connection in state CLOSED). Because the SYN carried no ACK, the RST acknowledges the SYN, so the client can tell it is the answer to its own attempt. The client&apos;s kernel turns that RST into ECONNREFUSED (111; Windows: WSAECONNREFUSED, 10061) and connect() returns at once - on loopback in well under a millisecond, no timeout involved. To be sure the port is free, the server here creates a listener, FinAck remembers its port, and the server closes it again; the client then connects to that port. ECONNREFUSED therefore means: the host answered, but no program listens on that port (or a firewall rejects with RST on its behalf). A host that is down, or a firewall that silently drops the SYN, sends nothing back: connect() then retransmits the SYN for a long time and finally fails with ETIMEDOUT. Windows, by default, tries the SYN again after such an RST, so the same refused connect() takes about two seconds there.</source>
        <extracomment>connect-refused</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A listener is created only to find a free port.</source>
        <extracomment>connect-refused</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>127.0.0.1, any free port.</source>
        <extracomment>connect-refused, peer-crash, rst-before-accept</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FinAck remembers the port it got.</source>
        <extracomment>connect-refused</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The listener is closed at once: nobody listens on that port any more.</source>
        <extracomment>connect-refused</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SYN reaches a port without a listener, and the server host&apos;s kernel answers with RST|ACK - the rule: a segment for which no socket exists is answered with a reset (RFC 9293, state CLOSED). connect() fails at once: ECONNREFUSED.</source>
        <extracomment>connect-refused</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The socket never got connected: close() only releases the descriptor.</source>
        <extracomment>connect-refused</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ECONNREFUSED is an immediate, definite answer: the host is there and nothing listens on the port - check the port and whether the server runs. A connect() that hangs and ends in ETIMEDOUT is the other case: nothing answered at all.</source>
        <extracomment>connect-refused</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dup(): close() drops a descriptor, shutdown() ends the connection</source>
        <extracomment>dup-refcount</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With two descriptors for one socket, the first close() sends nothing and the last one sends FIN. shutdown(SHUT_WR) sends FIN while another descriptor is still open.</source>
        <extracomment>dup-refcount</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A descriptor is a reference to a socket. dup(), fork() and descriptor passing make more references to the same socket. close() removes one reference, and the kernel closes the socket (FIN, or RST if data is unread) only when the last one is gone. So the client&apos;s first close() puts nothing on the wire, and its copy goes on sending. Only the close() of the copy sends FIN. shutdown() is different: it acts on the socket, not on the descriptor. The server&apos;s shutdown(SHUT_WR) sends FIN at once although a second descriptor is still open, and that second descriptor sees the result: recv() returns 0 and send() fails with EPIPE. This is how the classic bug of a forking server happens. The parent forgets to close its copy of the connected descriptor, the child&apos;s close() then sends nothing, and the client waits forever for the end of the response. Linux behaves exactly as the textbook says.</source>
        <extracomment>dup-refcount</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dup(): a second descriptor for the same socket.</source>
        <extracomment>dup-refcount</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close() drops one of two references. The socket stays open, nothing goes on the wire, and the connection stays ESTABLISHED.</source>
        <extracomment>dup-refcount</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy still works: the connection never noticed the close().</source>
        <extracomment>dup-refcount</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server receives it.</source>
        <extracomment>dup-refcount</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last reference: now the kernel closes the socket and sends FIN (FIN_WAIT_1, then FIN_WAIT_2).</source>
        <extracomment>dup-refcount</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recv() returns 0: end of stream. The server is in CLOSE_WAIT.</source>
        <extracomment>dup-refcount</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server also makes a second descriptor for its socket.</source>
        <extracomment>dup-refcount</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shutdown() acts on the socket, whatever descriptors refer to it. FIN goes out although conn2 is still open: LAST_ACK, then CLOSED when the client acknowledges, and the client enters TIME_WAIT.</source>
        <extracomment>dup-refcount</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other descriptor sees the same socket: end of stream...</source>
        <extracomment>dup-refcount</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>...and it cannot send, because its direction was shut down through the other descriptor: EPIPE (MSG_NOSIGNAL spares the process its SIGPIPE).</source>
        <extracomment>dup-refcount</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Releasing the descriptors: nothing is left to send.</source>
        <extracomment>dup-refcount</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last descriptor. The connection ended long ago: nothing on the wire.</source>
        <extracomment>dup-refcount</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close() releases a descriptor, and the connection ends with the last one. To end the connection whoever else holds it, use shutdown(SHUT_WR). Close every copy you do not need: a forking server&apos;s parent closes its copy of each accepted socket.</source>
        <extracomment>dup-refcount</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graceful close, client first</source>
        <extracomment>graceful-client-first</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client closes first: four segments, and the client waits in TIME_WAIT.</source>
        <extracomment>graceful-client-first</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each direction of a TCP connection is closed on its own with a FIN, and each FIN is acknowledged. The side that closes first (here the client) is the active closer: it passes FIN_WAIT_1 and FIN_WAIT_2 and ends in TIME_WAIT, where it stays for twice the maximum segment lifetime (60 s on Linux) so that a late or repeated segment of this connection cannot be taken for part of a new one. The server learns of the close when recv() returns 0, sits in CLOSE_WAIT until it calls close() itself, then waits in LAST_ACK for the final ACK.</source>
        <extracomment>graceful-client-first</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client sends a request.</source>
        <extracomment>graceful-client-first, graceful-server-first</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server reads it.</source>
        <extracomment>graceful-client-first, unsupported-option</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client closes: its kernel sends FIN and the client enters FIN_WAIT_1, then FIN_WAIT_2 once the FIN is acknowledged.</source>
        <extracomment>graceful-client-first</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recv() returns 0: the FIN arrived, the client will send no more. The server is in CLOSE_WAIT.</source>
        <extracomment>graceful-client-first</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closes too: FIN, LAST_ACK, and the client&apos;s final ACK. The client is now in TIME_WAIT.</source>
        <extracomment>graceful-client-first</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close when you are done sending, then read until recv() returns 0; the side that closes first holds TIME_WAIT, so let clients close first when a server must not pile them up.</source>
        <extracomment>graceful-client-first</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graceful close, server first</source>
        <extracomment>graceful-server-first</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answers and closes first, so the server ends in TIME_WAIT.</source>
        <extracomment>graceful-server-first</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whoever closes first does the active close, and TIME_WAIT belongs to the active closer, not to &apos;the client&apos;. A server that closes its connections first (as HTTP/1.0 servers do) collects the TIME_WAIT entries; the client sees recv() return 0, closes in turn and goes through CLOSE_WAIT and LAST_ACK.</source>
        <extracomment>graceful-server-first</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answers...</source>
        <extracomment>graceful-server-first, write-after-peer-close</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>...and closes at once: FIN from the server, which enters FIN_WAIT_1.</source>
        <extracomment>graceful-server-first</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client reads the answer; the data arrived before the FIN.</source>
        <extracomment>graceful-server-first</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recv() returns 0: end of stream. The client is in CLOSE_WAIT.</source>
        <extracomment>graceful-server-first</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s FIN; the server acknowledges it from TIME_WAIT.</source>
        <extracomment>graceful-server-first</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIME_WAIT follows the active closer, not the role: decide which side closes first, and a busy server that closes first will collect TIME_WAIT entries.</source>
        <extracomment>graceful-server-first</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half-close: shutdown(SHUT_WR), then drain</source>
        <extracomment>half-close</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client stops sending with shutdown(SHUT_WR) but still reads the server&apos;s answer.</source>
        <extracomment>half-close</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shutdown(fd, SHUT_WR) sends a FIN for one direction only: the client says &apos;no more requests&apos; and can still receive. The server reads until recv() returns 0, knows the request is complete, sends its answer and closes. The client drains the answer up to its own 0 and only then closes. This is the graceful pattern that avoids losing data to an RST. Note the client&apos;s state: the server&apos;s FIN moves the connection into TIME_WAIT while the client still holds its descriptor, and TCP_INFO on that descriptor then says CLOSE - sock_diag shows the TIME_WAIT entry, which is the truth.</source>
        <extracomment>half-close</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client sends its whole request.</source>
        <extracomment>half-close</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shutdown(SHUT_WR): FIN for the client&apos;s direction only. FIN_WAIT_1, then FIN_WAIT_2.</source>
        <extracomment>half-close</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server reads the request...</source>
        <extracomment>half-close</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>...and reads again until recv() returns 0: the request is complete.</source>
        <extracomment>half-close</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server can still send: only the client&apos;s direction is closed.</source>
        <extracomment>half-close</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The half-closed client still receives.</source>
        <extracomment>half-close</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closes: its FIN, and the client enters TIME_WAIT with its descriptor still open.</source>
        <extracomment>half-close</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client drains to 0: everything has arrived.</source>
        <extracomment>half-close</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close() now only releases the descriptor: both FINs are long acknowledged, nothing goes on the wire.</source>
        <extracomment>half-close</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To end a conversation without losing data: shutdown(SHUT_WR), read until recv() returns 0, then close().</source>
        <extracomment>half-close</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignoring recv()&apos;s return value: the endless stale HELLO</source>
        <extracomment>ignored-recv-return</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the client closes, recv() returns 0 at once, every time; a loop that prints its buffer without checking shows the old HELLO forever and never closes.</source>
        <extracomment>ignored-recv-return</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course article 004&apos;s server runs while (1) { recv(s, buf, 128, 0); printf(&quot;%s&quot;, buf); } and, after one client sent HELLO and closed, prints HELLO forever. The article blames recv() returning -1 with error 10054. On Linux the trace says otherwise: the first recv() returns 5 with the bytes HELLO, and every later one returns 0 at once - end of stream, because the client&apos;s FIN has arrived. 0 is not an error and it does not block: it will be returned on every call, so the loop spins at full speed, and since recv() wrote nothing into buf, printf shows the HELLO of the first call again and again. The buggy loop also never closes its socket, so the server&apos;s end stays in CLOSE_WAIT and the client&apos;s in FIN_WAIT_2 until FinAck stops the loop: a pile of CLOSE_WAIT in netstat is the other sign of this bug. The second connection is served by the fixed loop: it uses n, the return value - n &gt; 0: exactly n new bytes; 0: the peer closed, stop and close(); -1: an error, see errno. A -1 with ECONNRESET (10054 on Windows), as in the article, would need an RST (see unread-data-rst), not an orderly close.</source>
        <extracomment>ignored-recv-return</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client sends one request, HELLO...</source>
        <extracomment>ignored-recv-return</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>...and closes at once: FIN. The server&apos;s end moves to CLOSE_WAIT.</source>
        <extracomment>ignored-recv-return</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The buggy loop, first turn: recv() returns 5, the bytes HELLO, and printf prints HELLO.</source>
        <extracomment>ignored-recv-return</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second turn, result ignored: recv() returns 0 at once - end of stream. Nothing was written into buf, so printf prints the old HELLO again.</source>
        <extracomment>ignored-recv-return</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 again, without blocking: the loop spins, printing the stale HELLO.</source>
        <extracomment>ignored-recv-return</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>And again; it would go on forever. The descriptor is never closed: the server&apos;s end stays in CLOSE_WAIT, the client&apos;s in FIN_WAIT_2.</source>
        <extracomment>ignored-recv-return</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The buggy loop would spin until the server is restarted; FinAck stops it here. Only this close() sends the server&apos;s FIN, and the client&apos;s end - in FIN_WAIT_2 long after its program closed - moves to TIME_WAIT.</source>
        <extracomment>ignored-recv-return</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A second client, served by the fixed loop.</source>
        <extracomment>ignored-recv-return</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same request...</source>
        <extracomment>ignored-recv-return</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>...and the same close: FIN.</source>
        <extracomment>ignored-recv-return</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fixed loop: n = 5, so it prints exactly 5 bytes.</source>
        <extracomment>ignored-recv-return</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n = 0: the peer has closed. The fixed loop stops here...</source>
        <extracomment>ignored-recv-return</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>...and closes: the server&apos;s FIN, LAST_ACK, the client&apos;s ACK. The server&apos;s end is CLOSED, the client&apos;s in TIME_WAIT.</source>
        <extracomment>ignored-recv-return</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always use recv()&apos;s return value: n &gt; 0 means n new bytes (not a C string - use exactly n), 0 means the peer has closed - stop reading and close() - and -1 means look at errno. Never loop on a result you did not check.</source>
        <extracomment>ignored-recv-return</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SO_LINGER {1, 1}: close() waits, gives up, and Linux delivers anyway</source>
        <extracomment>linger-timeout</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close() with a linger time blocks while the peer&apos;s zero window holds the data back. It returns 0 after about a second, and the kernel still delivers every byte.</source>
        <extracomment>linger-timeout</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SO_LINGER with l_onoff = 1 and a non-zero l_linger makes close() wait until the data and the FIN are acknowledged, for at most l_linger seconds. Here the server does not read. Its small receive buffer is full and it advertises a zero window, so 2 KiB stay in the client&apos;s send queue and close() blocks. Meanwhile the client&apos;s kernel sends zero-window probes: ACKs without data, carrying an old sequence number. The server answers with window 0. One probe goes unanswered, because Linux answers out-of-window segments at most once every 500 ms (tcp_invalid_ratelimit). After 1 s close() returns 0, with no error, and the descriptor is gone. The textbook (Stevens, UNP 7.5, and the course articles) says close() then fails with EWOULDBLOCK and the unsent data is discarded. Windows resets the connection. Linux does neither. The socket lives on as an orphan in FIN_WAIT_1 with its data and FIN queued, exactly as after a plain close(). When the server finally reads, it gets all 6144 bytes and end of stream, and the client ends in TIME_WAIT. SO_LINGER only made the application wait, and close() returning 0 does not tell it whether the data got through.</source>
        <extracomment>linger-timeout</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tiny receive buffer, inherited by the accepted socket: a few KiB fill it.</source>
        <extracomment>linger-timeout, zero-window-timeout</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A small send buffer, so that a non-blocking send() stops after a few KiB.</source>
        <extracomment>linger-timeout, zero-window-timeout</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A non-blocking send() takes 6 KiB. 4 KiB fill the server&apos;s buffer, the server advertises window 0, and 2 KiB wait in the client&apos;s send queue. The server does not read.</source>
        <extracomment>linger-timeout</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SO_LINGER {1, 1}: close() shall wait up to 1 s for the data and the FIN to be acknowledged.</source>
        <extracomment>linger-timeout</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close() blocks. The FIN is queued behind the 2 KiB (FIN_WAIT_1), and the zero window lets nothing through. The client&apos;s kernel probes the window and the server answers with window 0. After 1 s close() returns 0. The descriptor is released but the connection is not: the client is now an orphan in FIN_WAIT_1 with its data and FIN still queued.</source>
        <extracomment>linger-timeout</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server reads 4096 bytes. Its window opens, and the orphaned client sends its last 2 KiB with the FIN. Nothing was discarded.</source>
        <extracomment>linger-timeout</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 2 KiB that were still queued when close() returned...</source>
        <extracomment>linger-timeout</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>...and end of stream: 6144 bytes, all that send() accepted.</source>
        <extracomment>linger-timeout</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The normal end: the server&apos;s FIN, and the client&apos;s ACK from TIME_WAIT.</source>
        <extracomment>linger-timeout</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A linger time tells you nothing about delivery, and on Linux it does not discard data either. To know the peer has everything, use shutdown(SHUT_WR) and read until recv() returns 0. A clean 0 (not ECONNRESET) means the peer closed after reading what you sent.</source>
        <extracomment>linger-timeout</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SO_LINGER {1, 0}: close() resets the connection</source>
        <extracomment>linger-zero</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With linger on and a zero timeout, close() sends RST instead of FIN: no TIME_WAIT, and the peer&apos;s next recv() fails with ECONNRESET.</source>
        <extracomment>linger-zero</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normally close() leaves the rest to the kernel: it sends what is still queued, then a FIN, and the side that closed first waits in TIME_WAIT. SO_LINGER with l_onoff = 1 and l_linger = 0 asks for the opposite, an abortive close: the kernel throws away anything still queued, sends a single RST and forgets the connection at once. Both ends go straight to CLOSED - no FIN_WAIT, no TIME_WAIT. Here everything was read and acknowledged first, so the RST comes from the option alone, not from unread data. The peer learns of it on its next call: recv() fails with ECONNRESET (104; a Windows program sees WSAECONNRESET, 10054). Linux reports that error once: it is cleared as it is returned, and the next recv() returns 0, like an ordinary end of stream, although no FIN ever arrived; send() then fails with EPIPE. The option is popular for getting rid of TIME_WAIT, but the price is an error at the peer and lost data whenever something was still queued.</source>
        <extracomment>linger-zero</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ordinary exchange first: the client sends a request.</source>
        <extracomment>linger-zero</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server reads all of it.</source>
        <extracomment>linger-zero</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answers.</source>
        <extracomment>linger-zero</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client reads the whole answer: nothing is left unread on either side, so an RST at close cannot be blamed on unread data.</source>
        <extracomment>linger-zero</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>l_onoff = 1, l_linger = 0: from now on close() aborts the connection instead of closing it.</source>
        <extracomment>linger-zero</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close() returns at once and the kernel sends RST, not FIN - the rule: SO_LINGER {1, 0} turns close() into an abort (RFC 9293&apos;s ABORT call). Anything still queued would be discarded. The client&apos;s end goes straight to CLOSED: no FIN_WAIT_1, no TIME_WAIT.</source>
        <extracomment>linger-zero</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server learns of the abort on its next call: ECONNRESET.</source>
        <extracomment>linger-zero</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linux reports the error only once. Now recv() returns 0, as at an ordinary end of stream, though no FIN ever came.</source>
        <extracomment>linger-zero</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing to the reset connection fails with EPIPE (FinAck sends with MSG_NOSIGNAL; otherwise SIGPIPE would kill the process).</source>
        <extracomment>linger-zero</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the descriptor is left to release: nothing goes on the wire.</source>
        <extracomment>linger-zero</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not use SO_LINGER {1, 0} to avoid TIME_WAIT: it turns every close into an error for the peer and can throw data away. Close gracefully, and let the side that can afford TIME_WAIT (usually the client) close first.</source>
        <extracomment>linger-zero</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lost FIN is sent again, with back-off</source>
        <extracomment>lost-fin</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s FIN is lost three times; its kernel retransmits it with growing intervals until it gets through.</source>
        <extracomment>lost-fin</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A FIN occupies one sequence number, so TCP treats it like data: it stays in FIN_WAIT_1 until the FIN is acknowledged, and retransmits it when the retransmission timer fires. The textbook doubles the timeout each time (exponential back-off). Watch the timestamps: on loopback Linux starts at its minimum of about 200 ms, and its first two retransmissions come about 200 ms apart before the doubling shows. The application saw close() return at once and knows nothing of this; the server sees the end of stream only when a FIN finally arrives.</source>
        <extracomment>lost-fin</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close() returns at once; the FIN is lost, and each retransmission is lost too until the fourth try.</source>
        <extracomment>lost-fin</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recv() returns 0 now that a FIN got through.</source>
        <extracomment>lost-fin</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The normal end: the server&apos;s FIN and the client&apos;s ACK from TIME_WAIT.</source>
        <extracomment>lost-fin</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client&apos;s FIN is lost three times</source>
        <extracomment>lost-fin</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close() returning 0 only means the kernel took over; the FIN may still be retransmitted. Use shutdown(SHUT_WR) and wait for the peer&apos;s 0 when you need to know the close completed.</source>
        <extracomment>lost-fin</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last ACK is lost: why TIME_WAIT exists</source>
        <extracomment>lost-final-ack</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s final ACK never arrives; the server repeats its FIN and the client, still in TIME_WAIT, acknowledges it again.</source>
        <extracomment>lost-final-ack</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The side that closes first cannot know whether its last ACK arrived: nothing acknowledges an ACK. If it is lost, the other side, waiting in LAST_ACK, times out and sends its FIN again. Someone must still be there to answer it - that is one of the two reasons for TIME_WAIT (the other: old duplicate segments must die out before the same address pair is used again). Here FinAck drops the client&apos;s final ACK with a firewall rule inside its private network; the server retransmits its FIN after its retransmission timeout (at least 200 ms on Linux), and the client, in TIME_WAIT, acknowledges again. Without TIME_WAIT the repeated FIN would find no connection and be answered with an RST.</source>
        <extracomment>lost-final-ack</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client closes first: FIN, and the server&apos;s ACK. FIN_WAIT_2.</source>
        <extracomment>lost-final-ack</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recv() returns 0: the server is in CLOSE_WAIT.</source>
        <extracomment>lost-final-ack</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still 0: end of stream stays end of stream.</source>
        <extracomment>lost-final-ack</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s FIN; the client answers from TIME_WAIT, but that ACK is lost. The server stays in LAST_ACK and repeats its FIN; the client acknowledges again.</source>
        <extracomment>lost-final-ack</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client&apos;s final ACK is lost</source>
        <extracomment>lost-final-ack</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIME_WAIT is not a bug to tune away: it is the only side left to answer a repeated FIN. Avoid needing SO_REUSEADDR tricks by letting clients close first.</source>
        <extracomment>lost-final-ack</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server process crashes: FIN or RST, depending on unread data</source>
        <extracomment>peer-crash</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A killed process&apos;s connections are closed by the kernel exactly as close() would: the client sees an ordinary end of stream, unless the server died with data unread - then RST and ECONNRESET.</source>
        <extracomment>peer-crash</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a process dies - SIGKILL, a segmentation fault, exit() without closing - the kernel closes every descriptor it held, and for TCP that is the same close() the program could have called. A crash is therefore not an abort. In the first connection the server has read the whole request when it is killed: its kernel sends a FIN, the client&apos;s recv() returns 0 just as after a deliberate close, and the kernel even finishes the close handshake for the dead process - the server&apos;s end passes FIN_WAIT_2 and waits in TIME_WAIT with no process behind it. The client cannot tell a crash from a close. In the second connection (a restarted server: the crash took the old listener with it) the request arrives and the server dies before reading it; now the kernel&apos;s close finds unread data and sends RST, by the same rule as unread-data-rst, and the client&apos;s recv() fails with ECONNRESET (104; Windows: WSAECONNRESET, 10054). Article 001 sums its Windows measurements up as &apos;server closes: 10053, server crashes: 10054&apos;, but its server crashed right after the data arrived; on Linux it is unread data (or data sent to the closed socket afterwards, see write-after-peer-close), not the crash, that produces the RST. A crashed host is different again: nothing at all is sent (see peer-vanished).</source>
        <extracomment>peer-crash</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First connection: the client sends a request.</source>
        <extracomment>peer-crash</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server reads all of it: nothing is left unread.</source>
        <extracomment>peer-crash</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server process is killed (SIGKILL) before it answers. The kernel closes its descriptors as close() would; with no unread data that means a FIN. The listener dies with it.</source>
        <extracomment>peer-crash</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recv() returns 0, end of stream, exactly as after a deliberate close: the client cannot tell that the server crashed.</source>
        <extracomment>peer-crash</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s FIN. The dead server&apos;s kernel acknowledges it, and the server&apos;s end goes from FIN_WAIT_2 to TIME_WAIT - the kernel finishes the close for a process that no longer exists.</source>
        <extracomment>peer-crash</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second connection. The crashed server has no descriptors left: a restarted server makes a new listener.</source>
        <extracomment>peer-crash</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client makes a new socket: the old descriptor is closed.</source>
        <extracomment>peer-crash</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new connection to the new listener.</source>
        <extracomment>peer-crash</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request arrives in the server&apos;s receive buffer...</source>
        <extracomment>peer-crash</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>...and the server dies before reading it. The kernel&apos;s close finds 7 unread bytes and sends RST instead of FIN - the rule: close() with unread data resets the connection (RFC 2525, 2.17), whoever calls it, a program or the exit of a dead process.</source>
        <extracomment>peer-crash</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This time the client&apos;s recv() fails: ECONNRESET.</source>
        <extracomment>peer-crash</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the descriptor is left to release: the RST already ended the connection.</source>
        <extracomment>peer-crash</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recv() returning 0 means &apos;the peer&apos;s socket was closed&apos;, not &apos;the peer finished properly&apos;: a crashed peer looks the same. Confirm completion in the protocol itself (a length, an end marker, an explicit &apos;done&apos; message) before acting on it.</source>
        <extracomment>peer-crash</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The peer vanishes: retransmissions, then ETIMEDOUT</source>
        <extracomment>peer-vanished</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s host stops answering while the client sends; after TCP_USER_TIMEOUT the client&apos;s kernel gives up with ETIMEDOUT.</source>
        <extracomment>peer-vanished</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the peer&apos;s host loses power or its cable, nothing arrives at all: no FIN, no RST. send() still succeeds - it only copies the data into the kernel - and TCP retransmits the unacknowledged data with growing intervals. Without help that goes on for about 15 minutes (tcp_retries2). TCP_USER_TIMEOUT caps how long data may stay unacknowledged; here 3 s, after which the kernel aborts the connection and the next call fails with ETIMEDOUT (110; WSAETIMEDOUT, 10060, on Windows). FinAck makes the server&apos;s host vanish by dropping everything the server sends.</source>
        <extracomment>peer-vanished</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up on unacknowledged data after 3 s instead of about 15 minutes.</source>
        <extracomment>peer-vanished</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send() returns 14: the data is only queued. No ACK ever comes back; the kernel retransmits, then gives up.</source>
        <extracomment>peer-vanished</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection is dead: recv() fails with ETIMEDOUT.</source>
        <extracomment>peer-vanished</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s host is gone: nothing it sends arrives</source>
        <extracomment>peer-vanished</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A silent peer is only detected by timeouts: set TCP_USER_TIMEOUT (or keepalive, or an application-level timeout) for connections that must notice a dead host within seconds.</source>
        <extracomment>peer-vanished</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client aborts before accept(): no ECONNABORTED on Linux</source>
        <extracomment>rst-before-accept</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A connection is reset while it waits in the listen queue; POSIX describes ECONNABORTED from accept(), Linux&apos;s accept() returns the dead connection and the first recv() fails with ECONNRESET.</source>
        <extracomment>rst-before-accept</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kernel completes the three-way handshake by itself and keeps the connection in the listening socket&apos;s queue until the server calls accept(). What if the client resets it in that interval (here with SO_LINGER {1, 0})? Stevens&apos;s UNP (5.11) and article 003 describe the choices: Berkeley-derived kernels drop such a connection inside the kernel and the server never hears of it; SVR4 returned EPROTO; POSIX specifies ECONNABORTED, which a server should ignore by calling accept() again. Linux does none of these: the reset connection stays in the queue in CLOSED, accept() returns a descriptor for it as if nothing had happened, and the error comes on the first call that uses it - recv() fails with ECONNRESET (104), after which recv() returns 0. Linux&apos;s accept(2) page does list ECONNABORTED, but its TCP does not return it here. Winsock&apos;s documentation names WSAECONNRESET (10054) as accept()&apos;s error for this case.</source>
        <extracomment>rst-before-accept</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From now on the kernel answers SYNs by itself and queues finished connections for accept().</source>
        <extracomment>rst-before-accept</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connect() returns once the handshake is done. The server has not called accept(): the connection waits in the listen queue, ESTABLISHED at both ends.</source>
        <extracomment>rst-before-accept</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>l_onoff = 1, l_linger = 0: close() will abort.</source>
        <extracomment>rst-before-accept</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client aborts: close() sends RST instead of FIN - the rule: SO_LINGER {1, 0} turns close() into an abort. The server&apos;s end of the connection, still in the listen queue, is reset to CLOSED before anyone accepted it.</source>
        <extracomment>rst-before-accept</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POSIX describes ECONNABORTED here; Linux hands out the dead connection and accept() succeeds.</source>
        <extracomment>rst-before-accept</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reset surfaces on the first use of the new descriptor: ECONNRESET.</source>
        <extracomment>rst-before-accept</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The error is reported once; after it recv() returns 0.</source>
        <extracomment>rst-before-accept</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Releases the descriptor; the connection is already gone, nothing goes on the wire.</source>
        <extracomment>rst-before-accept</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The listener is closed too.</source>
        <extracomment>rst-before-accept</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A freshly accepted socket may already be dead: handle ECONNRESET (and 0) on its first recv() like on any other, and for portability treat ECONNABORTED or WSAECONNRESET from accept() as &apos;try accept() again&apos;, not as a reason to stop the server.</source>
        <extracomment>rst-before-accept</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shutdown(SHUT_RD): nothing on the wire, and Linux still delivers</source>
        <extracomment>shutdown-read</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After shutdown(SHUT_RD), recv() returns queued data, then 0, then data that arrives later. Only when the write side is shut too does new data get an RST.</source>
        <extracomment>shutdown-read</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shutdown(fd, SHUT_RD) sends nothing, because TCP has no segment that says &apos;stop sending&apos;. The peer is not told, and everything that changes is local. The textbook (Stevens, UNP 6.6, and the course articles) says the receive buffer is discarded and later data is acknowledged and silently thrown away. Windows (SD_RECEIVE) resets the connection if data is queued or arrives later. Linux does neither. recv() first returns the 6 bytes already queued, then returns 0 at once instead of blocking. That 0 is not final: the client&apos;s next 5 bytes are accepted, acknowledged and returned by the next recv(). FinAck&apos;s table labels that 0 &apos;end of stream: the peer sent FIN&apos;, but no FIN was sent. SHUT_RD bites only once the server also shuts down its sending direction. A Linux socket in FIN_WAIT_1 or FIN_WAIT_2 whose read side is shut answers new data with RST, the rule RFC 1122 gives for data that arrives after the application has closed. The client was in CLOSE_WAIT and learns of the reset only through EPIPE on its next send(). The server&apos;s own recv() reports ECONNRESET for the reset its own kernel sent.</source>
        <extracomment>shutdown-read</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client sends 6 bytes. They wait in the server&apos;s receive buffer.</source>
        <extracomment>shutdown-read</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shutdown(SHUT_RD): nothing goes on the wire, because TCP cannot say &apos;stop sending&apos;. The server stays ESTABLISHED.</source>
        <extracomment>shutdown-read</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The textbook says the queued bytes were discarded. Linux returns them.</source>
        <extracomment>shutdown-read</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is queued, so recv() returns 0 at once instead of blocking, although no FIN has arrived.</source>
        <extracomment>shutdown-read</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client knows nothing and sends again. The server&apos;s kernel accepts and acknowledges the 5 bytes.</source>
        <extracomment>shutdown-read</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recv() returns them: data after a 0. The 0 meant &apos;nothing now&apos;, not end of stream.</source>
        <extracomment>shutdown-read</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now the server shuts down its sending direction too: FIN. With both directions shut, the server is in FIN_WAIT_2 once the FIN is acknowledged, and the client is in CLOSE_WAIT.</source>
        <extracomment>shutdown-read</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client sees the end of the server&apos;s stream.</source>
        <extracomment>shutdown-read</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A half-closed connection may still carry data from client to server, and send() succeeds because it only queues. But the server&apos;s socket can no longer deliver data to anyone: its read side is shut and it is in FIN_WAIT_2. Its kernel answers the data with RST: in FIN_WAIT_1 or FIN_WAIT_2 with the read side shut, Linux applies the rule RFC 1122 gives for data that arrives after the application has closed. Both sides are CLOSED at once.</source>
        <extracomment>shutdown-read</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s recv() fails with ECONNRESET (104), although the reset came from its own kernel.</source>
        <extracomment>shutdown-read</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client was in CLOSE_WAIT when the RST arrived, and Linux reports a reset in CLOSE_WAIT as EPIPE (32), not ECONNRESET.</source>
        <extracomment>shutdown-read</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing left on the wire: the RST ended the connection.</source>
        <extracomment>shutdown-read</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing on the wire: the RST already ended the connection.</source>
        <extracomment>shutdown-read</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not rely on shutdown(SHUT_RD) to refuse or discard data. On Linux it only makes recv() return 0 instead of blocking when nothing is queued, and the peer is never told. To stop a peer, say so in your protocol, or close() the connection (RST if data is unread).</source>
        <extracomment>shutdown-read</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simultaneous close: two active closers</source>
        <extracomment>simultaneous-close</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both sides close before either has seen the other&apos;s FIN: the client passes CLOSING, and both end in TIME_WAIT.</source>
        <extracomment>simultaneous-close</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When both applications close at about the same time, each sends its FIN before the other&apos;s has arrived. Then both are active closers and both end in TIME_WAIT: nobody passes CLOSE_WAIT or LAST_ACK. A side that receives the peer&apos;s FIN while its own FIN is still unacknowledged goes from FIN_WAIT_1 to CLOSING instead of FIN_WAIT_2, and on to TIME_WAIT when its FIN is acknowledged. On loopback a segment arrives microseconds after it is sent, so two close() calls from two threads almost never cross. FinAck makes the crossing certain: inside its private network it drops the client&apos;s first FIN. The client is in FIN_WAIT_1 with its FIN lost when the server closes, so the server&apos;s FIN reaches it first: CLOSING. About 200 ms later the client&apos;s retransmission timer sends the FIN again, and both sides end in TIME_WAIT. The textbook picture has both sides in CLOSING. Here only the client gets there. It acknowledged the server&apos;s FIN at once, so the server was already in FIN_WAIT_2 when the client&apos;s FIN came again, and even the repeated FIN carries that ACK. Both sides in CLOSING would need two FINs in flight at the same moment, each sent before the other arrived, and loopback cannot arrange that on demand.</source>
        <extracomment>simultaneous-close</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client closes: FIN_WAIT_1. Its FIN is dropped on the way, so the server knows nothing yet, and the client&apos;s retransmission timer starts (about 200 ms on loopback). The next step comes long before it fires.</source>
        <extracomment>simultaneous-close</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closes too, before any FIN has reached it, so it is an active closer as well (FIN_WAIT_1). Its FIN reaches a client whose own FIN is unacknowledged: the client goes to CLOSING, not FIN_WAIT_2. The client&apos;s ACK (already numbered past its lost FIN) moves the server to FIN_WAIT_2. When the client&apos;s timer fires, its FIN comes again, now also acknowledging the server&apos;s FIN. The server acknowledges it and both sides are in TIME_WAIT.</source>
        <extracomment>simultaneous-close</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client&apos;s first FIN is lost, so it is still on its way when the server closes</source>
        <extracomment>simultaneous-close</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Either side may close first, or both at once. Do not write code that assumes it is the passive side. Every side that closes before hearing a FIN pays with TIME_WAIT, and the state machine handles the crossing without help from the application.</source>
        <extracomment>simultaneous-close</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restarting a server: TIME_WAIT, EADDRINUSE and SO_REUSEADDR</source>
        <extracomment>timewait-rebind</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the server closes first, bind() to its port fails with EADDRINUSE. Linux allows the bind only when both the old socket and the new one have SO_REUSEADDR.</source>
        <extracomment>timewait-rebind</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The side that closes first keeps the connection in TIME_WAIT for 60 s, and with it its local port. When that side is a server that is being restarted, its new listening socket wants the same port. bind() then fails with EADDRINUSE (98; WSAEADDRINUSE, 10048, on Windows), the &apos;Address already in use&apos; of every quickly restarted server. The usual advice is to set SO_REUSEADDR on the new socket, and on this kernel that is not enough. Linux lets bind() share a port with a TIME_WAIT connection only if both sockets have SO_REUSEADDR: the new one, and the one now in TIME_WAIT, which inherited the flag from the listening socket it was accepted on. In the first half of this scenario the server&apos;s listener never had the option. bind() fails, and it fails again after SO_REUSEADDR is set on the new socket alone. The second half repeats the story with a server that sets SO_REUSEADDR on its listener before bind(), as every server should. After the same active close, a new socket without the option still fails, and one with it binds and listens while the old connection is still in TIME_WAIT. The textbook (Stevens, UNP 7.5) describes SO_REUSEADDR on the restarting server&apos;s socket as sufficient, and so does Winsock. Windows&apos; SO_REUSEADDR goes further and even lets a socket take a port a live socket uses, which is why Windows has SO_EXCLUSIVEADDRUSE.</source>
        <extracomment>timewait-rebind</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server shuts down. First it closes its listening socket (set up without SO_REUSEADDR)...</source>
        <extracomment>timewait-rebind</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>...then its connection. The server closes first, so the server is the one that will wait in TIME_WAIT.</source>
        <extracomment>timewait-rebind</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client sees the end of stream...</source>
        <extracomment>timewait-rebind</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>...and closes too. The server&apos;s end of the connection is in TIME_WAIT for 60 s, and it holds the server&apos;s port.</source>
        <extracomment>timewait-rebind</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restarted server makes a new socket...</source>
        <extracomment>timewait-rebind</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>...and binds its old port: EADDRINUSE, although nothing listens there any more. The TIME_WAIT connection still uses the port.</source>
        <extracomment>timewait-rebind</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The usual advice: SO_REUSEADDR on the new socket.</source>
        <extracomment>timewait-rebind</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still EADDRINUSE on Linux: the socket in TIME_WAIT never had SO_REUSEADDR, and Linux wants it on both.</source>
        <extracomment>timewait-rebind</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server cannot get its port back for about a minute.</source>
        <extracomment>timewait-rebind</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second run: a server written the robust way.</source>
        <extracomment>timewait-rebind</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SO_REUSEADDR on the listening socket, before bind(): every socket accept() returns inherits it.</source>
        <extracomment>timewait-rebind</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new port for the second run.</source>
        <extracomment>timewait-rebind</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LISTEN on the new port.</source>
        <extracomment>timewait-rebind</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new client socket.</source>
        <extracomment>timewait-rebind</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client connects to the second server.</source>
        <extracomment>timewait-rebind</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accepted socket inherits SO_REUSEADDR from the listener.</source>
        <extracomment>timewait-rebind</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server shuts down the same way: listener first...</source>
        <extracomment>timewait-rebind</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>...then the connection, closing first again.</source>
        <extracomment>timewait-rebind</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client sees the end of stream.</source>
        <extracomment>timewait-rebind</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s end is in TIME_WAIT again, this time with SO_REUSEADDR.</source>
        <extracomment>timewait-rebind</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restart.</source>
        <extracomment>timewait-rebind</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without the option on the new socket: EADDRINUSE. The flag on the old socket alone is not enough either.</source>
        <extracomment>timewait-rebind</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SO_REUSEADDR on the new socket too.</source>
        <extracomment>timewait-rebind</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both sockets have SO_REUSEADDR: bind() succeeds while the old connection is still in TIME_WAIT.</source>
        <extracomment>timewait-rebind</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is back on its port, next to its own TIME_WAIT connection.</source>
        <extracomment>timewait-rebind</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing a listener with no connection waiting sends nothing.</source>
        <extracomment>timewait-rebind</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server sets SO_REUSEADDR on its listening socket before bind(), every time it starts. The sockets it accepts then carry the flag into TIME_WAIT, and the next instance can bind at once. Do not try to shorten or avoid TIME_WAIT instead.</source>
        <extracomment>timewait-rebind</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close() with unread data sends RST</source>
        <extracomment>unread-data-rst</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closes without reading what arrived: an RST instead of a FIN, and the client gets ECONNRESET.</source>
        <extracomment>unread-data-rst</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When close() finds unread data in the socket&apos;s receive buffer, the kernel cannot pretend the data was handled: RFC 2525 (section 2.17) says to answer with RST, and Linux does. The connection ends at once on both sides - no FIN_WAIT, no TIME_WAIT - and the client&apos;s next recv() fails with ECONNRESET (104; a Windows program sees WSAECONNRESET, 10054). This is the classic &apos;connection reset by peer&apos; of a server that closes before reading the whole request.</source>
        <extracomment>unread-data-rst</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client sends; the server never reads it.</source>
        <extracomment>unread-data-rst</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close() with 5 unread bytes in the receive buffer: the kernel sends RST, not FIN.</source>
        <extracomment>unread-data-rst</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s next recv() fails: ECONNRESET.</source>
        <extracomment>unread-data-rst</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing left to close on the wire: the RST already ended the connection.</source>
        <extracomment>unread-data-rst</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read everything the peer sent (until recv() returns 0) before close(); otherwise the kernel resets the connection and the peer may lose data it already sent you.</source>
        <extracomment>unread-data-rst</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An option the stack does not know: ENOPROTOOPT</source>
        <extracomment>unsupported-option</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>getsockopt() and setsockopt() with an option number the kernel does not implement fail with ENOPROTOOPT; the connection carries on untouched.</source>
        <extracomment>unsupported-option</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A socket option is named by two numbers: a level (1 is SOL_SOCKET on Linux, 6 is IPPROTO_TCP) and an option number within that level. When the kernel implements no option with that number at that level, getsockopt() and setsockopt() fail with ENOPROTOOPT (92, &apos;Protocol not available&apos;; Windows: WSAENOPROTOOPT, 10042) and nothing else happens. Article 003 lists ENOPROTOOPT among the connection errors, but it is of another kind: a programming or portability error, not news about the connection - the data and the graceful close that follow here are perfectly ordinary, with no RST. It typically comes from a program built against newer headers than the running kernel (an option added later), or from a constant copied from another system: option numbers are not portable - TCP_NODELAY happens to be 1 on Linux and on Windows, but TCP_KEEPINTVL is 5 on Linux and 17 on Windows, and SOL_SOCKET is 1 on Linux and 0xffff on Windows. Here option 200 at level 6 and at level 1 exists on neither.</source>
        <extracomment>unsupported-option</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level 6 is IPPROTO_TCP; Linux&apos;s TCP has no option 200: ENOPROTOOPT.</source>
        <extracomment>unsupported-option</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting it fails the same way, and changes nothing.</source>
        <extracomment>unsupported-option</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level 1 is SOL_SOCKET on Linux (on Windows SOL_SOCKET is 0xffff); no option 200 there either: ENOPROTOOPT.</source>
        <extracomment>unsupported-option</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option 1 at level 6 is TCP_NODELAY: a number the kernel knows, and the same call succeeds.</source>
        <extracomment>unsupported-option</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The failed calls did not touch the connection: data flows as before.</source>
        <extracomment>unsupported-option</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ordinary graceful close: the client&apos;s FIN.</source>
        <extracomment>unsupported-option</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recv() returns 0: end of stream.</source>
        <extracomment>unsupported-option</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s FIN; the client acknowledges it from TIME_WAIT. No RST anywhere.</source>
        <extracomment>unsupported-option</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the return value of every setsockopt(), and treat ENOPROTOOPT as &apos;this system does not offer that option&apos;: fall back or report it, but do not close the connection over it. Use the named constants from the system&apos;s own headers, never numbers copied from another platform.</source>
        <extracomment>unsupported-option</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing after the peer closed: RST, then 0 on Linux, 10053 on Windows</source>
        <extracomment>write-after-peer-close</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client sends again after the server has closed: send() succeeds, the server&apos;s kernel answers with RST, and the next recv() returns 0 on Linux where Windows reports WSAECONNABORTED (10053).</source>
        <extracomment>write-after-peer-close</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the program of course article 000, which reproduces 10053 on Windows. The server reads the request, answers and closes; its FIN arrives behind the answer. The client reads the answer but does not look further, so it has not noticed the FIN, and sends again. That send() succeeds - it only copies into the send buffer, and a connection in CLOSE_WAIT may still send. At the server the data meets a socket whose program has closed it: nobody can ever read it, so the kernel discards the connection and answers with RST. What the client&apos;s next recv() reports is the operating system&apos;s choice: Linux returns 0, end of stream, because the FIN came before the RST and is reported first (exactly the &apos;server terminated prematurely&apos; case of Stevens&apos;s UNP, 5.12); the RST&apos;s error comes out on the next send() as EPIPE. Windows reports WSAECONNABORTED (10053, &apos;software caused connection abort&apos;) on that recv(), as the article measured. The article&apos;s server sets SO_LINGER {1, 30}, and the forum answer guesses that this is why an RST appears; FinAck keeps the option to show that it is not: close() with a non-zero linger time still sends FIN and only waits until it is acknowledged (here for the client&apos;s delayed ACK). The RST comes later, from the client&apos;s second send.</source>
        <extracomment>write-after-peer-close</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As in the article&apos;s server: SO_LINGER {1, 30}. It only makes close() wait, up to 30 s, until what is queued has been sent and acknowledged. It does not make close() send RST.</source>
        <extracomment>write-after-peer-close</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client sends its request.</source>
        <extracomment>write-after-peer-close</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server reads it: nothing is left unread.</source>
        <extracomment>write-after-peer-close</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>...and closes: a FIN, behind the answer. Because of the linger, close() waits until the FIN is acknowledged - a few tens of milliseconds, the client&apos;s delayed ACK - then returns 0. The server&apos;s end is in FIN_WAIT_2 with no descriptor left: an orphan. The client is in CLOSE_WAIT.</source>
        <extracomment>write-after-peer-close</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client reads the answer, which came before the FIN. It does not call recv() again, so it does not notice the FIN.</source>
        <extracomment>write-after-peer-close</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The second send() succeeds: the data is only queued, and CLOSE_WAIT may still send. It reaches a socket whose program has closed it, so the server&apos;s kernel answers with RST - the rule: data for a closed (orphaned) socket can never be delivered, and the connection is aborted (Linux counts it as TCPAbortOnData). Both ends are now CLOSED; the client&apos;s 13 unacknowledged bytes are thrown away.</source>
        <extracomment>write-after-peer-close</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linux returns 0: the FIN came first and end of stream is reported before the reset. Windows reports WSAECONNABORTED (10053) here - the article&apos;s error.</source>
        <extracomment>write-after-peer-close</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reset&apos;s error surfaces now: EPIPE, broken pipe (without MSG_NOSIGNAL, SIGPIPE would kill the process - article 003).</source>
        <extracomment>write-after-peer-close</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the descriptor is left: nothing goes on the wire.</source>
        <extracomment>write-after-peer-close</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A successful send() proves nothing about the peer. Read until recv() returns 0 before sending more, and treat 0, ECONNRESET, EPIPE and (on Windows) 10053 alike: the peer is gone. Better still, design the protocol so each side knows when the other will close (shutdown(SHUT_WR), read until 0, then close).</source>
        <extracomment>write-after-peer-close</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ETIMEDOUT from a live peer: TCP_USER_TIMEOUT and the zero window</source>
        <extracomment>zero-window-timeout</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is alive but stops reading. With TCP_USER_TIMEOUT the client&apos;s kernel gives up probing the zero window, and the client gets ETIMEDOUT, with no fault and no privileges.</source>
        <extracomment>zero-window-timeout</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ETIMEDOUT usually means a peer that vanished (see peer-vanished), but a live peer that stops reading can cause it too. The server&apos;s small receive buffer fills, it advertises a zero window, and the client&apos;s remaining data cannot be sent. The client&apos;s kernel sends zero-window probes, and the server answers them with window 0. One probe goes unanswered, because Linux answers out-of-window segments at most once every 500 ms (tcp_invalid_ratelimit). RFC 1122 says a sender must go on probing for as long as the receiver answers, and without TCP_USER_TIMEOUT Linux does so, indefinitely. With TCP_USER_TIMEOUT set (1000 ms here), Linux (since 5.11) measures the time since the first probe and aborts the connection when it exceeds the timeout, whether the probes were answered or not. About 1.2 s after the window closed, the client&apos;s blocked recv() fails with ETIMEDOUT (110; WSAETIMEDOUT, 10060, on Windows). The abort sends nothing, so the server still believes the connection is ESTABLISHED. It learns otherwise only when it reads. Its window update reaches a client port that no longer has a connection, the client&apos;s kernel answers with RST, and the server&apos;s next recv() fails with ECONNRESET. The 2 KiB that never left the client are lost. By the textbook, and on Linux before 5.11, the connection would stay up: recv() would still be blocked when FinAck&apos;s 5 s step timeout interrupts it (EINTR), and the server would get all 6144 bytes once it reads.</source>
        <extracomment>zero-window-timeout</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up when data has been stuck for 1000 ms. The default is about 15 minutes for unacknowledged data, and forever for a zero window that is answered.</source>
        <extracomment>zero-window-timeout</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A non-blocking send() takes 6 KiB. 4 KiB fill the server&apos;s buffer, the server advertises window 0, and 2 KiB wait in the client&apos;s send queue. The server is alive, but it does not read.</source>
        <extracomment>zero-window-timeout</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client waits for an answer, and recv() blocks. Its kernel probes the zero window about 200 ms after it closed and again about 400 ms later, and the server answers the first probe with window 0. About 1 s after the first probe the kernel aborts the connection, and recv() fails with ETIMEDOUT. Nothing goes on the wire: no FIN, no RST.</source>
        <extracomment>zero-window-timeout</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server, still ESTABLISHED, finally reads its 4096 bytes. Its window update reaches a client port whose connection is gone, and the client&apos;s kernel answers with RST (a segment for a connection that no longer exists).</source>
        <extracomment>zero-window-timeout</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only now does the server learn of the end: ECONNRESET. The client&apos;s last 2 KiB never arrive.</source>
        <extracomment>zero-window-timeout</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing left on the wire.</source>
        <extracomment>zero-window-timeout</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the descriptor is left to release: the connection ended when the kernel gave up.</source>
        <extracomment>zero-window-timeout</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP_USER_TIMEOUT bounds how long your data may stay stuck, whether behind a dead network or behind a peer that does not read. Set it (or an application timeout) where a stalled peer must not stall you. Expect ETIMEDOUT on your next call, and expect the peer to hear nothing until it sends.</source>
        <extracomment>zero-window-timeout</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SequenceRenderer</name>
    <message>
        <source>end of stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SYN: opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIN: no more data from this side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RST: connection reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACK only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dashed: inferred, not captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cross: dropped by a fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state read from the kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>broken strip: state derived from segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segments captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segments inferred (dashed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1()</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client (QTcpSocket)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TraceExport</name>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pcap capture (Wireshark, tshark)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FinAck trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mermaid sequence diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PlantUML sequence diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot tell the format from the name; expected one of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
