<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Capture</name>
    <message>
        <source>%1: unsupported link type %2 (%3)</source>
        <translation>%1: 不支持的链路类型 %2（%3）</translation>
    </message>
    <message>
        <source>%1: this platform offers no descriptor to wait on</source>
        <translation>%1: 此平台没有提供可供等待的描述符</translation>
    </message>
</context>
<context>
    <name>DiagramPicture</name>
    <message>
        <source>FinAck diagram</source>
        <translation>FinAck 时序图</translation>
    </message>
    <message>
        <source>%1: cannot write the PDF (is the folder writable?)</source>
        <translation>%1: 无法写入 PDF（该文件夹是否可写？）</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>%1: cannot finish the PDF</source>
        <translation>%1: 无法完成 PDF 的写入</translation>
    </message>
    <message>
        <source>scenario %1</source>
        <translation>场景 %1</translation>
    </message>
    <message>
        <source>steps %1 to the end</source>
        <translation>步骤 %1 至末尾</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>步骤 %1</translation>
    </message>
    <message>
        <source>steps %1–%2</source>
        <translation>步骤 %1–%2</translation>
    </message>
    <message>
        <source>the whole run</source>
        <translation>整个运行过程</translation>
    </message>
    <message>
        <source>the lab&apos;s private network namespace</source>
        <translation>实验进程的私有网络命名空间</translation>
    </message>
    <message>
        <source>the host&apos;s loopback</source>
        <translation>主机的回环接口</translation>
    </message>
    <message>
        <source>segments captured from the wire</source>
        <translation>报文段为线路上抓包所得</translation>
    </message>
    <message>
        <source>segments inferred (no capture permission)</source>
        <translation>报文段为推断所得（无抓包权限）</translation>
    </message>
    <message>
        <source>client: QTcpSocket</source>
        <translation>客户端：QTcpSocket</translation>
    </message>
    <message>
        <source>recorded %1</source>
        <translation>记录于 %1</translation>
    </message>
    <message>
        <source>FinAck trace</source>
        <translation>FinAck 运行记录</translation>
    </message>
    <message>
        <source>the whole diagram at scale %1 would be %2×%3 pixels; the PNG is scaled to %4 to stay within %5 pixels a side. For a readable slide export some steps (--steps) or use SVG or PDF.</source>
        <translation>按缩放比例 %1，整幅时序图将达到 %2×%3 像素；为使每边不超过 %5 像素，PNG 已改用缩放比例 %4。若要得到清晰可读的幻灯片图片，请只导出部分步骤（--steps），或改用 SVG 或 PDF。</translation>
    </message>
    <message>
        <source>%1: cannot write the PNG: %2</source>
        <translation>%1: 无法写入 PNG：%2</translation>
    </message>
    <message>
        <source>A TCP connection&apos;s end as FinAck recorded it: %1</source>
        <translation>FinAck 记录的一次 TCP 连接关闭过程：%1</translation>
    </message>
    <message>
        <source>%1: cannot write the SVG: %2</source>
        <translation>%1: 无法写入 SVG：%2</translation>
    </message>
    <message>
        <source>%1: cannot write the PDF: %2</source>
        <translation>%1：无法写入 PDF：%2</translation>
    </message>
</context>
<context>
    <name>FaultRule</name>
    <message>
        <source>%1st</source>
        <extracomment>an ordinal number for 1st, 21st, 101st…: &quot;the server&apos;s 1st FIN&quot;</extracomment>
        <translation>第 %1 个</translation>
    </message>
    <message>
        <source>%1nd</source>
        <extracomment>an ordinal number for 2nd, 22nd…: &quot;the server&apos;s 2nd FIN&quot;</extracomment>
        <translation>第 %1 个</translation>
    </message>
    <message>
        <source>%1rd</source>
        <extracomment>an ordinal number for 3rd, 23rd…: &quot;the server&apos;s 3rd FIN&quot;</extracomment>
        <translation>第 %1 个</translation>
    </message>
    <message>
        <source>%1th</source>
        <extracomment>an ordinal number for 4th to 20th, 24th, 111th…: &quot;the server&apos;s 4th FIN&quot;</extracomment>
        <translation>第 %1 个</translation>
    </message>
    <message>
        <source>segment</source>
        <extracomment>what a fault drops when it names no flags: any segment</extracomment>
        <translation>报文段</translation>
    </message>
    <message>
        <source>%1 (only)</source>
        <extracomment>%1 is a flag set (&quot;FIN|ACK&quot;): only segments with exactly these flags</extracomment>
        <translation>%1（仅此标志组合）</translation>
    </message>
    <message>
        <source>every %1 from the %2 from its %3 on</source>
        <extracomment>%1 segments (&quot;FIN&quot;, &quot;segment&quot;), %2 &quot;client&quot; or &quot;server&quot;, %3 an ordinal (&quot;2nd&quot;): every FIN from the server from its 2nd on</extracomment>
        <translation>%2从%3起的每个 %1</translation>
    </message>
    <message>
        <source>the %1&apos;s %2 %3</source>
        <extracomment>%1 &quot;client&quot; or &quot;server&quot;, %2 an ordinal (&quot;1st&quot;), %3 the segment (&quot;FIN&quot;): the server&apos;s 1st FIN</extracomment>
        <translation>%1的%2 %3</translation>
    </message>
    <message>
        <source>the %1&apos;s %2 to %3 %4</source>
        <extracomment>%1 &quot;client&quot; or &quot;server&quot;, %2 and %3 ordinals, %4 the segments: the server&apos;s 1st to 3rd FIN</extracomment>
        <translation>%1的%2到%3 %4</translation>
    </message>
</context>
<context>
    <name>FileOpener</name>
    <message>
        <source>private network namespace</source>
        <translation>私有网络命名空间</translation>
    </message>
    <message>
        <source>host loopback</source>
        <translation>主机回环</translation>
    </message>
    <message>
        <source>segments captured</source>
        <translation>报文段为抓包所得</translation>
    </message>
    <message>
        <source>segments inferred</source>
        <translation>报文段为推断所得</translation>
    </message>
    <message>
        <source>Qt client</source>
        <translation>Qt 客户端</translation>
    </message>
    <message>
        <source>trace file %1, made from a capture — states inferred from the segments</source>
        <translation>运行记录文件 %1，由抓包生成——状态由报文段推断得出</translation>
    </message>
    <message>
        <source>trace file %1 (%2)</source>
        <translation>运行记录文件 %1（%2）</translation>
    </message>
    <message>
        <source>trace file %1, recorded on %2 (%3)</source>
        <translation>运行记录文件 %1，在 %2 上记录（%3）</translation>
    </message>
    <message>
        <source>%1: no TCP connection in the capture</source>
        <translation>%1: 抓包文件中没有 TCP 连接</translation>
    </message>
    <message>
        <source>%1: no stream %2, the capture holds %3</source>
        <translation>%1: 没有第 %2 个流，该抓包文件只有 %3 个流</translation>
    </message>
    <message>
        <source>capture file %1, stream %2 of %3 — states inferred from the segments</source>
        <translation>抓包文件 %1，第 %2 个流（共 %3 个）——状态由报文段推断得出</translation>
    </message>
    <message>
        <source>A real connection read from a capture file (tcpdump, Wireshark): nothing runs, nothing is re-sent. The segments are shown as they were captured; each side&apos;s TCP states are inferred from them by the RFC 9293 state machine, not observed, and the capture cannot show the programs&apos; calls.</source>
        <translation>这是从抓包文件（tcpdump、Wireshark）中读取的一个真实连接：这里不运行任何东西，也不重新发送任何数据。报文段按抓包时的原样显示；双方的 TCP 状态是依据 RFC 9293 状态机从这些报文段推断出来的，并非观测所得；抓包也无法显示程序发出的调用。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>scenario file %1</source>
        <translation>场景文件 %1</translation>
    </message>
    <message>
        <source>A recorded run replayed from %1: nothing runs now, no socket is opened. Step and Back move over what was recorded.</source>
        <translation>这是从 %1 回放的一次已记录的运行：现在不会运行任何东西，也不会打开任何套接字。“单步”和“后退”只是在已记录的内容中前后移动。</translation>
    </message>
    <message>
        <source>Stream %1: %2</source>
        <translation>流 %1：%2</translation>
    </message>
    <message>
        <source>Choose a TCP stream</source>
        <translation>选择 TCP 流</translation>
    </message>
    <message>
        <source>%1 holds %2 TCP connections. Which one should be shown?</source>
        <translation>%1 中有 %2 个 TCP 连接。要显示哪一个？</translation>
    </message>
    <message>
        <source>Traces, scenarios and captures (*.json *.pcap *.pcapng *.cap)</source>
        <translation>运行记录、场景和抓包文件 (*.json *.pcap *.pcapng *.cap)</translation>
    </message>
    <message>
        <source>FinAck traces and scenarios (*.json)</source>
        <translation>FinAck 运行记录和场景 (*.json)</translation>
    </message>
    <message>
        <source>Captures (*.pcap *.pcapng *.cap)</source>
        <translation>抓包文件 (*.pcap *.pcapng *.cap)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>no &quot;format&quot;</source>
        <translation>没有 &quot;format&quot; 字段</translation>
    </message>
    <message>
        <source>&quot;format&quot; is &quot;%1&quot;</source>
        <translation>&quot;format&quot; 为 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: %2: not a FinAck trace (&quot;finack-trace&quot;) or scenario (&quot;finack-scenario&quot;), nor a pcap/pcapng capture</source>
        <translation>%1: %2：既不是 FinAck 运行记录（&quot;finack-trace&quot;）或场景（&quot;finack-scenario&quot;），也不是 pcap/pcapng 抓包文件</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>the window&apos;s title for a trace file: %1 the scenario&apos;s title, %2 the file&apos;s name</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1: larger than %2 MiB, expected a FinAck trace or scenario of at most %2 MiB</source>
        <extracomment>%1 the file, %2 a size in MiB</extracomment>
        <translation>%1：大于 %2 MiB，需要不超过 %2 MiB 的 FinAck 运行记录或场景</translation>
    </message>
</context>
<context>
    <name>FinAck::Actor</name>
    <message>
        <source>client</source>
        <extracomment>one side of the TCP connection, lower case inside a sentence: &quot;the client ends in TIME_WAIT&quot;</extracomment>
        <translation>客户端</translation>
    </message>
    <message>
        <source>server</source>
        <extracomment>the other side of the TCP connection, lower case inside a sentence: &quot;the server ends in CLOSED&quot;</extracomment>
        <translation>服务器</translation>
    </message>
</context>
<context>
    <name>FinAck::CallPanel</name>
    <message>
        <source>Client panel</source>
        <translation>客户端面板</translation>
    </message>
    <message>
        <source>Client calls</source>
        <translation>客户端调用</translation>
    </message>
    <message>
        <source>Server panel</source>
        <translation>服务器面板</translation>
    </message>
    <message>
        <source>Server calls</source>
        <translation>服务器调用</translation>
    </message>
</context>
<context>
    <name>FinAck::CallTableModel</name>
    <message>
        <source> (end of stream)</source>
        <translation> (流结束)</translation>
    </message>
    <message>
        <source>timed out after %1</source>
        <translation>%1 后超时</translation>
    </message>
    <message>
        <source>blocked %1</source>
        <translation>阻塞了 %1</translation>
    </message>
    <message>
        <source>signal</source>
        <extracomment>the result column of a row that is a Qt signal, not a call</extracomment>
        <translation>信号</translation>
    </message>
    <message>
        <source>emitted from the event loop</source>
        <translation>从事件循环发出</translation>
    </message>
    <message>
        <source>emitted inside %1()</source>
        <translation>在 %1() 内部发出</translation>
    </message>
    <message>
        <source>
Winsock has no direct counterpart of %1.</source>
        <translation>
Winsock 中没有与 %1 直接对应的错误。</translation>
    </message>
    <message>
        <source>time (ms)</source>
        <extracomment>column headings of a side&apos;s call table</extracomment>
        <translation>时间 (ms)</translation>
    </message>
    <message>
        <source>call</source>
        <extracomment>column heading: the call the program made</extracomment>
        <translation>调用</translation>
    </message>
    <message>
        <source>result</source>
        <extracomment>column heading: what the call returned</extracomment>
        <translation>结果</translation>
    </message>
    <message>
        <source>meaning</source>
        <extracomment>column heading: the error&apos;s description (strerror), and how long the call blocked</extracomment>
        <translation>含义</translation>
    </message>
    <message>
        <source>The call as the program made it (C, or Qt for the Qt client)</source>
        <translation>程序实际发出的调用（C 代码；Qt 客户端为 Qt 代码）</translation>
    </message>
    <message>
        <source>The system&apos;s description of the error, and how long a call blocked</source>
        <translation>系统对该错误的描述，以及调用阻塞了多长时间</translation>
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
        <extracomment>a call&apos;s tooltip: its time in milliseconds, then the call</extracomment>
        <translation>%1 ms  %2</translation>
    </message>
    <message>
        <source>Milliseconds since the run started, without the waits for the next step</source>
        <translation>自本次运行开始以来的毫秒数，不含等待下一步的时间</translation>
    </message>
    <message>
        <source>What the call returned (recv() returning 0 means the peer closed its side); when it failed, errno&apos;s name and number (Qt: socket.error()); after · what a Windows program gets for the same call</source>
        <translation>调用的返回值（recv() 返回 0 表示对端已关闭它那一侧）；调用失败时还有 errno 的名称和编号（Qt：socket.error()）；“·”之后是 Windows 程序对同一调用得到的结果</translation>
    </message>
</context>
<context>
    <name>FinAck::Cli</name>
    <message>
        <source>Where the sockets live: auto (private namespace when allowed, else host), private, or host.</source>
        <extracomment>--network&apos;s help; auto, private and host are its values: keep them</extracomment>
        <translation>套接字所在的网络：auto（允许时使用私有网络命名空间，否则使用 host）、private 或 host。</translation>
    </message>
    <message>
        <source>Infer segments instead of capturing them, even when capture is allowed.</source>
        <translation>即使允许抓包，也不抓包，而是推断报文段。</translation>
    </message>
    <message>
        <source>The client&apos;s calls: posix (default), or qt: a QTcpSocket in a thread with its own event loop.</source>
        <extracomment>--client&apos;s help; posix and qt are its values: keep them</extracomment>
        <translation>客户端的调用方式：posix（默认），或 qt：在拥有独立事件循环的线程中运行的 QTcpSocket。</translation>
    </message>
    <message numerus="yes">
        <source>--stream: %1 holds %n TCP stream(s), numbered from 1; got &quot;%2&quot;</source>
        <translation>
            <numerusform>--stream: %1 中有 %n 个 TCP 流，编号从 1 开始；实际给出的是 &quot;%2&quot;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n TCP streams; choose one with --stream N: %2</source>
        <extracomment>%1 is the capture file, %2 its streams described one by one</extracomment>
        <translation>
            <numerusform>%1 中有 %n 个 TCP 流，请用 --stream N 选择其中一个：%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Writes a run as a picture (png, svg, pdf), a capture (pcap), a trace (json) or diagram text (mmd: Mermaid, puml: PlantUML), chosen by the output&apos;s suffix. Needs no display.</source>
        <translation>把一次运行导出为图片（png、svg、pdf）、抓包文件（pcap）、运行记录（json）或时序图文本（mmd：Mermaid，puml：PlantUML），格式由输出文件的后缀决定。无需图形界面。</translation>
    </message>
    <message>
        <source>A built-in scenario id or scenario .json (run first on real sockets), a trace .json, or a .pcap/.pcapng capture.</source>
        <translation>内置场景 id 或场景 .json 文件（先在真实套接字上运行）、运行记录 .json，或 .pcap/.pcapng 抓包文件。</translation>
    </message>
    <message>
        <source>The file to write: .png .svg .pdf .pcap .json .mmd .puml</source>
        <translation>要写入的文件：.png .svg .pdf .pcap .json .mmd .puml</translation>
    </message>
    <message>
        <source>PNG: pixels per diagram pixel, 0.25 to 8 (default 1; 2 for slides).</source>
        <translation>PNG：每个时序图像素对应的图片像素数，0.25 到 8（默认 1；用于幻灯片时取 2）。</translation>
    </message>
    <message>
        <source>Pictures: light (default) or dark.</source>
        <extracomment>--theme&apos;s help; light and dark are its values: keep them</extracomment>
        <translation>图片：light（默认）或 dark。</translation>
    </message>
    <message>
        <source>Pictures: even rows (default), or true-time, where y follows the clock.</source>
        <extracomment>--spacing&apos;s help; even and true-time are its values: keep them</extracomment>
        <translation>图片：even 各行等距（默认），或 true-time，纵坐标按真实时间排列。</translation>
    </message>
    <message>
        <source>A capture with several TCP streams: which one, from 1.</source>
        <translation>抓包文件中有多个 TCP 流时，选择其中哪一个（从 1 开始）。</translation>
    </message>
    <message>
        <source>export: expected one input (a scenario id or file, a trace .json, a .pcap), e.g. finack export graceful-client-first -o close.svg</source>
        <translation>export: 需要一个输入（场景 id 或场景文件、运行记录 .json、.pcap），例如 finack export graceful-client-first -o close.svg</translation>
    </message>
    <message>
        <source>export: expected -o &lt;file&gt;, e.g. -o close.svg; its suffix chooses the format</source>
        <translation>export: 需要 -o &lt;file&gt;，例如 -o close.svg；格式由文件后缀决定</translation>
    </message>
    <message>
        <source>--scale: expected a number from 0.25 to 8, got &quot;%1&quot;</source>
        <translation>--scale: 应为 0.25 到 8 之间的数，实际为 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--theme: expected light or dark, got &quot;%1&quot;</source>
        <translation>--theme: 应为 light 或 dark，实际为 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--spacing: expected even or true-time, got &quot;%1&quot;</source>
        <translation>--spacing: 应为 even 或 true-time，实际为 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--stream: only a capture file (.pcap, .pcapng) has streams to choose from</source>
        <translation>--stream: 只有抓包文件（.pcap、.pcapng）才有可供选择的流</translation>
    </message>
    <message>
        <source>%1: not a FinAck scenario or trace, nor a pcap capture (%2)</source>
        <translation>%1: 既不是 FinAck 场景或运行记录，也不是 pcap 抓包文件（%2）</translation>
    </message>
    <message>
        <source>%1: not a FinAck scenario or trace, nor a pcap capture</source>
        <translation>%1: 既不是 FinAck 场景或运行记录，也不是 pcap 抓包文件</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>--lang: expected a language, en or zh_CN</source>
        <translation>--lang: 需要指定语言：en 或 zh_CN</translation>
    </message>
    <message>
        <source>--network: expected auto, private or host, got &quot;%1&quot;</source>
        <translation>--network: 应为 auto、private 或 host，实际为 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--client: expected posix or qt, got &quot;%1&quot;</source>
        <translation>--client: 应为 posix 或 qt，实际为 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Runs a scenario on real sockets on 127.0.0.1 and prints what happened.</source>
        <translation>在 127.0.0.1 上用真实套接字运行一个场景，并输出发生的一切。</translation>
    </message>
    <message>
        <source>A built-in scenario id (finack list) or a scenario .json file.</source>
        <translation>内置场景 id（见 finack list）或场景 .json 文件。</translation>
    </message>
    <message>
        <source>Also save the trace as JSON to &lt;file&gt;.</source>
        <translation>同时把运行记录以 JSON 格式保存到 &lt;file&gt;。</translation>
    </message>
    <message>
        <source>run: expected one scenario id or file, e.g. finack run graceful-client-first</source>
        <translation>run: 需要一个场景 id 或场景文件，例如 finack run graceful-client-first</translation>
    </message>
    <message>
        <source>client %1, server %2</source>
        <translation>客户端 %1，服务器 %2</translation>
    </message>
    <message>
        <source>host loopback</source>
        <extracomment>where the run&apos;s sockets lived: the machine&apos;s own 127.0.0.1</extracomment>
        <translation>主机回环</translation>
    </message>
    <message>
        <source>private namespace</source>
        <extracomment>where the run&apos;s sockets lived: the lab&apos;s own network namespace</extracomment>
        <translation>私有网络命名空间</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is the network (&quot;host loopback&quot;), %2 why the private namespace was not available</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>captured</source>
        <extracomment>how the run&apos;s segments are known: read off the wire</extracomment>
        <translation>抓包得到</translation>
    </message>
    <message>
        <source>inferred (no capture: %1)</source>
        <extracomment>how the run&apos;s segments are known: worked out from the calls, because capture failed for reason %1</extracomment>
        <translation>推断得出（未抓包：%1）</translation>
    </message>
    <message>
        <source>network: %1; segments %2</source>
        <extracomment>%1: &quot;private namespace&quot; or &quot;host loopback&quot;; %2: &quot;captured&quot; or &quot;inferred (…)&quot;</extracomment>
        <translation>网络：%1；报文段：%2</translation>
    </message>
    <message>
        <source>client: a QTcpSocket (Qt %1) in a thread with its own event loop. Its calls are the Qt code that ran; its signals are listed when they were emitted, [inside] a call or from the [event loop]. The server is POSIX, and the step notes describe a POSIX client.</source>
        <extracomment>[inside] and [event loop] point at the marks of the table below (&quot;inside %1()&quot;, &quot;event loop&quot;): translate them alike</extracomment>
        <translation>客户端：在拥有独立事件循环的线程中运行的 QTcpSocket（Qt %1）。它的调用就是实际执行的 Qt 代码；它的信号在发出时列出，并注明是在某个调用[内部]发出，还是从[事件循环]发出。服务器使用 POSIX 接口，步骤说明描述的也是 POSIX 客户端。</translation>
    </message>
    <message>
        <source>Expected on this platform:</source>
        <extracomment>heading of the list of the scenario author&apos;s claims about this operating system</extracomment>
        <translation>本平台上的预期：</translation>
    </message>
    <message>
        <source>(the kernel: %1)</source>
        <extracomment>after a claim that did not hold: %1 is what the kernel did instead (&quot;-1 ECONNRESET&quot;)</extracomment>
        <translation>（内核实际：%1）</translation>
    </message>
    <message>
        <source>Takeaway: %1</source>
        <extracomment>%1 is the scenario&apos;s one-sentence lesson</extracomment>
        <translation>要点：%1</translation>
    </message>
    <message>
        <source>The scenario&apos;s expectations describe a POSIX client, so they are not checked with --client qt.</source>
        <translation>场景的预期描述的是 POSIX 客户端，因此使用 --client qt 时不做检查。</translation>
    </message>
    <message>
        <source>The kernel did what the scenario expects.</source>
        <translation>内核的行为与场景预期一致。</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) from the scenario&apos;s expectation.</source>
        <translation>
            <numerusform>与场景预期有 %n 处不同。</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; expected list, run or export (or no command for the window)</source>
        <translation>未知命令 &quot;%1&quot;；应为 list、run 或 export（不带命令则打开图形窗口）</translation>
    </message>
    <message>
        <source>Open with this scenario (id or file).</source>
        <translation>启动时打开此场景（id 或文件）。</translation>
    </message>
    <message>
        <source>auto, private or host.</source>
        <translation>auto、private 或 host。</translation>
    </message>
    <message>
        <source>A scenario, trace or capture file to open (the file manager passes it).</source>
        <translation>要打开的场景、运行记录或抓包文件（由文件管理器传入）。</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>无法打开文件</translation>
    </message>
    <message>
        <source>Run it &lt;n&gt; times in one lab and report every run that differs from the first, and the lab&apos;s open descriptors and threads before and after.</source>
        <extracomment>--repeat&apos;s help; keep &quot;descriptors&quot; and &quot;threads&quot; plain</extracomment>
        <translation>在同一个实验进程中运行 &lt;n&gt; 次，报告每一次与第一次不同的运行，以及实验进程运行前后打开的描述符数和线程数。</translation>
    </message>
    <message>
        <source>--repeat: expected a number of runs from 1 to %1, got &quot;%2&quot;</source>
        <translation>--repeat：应为 1 到 %1 之间的运行次数，实际为 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>run %1 of %2</source>
        <extracomment>progress on the terminal while finack run --repeat works: %1 runs done, %2 in all</extracomment>
        <translation>第 %1 次运行，共 %2 次</translation>
    </message>
    <message>
        <source>Usage: finack [command]

Without a command, finack opens its window.

Commands:
  list                       the built-in scenarios, id and title
  run &lt;id|file.json&gt;         run a scenario on real sockets on 127.0.0.1 and print what happened
      --trace &lt;file&gt;         also save the trace as JSON (docs/trace-format.md)
      --repeat &lt;n&gt;           run it n times in one lab; report the runs that differ from
                             the first and the lab&apos;s descriptors and threads (exit 1)
      --network auto|private|host
                             private: the lab&apos;s own network namespace (every segment
                             captured, faults possible); host: the host&apos;s loopback;
                             auto (default): private where the kernel allows it
      --no-capture           infer segments even where capture is allowed
      --client posix|qt      the client&apos;s calls: POSIX sockets (default), or a real
                             QTcpSocket in a thread with its own event loop, with its
                             signals on the timeline (the server stays POSIX)
  export &lt;input&gt; -o &lt;file&gt;   write a run as png, svg, pdf, pcap, json, mmd (Mermaid) or puml
                             (PlantUML), by the file&apos;s suffix; input: a scenario id or file
                             (run first), a trace .json or a .pcap/.pcapng capture.
                             finack export --help lists its options.

Every command and the window take --lang en|zh_CN (default: the system&apos;s language).

Exit status: 0 when the command ran, 2 on bad input (the reason is on stderr).
</source>
        <extracomment>`finack --help`. Keep the commands, the option names and their values (list, run, --trace, auto|private|host…) and the two columns</extracomment>
        <translation>用法：finack [command]

不带命令时，finack 打开图形窗口。

命令：
  list                       列出内置场景（id 和标题）
  run &lt;id|file.json&gt;         在 127.0.0.1 上用真实套接字运行一个场景，并输出发生的一切
      --trace &lt;file&gt;         同时把运行记录保存为 JSON（见 docs/trace-format.md）
      --repeat &lt;n&gt;           在同一个实验进程中运行 n 次；报告与第一次不同的运行，
                             以及实验进程的描述符数和线程数（有发现时退出状态为 1）
      --network auto|private|host
                             private：实验进程自己的网络命名空间（能抓到每个报文段，
                             可以注入故障）；host：主机的回环接口；
                             auto（默认）：内核允许时使用 private
      --no-capture           即使允许抓包，也改为推断报文段
      --client posix|qt      客户端的调用方式：POSIX 套接字（默认），或在拥有独立
                             事件循环的线程中运行的真实 QTcpSocket，其信号显示在
                             时间线上（服务器仍使用 POSIX）
  export &lt;input&gt; -o &lt;file&gt;   把一次运行导出为 png、svg、pdf、pcap、json、mmd（Mermaid）
                             或 puml（PlantUML），格式由文件后缀决定；input：场景 id 或
                             场景文件（先运行）、运行记录 .json 或 .pcap/.pcapng 抓包文件。
                             finack export --help 会列出它的选项。

所有命令以及图形窗口都接受 --lang en|zh_CN（默认：系统语言）。

退出状态：命令执行完毕时为 0，输入有误时为 2（原因输出到 stderr）。
</translation>
    </message>
    <message>
        <source>Play the scenario from the start as the window opens.</source>
        <translation>窗口打开时从头播放该场景。</translation>
    </message>
    <message>
        <source>Playback speed, 0.25 to 4.</source>
        <translation>播放速度，0.25 到 4。</translation>
    </message>
    <message>
        <source>Open full screen in presentation mode (F11).</source>
        <translation>以演示模式全屏打开（F11）。</translation>
    </message>
    <message>
        <source>--speed: expected a number from 0.25 to 4, got &quot;%1&quot;</source>
        <translation>--speed：应为 0.25 到 4 之间的数，实际为“%1”</translation>
    </message>
    <message>
        <source>Only these steps, numbered as in the diagram&apos;s step gutter (setup steps included, from 1): 3-6, 4 or 2-.</source>
        <translation>只包含这些步骤，编号与图中行左侧的步骤编号相同（含建立连接的步骤，从 1 开始）：如 3-6、4 或 2-。</translation>
    </message>
</context>
<context>
    <name>FinAck::CompareWindow</name>
    <message>
        <source>%1: a scenario, not a recorded run: run it, save its trace, and compare the trace file</source>
        <translation>%1: 这是场景，不是运行记录：请先运行它并保存运行记录，再对比该运行记录文件</translation>
    </message>
    <message>
        <source>%1: the trace holds no event to compare</source>
        <translation>%1: 该运行记录中没有可对比的事件</translation>
    </message>
    <message>
        <source>%1, stream %2 of %3</source>
        <extracomment>a capture file&apos;s name and the connection shown: %1 the file, %2 the stream&apos;s number, %3 how many it holds</extracomment>
        <translation>%1，第 %2 个流（共 %3 个）</translation>
    </message>
    <message>
        <source>Open the left trace</source>
        <translation>打开左侧的运行记录</translation>
    </message>
    <message>
        <source>Open the right trace</source>
        <translation>打开右侧的运行记录</translation>
    </message>
    <message>
        <source>Compare traces</source>
        <translation>对比运行记录</translation>
    </message>
    <message>
        <source>Compare %1 and %2</source>
        <extracomment>the compare window&apos;s title: %1 and %2 the two traces&apos; file names</extracomment>
        <translation>对比 %1 与 %2</translation>
    </message>
    <message>
        <source>Open two traces to compare them step by step.</source>
        <translation>打开两个运行记录，逐步对比它们。</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <source>Open another trace or capture on the left</source>
        <translation>在左侧打开另一个运行记录或抓包文件</translation>
    </message>
    <message>
        <source>Open another trace or capture on the right</source>
        <translation>在右侧打开另一个运行记录或抓包文件</translation>
    </message>
    <message>
        <source>no trace</source>
        <translation>无运行记录</translation>
    </message>
    <message>
        <source>differs</source>
        <extracomment>beside the amber swatch that marks the rows of the diagrams that differ</extracomment>
        <translation>有差异</translation>
    </message>
    <message>
        <source>Rows marked in amber differ between the two runs. Click a difference in the list to show it in both.</source>
        <translation>用琥珀色标出的行在两次运行中不同。单击列表中的某处差异，即可在两侧同时显示它。</translation>
    </message>
    <message>
        <source>Notes count</source>
        <translation>比较说明</translation>
    </message>
    <message>
        <source>Count differently worded step notes as differences too</source>
        <translation>步骤说明的措辞不同也算作差异</translation>
    </message>
</context>
<context>
    <name>FinAck::DiagramLabels</name>
    <message>
        <source>(no flags)</source>
        <extracomment>a TCP segment with none of SYN FIN RST PSH ACK set</extracomment>
        <translation>(无标志位)</translation>
    </message>
    <message>
        <source>timed out</source>
        <extracomment>a call&apos;s result: it was still blocked at the step&apos;s timeout</extracomment>
        <translation>超时</translation>
    </message>
    <message>
        <source>inferred</source>
        <extracomment>a segment worked out from the calls, not captured</extracomment>
        <translation>推断的</translation>
    </message>
    <message>
        <source>dropped</source>
        <extracomment>a segment a fault dropped on purpose</extracomment>
        <translation>被丢弃</translation>
    </message>
    <message>
        <source>end of stream</source>
        <extracomment>recv() returned 0: the peer sent FIN</extracomment>
        <translation>流结束</translation>
    </message>
    <message>
        <source>blocked %1 ms</source>
        <translation>阻塞 %1 ms</translation>
    </message>
    <message>
        <source>derived</source>
        <extracomment>a state worked out from the segments, not read from the kernel</extracomment>
        <translation>推导出的</translation>
    </message>
    <message>
        <source>timer %1 s</source>
        <translation>定时器 %1 s</translation>
    </message>
    <message>
        <source>recv-q %1</source>
        <extracomment>recv-q and send-q are ss(8)&apos;s columns: bytes queued in the socket</extracomment>
        <translation>recv-q %1</translation>
    </message>
    <message>
        <source>send-q %1</source>
        <translation>send-q %1</translation>
    </message>
    <message>
        <source>event loop</source>
        <extracomment>where a Qt signal was emitted: from the event loop</extracomment>
        <translation>事件循环</translation>
    </message>
    <message>
        <source>in %1()</source>
        <extracomment>where a Qt signal was emitted: inside this Qt function (&quot;in waitForConnected()&quot;)</extracomment>
        <translation>在 %1() 内部</translation>
    </message>
    <message>
        <source>signal %1 [%2]</source>
        <extracomment>%1 the signal (&quot;disconnected()&quot;), %2 where it was emitted</extracomment>
        <translation>信号 %1 [%2]</translation>
    </message>
    <message>
        <source>Windows, documented:</source>
        <extracomment>heads what Windows&apos; documentation says this call returns, where this kernel did otherwise</extracomment>
        <translation>Windows 文档所述：</translation>
    </message>
    <message>
        <source>Windows: %1</source>
        <extracomment>%1 is Winsock&apos;s error for the same condition, &quot;WSAECONNRESET 10054&quot;</extracomment>
        <translation>Windows：%1</translation>
    </message>
    <message>
        <source>or %1</source>
        <extracomment>a second Winsock error Windows may report instead, &quot;WSAECONNRESET 10054&quot;</extracomment>
        <translation>或 %1</translation>
    </message>
</context>
<context>
    <name>FinAck::DiagramText</name>
    <message>
        <source>Server</source>
        <extracomment>a participant&apos;s name at the top of the diagram</extracomment>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Client (QTcpSocket)</source>
        <translation>客户端 (QTcpSocket)</translation>
    </message>
    <message>
        <source>Client</source>
        <extracomment>a participant&apos;s name at the top of the diagram</extracomment>
        <translation>客户端</translation>
    </message>
    <message>
        <source>private</source>
        <extracomment>the run&apos;s network: the lab&apos;s own network namespace</extracomment>
        <translation>私有命名空间</translation>
    </message>
    <message>
        <source>host</source>
        <extracomment>the run&apos;s network: the machine&apos;s own loopback</extracomment>
        <translation>主机回环</translation>
    </message>
    <message>
        <source>capture file</source>
        <extracomment>the trace was read from a pcap file, not run</extracomment>
        <translation>抓包文件</translation>
    </message>
    <message>
        <source>network %1</source>
        <extracomment>%1 is where the run happened: private, host or capture file</extracomment>
        <translation>网络：%1</translation>
    </message>
    <message>
        <source>segments captured</source>
        <translation>报文段为抓包所得</translation>
    </message>
    <message>
        <source>segments inferred (dashed)</source>
        <extracomment>the diagram draws inferred segments as dashed arrows</extracomment>
        <translation>报文段为推断所得（虚线）</translation>
    </message>
    <message>
        <source>FinAck trace %1%2</source>
        <extracomment>the comment line at the top of a Mermaid or PlantUML file: %1 the scenario id and a dot (or nothing), %2 the platform</extracomment>
        <translation>FinAck 运行记录 %1%2</translation>
    </message>
</context>
<context>
    <name>FinAck::Engine</name>
    <message>
        <source>%1 needs segments dropped on purpose, which cannot be done here: %2</source>
        <extracomment>%1 is a scenario id, %2 why faults cannot be installed</extracomment>
        <translation>%1 需要故意丢弃报文段，但在这里无法做到：%2</translation>
    </message>
    <message>
        <source>%1 cannot run with the Qt client: its client calls %2(), and %3</source>
        <extracomment>%1 is a scenario id, %2 a call (listen, accept, dup…), %3 why a QTcpSocket cannot make it</extracomment>
        <translation>%1 无法用 Qt 客户端运行：它的客户端要调用 %2()，而 %3</translation>
    </message>
    <message>
        <source>capture turned off</source>
        <extracomment>why segments were not captured: --no-capture was given</extracomment>
        <translation>抓包已关闭</translation>
    </message>
    <message>
        <source>The kernel&apos;s socket table (sock_diag) cannot be read: %1</source>
        <translation>无法读取内核的套接字表（sock_diag）：%1</translation>
    </message>
    <message>
        <source>Step %1 skipped: the %2 has no descriptor named &quot;%3&quot; (an earlier call failed or closed it).</source>
        <extracomment>%1 the step&apos;s number as in the diagram&apos;s step gutter (setup steps included, from 1), %2 is &quot;client&quot; or &quot;server&quot;, %3 the scenario&apos;s name for a socket (&quot;sock&quot;, &quot;conn&quot;)</extracomment>
        <translation>已跳过步骤 %1：%2没有名为 &quot;%3&quot; 的描述符（之前的某个调用失败了，或已将它关闭）。</translation>
    </message>
    <message>
        <source>the %1 has no port yet</source>
        <translation>%1还没有端口</translation>
    </message>
    <message>
        <source>Fault not installed: %1.</source>
        <translation>故障未能注入：%1。</translation>
    </message>
    <message>
        <source>Fault: %1 will be dropped.</source>
        <extracomment>%1 says which segments: &quot;the server&apos;s 1st FIN&quot;</extracomment>
        <translation>故障：%1 将被丢弃。</translation>
    </message>
    <message>
        <source>Fault: %1 will be dropped (%2).</source>
        <extracomment>%1 says which segments (&quot;the server&apos;s 1st FIN&quot;), %2 is the scenario&apos;s note on the fault</extracomment>
        <translation>故障：%1 将被丢弃（%2）。</translation>
    </message>
    <message>
        <source>%1 was still blocked after %2 ms, the step&apos;s timeout; FinAck interrupted it.</source>
        <extracomment>%1 is a call (recv, connect…)</extracomment>
        <translation>%1 在 %2 ms（该步骤的超时时间）后仍处于阻塞状态，FinAck 中断了它。</translation>
    </message>
    <message>
        <source>Reading the kernel&apos;s socket table failed: %1</source>
        <translation>读取内核的套接字表失败：%1</translation>
    </message>
    <message>
        <source>The network had not settled %1 ms after step %2; going on.</source>
        <extracomment>%1 milliseconds, %2 the step&apos;s number as in the diagram&apos;s step gutter (setup steps included, from 1)</extracomment>
        <translation>步骤 %2 之后过了 %1 ms，网络仍未稳定；继续执行。</translation>
    </message>
    <message>
        <source>The scenario&apos;s expectation describes a POSIX client; with the Qt client it is not checked.</source>
        <translation>场景的预期描述的是 POSIX 客户端；使用 Qt 客户端时不做检查。</translation>
    </message>
    <message>
        <source>%1 cannot run on the host network: %2</source>
        <extracomment>%1 is a scenario id, %2 which step and why (&quot;step 3: the raw option …&quot;)</extracomment>
        <translation>%1 无法在主机网络上运行：%2</translation>
    </message>
    <message>
        <source>Step %1 skipped: %2.</source>
        <extracomment>%1 the step&apos;s number as in the diagram&apos;s step gutter (setup steps included, from 1), %2 why (&quot;connect() to port 8080 was not made: …&quot;)</extracomment>
        <translation>第 %1 步已跳过：%2。</translation>
    </message>
    <message>
        <source>FinAck stopped recording segments after %1: a saved trace holds at most %2 events. The run goes on, and its calls and states are still recorded.</source>
        <extracomment>%1 a number of segments, %2 the most events a trace file may hold</extracomment>
        <translation>FinAck 在记录 %1 个报文段后停止记录报文段：保存的运行记录最多容纳 %2 个事件。运行会继续，其调用和状态仍会被记录。</translation>
    </message>
</context>
<context>
    <name>FinAck::ErrnoNames</name>
    <message>
        <source>WSAESHUTDOWN (10058) or WSAECONNRESET (10054)</source>
        <extracomment>Windows reports one of two errors where Linux says EPIPE</extracomment>
        <translation>WSAESHUTDOWN (10058) 或 WSAECONNRESET (10054)</translation>
    </message>
    <message>
        <source>Connection reset by peer</source>
        <translation>连接被对端重置</translation>
    </message>
    <message>
        <source>Broken pipe</source>
        <translation>断开的管道</translation>
    </message>
    <message>
        <source>Connection timed out</source>
        <translation>连接超时</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>拒绝连接</translation>
    </message>
    <message>
        <source>Resource temporarily unavailable</source>
        <translation>资源暂时不可用</translation>
    </message>
    <message>
        <source>Transport endpoint is not connected</source>
        <translation>传输端点尚未连接</translation>
    </message>
    <message>
        <source>Transport endpoint is already connected</source>
        <translation>传输端点已经连接</translation>
    </message>
    <message>
        <source>Cannot send after transport endpoint shutdown</source>
        <translation>传输端点关闭后无法发送</translation>
    </message>
    <message>
        <source>Address already in use</source>
        <translation>地址已在使用</translation>
    </message>
    <message>
        <source>Cannot assign requested address</source>
        <translation>无法分配请求的地址</translation>
    </message>
    <message>
        <source>Interrupted system call</source>
        <translation>被中断的系统调用</translation>
    </message>
    <message>
        <source>Protocol not available</source>
        <translation>协议不可用</translation>
    </message>
    <message>
        <source>Protocol error</source>
        <translation>协议错误</translation>
    </message>
    <message>
        <source>Bad file descriptor</source>
        <translation>错误的文件描述符</translation>
    </message>
    <message>
        <source>Invalid argument</source>
        <translation>无效的参数</translation>
    </message>
    <message>
        <source>Software caused connection abort</source>
        <translation>软件导致连接中止</translation>
    </message>
    <message>
        <source>Operation now in progress</source>
        <translation>操作正在进行中</translation>
    </message>
    <message>
        <source>Operation already in progress</source>
        <translation>操作已在进行中</translation>
    </message>
    <message>
        <source>No route to host</source>
        <translation>没有到主机的路由</translation>
    </message>
    <message>
        <source>Network is unreachable</source>
        <translation>网络不可达</translation>
    </message>
    <message>
        <source>Socket operation on non-socket</source>
        <translation>对非套接字进行套接字操作</translation>
    </message>
    <message>
        <source>Operation not supported</source>
        <translation>不支持的操作</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>权限不够</translation>
    </message>
    <message>
        <source>Operation not permitted</source>
        <translation>不允许的操作</translation>
    </message>
    <message>
        <source>Too many open files</source>
        <translation>打开的文件过多</translation>
    </message>
    <message>
        <source>No buffer space available</source>
        <translation>没有可用的缓冲区空间</translation>
    </message>
    <message>
        <source>Message too long</source>
        <translation>消息过长</translation>
    </message>
    <message>
        <source>Destination address required</source>
        <translation>需要目标地址</translation>
    </message>
    <message>
        <source>Bad address</source>
        <translation>错误的地址</translation>
    </message>
</context>
<context>
    <name>FinAck::ExpectationCheck</name>
    <message>
        <source>without error</source>
        <extracomment>what a call is expected to return when the author gave no value: &quot;step 2, close on the client, returns without error&quot;</extracomment>
        <translation>成功（无错误）</translation>
    </message>
    <message>
        <source>step %1, %2 on the %3, returns %4</source>
        <extracomment>a claim of the scenario&apos;s author: %1 the step&apos;s number as in the diagram&apos;s step gutter (setup steps included, from 1), %2 the call (&quot;recv&quot;), %3 &quot;client&quot; or &quot;server&quot;, %4 &quot;-1 ECONNRESET&quot;, &quot;0&quot; or &quot;without error&quot;</extracomment>
        <translation>步骤 %1：%3的 %2 返回 %4</translation>
    </message>
    <message>
        <source>the call never ran</source>
        <translation>该调用从未执行</translation>
    </message>
    <message>
        <source>the %1 ends in %2</source>
        <extracomment>a claim of the scenario&apos;s author: %1 &quot;client&quot; or &quot;server&quot;, %2 a TCP state (&quot;TIME_WAIT&quot;)</extracomment>
        <translation>%1最终处于 %2</translation>
    </message>
    <message>
        <source>segments in this order: %1</source>
        <extracomment>a claim of the scenario&apos;s author: %1 lists segments (&quot;client FIN, server ACK&quot;)</extracomment>
        <translation>报文段依次为：%1</translation>
    </message>
    <message>
        <source>no %1 came after the first %2</source>
        <extracomment>%1 is a segment (&quot;server FIN&quot;), %2 how many of the claimed segments did come, in order</extracomment>
        <translation>前 %2 个报文段之后没有出现 %1</translation>
    </message>
    <message>
        <source>Expected %1; the kernel did otherwise: %2.</source>
        <extracomment>%1 is a claim (&quot;the client ends in TIME_WAIT&quot;), %2 what happened instead (&quot;CLOSED&quot;)</extracomment>
        <translation>预期：%1；内核的实际结果：%2。</translation>
    </message>
</context>
<context>
    <name>FinAck::ExplainPanel</name>
    <message>
        <source>Explanation</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>尚未开始</translation>
    </message>
    <message>
        <source>Nothing has run yet. Step runs the first step on real sockets; Play runs them one after another.</source>
        <translation>还没有运行任何步骤。“单步”在真实套接字上运行第一个步骤；“播放”则依次运行所有步骤。</translation>
    </message>
    <message>
        <source>The record starts here. Step shows its first step.</source>
        <translation>记录从这里开始。“单步”显示它的第一个步骤。</translation>
    </message>
    <message>
        <source>This step</source>
        <translation>本步骤</translation>
    </message>
    <message>
        <source>the kernel: %1</source>
        <translation>内核实际：%1</translation>
    </message>
    <message>
        <source>The kernel did what the scenario expects.</source>
        <translation>内核的行为与场景预期一致。</translation>
    </message>
    <message>
        <source>What the scenario expects on this platform</source>
        <translation>本平台上的场景预期</translation>
    </message>
    <message>
        <source>About this scenario</source>
        <translation>关于此场景</translation>
    </message>
    <message>
        <source>Takeaway:</source>
        <translation>要点：</translation>
    </message>
    <message numerus="yes">
        <source>%n claim did not hold: your kernel differs from the scenario&apos;s author here.</source>
        <translation>
            <numerusform>%n 条预期未能成立：在这一点上，你的内核与场景作者的内核表现不同。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claims did not hold: your kernel differs from the scenario&apos;s author here.</source>
        <translation>
            <numerusform>%n 条预期未能成立：在这一点上，你的内核与场景作者的内核表现不同。</numerusform>
        </translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <extracomment>the heading of the explanation of the step at the playhead: &quot;Step 5 of 11&quot;</extracomment>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
</context>
<context>
    <name>FinAck::ExportDialog</name>
    <message>
        <source>A picture for slides: title, diagram, legend and where the run was recorded. Scale 2 stays sharp on a projector.</source>
        <translation>用于幻灯片的图片：包括标题、时序图、图例以及这次运行的记录环境。缩放比例取 2 时在投影仪上依然清晰。</translation>
    </message>
    <message>
        <source>A vector drawing with its labels as real text; a browser or Inkscape opens it.</source>
        <translation>矢量图，其中的标签是真正的文本；可用浏览器或 Inkscape 打开。</translation>
    </message>
    <message>
        <source>Vector pages as wide as the diagram, for handouts.</source>
        <translation>与时序图等宽的矢量页面，适合做讲义。</translation>
    </message>
    <message>
        <source>The captured segments, for Wireshark and tshark. A run whose segments were inferred has none to write.</source>
        <translation>抓到的报文段，供 Wireshark 和 tshark 使用。报文段为推断所得的运行没有可写入的内容。</translation>
    </message>
    <message>
        <source>The trace itself: FinAck opens it again and replays it with no sockets.</source>
        <translation>运行记录本身：FinAck 可以再次打开它，无需套接字即可回放。</translation>
    </message>
    <message>
        <source>A Mermaid sequenceDiagram, for Markdown notes and wikis.</source>
        <translation>Mermaid sequenceDiagram（时序图），适用于 Markdown 笔记和 wiki。</translation>
    </message>
    <message>
        <source>A PlantUML sequence diagram, for the wikis and tools that render it.</source>
        <translation>PlantUML 时序图，适用于能渲染它的 wiki 和工具。</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>The whole run</source>
        <translation>整个运行过程</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>First step</source>
        <translation>起始步骤</translation>
    </message>
    <message>
        <source>Last step</source>
        <translation>结束步骤</translation>
    </message>
    <message>
        <source>(this record has no steps)</source>
        <translation>（此记录没有步骤）</translation>
    </message>
    <message>
        <source>to</source>
        <extracomment>between the first and the last step of a range: &quot;Steps [2] to [5] of 7 steps&quot;</extracomment>
        <translation>至</translation>
    </message>
    <message>
        <source>PNG scale</source>
        <translation>PNG 缩放比例</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>步骤：</translation>
    </message>
    <message>
        <source>PNG &amp;scale:</source>
        <translation>PNG 缩放比例(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message numerus="yes">
        <source>of %n step</source>
        <translation>
            <numerusform>（共 %n 个步骤）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of %n steps</source>
        <translation>
            <numerusform>（共 %n 个步骤）</numerusform>
        </translation>
    </message>
    <message>
        <source>(this record has steps %1–%2)</source>
        <extracomment>a part of a run saved on its own keeps its step numbers: &quot;Steps [4] to [6] (this record has steps 3–6)&quot;</extracomment>
        <translation>（此记录包含步骤 %1–%2）</translation>
    </message>
</context>
<context>
    <name>FinAck::FileActions</name>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a scenario, a saved trace or a pcap/pcapng capture</source>
        <translation>打开场景、已保存的运行记录或 pcap/pcapng 抓包文件</translation>
    </message>
    <message>
        <source>&amp;Save trace…</source>
        <translation>保存运行记录(&amp;S)…</translation>
    </message>
    <message>
        <source>Save the record shown as a FinAck trace (JSON) that replays anywhere</source>
        <translation>把当前显示的记录保存为 FinAck 运行记录（JSON），可在任何地方回放</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the diagram: PNG, SVG, PDF, pcap, trace JSON, Mermaid or PlantUML</source>
        <translation>导出时序图：PNG、SVG、PDF、pcap、运行记录 JSON、Mermaid 或 PlantUML</translation>
    </message>
    <message>
        <source>&amp;Copy diagram</source>
        <translation>复制时序图(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the diagram as shown to the clipboard, as an image and as SVG</source>
        <translation>把当前显示的时序图复制到剪贴板（图片和 SVG 两种格式）</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Quit FinAck</source>
        <translation>退出 FinAck</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open a scenario, trace or capture</source>
        <translation>打开场景、运行记录或抓包文件</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>无法打开文件</translation>
    </message>
    <message>
        <source>Save trace</source>
        <translation>保存运行记录</translation>
    </message>
    <message>
        <source>Cannot save the trace</source>
        <translation>无法保存运行记录</translation>
    </message>
    <message>
        <source>Saved the trace to %1</source>
        <translation>运行记录已保存到 %1</translation>
    </message>
    <message>
        <source>Export as %1</source>
        <translation>导出为 %1</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <source>Exported, with a change</source>
        <translation>已导出，但有所调整</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
    <message>
        <source>Copied the diagram up to the playhead, as an image and as SVG</source>
        <translation>已复制截至当前播放位置的时序图（图片和 SVG 两种格式）</translation>
    </message>
    <message>
        <source>Copied the whole diagram, as an image and as SVG</source>
        <translation>已复制整个时序图（图片和 SVG 两种格式）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>an action&apos;s tooltip: %1 says what it does, %2 is its shortcut (&quot;Ctrl+O&quot;)</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Compare &amp;with…</source>
        <translation>对比(&amp;W)…</translation>
    </message>
    <message>
        <source>Compare the record shown with a trace or capture file, side by side, step by step</source>
        <translation>把当前显示的记录与某个运行记录或抓包文件并排逐步对比</translation>
    </message>
    <message>
        <source>&amp;New scenario…</source>
        <translation>新建场景(&amp;N)…</translation>
    </message>
    <message>
        <source>Write a scenario of your own in the scenario editor</source>
        <translation>在场景编辑器中编写自己的场景</translation>
    </message>
    <message>
        <source>Edit scenario…</source>
        <translation>编辑场景…</translation>
    </message>
    <message>
        <source>Open the scenario shown (a copy of a built-in one) or a scenario file in the editor</source>
        <translation>在编辑器中打开当前显示的场景（内置场景则打开其副本）或某个场景文件</translation>
    </message>
    <message>
        <source>Compare: the first trace or capture</source>
        <translation>对比：第一个运行记录或抓包文件</translation>
    </message>
    <message>
        <source>Compare with a trace or capture</source>
        <translation>与运行记录或抓包文件对比</translation>
    </message>
    <message>
        <source>this run</source>
        <translation>本次运行</translation>
    </message>
    <message>
        <source>%1: a scenario, not a recorded run: run it, save its trace, and compare the trace file</source>
        <translation>%1: 这是场景，不是运行记录：请先运行它并保存运行记录，再对比该运行记录文件</translation>
    </message>
    <message>
        <source>Cannot compare</source>
        <translation>无法对比</translation>
    </message>
    <message>
        <source>Cannot run the scenario</source>
        <translation>无法运行场景</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: 无法写入：%2</translation>
    </message>
    <message>
        <source>Edit a scenario</source>
        <translation>编辑场景</translation>
    </message>
    <message>
        <source>Scenarios (*.json)</source>
        <translation>场景 (*.json)</translation>
    </message>
    <message>
        <source>Cannot open the scenario</source>
        <translation>无法打开场景</translation>
    </message>
</context>
<context>
    <name>FinAck::HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keys</source>
        <translation>按键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Legend and terms</source>
        <translation>图例与术语(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Documentation</source>
        <translation>文档(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;About FinAck</source>
        <translation>关于 FinAck(&amp;A)</translation>
    </message>
    <message>
        <source>Play or pause</source>
        <translation>播放或暂停</translation>
    </message>
    <message>
        <source>Run and show the next step</source>
        <translation>运行并显示下一步</translation>
    </message>
    <message>
        <source>Show the previous step again (nothing is re-run)</source>
        <translation>再次显示上一步（不会重新运行）</translation>
    </message>
    <message>
        <source>Run the scenario again on fresh sockets</source>
        <translation>在新的套接字上重新运行该场景</translation>
    </message>
    <message>
        <source>True time: space events by their real time</source>
        <translation>真实时间：按实际时间排布事件</translation>
    </message>
    <message>
        <source>Predict mode</source>
        <translation>预测模式</translation>
    </message>
    <message>
        <source>Bigger text, smaller text, actual size</source>
        <translation>放大文字、缩小文字、实际大小</translation>
    </message>
    <message>
        <source>Ctrl+wheel</source>
        <extracomment>the key and the mouse: hold Ctrl and turn the wheel</extracomment>
        <translation>Ctrl+滚轮</translation>
    </message>
    <message>
        <source>Stretch the diagram&apos;s time axis</source>
        <translation>拉伸图的时间轴</translation>
    </message>
    <message>
        <source>Presentation: full screen, the diagram and the explanation only</source>
        <translation>演示：全屏，只显示图和讲解</translation>
    </message>
    <message>
        <source>Show or hide the scenario list</source>
        <translation>显示或隐藏场景列表</translation>
    </message>
    <message>
        <source>Show or hide the call panels</source>
        <translation>显示或隐藏调用面板</translation>
    </message>
    <message>
        <source>Open a scenario, trace or capture</source>
        <translation>打开场景、记录或抓包文件</translation>
    </message>
    <message>
        <source>Export the diagram, the trace or the capture</source>
        <translation>导出图、记录或抓包</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>本列表</translation>
    </message>
    <message>
        <source>observed</source>
        <translation>观测到</translation>
    </message>
    <message>
        <source>a state the kernel reported (sock_diag or TCP_INFO): a solid strip beside the lifeline</source>
        <translation>内核报告的状态（sock_diag 或 TCP_INFO）：生命线旁的实心色条</translation>
    </message>
    <message>
        <source>derived</source>
        <translation>推导出</translation>
    </message>
    <message>
        <source>a state too short-lived to be polled, worked out from the segments: a broken strip, the name in italics</source>
        <translation>持续太短、轮询不到、由报文段推算出的状态：断续的色条，名称为斜体</translation>
    </message>
    <message>
        <source>captured</source>
        <translation>抓取到</translation>
    </message>
    <message>
        <source>a segment seen on the wire by libpcap: a solid arrow</source>
        <translation>libpcap 在线路上看到的报文段：实线箭头</translation>
    </message>
    <message>
        <source>inferred</source>
        <translation>推断出</translation>
    </message>
    <message>
        <source>a segment worked out from the calls and states where capture was not allowed: a dashed arrow</source>
        <translation>不允许抓包时由调用和状态推算出的报文段：虚线箭头</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>被丢弃</translation>
    </message>
    <message>
        <source>a segment a fault removed on purpose before it arrived: a red cross on the arrow</source>
        <translation>故障注入在到达前特意丢掉的报文段：箭头上的红叉</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>Windows</translation>
    </message>
    <message>
        <source>under a call: what Windows reports for it; &quot;documented&quot; when Windows&apos; documentation differs from what this kernel did</source>
        <translation>调用下方：Windows 对它报告的结果；Windows 文档所述与本内核的行为不同时标为“文档所述”</translation>
    </message>
    <message>
        <source>the step numbers, left of the rows: step 5 in the explanation and the claims is the row marked 5</source>
        <translation>行左侧的步骤编号：讲解和断言中的第 5 步就是标着 5 的那一行</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Legend and terms</source>
        <translation>图例与术语</translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>The documentation is not installed on this machine.</source>
        <translation>本机没有安装文档。</translation>
    </message>
    <message>
        <source>The documentation is in %1.</source>
        <translation>文档位于 %1。</translation>
    </message>
    <message>
        <source>About FinAck</source>
        <translation>关于 FinAck</translation>
    </message>
    <message>
        <source>&lt;b&gt;FinAck %1&lt;/b&gt;&lt;p&gt;How TCP connections end, on real sockets: every call, every segment on the wire and each side&apos;s state as the kernel reports it. Nothing is simulated.&lt;/p&gt;</source>
        <translation>&lt;b&gt;FinAck %1&lt;/b&gt;&lt;p&gt;在真实套接字上观察 TCP 连接如何结束：每个调用、线路上的每个报文段，以及内核报告的双方状态。没有任何模拟。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>FinAck::LabClient</name>
    <message>
        <source>cannot start %1: %2</source>
        <translation>无法启动 %1：%2</translation>
    </message>
    <message>
        <source>finack-lab did not answer</source>
        <translation>finack-lab 没有响应</translation>
    </message>
    <message>
        <source>finack-lab is not running</source>
        <translation>finack-lab 未在运行</translation>
    </message>
    <message>
        <source>finack-lab sent a line that is not JSON: %1</source>
        <translation>finack-lab 发来了一行不是 JSON 的内容：%1</translation>
    </message>
    <message>
        <source>finack-lab was ended by signal %1 (%2)</source>
        <translation>finack-lab 被信号 %1（%2）终止</translation>
    </message>
    <message>
        <source>finack-lab exited with status %1</source>
        <translation>finack-lab 已退出，退出状态为 %1</translation>
    </message>
    <message>
        <source>finack-lab exited with status %1: %2</source>
        <extracomment>%2 is what the lab said last, the reason it gave up</extracomment>
        <translation>finack-lab 已退出，退出状态为 %1：%2</translation>
    </message>
    <message>
        <source>finack-lab did not finish within %1 s</source>
        <translation>finack-lab 未在 %1 s 内结束</translation>
    </message>
    <message>
        <source>finack-lab stopped</source>
        <translation>finack-lab 已停止</translation>
    </message>
    <message>
        <source>the scenario is too large to send to finack-lab: %1 bytes as a command, at most %2</source>
        <extracomment>%1 and %2 are numbers of bytes</extracomment>
        <translation>场景太大，无法发送给 finack-lab：作为命令有 %1 字节，最多 %2 字节</translation>
    </message>
</context>
<context>
    <name>FinAck::LabMain</name>
    <message>
        <source>--client: expected posix or qt, got &quot;%1&quot;</source>
        <translation>--client: 应为 posix 或 qt，实际为 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown argument &quot;%1&quot;; expected --network auto|private|host, --no-capture or --client posix|qt</source>
        <translation>未知参数 &quot;%1&quot;；应为 --network auto|private|host、--no-capture 或 --client posix|qt</translation>
    </message>
    <message>
        <source>--network: expected auto, private or host, got &quot;%1&quot;</source>
        <translation>--network: 应为 auto、private 或 host，实际为 &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>FinAck::LabNote</name>
    <message>
        <source>The kernels were still changing the sockets&apos; state when this step&apos;s time was up; the run goes on.</source>
        <extracomment>shown instead of the lab&apos;s &quot;had not settled&quot; note when no segment explains it</extracomment>
        <translation>这一步的时间用完时，内核仍在改变套接字的状态；运行继续。</translation>
    </message>
    <message>
        <source>The %1 is waiting for the %2&apos;s zero window to open (the %2&apos;s receive buffer is full), probing it now and then; the run goes on.</source>
        <extracomment>%1 the side that has data to send (&quot;client&quot;), %2 the side whose receive buffer is full (&quot;server&quot;)</extracomment>
        <translation>%1 正在等待%2的零窗口重新打开（%2的接收缓冲区已满），并不时发送探测；运行继续。</translation>
    </message>
    <message>
        <source>The %1&apos;s FIN was lost: its kernel waits for the retransmission timer to send it again; the run goes on.</source>
        <extracomment>%1 the side whose FIN a fault dropped (&quot;client&quot;)</extracomment>
        <translation>%1的 FIN 丢失了：它的内核等待重传定时器到期后再次发送；运行继续。</translation>
    </message>
    <message>
        <source>The %1&apos;s segment was lost: its kernel waits for the retransmission timer to send it again; the run goes on.</source>
        <translation>%1的报文段丢失了：它的内核等待重传定时器到期后再次发送；运行继续。</translation>
    </message>
    <message>
        <source>The %1 keeps retransmitting its FIN: no ACK has come back; the run goes on.</source>
        <extracomment>%1 the side that sends (&quot;client&quot;); its FIN was not acknowledged</extracomment>
        <translation>%1 一直在重传它的 FIN：没有收到 ACK；运行继续。</translation>
    </message>
    <message>
        <source>The %1 keeps retransmitting its SYN: no answer has come back; the run goes on.</source>
        <translation>%1 一直在重传它的 SYN：没有收到应答；运行继续。</translation>
    </message>
    <message>
        <source>The %1 keeps retransmitting data the %2 has not acknowledged; the run goes on.</source>
        <translation>%1 一直在重传%2尚未确认的数据；运行继续。</translation>
    </message>
    <message>
        <source>The %1 was still sending segments when this step&apos;s time was up; the run goes on.</source>
        <extracomment>%1 the side that sent the last segment (&quot;server&quot;)</extracomment>
        <translation>这一步的时间用完时，%1 仍在发送报文段；运行继续。</translation>
    </message>
</context>
<context>
    <name>FinAck::LabProtocol</name>
    <message>
        <source>finack-lab sent an unknown message &quot;%1&quot;</source>
        <translation>finack-lab 发来了未知消息 &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>FinAck::Language</name>
    <message>
        <source>--lang: expected one of %1, got &quot;%2&quot;</source>
        <translation>--lang: 应为 %1 之一，实际为 &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>FinAck::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
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
        <translation>时序图</translation>
    </message>
    <message>
        <source>Restart the lab</source>
        <translation>重新启动实验进程</translation>
    </message>
    <message>
        <source>lab running</source>
        <translation>实验进程运行中</translation>
    </message>
    <message>
        <source>%1 — FinAck</source>
        <translation>%1 — FinAck</translation>
    </message>
    <message>
        <source>lab stopped</source>
        <translation>实验进程已停止</translation>
    </message>
    <message>
        <source>The lab process stopped: %1. What was recorded so far stays on screen; restart the lab to go on.</source>
        <extracomment>%1 is the reason finack-lab gave or the way it ended (&quot;finack-lab was ended by signal 9 (Killed)&quot;)</extracomment>
        <translation>实验进程已停止：%1。已记录的内容仍保留在屏幕上；要继续，请重新启动实验进程。</translation>
    </message>
    <message>
        <source>private network namespace</source>
        <translation>私有网络命名空间</translation>
    </message>
    <message>
        <source>host loopback</source>
        <translation>主机回环</translation>
    </message>
    <message>
        <source>segments captured</source>
        <translation>报文段为抓包所得</translation>
    </message>
    <message>
        <source>segments inferred</source>
        <translation>报文段为推断所得</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>the status bar: %1 where the lab runs (&quot;private network namespace&quot;), %2 how segments are known (&quot;segments captured&quot;)</extracomment>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>replay: the lab is idle</source>
        <translation>回放中：实验进程空闲</translation>
    </message>
    <message>
        <source>About this capture</source>
        <translation>关于此抓包文件</translation>
    </message>
    <message>
        <source>About this record</source>
        <translation>关于此记录</translation>
    </message>
    <message>
        <source>This step</source>
        <extracomment>the tabs under the diagram: the step&apos;s explanation, then each side&apos;s calls</extracomment>
        <translation>本步</translation>
    </message>
    <message>
        <source>Client calls</source>
        <translation>客户端调用</translation>
    </message>
    <message>
        <source>Server calls</source>
        <translation>服务器调用</translation>
    </message>
    <message>
        <source>lab not answering</source>
        <translation>实验进程无响应</translation>
    </message>
    <message>
        <source>End and restart the lab</source>
        <translation>结束并重新启动实验进程</translation>
    </message>
    <message numerus="yes">
        <source>The lab has not answered for %n s. It may be stopped or stuck; end it and start a new one to go on.</source>
        <extracomment>the lab is a process of its own; %n counts seconds since it last answered</extracomment>
        <translation>
            <numerusform>实验进程已有 %n 秒没有响应。它可能已停止或卡住；请结束它并启动一个新的实验进程以继续。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FinAck::OutputFile</name>
    <message>
        <source>it is a symbolic link owned by another user (uid %1); FinAck does not write through it: choose another name or remove the link</source>
        <extracomment>%1 a user id number</extracomment>
        <translation>这是另一个用户（uid %1）拥有的符号链接；FinAck 不会通过它写入：请换一个名称或删除该链接</translation>
    </message>
    <message>
        <source>too many symbolic links</source>
        <translation>符号链接层数过多</translation>
    </message>
    <message>
        <source>cannot read the symbolic link</source>
        <translation>无法读取符号链接</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>这是一个文件夹</translation>
    </message>
    <message>
        <source>it is not a regular file (a device, a pipe or a socket); FinAck writes files only</source>
        <translation>这不是普通文件（而是设备、管道或套接字）；FinAck 只写入文件</translation>
    </message>
    <message>
        <source>the file was not opened</source>
        <translation>文件未打开</translation>
    </message>
</context>
<context>
    <name>FinAck::PcapWriter</name>
    <message>
        <source>%1: not written: this trace&apos;s segments were inferred from the sockets&apos; states, not captured, and a capture file must hold only what was on the wire</source>
        <translation>%1: 未写入：此运行记录的报文段是根据套接字状态推断出来的，并非抓包所得，而抓包文件只能包含线路上真实出现过的内容</translation>
    </message>
    <message>
        <source>%1: not written: the trace has no captured segments</source>
        <translation>%1: 未写入：该运行记录中没有抓到的报文段</translation>
    </message>
    <message>
        <source>%1: not written: the trace&apos;s endpoints (&quot;%2&quot;, &quot;%3&quot;) are not both IPv4:PORT</source>
        <translation>%1: 未写入：运行记录的两个端点（&quot;%2&quot;、&quot;%3&quot;）并非都是 IPv4:PORT 格式</translation>
    </message>
    <message>
        <source>%1: not written: a segment at t=%2 µs carries %3 bytes, more than one IPv4 packet can</source>
        <translation>%1: 未写入：t=%2 µs 处的报文段携带 %3 字节，超出了单个 IPv4 数据包的容量</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: 无法写入：%2</translation>
    </message>
    <message>
        <source>%1: cannot write: libpcap refused a raw IPv4 capture</source>
        <translation>%1: 无法写入：libpcap 拒绝创建原始 IPv4 抓包文件</translation>
    </message>
</context>
<context>
    <name>FinAck::PlaybackBar</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>an action&apos;s tooltip: %1 says what it does, %2 is its shortcut (&quot;Space&quot;, &quot;Ctrl+0&quot;)</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Playback</source>
        <translation>播放控制</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>后退</translation>
    </message>
    <message>
        <source>Show the previous step again; nothing is re-run</source>
        <translation>重新显示上一步；不会重新运行任何东西</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>单步</translation>
    </message>
    <message>
        <source>Run and show the next step</source>
        <translation>运行并显示下一步</translation>
    </message>
    <message>
        <source>Play or pause</source>
        <translation>播放或暂停</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>重新开始</translation>
    </message>
    <message>
        <source>Run the scenario again on fresh sockets</source>
        <translation>在新的套接字上重新运行该场景</translation>
    </message>
    <message>
        <source>True time</source>
        <translation>真实时间</translation>
    </message>
    <message>
        <source>Space events by their real time instead of evenly</source>
        <translation>按真实时间间隔排布事件，而不是等距排列</translation>
    </message>
    <message>
        <source>Speed </source>
        <extracomment>the label before the playback speed (0.25×…4×)</extracomment>
        <translation>速度 </translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>播放速度</translation>
    </message>
</context>
<context>
    <name>FinAck::PredictController</name>
    <message>
        <source>Predict</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>Say what each step will do before it runs, then see what the kernel did (%1)</source>
        <extracomment>the Predict action&apos;s tooltip; %1 is its shortcut (&quot;P&quot;)</extracomment>
        <translation>在每一步运行之前先预测它会做什么，再看内核实际做了什么（%1）</translation>
    </message>
</context>
<context>
    <name>FinAck::PredictPanel</name>
    <message>
        <source>Predict, then see</source>
        <translation>先预测，再验证</translation>
    </message>
    <message>
        <source>Press Step or Play. Before each of the scenario&apos;s own steps you say what the call returns, which segments go on the wire and where each side&apos;s state ends; then the step runs for real.</source>
        <translation>按“单步”或“播放”开始。在场景的每个步骤运行之前，先预测调用会返回什么、线路上会出现哪些报文段，以及双方各自最终处于什么状态；然后这一步才真正运行。</translation>
    </message>
    <message>
        <source>Predict mode asks about live runs. Choose a scenario to play it.</source>
        <translation>预测模式只针对实时运行。请选择一个场景来播放。</translation>
    </message>
    <message>
        <source>Step %1 of %2 — %3: %4</source>
        <extracomment>%1 the step&apos;s number as in the diagram&apos;s step gutter, %2 how many steps the scenario has (setup included), %3 is the side (&quot;client&quot;), %4 the call: close(conn)</extracomment>
        <translation>第 %1 步（共 %2 步）— %3：%4</translation>
    </message>
    <message>
        <source>Number keys pick a choice, Enter goes on; the step runs when every question has an answer.</source>
        <translation>按数字键选择选项，按 Enter 继续；所有问题都作答后，这一步才会运行。</translation>
    </message>
    <message>
        <source>Enter or Next step goes on.</source>
        <translation>按 Enter 或“下一步”继续。</translation>
    </message>
    <message>
        <source>That was the scenario&apos;s last step.</source>
        <translation>这是场景的最后一步。</translation>
    </message>
    <message>
        <source>Final score: %1 · best: %2</source>
        <extracomment>%1 and %2 are scores: &quot;7 of 9&quot;</extracomment>
        <translation>最终得分：%1 · 最佳：%2</translation>
    </message>
    <message>
        <source>Score: %1 · best: %2</source>
        <translation>得分：%1 · 最佳：%2</translation>
    </message>
    <message>
        <source>Score: %1</source>
        <translation>得分：%1</translation>
    </message>
    <message>
        <source>Best: %1 · last: %2</source>
        <extracomment>scores kept from earlier runs of this scenario: &quot;7 of 9&quot;</extracomment>
        <translation>最佳：%1 · 上次：%2</translation>
    </message>
    <message>
        <source>No score kept for this scenario yet.</source>
        <translation>此场景还没有保存的得分。</translation>
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
        <translation>不计分：没有一个选项与内核的实际行为相符：%1</translation>
    </message>
    <message>
        <source>✔ Right: %1</source>
        <translation>✔ 正确：%1</translation>
    </message>
    <message>
        <source>✘ The kernel: %1</source>
        <extracomment>%1 is what the kernel did (&quot;-1 EPIPE&quot;, &quot;FIN, ACK&quot;, &quot;CLOSED&quot;)</extracomment>
        <translation>✘ 内核实际：%1</translation>
    </message>
    <message>
        <source>You said: %1</source>
        <translation>你的答案：%1</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <extracomment>heads the step&apos;s explanation after the answers are marked</extracomment>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>Predict</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>Run the step</source>
        <translation>运行此步</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Forget scores</source>
        <translation>清除得分</translation>
    </message>
    <message>
        <source>Forget the best and last score kept for this scenario</source>
        <translation>清除此场景保存的最佳得分和上次得分</translation>
    </message>
</context>
<context>
    <name>FinAck::Prediction</name>
    <message>
        <source>no change (%1)</source>
        <extracomment>the side&apos;s TCP state does not change; %1 is the state it is in (ESTABLISHED)</extracomment>
        <translation>不变（%1）</translation>
    </message>
    <message>
        <source>data</source>
        <extracomment>a segment carrying payload bytes, among SYN, FIN, RST, ACK</extracomment>
        <translation>数据</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>no segment went on the wire during the step</extracomment>
        <translation>无</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>the separator between segment kinds: &quot;data, FIN&quot;</extracomment>
        <translation>、</translation>
    </message>
    <message>
        <source>0 (end of stream)</source>
        <extracomment>recv() returned 0: the peer&apos;s FIN was read</extracomment>
        <translation>0（流结束）</translation>
    </message>
    <message>
        <source>1 to %1 (data)</source>
        <extracomment>recv() returned bytes; %1 is the buffer size, the most it can return</extracomment>
        <translation>1 到 %1（数据）</translation>
    </message>
    <message>
        <source>1 to %1 (only part)</source>
        <extracomment>send() took only part of the buffer; %1 is one less than the buffer&apos;s size</extracomment>
        <translation>1 到 %1（只发送了一部分）</translation>
    </message>
    <message>
        <source>a new descriptor (0 or more)</source>
        <extracomment>socket(), accept() or dup() returned a descriptor number</extracomment>
        <translation>一个新的描述符（0 或更大）</translation>
    </message>
    <message>
        <source>-1 EAGAIN, or timed out</source>
        <extracomment>the call failed with EAGAIN, or was still waiting when the step&apos;s timeout ended it</extracomment>
        <translation>-1 EAGAIN，或超时</translation>
    </message>
    <message>
        <source>nothing yet: it blocks</source>
        <extracomment>the call has not returned when the network settled</extracomment>
        <translation>尚未返回：阻塞中</translation>
    </message>
    <message>
        <source>What does %1() on the %2 return?</source>
        <extracomment>%1 is a socket call&apos;s name (close, recv), %2 the side that makes it (&quot;client&quot;)</extracomment>
        <translation>%2的 %1() 返回什么？</translation>
    </message>
    <message>
        <source>Which segments go on the wire during this step?</source>
        <translation>这一步中线路上会出现哪些报文段？</translation>
    </message>
    <message>
        <source>Which state is the %1 in once the step has settled?</source>
        <extracomment>%1 is a side, &quot;client&quot; or &quot;server&quot;</extracomment>
        <translation>这一步结束后，%1处于什么状态？</translation>
    </message>
    <message>
        <source>ACK alone</source>
        <extracomment>a segment that only acknowledges: no data, SYN, FIN or RST</extracomment>
        <translation>仅 ACK</translation>
    </message>
    <message>
        <source>it had not returned</source>
        <extracomment>the call had not returned when the step settled</extracomment>
        <translation>尚未返回</translation>
    </message>
    <message>
        <source>-1 %1: still waiting at the step&apos;s timeout</source>
        <extracomment>%1 is the errno the interrupted call returned (EINTR)</extracomment>
        <translation>-1 %1：到步骤超时时仍在等待</translation>
    </message>
</context>
<context>
    <name>FinAck::PredictionScore</name>
    <message>
        <source>%1 of %2</source>
        <extracomment>a score: %1 right answers out of %2 questions</extracomment>
        <translation>%2 题答对 %1 题</translation>
    </message>
</context>
<context>
    <name>FinAck::PrivateNetwork</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>bringing up lo: %1</source>
        <translation>启用 lo 接口失败：%1</translation>
    </message>
    <message>
        <source>the kernel refused a private network namespace (unshare: %1)</source>
        <translation>内核拒绝创建私有网络命名空间（unshare: %1）</translation>
    </message>
</context>
<context>
    <name>FinAck::ScenarioBrowser</name>
    <message>
        <source>Abortive</source>
        <translation>异常关闭</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Faults</source>
        <translation>故障注入</translation>
    </message>
    <message>
        <source>Graceful</source>
        <translation>优雅关闭</translation>
    </message>
    <message>
        <source>Search scenarios</source>
        <translation>搜索场景</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>场景</translation>
    </message>
</context>
<context>
    <name>FinAck::ScenarioEditor</name>
    <message>
        <source>S&amp;cenario</source>
        <translation>场景(&amp;C)</translation>
    </message>
    <message>
        <source>S&amp;teps</source>
        <translation>步骤(&amp;T)</translation>
    </message>
    <message>
        <source>Fa&amp;ults</source>
        <translation>故障(&amp;U)</translation>
    </message>
    <message>
        <source>E&amp;xpectations</source>
        <translation>预期(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Add step</source>
        <translation>添加步骤(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;New scenario</source>
        <translation>新建场景(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Close editor</source>
        <translation>关闭编辑器(&amp;C)</translation>
    </message>
    <message>
        <source>Add &amp;fault</source>
        <translation>添加故障(&amp;F)</translation>
    </message>
    <message>
        <source>Show the problem</source>
        <translation>显示问题</translation>
    </message>
    <message>
        <source>Go to the field the problem is about (F8)</source>
        <translation>转到问题所在的字段（F8）</translation>
    </message>
    <message>
        <source>Run this scenario in the window (F5); possible once it has no problem</source>
        <translation>在窗口中运行此场景（F5）；没有问题时才可运行</translation>
    </message>
    <message>
        <source>%1: not a FinAck scenario</source>
        <translation>%1：不是 FinAck 场景</translation>
    </message>
    <message>
        <source>%1: cannot save: %2</source>
        <extracomment>%1 the file, %2 the system&apos;s reason</extracomment>
        <translation>%1：无法保存：%2</translation>
    </message>
    <message>
        <source>The scenario has no file yet: use Save As.</source>
        <translation>场景还没有文件：请使用“另存为”。</translation>
    </message>
    <message numerus="yes">
        <source>The scenario loads: %n step, ready to run.</source>
        <extracomment>the status line of the scenario editor when the loader accepts the scenario</extracomment>
        <translation>
            <numerusform>场景可以加载：共 %n 个步骤，可以运行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The scenario loads: %n steps, ready to run.</source>
        <extracomment>the status line of the scenario editor when the loader accepts the scenario</extracomment>
        <translation>
            <numerusform>场景可以加载：共 %n 个步骤，可以运行。</numerusform>
        </translation>
    </message>
    <message>
        <source>untitled.json</source>
        <extracomment>the file name of a scenario not saved yet</extracomment>
        <translation>untitled.json</translation>
    </message>
    <message>
        <source>%1[*] — FinAck scenario editor</source>
        <extracomment>the scenario editor&apos;s window title; %1 the file name, [*] where the unsaved-changes mark goes: keep it</extracomment>
        <translation>%1[*] — FinAck 场景编辑器</translation>
    </message>
    <message>
        <source>Open scenario</source>
        <translation>打开场景</translation>
    </message>
    <message>
        <source>FinAck scenarios (*.json)</source>
        <translation>FinAck 场景 (*.json)</translation>
    </message>
    <message>
        <source>Save scenario</source>
        <translation>保存场景</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved.</source>
        <extracomment>%1 the scenario&apos;s file name</extracomment>
        <translation>%1 有尚未保存的更改。</translation>
    </message>
    <message>
        <source>Save them first?</source>
        <translation>先保存吗？</translation>
    </message>
    <message>
        <source>A new scenario: give it an id and a title, then add its steps.</source>
        <extracomment>the status line of the scenario editor for a new, still empty scenario</extracomment>
        <translation>新场景：先填写 id 和标题，再添加步骤。</translation>
    </message>
</context>
<context>
    <name>FinAck::ScenarioEditorExpect</name>
    <message>
        <source>Remove expectations</source>
        <translation>删除预期</translation>
    </message>
    <message>
        <source>Remove everything stated for %1?</source>
        <extracomment>%1 a platform: Linux, Windows or Textbook</extracomment>
        <translation>删除为 %1 写明的所有预期吗？</translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation>平台：</translation>
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
        <extracomment>the platform &quot;textbook&quot;: what RFC 9293 and the classic books describe</extracomment>
        <translation>教科书</translation>
    </message>
    <message>
        <source>State what happens on this platform</source>
        <translation>为此平台写明预期</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>调用</translation>
    </message>
    <message>
        <source>Step</source>
        <extracomment>column headers of the expected calls: the author step&apos;s number, its call, the return value, the errno name</extracomment>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>调用</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>返回值</translation>
    </message>
    <message>
        <source>errno</source>
        <translation>errno</translation>
    </message>
    <message>
        <source>Step counts the author&apos;s steps from 0. Leave Returns empty to leave it unchecked, errno empty for a call that succeeds.</source>
        <translation>步骤按作者编写的步骤从 0 开始计数。“返回值”留空表示不检查，errno 留空表示调用成功。</translation>
    </message>
    <message>
        <source>Add call</source>
        <translation>添加调用</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Final states</source>
        <translation>最终状态</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>客户端：</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>服务器：</translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation>（未指定）</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <extracomment>%1 a call as code: recv(1024)</extracomment>
        <translation>服务器：%1</translation>
    </message>
    <message>
        <source>Client: %1</source>
        <extracomment>%1 a call as code: recv(1024)</extracomment>
        <translation>客户端：%1</translation>
    </message>
</context>
<context>
    <name>FinAck::ScenarioEditorFaults</name>
    <message>
        <source>Each fault drops segments on arrival, inside FinAck&apos;s private network: the capture still sees them, the peer never gets them. A scenario with faults runs only where that network exists.</source>
        <translation>每个故障都会在报文段到达时将其丢弃，发生在 FinAck 的私有网络内：抓包仍能看到这些报文段，但对端永远收不到。含故障的场景只能在具备该网络的环境中运行。</translation>
    </message>
    <message>
        <source>#</source>
        <extracomment>column headers of the list of faults</extracomment>
        <translation>#</translation>
    </message>
    <message>
        <source>From step</source>
        <translation>起始步骤</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>发送方</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>标志</translation>
    </message>
    <message>
        <source>Add fault</source>
        <translation>添加故障</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>From step:</source>
        <translation>起始步骤：</translation>
    </message>
    <message>
        <source>Segments from:</source>
        <translation>报文段来自：</translation>
    </message>
    <message>
        <source>Carrying:</source>
        <translation>携带标志：</translation>
    </message>
    <message>
        <source>Exactly:</source>
        <translation>精确匹配：</translation>
    </message>
    <message>
        <source>The how-many-th:</source>
        <translation>第几个：</translation>
    </message>
    <message>
        <source>How many:</source>
        <translation>数量：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>the client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>these flags and no others (a pure ACK)</source>
        <translation>仅这些标志，没有其他（纯 ACK）</translation>
    </message>
    <message>
        <source>default (0: from the start)</source>
        <extracomment>at_step left out: the fault is in force from the first step</extracomment>
        <translation>默认（0：从头开始）</translation>
    </message>
    <message>
        <source>default (1: the first)</source>
        <translation>默认（1：第一个）</translation>
    </message>
    <message>
        <source>default (1)</source>
        <extracomment>a count of 0 would mean &quot;every one from then on&quot;; this is the field left out</extracomment>
        <translation>默认（1）</translation>
    </message>
    <message>
        <source>0: every matching segment from then on</source>
        <translation>0：此后每个匹配的报文段</translation>
    </message>
    <message>
        <source>None ticked: every segment from that side (a peer whose host vanished)</source>
        <translation>一个都不勾选：该方发出的所有报文段（模拟对端主机消失）</translation>
    </message>
    <message>
        <source>What the loss stands for: the client&apos;s final ACK is lost</source>
        <translation>这次丢包代表什么：客户端的最后一个 ACK 丢失</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>any segment</source>
        <translation>任意报文段</translation>
    </message>
</context>
<context>
    <name>FinAck::ScenarioEditorMeta</name>
    <message>
        <source>Id:</source>
        <translation>ID：</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>分组：</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>摘要：</translation>
    </message>
    <message>
        <source>Explanation:</source>
        <translation>说明：</translation>
    </message>
    <message>
        <source>Takeaway:</source>
        <translation>要点：</translation>
    </message>
    <message>
        <source>lowercase letters, digits and dashes: my-scenario</source>
        <translation>小写字母、数字和连字符：my-scenario</translation>
    </message>
    <message>
        <source>A short title for the scenario list</source>
        <translation>场景列表中显示的简短标题</translation>
    </message>
    <message>
        <source>Graceful</source>
        <translation>优雅关闭</translation>
    </message>
    <message>
        <source>Abortive</source>
        <translation>异常关闭</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Faults</source>
        <translation>故障注入</translation>
    </message>
    <message>
        <source>One line for the scenario list</source>
        <translation>场景列表中显示的一行简介</translation>
    </message>
    <message>
        <source>Why this happens: shown in the explanation pane</source>
        <translation>为什么会这样：显示在说明面板中</translation>
    </message>
    <message>
        <source>The robust pattern to remember, one or two sentences</source>
        <translation>需要记住的稳妥做法，一两句话</translation>
    </message>
    <message>
        <source>Write the texts in English, as the built-in scenarios are: FinAck translates the texts it knows where they are shown, and shows the others as written.</source>
        <translation>请用英文编写这些文本，与内置场景一致：FinAck 在显示时会翻译它认识的文本，其余文本按原文显示。</translation>
    </message>
</context>
<context>
    <name>FinAck::ScenarioEditorSegments</name>
    <message>
        <source>Segments, in this order (others may come between)</source>
        <translation>报文段，按此顺序出现（中间可以夹有其他报文段）</translation>
    </message>
    <message>
        <source>From</source>
        <extracomment>the column of the side a segment comes from; the other columns are flag names</extracomment>
        <translation>来自</translation>
    </message>
    <message>
        <source>Add segment</source>
        <translation>添加报文段</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
</context>
<context>
    <name>FinAck::ScenarioEditorSteps</name>
    <message>
        <source>Before the steps:</source>
        <extracomment>what runs before the author&apos;s steps: the &quot;setup&quot; field of a scenario</extracomment>
        <translation>步骤开始前：</translation>
    </message>
    <message>
        <source>connected: the server listens, the client connects, the server accepts (sock, listener, conn)</source>
        <translation>connected：服务器监听，客户端连接，服务器接受连接（sock、listener、conn）</translation>
    </message>
    <message>
        <source>none: the steps make their own sockets</source>
        <translation>none：由步骤自己创建套接字</translation>
    </message>
    <message>
        <source>#</source>
        <extracomment>column headers of the list of steps: its number, the side that makes the call, the call</extracomment>
        <translation>#</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>执行方</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>调用</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>&amp;Client</source>
        <translation>客户端(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>服务器(&amp;S)</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>添加步骤</translation>
    </message>
    <message>
        <source>Add a step after the selected one (Insert)</source>
        <translation>在所选步骤之后添加一个步骤（Insert）</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Duplicate the selected step (Ctrl+D)</source>
        <translation>复制所选步骤（Ctrl+D）</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove the selected step (Delete in the list, Ctrl+Delete anywhere on this tab)</source>
        <translation>删除所选步骤（在列表中按 Delete，在本标签页任意位置按 Ctrl+Delete）</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move the selected step up (Alt+Up)</source>
        <translation>将所选步骤上移（Alt+Up）</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Move the selected step down (Alt+Down)</source>
        <translation>将所选步骤下移（Alt+Down）</translation>
    </message>
    <message>
        <source>No step selected. Add one with Add step (Insert): the client&apos;s and the server&apos;s calls.</source>
        <translation>未选择步骤。可用“添加步骤”（Insert）添加：客户端和服务器的调用。</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
</context>
<context>
    <name>FinAck::SequenceView</name>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>(event loop)</source>
        <translation>（事件循环）</translation>
    </message>
</context>
<context>
    <name>FinAck::StatePanel</name>
    <message>
        <source>Client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>receive queue</source>
        <translation>接收队列</translation>
    </message>
    <message>
        <source>Bytes that arrived and the program has not read yet</source>
        <translation>已到达但程序尚未读取的字节</translation>
    </message>
    <message>
        <source>send queue</source>
        <translation>发送队列</translation>
    </message>
    <message>
        <source>Bytes sent and not yet acknowledged by the peer</source>
        <translation>已发送但尚未被对端确认的字节</translation>
    </message>
    <message>
        <source>descriptors</source>
        <translation>描述符</translation>
    </message>
    <message>
        <source>The socket descriptors this side&apos;s program holds open</source>
        <translation>这一方的程序当前打开着的套接字描述符</translation>
    </message>
    <message>
        <source>no socket reported yet</source>
        <translation>尚未报告任何套接字</translation>
    </message>
    <message>
        <source>reported by the kernel</source>
        <translation>由内核报告</translation>
    </message>
    <message>
        <source>worked out from the segments: too brief for the kernel to be asked</source>
        <translation>由报文段推导出：状态过于短暂，来不及向内核查询</translation>
    </message>
    <message>
        <source>receive queue %1, send queue %2</source>
        <translation>接收队列 %1，发送队列 %2</translation>
    </message>
    <message>
        <source>a QTcpSocket</source>
        <translation>一个 QTcpSocket</translation>
    </message>
    <message>
        <source>a QTcpSocket and %1</source>
        <translation>一个 QTcpSocket 和 %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message numerus="yes">
        <source>%n byte</source>
        <translation>
            <numerusform>%n 字节</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bytes</source>
        <translation>
            <numerusform>%n 字节</numerusform>
        </translation>
    </message>
    <message>
        <source>Client state</source>
        <translation>客户端状态</translation>
    </message>
    <message>
        <source>Client TCP state</source>
        <translation>客户端 TCP 状态</translation>
    </message>
    <message>
        <source>Client receive queue</source>
        <translation>客户端接收队列</translation>
    </message>
    <message>
        <source>Client send queue</source>
        <translation>客户端发送队列</translation>
    </message>
    <message>
        <source>Client descriptors</source>
        <translation>客户端描述符</translation>
    </message>
    <message>
        <source>Server state</source>
        <translation>服务器状态</translation>
    </message>
    <message>
        <source>Server TCP state</source>
        <translation>服务器 TCP 状态</translation>
    </message>
    <message>
        <source>Server receive queue</source>
        <translation>服务器接收队列</translation>
    </message>
    <message>
        <source>Server send queue</source>
        <translation>服务器发送队列</translation>
    </message>
    <message>
        <source>Server descriptors</source>
        <translation>服务器描述符</translation>
    </message>
    <message>
        <source>inferred from the captured segments: a capture file has no kernel to ask</source>
        <translation>由抓到的报文段推断得出：抓包文件没有内核可供查询</translation>
    </message>
    <message>
        <source>%1 · timer %2 s left</source>
        <extracomment>%1 says where the state comes from (&quot;reported by the kernel&quot;), %2 the seconds left on its timer</extracomment>
        <translation>%1 · 定时器剩余 %2 s</translation>
    </message>
    <message>
        <source>The kernel counts the peer&apos;s FIN as one more byte in the receive queue, until the program&apos;s reads reach it</source>
        <translation>在程序读到对端的 FIN 之前，内核把它在接收队列中算作多出的一个字节</translation>
    </message>
    <message>
        <source>%1 + FIN</source>
        <extracomment>the receive queue when it holds the peer&apos;s FIN: %1 the unread bytes (&quot;13 bytes&quot;), the FIN counts one more</extracomment>
        <translation>%1 + FIN</translation>
    </message>
</context>
<context>
    <name>FinAck::StepEditor</name>
    <message>
        <source>Side:</source>
        <translation>执行方：</translation>
    </message>
    <message>
        <source>Call:</source>
        <translation>调用：</translation>
    </message>
    <message>
        <source>Descriptor (fd):</source>
        <translation>描述符 (fd)：</translation>
    </message>
    <message>
        <source>New descriptor (as):</source>
        <translation>新描述符 (as)：</translation>
    </message>
    <message>
        <source>Data to send:</source>
        <translation>要发送的数据：</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>重复：</translation>
    </message>
    <message>
        <source>Buffer size:</source>
        <translation>缓冲区大小：</translation>
    </message>
    <message>
        <source>Flags:</source>
        <translation>标志：</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>方式：</translation>
    </message>
    <message>
        <source>Option:</source>
        <translation>选项：</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>值：</translation>
    </message>
    <message>
        <source>Linger:</source>
        <translation>逗留：</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <source>Backlog:</source>
        <translation>backlog：</translation>
    </message>
    <message>
        <source>Timeout:</source>
        <translation>超时：</translation>
    </message>
    <message>
        <source>Settle at most:</source>
        <translation>最长等待稳定：</translation>
    </message>
    <message>
        <source>Blocking:</source>
        <translation>阻塞：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>other: level and option numbers</source>
        <extracomment>the last choice of socket options: a level and option given as numbers, e.g. 6 and 99</extracomment>
        <translation>其他：按编号指定级别和选项</translation>
    </message>
    <message>
        <source>level </source>
        <extracomment>prefix of a spin box: &quot;level 6&quot;</extracomment>
        <translation>级别 </translation>
    </message>
    <message>
        <source>option </source>
        <extracomment>prefix of a spin box: &quot;option 99&quot;</extracomment>
        <translation>选项 </translation>
    </message>
    <message>
        <source>MSG_PEEK (leave the data queued)</source>
        <extracomment>MSG_PEEK is a flag name: keep it</extracomment>
        <translation>MSG_PEEK（数据保留在队列中）</translation>
    </message>
    <message>
        <source>MSG_DONTWAIT (never block)</source>
        <extracomment>MSG_DONTWAIT is a flag name: keep it</extracomment>
        <translation>MSG_DONTWAIT（绝不阻塞）</translation>
    </message>
    <message>
        <source>on (l_onoff = 1)</source>
        <extracomment>SO_LINGER&apos;s l_onoff field: keep the name</extracomment>
        <translation>开启 (l_onoff = 1)</translation>
    </message>
    <message>
        <source>blocks until a later step of the other side</source>
        <translation>会阻塞，直到另一方的后续步骤执行</translation>
    </message>
    <message>
        <source>once</source>
        <extracomment>how often the data is sent in one send(): the lowest choice</extracomment>
        <translation>一次</translation>
    </message>
    <message>
        <source>default (5000 ms)</source>
        <translation>默认（5000 ms）</translation>
    </message>
    <message>
        <source>default (3000 ms)</source>
        <translation>默认（3000 ms）</translation>
    </message>
    <message>
        <source>The bytes to send, as text</source>
        <translation>要发送的字节，以文本形式</translation>
    </message>
    <message>
        <source>Why this step matters; shown while it runs</source>
        <translation>此步骤为何重要；运行时显示</translation>
    </message>
    <message>
        <source>the server&apos;s listening port (default)</source>
        <translation>服务器的监听端口（默认）</translation>
    </message>
    <message>
        <source>0: an ephemeral port (default)</source>
        <translation>0：临时端口（默认）</translation>
    </message>
    <message>
        <source>this number</source>
        <translation>指定端口号</translation>
    </message>
    <message>
        <source>the port the server used last</source>
        <extracomment>bind or connect to the port the server used last (to bind again to a port in TIME_WAIT)</extracomment>
        <translation>服务器上次使用的端口</translation>
    </message>
    <message>
        <source>the port the client used last</source>
        <translation>客户端上次使用的端口</translation>
    </message>
    <message>
        <source>default: %1</source>
        <extracomment>%1 the descriptor name used when the field is empty, e.g. sock</extracomment>
        <translation>默认：%1</translation>
    </message>
    <message>
        <source>required: a name for the copy</source>
        <translation>必填：副本的名称</translation>
    </message>
</context>
<context>
    <name>FinAck::TcpStreams</name>
    <message numerus="yes">
        <source>%n segment</source>
        <translation>
            <numerusform>%n 个报文段</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segments</source>
        <translation>
            <numerusform>%n 个报文段</numerusform>
        </translation>
    </message>
    <message>
        <source>starts mid-connection</source>
        <extracomment>a capture stream whose handshake is not in the file</extracomment>
        <translation>从连接中途开始</translation>
    </message>
</context>
<context>
    <name>FinAck::TraceJson</name>
    <message>
        <source>at most %1 characters from U+0000 to U+00FF (one per byte)</source>
        <translation>最多 %1 个 U+0000 到 U+00FF 范围内的字符（每字节一个）</translation>
    </message>
    <message>
        <source>an array of strings</source>
        <translation>字符串数组</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot; (the peer of &quot;%2&quot;), got &quot;%3&quot;</source>
        <extracomment>client and server here are JSON values: keep them</extracomment>
        <translation>应为 &quot;%1&quot;（&quot;%2&quot; 的对端），实际为 &quot;%3&quot;</translation>
    </message>
    <message>
        <source>an array of flag names</source>
        <translation>标志名数组</translation>
    </message>
    <message>
        <source>expected each flag at most once, got %1 again</source>
        <translation>每个标志最多出现一次，但 %1 重复出现</translation>
    </message>
    <message>
        <source>an event object</source>
        <translation>事件对象</translation>
    </message>
    <message>
        <source>expected one of %1 in a version %2 file, got &quot;signal&quot; (signals need format version %3)</source>
        <extracomment>%1 lists the event kinds (call, segment…), &quot;signal&quot; is one too: keep them</extracomment>
        <translation>版本 %2 的文件中应为 %1 之一，实际为 &quot;signal&quot;（signal 事件需要格式版本 %3）</translation>
    </message>
    <message>
        <source>an array of events</source>
        <translation>事件数组</translation>
    </message>
    <message>
        <source>expected an integer &gt;= %1 (events are in time order), got %2</source>
        <translation>应为 &gt;= %1 的整数（事件须按时间顺序排列），实际为 %2</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: 无法写入：%2</translation>
    </message>
    <message>
        <source>a FinAck trace</source>
        <translation>FinAck 运行记录</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: 无法读取：%2</translation>
    </message>
    <message>
        <source>%1: file too large, expected a FinAck trace of at most %2 MiB</source>
        <translation>%1: 文件过大，FinAck 运行记录最大为 %2 MiB</translation>
    </message>
    <message>
        <source>expected an integer from 0 to %1 (a pause ends at t_us and began at t_us = 0 or later), got %2</source>
        <extracomment>t_us is a JSON key: keep it</extracomment>
        <translation>应为 0 到 %1 的整数（暂停在 t_us 结束，且开始于 t_us = 0 或之后），实际为 %2</translation>
    </message>
    <message>
        <source>%1 events, at most %2</source>
        <extracomment>%1 the number of events in the file, %2 the most FinAck reads</extracomment>
        <translation>%1 个事件，最多 %2 个</translation>
    </message>
    <message>
        <source>%1 bytes, expected a FinAck trace of at most %2 MiB</source>
        <extracomment>%1 a number of bytes, %2 the limit in MiB</extracomment>
        <translation>%1 字节，需要不超过 %2 MiB 的 FinAck 运行记录</translation>
    </message>
</context>
<context>
    <name>FinAck::TraceSteps</name>
    <message>
        <source>--steps: expected a range of step numbers such as 3-6, 4 or 2-, got &quot;%1&quot;</source>
        <translation>--steps: 应为步骤编号范围，如 3-6、4 或 2-，实际为 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--steps: steps count from 1 and the range must not run backwards, got &quot;%1&quot;</source>
        <translation>--steps: 步骤从 1 开始计数，且范围不能倒序，实际为 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--steps: this trace has no scenario steps (a capture file has none); export it whole</source>
        <translation>--steps: 此运行记录没有场景步骤（抓包文件没有步骤）；请整体导出</translation>
    </message>
    <message>
        <source>--steps: the trace&apos;s steps run from %1 to %2, so step %3 has no events</source>
        <extracomment>%1 and %2 the trace&apos;s first and last step numbers (as in the diagram&apos;s step gutter), %3 the first step asked for</extracomment>
        <translation>--steps: 该运行记录的步骤为 %1 到 %2，步骤 %3 没有任何事件</translation>
    </message>
</context>
<context>
    <name>FinAck::TraceTable</name>
    <message>
        <source>[blocked %1 ms]</source>
        <translation>[阻塞 %1 ms]</translation>
    </message>
    <message>
        <source>[timed out]</source>
        <translation>[超时]</translation>
    </message>
    <message>
        <source>event loop</source>
        <extracomment>a Qt signal emitted from the event loop, not inside a call</extracomment>
        <translation>事件循环</translation>
    </message>
    <message>
        <source>inside %1()</source>
        <extracomment>a Qt signal emitted while this Qt function ran: &quot;inside waitForConnected()&quot;</extracomment>
        <translation>在 %1() 内部</translation>
    </message>
    <message>
        <source>signal %1.%2  [%3]</source>
        <extracomment>a Qt signal: %1.%2 is &quot;socket.disconnected()&quot;, %3 where it was emitted (&quot;event loop&quot; or &quot;inside close()&quot;)</extracomment>
        <translation>信号 %1.%2  [%3]</translation>
    </message>
    <message>
        <source>(end of stream)</source>
        <translation>(流结束)</translation>
    </message>
    <message>
        <source>captured</source>
        <extracomment>how FinAck knows of a segment: seen on the wire</extracomment>
        <translation>捕获的</translation>
    </message>
    <message>
        <source>inferred</source>
        <extracomment>how FinAck knows of a segment: worked out from the calls, not seen</extracomment>
        <translation>推断的</translation>
    </message>
    <message>
        <source>DROPPED</source>
        <extracomment>a segment a fault dropped on purpose</extracomment>
        <translation>被丢弃</translation>
    </message>
    <message>
        <source>observed</source>
        <extracomment>a state read from the kernel&apos;s socket table</extracomment>
        <translation>观测到的</translation>
    </message>
    <message>
        <source>derived</source>
        <extracomment>a state worked out from the segments (RFC 9293)</extracomment>
        <translation>推导出的</translation>
    </message>
    <message>
        <source>state %1 (%2)</source>
        <extracomment>a side&apos;s TCP state: &quot;state FIN_WAIT_2 (observed)&quot;</extracomment>
        <translation>状态 %1 (%2)</translation>
    </message>
    <message>
        <source>recv-q %1 send-q %2</source>
        <extracomment>recv-q and send-q are the columns of ss(8): bytes queued in the socket</extracomment>
        <translation>recv-q %1 send-q %2</translation>
    </message>
    <message>
        <source>timer %1 ms</source>
        <extracomment>the kernel&apos;s timer on the socket (retransmission, TIME_WAIT…)</extracomment>
        <translation>定时器 %1 ms</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>说明：%1</translation>
    </message>
    <message>
        <source>wire</source>
        <extracomment>the actor column of a segment&apos;s row: it is on the wire, between the two sides</extracomment>
        <translation>线路</translation>
    </message>
    <message>
        <source>time (ms)</source>
        <extracomment>column headings of `finack run`&apos;s table</extracomment>
        <translation>时间 (ms)</translation>
    </message>
    <message>
        <source>actor</source>
        <extracomment>column heading: client, server or wire</extracomment>
        <translation>参与方</translation>
    </message>
    <message>
        <source>event</source>
        <extracomment>column heading: what happened</extracomment>
        <translation>事件</translation>
    </message>
    <message>
        <source>lab note: %1</source>
        <extracomment>a note about the lab&apos;s own running (a step&apos;s settle limit), not about TCP</extracomment>
        <translation>实验室备注：%1</translation>
    </message>
</context>
<context>
    <name>FinAck::ViewActions</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>an action&apos;s tooltip: %1 its name, %2 its shortcut (&quot;F11&quot;)</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Presentation</source>
        <translation>演示(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Scenarios</source>
        <translation>场景(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Call panels</source>
        <translation>调用面板(&amp;C)</translation>
    </message>
</context>
<context>
    <name>Firewall</name>
    <message>
        <source>faults are installed only inside FinAck&apos;s private network namespace, and this run is on the host&apos;s network</source>
        <translation>故障只能在 FinAck 的私有网络命名空间中注入，而本次运行使用的是主机网络</translation>
    </message>
    <message>
        <source>libnftables could not be initialised</source>
        <translation>无法初始化 libnftables</translation>
    </message>
</context>
<context>
    <name>JsonFieldReader</name>
    <message>
        <source>line %1, column %2</source>
        <extracomment>where a JSON file stops being JSON, as an editor counts</extracomment>
        <translation>第 %1 行，第 %2 列</translation>
    </message>
    <message>
        <source>the file is empty, expected %1 (JSON)</source>
        <extracomment>%1 is what the file should hold: &quot;a FinAck trace&quot;, &quot;a FinAck scenario&quot;</extracomment>
        <translation>文件为空，应为 %1（JSON）</translation>
    </message>
    <message>
        <source>%1: JSON parse error: %2</source>
        <extracomment>%1 is &quot;line 3, column 7&quot;, %2 Qt&apos;s reason (&quot;unterminated string&quot;)</extracomment>
        <translation>%1: JSON 解析错误：%2</translation>
    </message>
    <message>
        <source>expected a JSON object at the top level, got an array</source>
        <translation>顶层应为 JSON 对象，实际为数组</translation>
    </message>
    <message>
        <source>nothing</source>
        <extracomment>what a JSON field held: &quot;expected a string, got nothing&quot;</extracomment>
        <translation>空</translation>
    </message>
    <message>
        <source>an array</source>
        <extracomment>a JSON value: &quot;expected a string, got an array&quot;</extracomment>
        <translation>数组</translation>
    </message>
    <message>
        <source>an object</source>
        <extracomment>a JSON value: &quot;expected a string, got an object&quot;</extracomment>
        <translation>对象</translation>
    </message>
    <message>
        <source>expected %2, got %1: the file is from a newer FinAck (format version %1); this one reads %3</source>
        <extracomment>%1 the file&apos;s format version, %2 the newest this FinAck reads, %3 &quot;version 1 only&quot; or &quot;versions 1 to 3&quot;</extracomment>
        <translation>应为 %2，实际为 %1：该文件来自更新版本的 FinAck（格式版本 %1），而本程序只能读取%3</translation>
    </message>
    <message>
        <source>version 1 only</source>
        <translation>版本 1</translation>
    </message>
    <message>
        <source>versions 1 to %1</source>
        <translation>版本 1 至 %1</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>an integer &gt;= %1</source>
        <translation>&gt;= %1 的整数</translation>
    </message>
    <message>
        <source>an integer from %1 to %2</source>
        <translation>%1 到 %2 之间的整数</translation>
    </message>
    <message>
        <source>true or false</source>
        <extracomment>keep true and false: they are the JSON values</extracomment>
        <translation>true 或 false</translation>
    </message>
    <message>
        <source>one of %1</source>
        <extracomment>%1 lists the names a field accepts: &quot;one of client, server&quot;</extracomment>
        <translation>%1 之一</translation>
    </message>
    <message>
        <source>missing required field, expected %1</source>
        <extracomment>%1 is what the field should hold (&quot;a string&quot;, &quot;one of client, server&quot;)</extracomment>
        <translation>缺少必需字段，应为 %1</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <extracomment>%1 what the field should hold, %2 what it holds (&quot;a string&quot;, &quot;42&quot;)</extracomment>
        <translation>应为 %1，实际为 %2</translation>
    </message>
</context>
<context>
    <name>JsonTextCheck</name>
    <message>
        <source>a UTF-32 byte order mark at %1, expected UTF-8 text (save the file as UTF-8)</source>
        <extracomment>%1 is &quot;byte 0 (line 1)&quot;</extracomment>
        <translation>%1 处有 UTF-32 字节顺序标记（BOM），应为 UTF-8 文本（请把文件另存为 UTF-8）</translation>
    </message>
    <message>
        <source>a UTF-16 byte order mark at %1, expected UTF-8 text (save the file as UTF-8)</source>
        <extracomment>%1 is &quot;byte 0 (line 1)&quot;</extracomment>
        <translation>%1 处有 UTF-16 字节顺序标记（BOM），应为 UTF-8 文本（请把文件另存为 UTF-8）</translation>
    </message>
    <message>
        <source>more than %1 values by %2, expected at most %1 in this kind of file</source>
        <extracomment>%1 the limit, %2 &quot;byte 120 (line 7)&quot;: where the file goes past it</extracomment>
        <translation>到 %2 为止值已超过 %1 个，此类文件最多只能有 %1 个值</translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels at %2, expected at most %1</source>
        <extracomment>%1 the limit, %2 &quot;byte 120 (line 7)&quot;</extracomment>
        <translation>%2 处嵌套超过 %1 层，最多只能有 %1 层</translation>
    </message>
    <message>
        <source>duplicate key at %1, the first at byte %2; expected each key once per object</source>
        <extracomment>%1 is &quot;byte 120 (line 7)&quot;, %2 a byte offset: where the two equal keys are</extracomment>
        <translation>%1 处有重复的键，它第一次出现在字节 %2；每个对象中每个键只能出现一次</translation>
    </message>
    <message>
        <source>a string longer than %1 bytes at %2, expected a shorter one</source>
        <extracomment>%1 the limit, %2 &quot;byte 120 (line 7)&quot;: where the string starts</extracomment>
        <translation>%2 处的字符串超过 %1 字节，应更短一些</translation>
    </message>
    <message>
        <source>a control character U+%1 in a string at %2, expected it escaped (\n, \t, \u%1)</source>
        <extracomment>%1 is the character&apos;s code (&quot;0009&quot;), %2 &quot;byte 120 (line 7)&quot;</extracomment>
        <translation>%2 处的字符串中有控制字符 U+%1，应写成转义形式（\n、\t、\u%1）</translation>
    </message>
    <message>
        <source>invalid UTF-8 at %1 (%2), expected UTF-8 text</source>
        <extracomment>%1 &quot;byte 120 (line 7)&quot;, %2 the bytes in hex (&quot;0xC3 0x28&quot;)</extracomment>
        <translation>%1 处有无效的 UTF-8（%2），应为 UTF-8 文本</translation>
    </message>
    <message>
        <source>an invalid escape at %1, expected one of \&quot; \\ \/ \b \f \n \r \t \uXXXX</source>
        <extracomment>keep the escapes as they are: they are JSON syntax</extracomment>
        <translation>%1 处有无效的转义序列，应为以下之一：\&quot; \\ \/ \b \f \n \r \t \uXXXX</translation>
    </message>
    <message>
        <source>an unpaired UTF-16 surrogate \u%1 at %2, expected a whole character (\uD800-\uDBFF followed by \uDC00-\uDFFF)</source>
        <extracomment>%1 is the escape&apos;s four hex digits, %2 &quot;byte 120 (line 7)&quot;; \u is JSON syntax</extracomment>
        <translation>%2 处有未配对的 UTF-16 代理项 \u%1，应为完整的字符（\uD800-\uDBFF 后跟 \uDC00-\uDFFF）</translation>
    </message>
    <message>
        <source>the number %1 at %2 is too large, expected at most about 1.8e308 either way (a double)</source>
        <extracomment>%1 is the number as written, %2 &quot;byte 120 (line 7)&quot;</extracomment>
        <translation>%2 处的数 %1 太大，其绝对值最大约为 1.8e308（double）</translation>
    </message>
    <message>
        <source>the number %1 at %2 is too close to 0, expected 0 or at least about 2.2e-308 either way (a double)</source>
        <extracomment>%1 is the number as written, %2 &quot;byte 120 (line 7)&quot;</extracomment>
        <translation>%2 处的数 %1 太接近 0，应为 0，或绝对值至少约为 2.2e-308（double）</translation>
    </message>
    <message>
        <source>the text ends at %1, expected more JSON</source>
        <extracomment>%1 &quot;byte 120 (line 7)&quot;</extracomment>
        <translation>文本在 %1 处结束，后面应还有 JSON 内容</translation>
    </message>
    <message>
        <source>a NUL byte at %1, expected UTF-8 text (is it UTF-16, or not text at all?)</source>
        <extracomment>%1 &quot;byte 120 (line 7)&quot;</extracomment>
        <translation>%1 处有 NUL 字节，应为 UTF-8 文本（文件是 UTF-16 编码，还是根本不是文本？）</translation>
    </message>
    <message>
        <source>%1 at %2 is not a JSON number, expected a finite number</source>
        <extracomment>%1 is what the file has (NaN, Infinity), %2 &quot;byte 120 (line 7)&quot;</extracomment>
        <translation>%2 处的 %1 不是 JSON 数字，应为有限数</translation>
    </message>
    <message>
        <source>invalid JSON at %1</source>
        <extracomment>%1 &quot;byte 120 (line 7)&quot;</extracomment>
        <translation>%1 处的 JSON 无效</translation>
    </message>
    <message>
        <source>byte %1 (line %2)</source>
        <extracomment>where a problem is in a file: &quot;byte 412 (line 9)&quot;, counted from 0 and 1</extracomment>
        <translation>字节 %1（第 %2 行）</translation>
    </message>
</context>
<context>
    <name>Lab</name>
    <message>
        <source>not a command: %1</source>
        <translation>不是命令：%1</translation>
    </message>
    <message>
        <source>%1: no scenario loaded</source>
        <extracomment>%1 is a lab protocol command: step, run or reset</extracomment>
        <translation>%1: 尚未加载场景</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>未知命令 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a command line of %1 bytes was dropped: a command may be at most %2 bytes</source>
        <extracomment>%1 and %2 are numbers of bytes</extracomment>
        <translation>丢弃了一行 %1 字节的命令：一条命令最多 %2 字节</translation>
    </message>
    <message>
        <source>%1: the run has finished; reset or load a scenario to run again</source>
        <extracomment>%1 is a lab protocol command: step or run; reset and load are the commands that start a run again</extracomment>
        <translation>%1：本次运行已结束；请重置或加载场景以再次运行</translation>
    </message>
</context>
<context>
    <name>NetworkNotice</name>
    <message>
        <source>kernel.apparmor_restrict_unprivileged_userns is 1: AppArmor (Ubuntu 23.10 and later) gives user namespaces only to programs whose profile allows them. FinAck&apos;s Debian package installs and loads such a profile for /usr/bin/finack-lab; for a finack-lab installed another way, put a copy of %1 naming its path in /etc/apparmor.d and load it with: sudo apparmor_parser -r /etc/apparmor.d/finack-lab</source>
        <extracomment>%1 is a file path. Keep the sysctl name, the command and &quot;userns&quot; as they are</extracomment>
        <translation>kernel.apparmor_restrict_unprivileged_userns 为 1：AppArmor（Ubuntu 23.10 及更高版本）只向其配置文件允许的程序提供用户命名空间。FinAck 的 Debian 软件包会为 /usr/bin/finack-lab 安装并加载这样的配置文件；若 finack-lab 以其他方式安装，请把 %1 复制到 /etc/apparmor.d 并改为其路径，然后用以下命令加载：sudo apparmor_parser -r /etc/apparmor.d/finack-lab</translation>
    </message>
    <message>
        <source>kernel.unprivileged_userns_clone is 0: the kernel gives user namespaces only to root. An administrator may allow them with: sudo sysctl kernel.unprivileged_userns_clone=1</source>
        <extracomment>keep the sysctl names and the command as they are</extracomment>
        <translation>kernel.unprivileged_userns_clone 为 0：内核只向 root 提供用户命名空间。管理员可以用以下命令允许：sudo sysctl kernel.unprivileged_userns_clone=1</translation>
    </message>
    <message>
        <source>user.max_user_namespaces is 0: no user namespaces may be made. An administrator may allow them with: sudo sysctl user.max_user_namespaces=10000</source>
        <extracomment>keep the sysctl names and the command as they are</extracomment>
        <translation>user.max_user_namespaces 为 0：不能创建任何用户命名空间。管理员可以用以下命令允许：sudo sysctl user.max_user_namespaces=10000</translation>
    </message>
    <message>
        <source>--network host was asked for</source>
        <extracomment>why the lab is not in its private network namespace: the user chose it</extracomment>
        <translation>指定了 --network host</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <extracomment>%1 what the kernel refused (&quot;the kernel refused a private network namespace (unshare: …)&quot;), %2 the setting that made it refuse, and how to change it</extracomment>
        <translation>%1；%2</translation>
    </message>
    <message>
        <source>The lab runs on this computer&apos;s own network, not in a private network namespace, so scenarios that drop segments (faults) are refused, segments are captured only with root or CAP_NET_RAW (inferred from the calls otherwise), and raw socket options are limited to those FinAck knows. Why: %1</source>
        <extracomment>%1 why (&quot;--network host was asked for&quot;; may end with a command to type, so nothing follows it). Faults, capture and raw options are what a private namespace allows</extracomment>
        <translation>实验进程运行在本机自己的网络上，而不是私有网络命名空间中：因此会丢弃报文段的场景（故障）将被拒绝，只有 root 或具有 CAP_NET_RAW 时才能抓包（否则根据调用推断报文段），原始套接字选项也仅限于 FinAck 已知的选项。原因：%1</translation>
    </message>
</context>
<context>
    <name>PcapReader</name>
    <message>
        <source>%1: no such file, expected a pcap or pcapng capture</source>
        <translation>%1: 文件不存在，需要 pcap 或 pcapng 抓包文件</translation>
    </message>
    <message>
        <source>%1: is a directory, expected a pcap or pcapng capture</source>
        <translation>%1: 是一个目录，需要 pcap 或 pcapng 抓包文件</translation>
    </message>
    <message>
        <source>%1: empty file, expected a pcap or pcapng capture</source>
        <translation>%1: 文件为空，需要 pcap 或 pcapng 抓包文件</translation>
    </message>
    <message>
        <source>%1: cannot be read as a pcap or pcapng capture: %2</source>
        <translation>%1: 无法作为 pcap 或 pcapng 抓包文件读取：%2</translation>
    </message>
    <message>
        <source>%1: link type %2 is not supported, expected Ethernet, BSD loopback, Linux cooked (SLL, SLL2) or raw IP</source>
        <translation>%1: 不支持链路类型 %2，支持的类型为以太网、BSD 回环、Linux cooked（SLL、SLL2）或原始 IP</translation>
    </message>
    <message>
        <source>%1: more than %2 packets, expected a capture of at most %2 (cut it with editcap -r or tcpdump -c)</source>
        <extracomment>%1 the file; editcap and tcpdump are programs: keep their names and options</extracomment>
        <translation>%1: 数据包超过 %2 个，抓包文件最多只能有 %2 个数据包（可用 editcap -r 或 tcpdump -c 截短）</translation>
    </message>
    <message numerus="yes">
        <source>%1: corrupt or truncated after %n complete packets: %2</source>
        <extracomment>%1 the file, %2 libpcap&apos;s reason</extracomment>
        <translation>
            <numerusform>%1: 文件在 %n 个完整数据包之后损坏或被截断：%2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the capture holds no packets, expected a TCP connection</source>
        <translation>%1: 抓包文件中没有数据包，需要一个 TCP 连接</translation>
    </message>
    <message numerus="yes">
        <source>%1: none of its %n packets is an IPv4 TCP segment, expected a TCP connection (IPv6 is not read)</source>
        <translation>
            <numerusform>%1: 其中的 %n 个数据包都不是 IPv4 TCP 报文段，需要一个 TCP 连接（不读取 IPv6）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, stream %2 of %3: %4 → %5</source>
        <extracomment>the title of a connection read from a capture file: &quot;dump.pcap, stream 2 of 3: 10.0.0.1:40000 → 10.0.0.2:80&quot;</extracomment>
        <translation>%1，第 %2 个流（共 %3 个）：%4 → %5</translation>
    </message>
    <message>
        <source>Read from the capture file %1: both sides&apos; states are inferred from these segments (RFC 9293 state machine), not observed from a kernel.</source>
        <translation>读取自抓包文件 %1：双方的状态是根据这些报文段推断出来的（RFC 9293 状态机），而不是从内核观测到的。</translation>
    </message>
    <message>
        <source>Read from the capture file %1: both sides&apos; states are inferred from these segments (RFC 9293 state machine), not observed from a kernel. The capture starts mid-connection, after the handshake: both sides are assumed ESTABLISHED at its first segment.</source>
        <translation>读取自抓包文件 %1：双方的状态是根据这些报文段推断出来的（RFC 9293 状态机），而不是从内核观测到的。抓包从连接中途（握手之后）开始：假定双方在第一个报文段时都处于 ESTABLISHED。</translation>
    </message>
    <message>
        <source>%1: more than %2 TCP streams, expected a capture of at most %2 (keep one with tcpdump -r %1 -w OUT.pcap &apos;port N&apos;)</source>
        <extracomment>%1 the file; tcpdump is a program, its filter syntax (&quot;port N&quot;) is its own: keep them</extracomment>
        <translation>%1：TCP 流超过 %2 条，抓包文件最多只能有 %2 条（可用 tcpdump -r %1 -w OUT.pcap &apos;port N&apos; 只保留一条）</translation>
    </message>
    <message>
        <source>%1: no stream %2, the capture holds %3</source>
        <extracomment>%1 the file, %2 the stream asked for, %3 how many the file holds</extracomment>
        <translation>%1：没有第 %2 条流，该抓包文件共有 %3 条</translation>
    </message>
    <message>
        <source>%1: changed while it was read, expected the same capture twice</source>
        <translation>%1：读取期间文件发生了变化，两次读取应为同一个抓包文件</translation>
    </message>
    <message>
        <source>%1: stream %2 has %3 segments, at most %4 (cut it with editcap -r or tcpdump -c)</source>
        <extracomment>%1 the file, %2 the stream (from 1), %3 its segments, %4 the most FinAck shows; editcap and tcpdump are programs: keep them</extracomment>
        <translation>%1：第 %2 条流有 %3 个报文段，最多 %4 个（可用 editcap -r 或 tcpdump -c 截短）</translation>
    </message>
    <message>
        <source>%1: stream %2 makes %3 events, at most %4 (cut it with editcap -r or tcpdump -c)</source>
        <extracomment>%1 the file, %2 the stream (from 1), %3 the events its trace would hold, %4 the most a trace holds</extracomment>
        <translation>%1：第 %2 条流会产生 %3 个事件，最多 %4 个（可用 editcap -r 或 tcpdump -c 截短）</translation>
    </message>
</context>
<context>
    <name>QtClientSocketApi</name>
    <message>
        <source>Qt printed in the client&apos;s thread: %1</source>
        <translation>Qt 在客户端线程中输出：%1</translation>
    </message>
    <message>
        <source>a QTcpSocket cannot %1: that is QTcpServer&apos;s job</source>
        <extracomment>%1 is listen or accept</extracomment>
        <translation>QTcpSocket 无法执行 %1：那是 QTcpServer 的工作</translation>
    </message>
    <message>
        <source>a QTcpSocket cannot be duplicated (its descriptor belongs to Qt)</source>
        <translation>QTcpSocket 无法被复制（它的描述符归 Qt 所有）</translation>
    </message>
    <message>
        <source>the Qt client cannot crash on its own: it shares FinAck&apos;s process</source>
        <translation>Qt 客户端无法单独崩溃：它与 FinAck 共用同一个进程</translation>
    </message>
</context>
<context>
    <name>ReachPolicy</name>
    <message>
        <source>connect() to port %1 was not made: a scenario may connect only to ports its own sockets have had (a listener, a port it bound, a port it connected from), and none of them had this one, so another program on this computer may listen there</source>
        <extracomment>%1 a port number. Said when FinAck does not make a scenario&apos;s connect() call</extracomment>
        <translation>没有对端口 %1 执行 connect()：场景只能连接它自己的套接字用过的端口（监听端口、它绑定的端口、它发起连接时使用的端口），而它们都没有用过这个端口，因此可能是本机上另一个程序在那里监听</translation>
    </message>
    <message>
        <source>the raw option {&quot;level&quot;: %1, &quot;option&quot;: %2} is used only in the lab&apos;s private network namespace; on the host network a scenario may use the options FinAck knows (SO_LINGER, SO_REUSEADDR, SO_RCVBUF, SO_SNDBUF, SO_ERROR, TCP_NODELAY, TCP_USER_TIMEOUT) or numbers Linux does not define (%3 and up at levels 1 and 6), never one that could change this computer&apos;s networking</source>
        <extracomment>%1 and %2 are numbers; &quot;level&quot; and &quot;option&quot; are the JSON keys a scenario wrote them with</extracomment>
        <translation>原始选项 {&quot;level&quot;: %1, &quot;option&quot;: %2} 只在实验进程的私有网络命名空间中使用；在主机网络上，场景只能使用 FinAck 已知的选项（SO_LINGER、SO_REUSEADDR、SO_RCVBUF、SO_SNDBUF、SO_ERROR、TCP_NODELAY、TCP_USER_TIMEOUT）或 Linux 未定义的编号（level 1 和 6 上 %3 及以上），绝不能使用可能改变本机网络的选项</translation>
    </message>
    <message>
        <source>step %1: %2</source>
        <extracomment>%1 the step&apos;s number as in the diagram&apos;s step gutter (setup steps included, from 1), %2 why it cannot run</extracomment>
        <translation>第 %1 步：%2</translation>
    </message>
</context>
<context>
    <name>RepeatReport</name>
    <message>
        <source>unknown</source>
        <extracomment>a count the lab&apos;s /proc entry did not let us read</extracomment>
        <translation>未知</translation>
    </message>
    <message>
        <source>%1: %2 before the first run, %3 after it, %4 after the last.</source>
        <extracomment>%1 &quot;Lab descriptors&quot; or &quot;Lab threads&quot;; %2, %3, %4 their counts</extracomment>
        <translation>%1：第一次运行前 %2，第一次运行后 %3，最后一次运行后 %4。</translation>
    </message>
    <message numerus="yes">
        <source>Repeated %n time(s) in one lab; every run is compared with run 1.</source>
        <translation>
            <numerusform>在同一个实验进程中重复运行了 %n 次；每次运行都与第 1 次比较。</numerusform>
        </translation>
    </message>
    <message>
        <source>Calls, errnos, states and segment flags: the same in every run.</source>
        <translation>调用、errno、状态和报文段标志：每次运行都相同。</translation>
    </message>
    <message>
        <source>%1 of %2 runs differ from run 1 (&quot;left&quot; below) in calls, errnos, states or segment flags:</source>
        <extracomment>%1 how many runs, %2 of how many</extracomment>
        <translation>%2 次运行中有 %1 次在调用、errno、状态或报文段标志上与第 1 次运行（下文的“左侧”）不同：</translation>
    </message>
    <message>
        <source>runs %1 (&quot;right&quot;):</source>
        <extracomment>%1 the numbers of the runs that differ alike (&quot;17, 45&quot;); left is run 1, right these runs</extracomment>
        <translation>第 %1 次运行（“右侧”）：</translation>
    </message>
    <message>
        <source>EADDRINUSE: none that run 1 did not have.</source>
        <translation>EADDRINUSE：没有第 1 次运行中不曾出现的。</translation>
    </message>
    <message>
        <source>Run %1, step %2: %3() failed with EADDRINUSE; in run 1 it did not.</source>
        <extracomment>%1 the run&apos;s number, %2 the step&apos;s number, %3 the call (&quot;bind&quot;)</extracomment>
        <translation>第 %1 次运行，第 %2 步：%3() 以 EADDRINUSE 失败；第 1 次运行中它没有失败。</translation>
    </message>
    <message>
        <source>Lab descriptors</source>
        <translation>实验进程的描述符</translation>
    </message>
    <message>
        <source>Lab threads</source>
        <translation>实验进程的线程</translation>
    </message>
    <message>
        <source>Time per run: median %1 ms, slowest %2 ms (run %3).</source>
        <extracomment>%1 the median time of a run in ms, %2 the slowest, %3 which run that was</extracomment>
        <translation>每次运行的耗时：中位数 %1 ms，最慢 %2 ms（第 %3 次运行）。</translation>
    </message>
    <message>
        <source>Run %1 did not finish: %2</source>
        <extracomment>%1 the run&apos;s number, %2 why (the lab&apos;s reason)</extracomment>
        <translation>第 %1 次运行没有完成：%2</translation>
    </message>
    <message>
        <source>Every run did the same; whether the lab gave back its descriptors and threads is unknown.</source>
        <translation>每次运行的结果都相同；实验进程是否归还了它的描述符和线程，无法得知。</translation>
    </message>
    <message>
        <source>Every run did the same, and the lab gave back every descriptor and thread.</source>
        <translation>每次运行的结果都相同，实验进程也归还了每一个描述符和线程。</translation>
    </message>
    <message>
        <source>Not every run did the same, or the lab kept what it took: see above.</source>
        <translation>并非每次运行的结果都相同，或者实验进程没有归还它占用的资源：见上文。</translation>
    </message>
</context>
<context>
    <name>Scenario</name>
    <message>
        <source>CLOSING: the peer&apos;s FIN arrives before your own is acknowledged</source>
        <extracomment>closing-state</extracomment>
        <translation>CLOSING：自己的 FIN 还没被确认，对端的 FIN 就先到了</translation>
    </message>
    <message>
        <source>The client&apos;s FIN is stuck behind data the server will not take. The server&apos;s FIN arrives first, and the client sits in CLOSING until the server reads.</source>
        <extracomment>closing-state</extracomment>
        <translation>客户端的 FIN 被堵在服务器不肯接收的数据后面。服务器的 FIN 先到达，客户端于是停在 CLOSING，直到服务器读取数据为止。</translation>
    </message>
    <message>
        <source>CLOSING is the rarest state in the TCP diagram: a side has sent or queued its FIN, and the peer&apos;s FIN arrives before its own has been acknowledged. Usually it lasts a few microseconds. Here it lasts as long as the server wants. The server&apos;s listening socket gets a tiny receive buffer (SO_RCVBUF set before listen(), so the accepted socket inherits it and advertises a small window). The client queues 6 KiB without blocking. 4 KiB fill the server&apos;s buffer, the server advertises a zero window, and the rest waits in the client&apos;s send queue. shutdown(SHUT_WR) queues the client&apos;s FIN behind that data. The client is in FIN_WAIT_1, yet no FIN is on the wire: a FIN takes a sequence number like a byte of data and waits its turn behind the window. The server then shuts down its own direction. Its FIN reaches a client whose FIN is not acknowledged, not even sent: CLOSING. The client keeps probing the zero window and the server answers with window 0. When the server reads, the window opens, the rest of the data and the client&apos;s FIN leave in one segment, and the server acknowledges both. Both sides end in TIME_WAIT, because each shut down its direction before it had seen the other&apos;s FIN.</source>
        <extracomment>closing-state</extracomment>
        <translation>CLOSING 是 TCP 状态图中最少见的状态：一方已经发出（或已排队）自己的 FIN，而在这个 FIN 被确认之前，对端的 FIN 先到了。这个状态通常只持续几微秒，在这里则是服务器想让它持续多久，它就持续多久。服务器的监听套接字设置了极小的接收缓冲区（SO_RCVBUF 在 listen() 之前设置，因此 accept() 得到的套接字会继承它，并通告一个很小的窗口）。客户端以不阻塞的方式把 6 KiB 数据放入队列。其中 4 KiB 填满了服务器的缓冲区，服务器通告零窗口，其余数据留在客户端的发送队列中等待。shutdown(SHUT_WR) 把客户端的 FIN 排在这些数据后面。此时客户端处于 FIN_WAIT_1，但线路上并没有 FIN：FIN 像一个字节的数据那样占用一个序号，也要在窗口后面排队等候。接着服务器也关闭了自己的写方向。它的 FIN 到达客户端时，客户端的 FIN 不但没有被确认，甚至还没发出去：于是进入 CLOSING。客户端不断探测零窗口，服务器则回应窗口 0。服务器一读取数据，窗口就打开了，剩余数据和客户端的 FIN 在同一个报文段中发出，服务器对两者一并确认。最终双方都进入 TIME_WAIT，因为每一方都是在看到对方的 FIN 之前就关闭了自己的方向。</translation>
    </message>
    <message>
        <source>The server&apos;s listening socket.</source>
        <extracomment>closing-state, linger-timeout, rst-before-accept, zero-window-timeout</extracomment>
        <translation>服务器的监听套接字。</translation>
    </message>
    <message>
        <source>A tiny receive buffer, set before listen(): the accepted socket inherits it, and the window it advertises stays small.</source>
        <extracomment>closing-state</extracomment>
        <translation>极小的接收缓冲区，在 listen() 之前设置：accept() 得到的套接字会继承它，通告的窗口也就一直很小。</translation>
    </message>
    <message>
        <source>An ephemeral port on 127.0.0.1.</source>
        <extracomment>closing-state, linger-timeout, zero-window-timeout</extracomment>
        <translation>127.0.0.1 上的一个临时端口。</translation>
    </message>
    <message>
        <source>LISTEN.</source>
        <extracomment>closing-state, linger-timeout, zero-window-timeout</extracomment>
        <translation>进入 LISTEN 状态。</translation>
    </message>
    <message>
        <source>The client&apos;s socket.</source>
        <extracomment>closing-state, linger-timeout, zero-window-timeout</extracomment>
        <translation>客户端的套接字。</translation>
    </message>
    <message>
        <source>A small send buffer too, so that a non-blocking send() stops after a few KiB.</source>
        <extracomment>closing-state</extracomment>
        <translation>发送缓冲区也设得很小，这样非阻塞的 send() 写入几 KiB 后就会停下。</translation>
    </message>
    <message>
        <source>The three-way handshake. The server&apos;s SYN|ACK already advertises the small window.</source>
        <extracomment>closing-state, linger-timeout, zero-window-timeout</extracomment>
        <translation>三次握手。服务器的 SYN|ACK 就已经通告了这个小窗口。</translation>
    </message>
    <message>
        <source>The connected socket inherits the listener&apos;s 4 KiB receive buffer.</source>
        <extracomment>closing-state, linger-timeout, zero-window-timeout</extracomment>
        <translation>已连接的套接字继承了监听套接字 4 KiB 的接收缓冲区。</translation>
    </message>
    <message>
        <source>A non-blocking send() of 64 KiB takes what fits (6 KiB). 4 KiB fill the server&apos;s buffer and the server answers with window 0. The other 2 KiB stay in the client&apos;s send queue. The server does not read.</source>
        <extracomment>closing-state</extracomment>
        <translation>非阻塞的 send() 要发送 64 KiB，内核只收下放得下的部分（6 KiB）。其中 4 KiB 填满服务器的缓冲区，服务器回应窗口 0；另外 2 KiB 留在客户端的发送队列里。服务器不读取数据。</translation>
    </message>
    <message>
        <source>shutdown(SHUT_WR): the client&apos;s FIN is queued behind the 2 KiB the window does not admit. The client is in FIN_WAIT_1, but nothing goes on the wire.</source>
        <extracomment>closing-state</extracomment>
        <translation>shutdown(SHUT_WR)：客户端的 FIN 排在窗口放不进去的那 2 KiB 后面。客户端处于 FIN_WAIT_1，但线路上什么也没有发出。</translation>
    </message>
    <message>
        <source>The server shuts down its direction. Its FIN goes out at once (the client&apos;s window is open) and reaches a client in FIN_WAIT_1 whose own FIN is not acknowledged: CLOSING. The client acknowledges the server&apos;s FIN, so the server is in FIN_WAIT_2. The client goes on probing the zero window, the server answers with window 0, and nothing moves while the server does not read.</source>
        <extracomment>closing-state</extracomment>
        <translation>服务器关闭自己的写方向。它的 FIN 立即发出（客户端的窗口是打开的），到达的是一个处于 FIN_WAIT_1、自己的 FIN 尚未被确认的客户端：于是进入 CLOSING。客户端确认了服务器的 FIN，因此服务器处于 FIN_WAIT_2。客户端继续探测零窗口，服务器回应窗口 0；只要服务器不读取，一切都停滞不前。</translation>
    </message>
    <message>
        <source>The server reads its full buffer (4096 bytes). Its window opens, and the client sends its last 2 KiB with the FIN in one segment. The server acknowledges both: the client leaves CLOSING for TIME_WAIT, and the server, in FIN_WAIT_2, receives the FIN and enters TIME_WAIT too.</source>
        <extracomment>closing-state</extracomment>
        <translation>服务器读出整个缓冲区的数据（4096 字节）。它的窗口打开，客户端把最后 2 KiB 连同 FIN 放在一个报文段里发出。服务器对两者一并确认：客户端从 CLOSING 进入 TIME_WAIT；处于 FIN_WAIT_2 的服务器收到 FIN，也进入 TIME_WAIT。</translation>
    </message>
    <message>
        <source>The rest of the data...</source>
        <extracomment>closing-state</extracomment>
        <translation>剩余的数据……</translation>
    </message>
    <message>
        <source>...and end of stream: 6144 bytes in all, as many as send() accepted.</source>
        <extracomment>closing-state</extracomment>
        <translation>……然后是流结束：总共 6144 字节，正好是 send() 接收的数量。</translation>
    </message>
    <message>
        <source>Both sides are already in TIME_WAIT: close() only releases the descriptor.</source>
        <extracomment>closing-state</extracomment>
        <translation>双方都已处于 TIME_WAIT：close() 只是释放描述符。</translation>
    </message>
    <message>
        <source>The same for the client: nothing goes on the wire.</source>
        <extracomment>closing-state</extracomment>
        <translation>客户端也一样：线路上什么也不会发出。</translation>
    </message>
    <message>
        <source>FIN_WAIT_1 means &apos;my FIN is not acknowledged yet&apos;, not &apos;my FIN is on the wire&apos;. A FIN queued behind unsent data waits for the peer&apos;s window like the data does, so a peer that stops reading holds your close open for as long as it does not read.</source>
        <extracomment>closing-state</extracomment>
        <translation>FIN_WAIT_1 的意思是“我的 FIN 还没被确认”，而不是“我的 FIN 已经在线路上”。排在未发送数据后面的 FIN 和数据一样，要等对端的窗口；所以一旦对端停止读取，只要它一直不读，你的关闭就一直无法完成。</translation>
    </message>
    <message>
        <source>Connection refused: an RST answers the SYN</source>
        <extracomment>connect-refused</extracomment>
        <translation>连接被拒绝：SYN 换来的是 RST</translation>
    </message>
    <message>
        <source>connect() to a port where nobody listens: the SYN is answered with RST and connect() fails at once with ECONNREFUSED.</source>
        <extracomment>connect-refused</extracomment>
        <translation>connect() 连接一个无人监听的端口：SYN 得到的回应是 RST，connect() 立即以 ECONNREFUSED 失败。</translation>
    </message>
    <message>
        <source>127.0.0.1, any free port.</source>
        <extracomment>peer-crash, rst-before-accept</extracomment>
        <translation>127.0.0.1，任意空闲端口。</translation>
    </message>
    <message>
        <source>The socket never got connected: close() only releases the descriptor.</source>
        <extracomment>connect-refused</extracomment>
        <translation>这个套接字从未连接成功：close() 只是释放描述符。</translation>
    </message>
    <message>
        <source>ECONNREFUSED is an immediate, definite answer: the host is there and nothing listens on the port - check the port and whether the server runs. A connect() that hangs and ends in ETIMEDOUT is the other case: nothing answered at all.</source>
        <extracomment>connect-refused</extracomment>
        <translation>ECONNREFUSED 是一个立即而明确的回答：主机在线，但端口上没有程序监听——请检查端口号，以及服务器是否在运行。connect() 一直挂起、最终以 ETIMEDOUT 结束，则是另一种情况：根本没有任何回应。</translation>
    </message>
    <message>
        <source>dup(): close() drops a descriptor, shutdown() ends the connection</source>
        <extracomment>dup-refcount</extracomment>
        <translation>dup()：close() 只是丢掉一个描述符，shutdown() 才结束连接</translation>
    </message>
    <message>
        <source>With two descriptors for one socket, the first close() sends nothing and the last one sends FIN. shutdown(SHUT_WR) sends FIN while another descriptor is still open.</source>
        <extracomment>dup-refcount</extracomment>
        <translation>一个套接字有两个描述符时，第一次 close() 什么也不发送，最后一次才发送 FIN。而 shutdown(SHUT_WR) 即使还有另一个描述符开着，也会发送 FIN。</translation>
    </message>
    <message>
        <source>A descriptor is a reference to a socket. dup(), fork() and descriptor passing make more references to the same socket. close() removes one reference, and the kernel closes the socket (FIN, or RST if data is unread) only when the last one is gone. So the client&apos;s first close() puts nothing on the wire, and its copy goes on sending. Only the close() of the copy sends FIN. shutdown() is different: it acts on the socket, not on the descriptor. The server&apos;s shutdown(SHUT_WR) sends FIN at once although a second descriptor is still open, and that second descriptor sees the result: recv() returns 0 and send() fails with EPIPE. This is how the classic bug of a forking server happens. The parent forgets to close its copy of the connected descriptor, the child&apos;s close() then sends nothing, and the client waits forever for the end of the response. Linux behaves exactly as the textbook says.</source>
        <extracomment>dup-refcount</extracomment>
        <translation>描述符是对套接字的引用。dup()、fork() 以及描述符传递都会为同一个套接字增加引用。close() 只去掉一个引用，只有最后一个引用也消失时，内核才关闭套接字（发送 FIN；如果有未读数据则发送 RST）。所以客户端的第一次 close() 没有往线路上发送任何东西，它的副本还能继续发送数据。只有关闭副本的那次 close() 才发出 FIN。shutdown() 则不同：它作用于套接字，而不是描述符。服务器的 shutdown(SHUT_WR) 即使还有第二个描述符开着，也会立即发送 FIN，而第二个描述符也能看到这个结果：recv() 返回 0，send() 以 EPIPE 失败。fork 型服务器的经典 bug 就是这样产生的：父进程忘了关闭自己那份已连接描述符，子进程的 close() 于是什么也不发送，客户端就永远等不到响应的结束。Linux 的行为与教科书所说完全一致。</translation>
    </message>
    <message>
        <source>dup(): a second descriptor for the same socket.</source>
        <extracomment>dup-refcount</extracomment>
        <translation>dup()：为同一个套接字创建第二个描述符。</translation>
    </message>
    <message>
        <source>close() drops one of two references. The socket stays open, nothing goes on the wire, and the connection stays ESTABLISHED.</source>
        <extracomment>dup-refcount</extracomment>
        <translation>close() 去掉了两个引用中的一个。套接字仍然打开，线路上什么也没发出，连接仍处于 ESTABLISHED。</translation>
    </message>
    <message>
        <source>The copy still works: the connection never noticed the close().</source>
        <extracomment>dup-refcount</extracomment>
        <translation>副本依然可用：连接根本没察觉到那次 close()。</translation>
    </message>
    <message>
        <source>The server receives it.</source>
        <extracomment>dup-refcount</extracomment>
        <translation>服务器收到了这些数据。</translation>
    </message>
    <message>
        <source>The last reference: now the kernel closes the socket and sends FIN (FIN_WAIT_1, then FIN_WAIT_2).</source>
        <extracomment>dup-refcount</extracomment>
        <translation>最后一个引用：内核这才关闭套接字并发送 FIN（先 FIN_WAIT_1，再 FIN_WAIT_2）。</translation>
    </message>
    <message>
        <source>recv() returns 0: end of stream. The server is in CLOSE_WAIT.</source>
        <extracomment>dup-refcount</extracomment>
        <translation>recv() 返回 0：流结束。服务器处于 CLOSE_WAIT。</translation>
    </message>
    <message>
        <source>The server also makes a second descriptor for its socket.</source>
        <extracomment>dup-refcount</extracomment>
        <translation>服务器也为自己的套接字创建第二个描述符。</translation>
    </message>
    <message>
        <source>shutdown() acts on the socket, whatever descriptors refer to it. FIN goes out although conn2 is still open: LAST_ACK, then CLOSED when the client acknowledges, and the client enters TIME_WAIT.</source>
        <extracomment>dup-refcount</extracomment>
        <translation>shutdown() 作用于套接字本身，不管有哪些描述符引用它。尽管 conn2 仍然打开，FIN 照样发出：服务器进入 LAST_ACK，客户端确认后变为 CLOSED，客户端则进入 TIME_WAIT。</translation>
    </message>
    <message>
        <source>The other descriptor sees the same socket: end of stream...</source>
        <extracomment>dup-refcount</extracomment>
        <translation>另一个描述符看到的是同一个套接字：流结束……</translation>
    </message>
    <message>
        <source>...and it cannot send, because its direction was shut down through the other descriptor: EPIPE (MSG_NOSIGNAL spares the process its SIGPIPE).</source>
        <extracomment>dup-refcount</extracomment>
        <translation>……而且它不能再发送，因为这个方向已经通过另一个描述符关闭了：EPIPE（MSG_NOSIGNAL 让进程免于收到 SIGPIPE）。</translation>
    </message>
    <message>
        <source>Releasing the descriptors: nothing is left to send.</source>
        <extracomment>dup-refcount</extracomment>
        <translation>释放描述符：已经没有什么要发送的了。</translation>
    </message>
    <message>
        <source>The last descriptor. The connection ended long ago: nothing on the wire.</source>
        <extracomment>dup-refcount</extracomment>
        <translation>最后一个描述符。连接早已结束：线路上什么也不发出。</translation>
    </message>
    <message>
        <source>close() releases a descriptor, and the connection ends with the last one. To end the connection whoever else holds it, use shutdown(SHUT_WR). Close every copy you do not need: a forking server&apos;s parent closes its copy of each accepted socket.</source>
        <extracomment>dup-refcount</extracomment>
        <translation>close() 释放的是描述符，连接随最后一个描述符的关闭而结束。如果不管还有谁持有它都要结束连接，就用 shutdown(SHUT_WR)。不需要的副本都要关掉：fork 型服务器的父进程应关闭自己手中每个 accept() 得到的套接字的副本。</translation>
    </message>
    <message>
        <source>Graceful close, client first</source>
        <extracomment>graceful-client-first</extracomment>
        <translation>优雅关闭：客户端先关</translation>
    </message>
    <message>
        <source>The client closes first: four segments, and the client waits in TIME_WAIT.</source>
        <extracomment>graceful-client-first</extracomment>
        <translation>客户端先关闭：四个报文段，由客户端在 TIME_WAIT 中等待。</translation>
    </message>
    <message>
        <source>Each direction of a TCP connection is closed on its own with a FIN, and each FIN is acknowledged. The side that closes first (here the client) is the active closer: it passes FIN_WAIT_1 and FIN_WAIT_2 and ends in TIME_WAIT, where it stays for twice the maximum segment lifetime (60 s on Linux) so that a late or repeated segment of this connection cannot be taken for part of a new one. The server learns of the close when recv() returns 0, sits in CLOSE_WAIT until it calls close() itself, then waits in LAST_ACK for the final ACK.</source>
        <extracomment>graceful-client-first</extracomment>
        <translation>TCP 连接的每个方向都各自用一个 FIN 关闭，每个 FIN 都要被确认。先关闭的一方（这里是客户端）是主动关闭方：它依次经过 FIN_WAIT_1 和 FIN_WAIT_2，最后进入 TIME_WAIT，并在那里停留两倍的最大报文段生存时间（2MSL，Linux 上为 60 s），以免这个连接中迟到或重复的报文段被误当作新连接的一部分。服务器在 recv() 返回 0 时得知对方已关闭，在自己调用 close() 之前一直处于 CLOSE_WAIT，之后在 LAST_ACK 中等待最后的 ACK。</translation>
    </message>
    <message>
        <source>The client sends a request.</source>
        <extracomment>graceful-client-first, graceful-server-first</extracomment>
        <translation>客户端发送一个请求。</translation>
    </message>
    <message>
        <source>The server reads it.</source>
        <extracomment>graceful-client-first, unsupported-option</extracomment>
        <translation>服务器读取数据。</translation>
    </message>
    <message>
        <source>The client closes: its kernel sends FIN and the client enters FIN_WAIT_1, then FIN_WAIT_2 once the FIN is acknowledged.</source>
        <extracomment>graceful-client-first</extracomment>
        <translation>客户端关闭：它的内核发送 FIN，客户端进入 FIN_WAIT_1，FIN 被确认后进入 FIN_WAIT_2。</translation>
    </message>
    <message>
        <source>recv() returns 0: the FIN arrived, the client will send no more. The server is in CLOSE_WAIT.</source>
        <extracomment>graceful-client-first</extracomment>
        <translation>recv() 返回 0：FIN 已到达，客户端不会再发送数据了。服务器处于 CLOSE_WAIT。</translation>
    </message>
    <message>
        <source>The server closes too: FIN, LAST_ACK, and the client&apos;s final ACK. The client is now in TIME_WAIT.</source>
        <extracomment>graceful-client-first</extracomment>
        <translation>服务器也关闭：发送 FIN，进入 LAST_ACK，随后收到客户端最后的 ACK。客户端此时处于 TIME_WAIT。</translation>
    </message>
    <message>
        <source>Close when you are done sending, then read until recv() returns 0; the side that closes first holds TIME_WAIT, so let clients close first when a server must not pile them up.</source>
        <extracomment>graceful-client-first</extracomment>
        <translation>发送完毕就关闭，然后一直读到 recv() 返回 0；先关闭的一方要承担 TIME_WAIT，所以如果服务器不能让 TIME_WAIT 堆积起来，就让客户端先关闭。</translation>
    </message>
    <message>
        <source>Graceful close, server first</source>
        <extracomment>graceful-server-first</extracomment>
        <translation>优雅关闭：服务器先关</translation>
    </message>
    <message>
        <source>The server answers and closes first, so the server ends in TIME_WAIT.</source>
        <extracomment>graceful-server-first</extracomment>
        <translation>服务器作出回应后先关闭，因此最终处于 TIME_WAIT 的是服务器。</translation>
    </message>
    <message>
        <source>Whoever closes first does the active close, and TIME_WAIT belongs to the active closer, not to &apos;the client&apos;. A server that closes its connections first (as HTTP/1.0 servers do) collects the TIME_WAIT entries; the client sees recv() return 0, closes in turn and goes through CLOSE_WAIT and LAST_ACK.</source>
        <extracomment>graceful-server-first</extracomment>
        <translation>谁先关闭，谁就执行主动关闭；TIME_WAIT 属于主动关闭方，并不固定属于“客户端”。先关闭连接的服务器（HTTP/1.0 服务器就是这样）会把 TIME_WAIT 条目积攒在自己这边；客户端看到 recv() 返回 0 后才关闭，经历 CLOSE_WAIT 和 LAST_ACK。</translation>
    </message>
    <message>
        <source>The server answers...</source>
        <extracomment>graceful-server-first, write-after-peer-close</extracomment>
        <translation>服务器作出回应……</translation>
    </message>
    <message>
        <source>...and closes at once: FIN from the server, which enters FIN_WAIT_1.</source>
        <extracomment>graceful-server-first</extracomment>
        <translation>……并立即关闭：服务器发出 FIN，进入 FIN_WAIT_1。</translation>
    </message>
    <message>
        <source>The client reads the answer; the data arrived before the FIN.</source>
        <extracomment>graceful-server-first</extracomment>
        <translation>客户端读取回应；数据在 FIN 之前就到达了。</translation>
    </message>
    <message>
        <source>recv() returns 0: end of stream. The client is in CLOSE_WAIT.</source>
        <extracomment>graceful-server-first</extracomment>
        <translation>recv() 返回 0：流结束。客户端处于 CLOSE_WAIT。</translation>
    </message>
    <message>
        <source>The client&apos;s FIN; the server acknowledges it from TIME_WAIT.</source>
        <extracomment>graceful-server-first</extracomment>
        <translation>客户端发出 FIN；服务器确认它，此时服务器处于 TIME_WAIT。</translation>
    </message>
    <message>
        <source>TIME_WAIT follows the active closer, not the role: decide which side closes first, and a busy server that closes first will collect TIME_WAIT entries.</source>
        <extracomment>graceful-server-first</extracomment>
        <translation>TIME_WAIT 跟着主动关闭方走，而不是跟着角色走：要想清楚由哪一方先关闭；繁忙的服务器如果先关闭，就会积攒 TIME_WAIT 条目。</translation>
    </message>
    <message>
        <source>Half-close: shutdown(SHUT_WR), then drain</source>
        <extracomment>half-close</extracomment>
        <translation>半关闭：先 shutdown(SHUT_WR)，再把数据读完</translation>
    </message>
    <message>
        <source>The client stops sending with shutdown(SHUT_WR) but still reads the server&apos;s answer.</source>
        <extracomment>half-close</extracomment>
        <translation>客户端用 shutdown(SHUT_WR) 停止发送，但仍然读取服务器的回应。</translation>
    </message>
    <message>
        <source>shutdown(fd, SHUT_WR) sends a FIN for one direction only: the client says &apos;no more requests&apos; and can still receive. The server reads until recv() returns 0, knows the request is complete, sends its answer and closes. The client drains the answer up to its own 0 and only then closes. This is the graceful pattern that avoids losing data to an RST. Note the client&apos;s state: the server&apos;s FIN moves the connection into TIME_WAIT while the client still holds its descriptor, and TCP_INFO on that descriptor then says CLOSE - sock_diag shows the TIME_WAIT entry, which is the truth.</source>
        <extracomment>half-close</extracomment>
        <translation>shutdown(fd, SHUT_WR) 只为一个方向发送 FIN：客户端表示“不会再有请求了”，但仍能接收。服务器一直读到 recv() 返回 0，由此知道请求已经完整，然后发送回应并关闭。客户端把回应读完，直到它自己的 recv() 也返回 0，然后才关闭。这是一种不会因 RST 而丢失数据的优雅关闭模式。注意客户端的状态：服务器的 FIN 使连接进入 TIME_WAIT，而此时客户端仍持有描述符，对该描述符查询 TCP_INFO 得到的是 CLOSE——sock_diag 显示的是 TIME_WAIT 条目，这才是实际情况。</translation>
    </message>
    <message>
        <source>The client sends its whole request.</source>
        <extracomment>half-close</extracomment>
        <translation>客户端发送完整的请求。</translation>
    </message>
    <message>
        <source>shutdown(SHUT_WR): FIN for the client&apos;s direction only. FIN_WAIT_1, then FIN_WAIT_2.</source>
        <extracomment>half-close</extracomment>
        <translation>shutdown(SHUT_WR)：只为客户端这一方向发送 FIN。先 FIN_WAIT_1，再 FIN_WAIT_2。</translation>
    </message>
    <message>
        <source>The server reads the request...</source>
        <extracomment>half-close</extracomment>
        <translation>服务器读取请求……</translation>
    </message>
    <message>
        <source>...and reads again until recv() returns 0: the request is complete.</source>
        <extracomment>half-close</extracomment>
        <translation>……再继续读，直到 recv() 返回 0：请求已经完整。</translation>
    </message>
    <message>
        <source>The server can still send: only the client&apos;s direction is closed.</source>
        <extracomment>half-close</extracomment>
        <translation>服务器仍然可以发送：关闭的只是客户端那个方向。</translation>
    </message>
    <message>
        <source>The half-closed client still receives.</source>
        <extracomment>half-close</extracomment>
        <translation>半关闭的客户端仍然可以接收。</translation>
    </message>
    <message>
        <source>The server closes: its FIN, and the client enters TIME_WAIT with its descriptor still open.</source>
        <extracomment>half-close</extracomment>
        <translation>服务器关闭：发出它的 FIN，客户端进入 TIME_WAIT，而它的描述符仍然开着。</translation>
    </message>
    <message>
        <source>The client drains to 0: everything has arrived.</source>
        <extracomment>half-close</extracomment>
        <translation>客户端一直读到返回 0：所有数据都已到达。</translation>
    </message>
    <message>
        <source>close() now only releases the descriptor: both FINs are long acknowledged, nothing goes on the wire.</source>
        <extracomment>half-close</extracomment>
        <translation>此时 close() 只是释放描述符：两个 FIN 早已被确认，线路上什么也不发出。</translation>
    </message>
    <message>
        <source>To end a conversation without losing data: shutdown(SHUT_WR), read until recv() returns 0, then close().</source>
        <extracomment>half-close</extracomment>
        <translation>要结束一次对话而不丢失数据：先 shutdown(SHUT_WR)，再一直读到 recv() 返回 0，最后 close()。</translation>
    </message>
    <message>
        <source>Ignoring recv()&apos;s return value: the endless stale HELLO</source>
        <extracomment>ignored-recv-return</extracomment>
        <translation>忽略 recv() 的返回值：没完没了的旧 HELLO</translation>
    </message>
    <message>
        <source>After the client closes, recv() returns 0 at once, every time; a loop that prints its buffer without checking shows the old HELLO forever and never closes.</source>
        <extracomment>ignored-recv-return</extracomment>
        <translation>客户端关闭后，recv() 每次都立即返回 0；一个不检查返回值就打印缓冲区的循环会永远显示那条旧的 HELLO，而且永远不会关闭套接字。</translation>
    </message>
    <message>
        <source>Course article 004&apos;s server runs while (1) { recv(s, buf, 128, 0); printf(&quot;%s&quot;, buf); } and, after one client sent HELLO and closed, prints HELLO forever. The article blames recv() returning -1 with error 10054. On Linux the trace says otherwise: the first recv() returns 5 with the bytes HELLO, and every later one returns 0 at once - end of stream, because the client&apos;s FIN has arrived. 0 is not an error and it does not block: it will be returned on every call, so the loop spins at full speed, and since recv() wrote nothing into buf, printf shows the HELLO of the first call again and again. The buggy loop also never closes its socket, so the server&apos;s end stays in CLOSE_WAIT and the client&apos;s in FIN_WAIT_2 until FinAck stops the loop: a pile of CLOSE_WAIT in netstat is the other sign of this bug. The second connection is served by the fixed loop: it uses n, the return value - n &gt; 0: exactly n new bytes; 0: the peer closed, stop and close(); -1: an error, see errno. A -1 with ECONNRESET (10054 on Windows), as in the article, would need an RST (see unread-data-rst), not an orderly close.</source>
        <extracomment>ignored-recv-return</extracomment>
        <translation>课程资料中文章 004 的服务器运行的是 while (1) { recv(s, buf, 128, 0); printf(&quot;%s&quot;, buf); }，在一个客户端发送 HELLO 并关闭之后，它就不停地打印 HELLO。文章把原因归于 recv() 返回 -1、错误码 10054。但在 Linux 上，运行记录给出的结论不同：第一次 recv() 返回 5，读到字节 HELLO；之后每一次都立即返回 0——流结束，因为客户端的 FIN 已经到达。0 不是错误，也不会阻塞：之后每次调用都会返回它，所以循环全速空转；又因为 recv() 没有往 buf 写入任何东西，printf 一遍又一遍地显示第一次调用得到的 HELLO。这个有 bug 的循环也从不关闭套接字，所以在 FinAck 停止循环之前，服务器一端一直处于 CLOSE_WAIT，客户端一端处于 FIN_WAIT_2：netstat 里堆积的 CLOSE_WAIT 正是这个 bug 的另一个迹象。第二个连接由修正后的循环处理：它使用返回值 n——n &gt; 0：恰好 n 个新字节；0：对端已关闭，停止读取并 close()；-1：出错，查看 errno。像文章中那样得到 -1 和 ECONNRESET（Windows 上为 10054），需要的是 RST（见 unread-data-rst），而不是正常的关闭。</translation>
    </message>
    <message>
        <source>The client sends one request, HELLO...</source>
        <extracomment>ignored-recv-return</extracomment>
        <translation>客户端发送一个请求 HELLO……</translation>
    </message>
    <message>
        <source>...and closes at once: FIN. The server&apos;s end moves to CLOSE_WAIT.</source>
        <extracomment>ignored-recv-return</extracomment>
        <translation>……并立即关闭：FIN。服务器一端进入 CLOSE_WAIT。</translation>
    </message>
    <message>
        <source>The buggy loop, first turn: recv() returns 5, the bytes HELLO, and printf prints HELLO.</source>
        <extracomment>ignored-recv-return</extracomment>
        <translation>有 bug 的循环，第一轮：recv() 返回 5，读到字节 HELLO，printf 打印出 HELLO。</translation>
    </message>
    <message>
        <source>Second turn, result ignored: recv() returns 0 at once - end of stream. Nothing was written into buf, so printf prints the old HELLO again.</source>
        <extracomment>ignored-recv-return</extracomment>
        <translation>第二轮，返回值被忽略：recv() 立即返回 0——流结束。buf 中没有写入任何内容，所以 printf 又打印出旧的 HELLO。</translation>
    </message>
    <message>
        <source>0 again, without blocking: the loop spins, printing the stale HELLO.</source>
        <extracomment>ignored-recv-return</extracomment>
        <translation>又是 0，而且不阻塞：循环空转，不停打印过时的 HELLO。</translation>
    </message>
    <message>
        <source>And again; it would go on forever. The descriptor is never closed: the server&apos;s end stays in CLOSE_WAIT, the client&apos;s in FIN_WAIT_2.</source>
        <extracomment>ignored-recv-return</extracomment>
        <translation>又一次；它会永远这样下去。描述符始终没有关闭：服务器一端停在 CLOSE_WAIT，客户端一端停在 FIN_WAIT_2。</translation>
    </message>
    <message>
        <source>The buggy loop would spin until the server is restarted; FinAck stops it here. Only this close() sends the server&apos;s FIN, and the client&apos;s end - in FIN_WAIT_2 long after its program closed - moves to TIME_WAIT.</source>
        <extracomment>ignored-recv-return</extracomment>
        <translation>有 bug 的循环会一直空转，直到服务器重启为止；FinAck 在这里把它停下。只有这次 close() 才发出服务器的 FIN，而客户端一端——在其程序关闭之后很久仍停在 FIN_WAIT_2——这才进入 TIME_WAIT。</translation>
    </message>
    <message>
        <source>A second client, served by the fixed loop.</source>
        <extracomment>ignored-recv-return</extracomment>
        <translation>第二个客户端，由修正后的循环处理。</translation>
    </message>
    <message>
        <source>The same request...</source>
        <extracomment>ignored-recv-return</extracomment>
        <translation>同样的请求……</translation>
    </message>
    <message>
        <source>...and the same close: FIN.</source>
        <extracomment>ignored-recv-return</extracomment>
        <translation>……同样的关闭：FIN。</translation>
    </message>
    <message>
        <source>The fixed loop: n = 5, so it prints exactly 5 bytes.</source>
        <extracomment>ignored-recv-return</extracomment>
        <translation>修正后的循环：n = 5，所以恰好打印 5 个字节。</translation>
    </message>
    <message>
        <source>n = 0: the peer has closed. The fixed loop stops here...</source>
        <extracomment>ignored-recv-return</extracomment>
        <translation>n = 0：对端已关闭。修正后的循环到此停止……</translation>
    </message>
    <message>
        <source>...and closes: the server&apos;s FIN, LAST_ACK, the client&apos;s ACK. The server&apos;s end is CLOSED, the client&apos;s in TIME_WAIT.</source>
        <extracomment>ignored-recv-return</extracomment>
        <translation>……并关闭：服务器发出 FIN，进入 LAST_ACK，客户端回以 ACK。服务器一端变为 CLOSED，客户端一端处于 TIME_WAIT。</translation>
    </message>
    <message>
        <source>Always use recv()&apos;s return value: n &gt; 0 means n new bytes (not a C string - use exactly n), 0 means the peer has closed - stop reading and close() - and -1 means look at errno. Never loop on a result you did not check.</source>
        <extracomment>ignored-recv-return</extracomment>
        <translation>始终使用 recv() 的返回值：n &gt; 0 表示收到 n 个新字节（不是 C 字符串——只能使用这 n 个字节），0 表示对端已关闭——停止读取并 close()，-1 则表示要查看 errno。绝不要在不检查结果的情况下循环。</translation>
    </message>
    <message>
        <source>SO_LINGER {1, 1}: close() waits, gives up, and Linux delivers anyway</source>
        <extracomment>linger-timeout</extracomment>
        <translation>SO_LINGER {1, 1}：close() 等待、放弃，而 Linux 照样把数据送达</translation>
    </message>
    <message>
        <source>close() with a linger time blocks while the peer&apos;s zero window holds the data back. It returns 0 after about a second, and the kernel still delivers every byte.</source>
        <extracomment>linger-timeout</extracomment>
        <translation>设置了逗留时间的 close() 在对端零窗口挡住数据时会阻塞。大约一秒后它返回 0，而内核仍然把每个字节都送达了。</translation>
    </message>
    <message>
        <source>SO_LINGER with l_onoff = 1 and a non-zero l_linger makes close() wait until the data and the FIN are acknowledged, for at most l_linger seconds. Here the server does not read. Its small receive buffer is full and it advertises a zero window, so 2 KiB stay in the client&apos;s send queue and close() blocks. Meanwhile the client&apos;s kernel sends zero-window probes: ACKs without data, carrying an old sequence number. The server answers with window 0. One probe goes unanswered, because Linux answers out-of-window segments at most once every 500 ms (tcp_invalid_ratelimit). After 1 s close() returns 0, with no error, and the descriptor is gone. The textbook (Stevens, UNP 7.5, and the course articles) says close() then fails with EWOULDBLOCK and the unsent data is discarded. Windows resets the connection. Linux does neither. The socket lives on as an orphan in FIN_WAIT_1 with its data and FIN queued, exactly as after a plain close(). When the server finally reads, it gets all 6144 bytes and end of stream, and the client ends in TIME_WAIT. SO_LINGER only made the application wait, and close() returning 0 does not tell it whether the data got through.</source>
        <extracomment>linger-timeout</extracomment>
        <translation>SO_LINGER 设置 l_onoff = 1 且 l_linger 非零时，close() 会等待数据和 FIN 被确认，最多等待 l_linger 秒。这里服务器不读取数据。它的接收缓冲区很小且已满，通告零窗口，于是 2 KiB 数据留在客户端的发送队列中，close() 阻塞。与此同时，客户端内核发送零窗口探测：不带数据、携带旧序号的 ACK。服务器回应窗口 0。有一次探测没有得到回应，因为 Linux 对窗口外报文段的回应最多每 500 ms 一次（tcp_invalid_ratelimit）。1 s 后 close() 返回 0，没有任何错误，描述符也已不复存在。教科书（Stevens 的 UNP 7.5 节，以及课程资料中的文章）说，此时 close() 会以 EWOULDBLOCK 失败，未发送的数据被丢弃。Windows 则会复位连接。Linux 两者都不做：套接字作为孤儿套接字继续存在，处于 FIN_WAIT_1，数据和 FIN 仍在队列中，与普通 close() 之后完全一样。等服务器终于读取时，它收到全部 6144 字节和流结束，客户端最终进入 TIME_WAIT。SO_LINGER 只是让应用程序等了一会儿，而 close() 返回 0 并不能告诉它数据是否已经送达。</translation>
    </message>
    <message>
        <source>A tiny receive buffer, inherited by the accepted socket: a few KiB fill it.</source>
        <extracomment>linger-timeout, zero-window-timeout</extracomment>
        <translation>极小的接收缓冲区，会被 accept() 得到的套接字继承：几 KiB 就能把它填满。</translation>
    </message>
    <message>
        <source>A small send buffer, so that a non-blocking send() stops after a few KiB.</source>
        <extracomment>linger-timeout, zero-window-timeout</extracomment>
        <translation>较小的发送缓冲区，这样非阻塞的 send() 写入几 KiB 后就会停下。</translation>
    </message>
    <message>
        <source>A non-blocking send() takes 6 KiB. 4 KiB fill the server&apos;s buffer, the server advertises window 0, and 2 KiB wait in the client&apos;s send queue. The server does not read.</source>
        <extracomment>linger-timeout</extracomment>
        <translation>非阻塞的 send() 收下了 6 KiB。其中 4 KiB 填满服务器的缓冲区，服务器通告窗口 0，另外 2 KiB 在客户端的发送队列中等待。服务器不读取数据。</translation>
    </message>
    <message>
        <source>SO_LINGER {1, 1}: close() shall wait up to 1 s for the data and the FIN to be acknowledged.</source>
        <extracomment>linger-timeout</extracomment>
        <translation>SO_LINGER {1, 1}：close() 应最多等待 1 s，等数据和 FIN 被确认。</translation>
    </message>
    <message>
        <source>close() blocks. The FIN is queued behind the 2 KiB (FIN_WAIT_1), and the zero window lets nothing through. The client&apos;s kernel probes the window and the server answers with window 0. After 1 s close() returns 0. The descriptor is released but the connection is not: the client is now an orphan in FIN_WAIT_1 with its data and FIN still queued.</source>
        <extracomment>linger-timeout</extracomment>
        <translation>close() 阻塞。FIN 排在那 2 KiB 后面（FIN_WAIT_1），而零窗口什么也不放行。客户端内核探测窗口，服务器回应窗口 0。1 s 后 close() 返回 0。描述符被释放了，连接却没有：客户端现在是一个处于 FIN_WAIT_1 的孤儿套接字，数据和 FIN 仍在队列中。</translation>
    </message>
    <message>
        <source>The server reads 4096 bytes. Its window opens, and the orphaned client sends its last 2 KiB with the FIN. Nothing was discarded.</source>
        <extracomment>linger-timeout</extracomment>
        <translation>服务器读取 4096 字节。它的窗口打开，孤儿客户端把最后 2 KiB 连同 FIN 一起发出。没有任何数据被丢弃。</translation>
    </message>
    <message>
        <source>The 2 KiB that were still queued when close() returned...</source>
        <extracomment>linger-timeout</extracomment>
        <translation>close() 返回时仍在队列中的那 2 KiB……</translation>
    </message>
    <message>
        <source>...and end of stream: 6144 bytes, all that send() accepted.</source>
        <extracomment>linger-timeout</extracomment>
        <translation>……然后是流结束：6144 字节，正是 send() 接收的全部数据。</translation>
    </message>
    <message>
        <source>The normal end: the server&apos;s FIN, and the client&apos;s ACK from TIME_WAIT.</source>
        <extracomment>linger-timeout</extracomment>
        <translation>正常结束：服务器发出 FIN，客户端在 TIME_WAIT 中回以 ACK。</translation>
    </message>
    <message>
        <source>A linger time tells you nothing about delivery, and on Linux it does not discard data either. To know the peer has everything, use shutdown(SHUT_WR) and read until recv() returns 0. A clean 0 (not ECONNRESET) means the peer closed after reading what you sent.</source>
        <extracomment>linger-timeout</extracomment>
        <translation>逗留时间并不能告诉你数据是否送达，而且在 Linux 上它也不会丢弃数据。要确认对端已收到全部数据，请用 shutdown(SHUT_WR)，然后一直读到 recv() 返回 0。干净的 0（而不是 ECONNRESET）表示对端是在读完你发送的数据之后才关闭的。</translation>
    </message>
    <message>
        <source>SO_LINGER {1, 0}: close() resets the connection</source>
        <extracomment>linger-zero</extracomment>
        <translation>SO_LINGER {1, 0}：close() 复位连接</translation>
    </message>
    <message>
        <source>With linger on and a zero timeout, close() sends RST instead of FIN: no TIME_WAIT, and the peer&apos;s next recv() fails with ECONNRESET.</source>
        <extracomment>linger-zero</extracomment>
        <translation>开启逗留且超时为零时，close() 发送 RST 而不是 FIN：没有 TIME_WAIT，对端的下一次 recv() 会以 ECONNRESET 失败。</translation>
    </message>
    <message>
        <source>Normally close() leaves the rest to the kernel: it sends what is still queued, then a FIN, and the side that closed first waits in TIME_WAIT. SO_LINGER with l_onoff = 1 and l_linger = 0 asks for the opposite, an abortive close: the kernel throws away anything still queued, sends a single RST and forgets the connection at once. Both ends go straight to CLOSED - no FIN_WAIT, no TIME_WAIT. Here everything was read and acknowledged first, so the RST comes from the option alone, not from unread data. The peer learns of it on its next call: recv() fails with ECONNRESET (104; a Windows program sees WSAECONNRESET, 10054). Linux reports that error once: it is cleared as it is returned, and the next recv() returns 0, like an ordinary end of stream, although no FIN ever arrived; send() then fails with EPIPE. The option is popular for getting rid of TIME_WAIT, but the price is an error at the peer and lost data whenever something was still queued.</source>
        <extracomment>linger-zero</extracomment>
        <translation>通常 close() 把后续工作交给内核：内核先发送仍在队列中的数据，再发送 FIN，先关闭的一方在 TIME_WAIT 中等待。SO_LINGER 设置 l_onoff = 1、l_linger = 0 则要求相反的做法，即异常关闭：内核丢弃仍在队列中的一切，只发送一个 RST，并立即忘掉这个连接。两端都直接进入 CLOSED——没有 FIN_WAIT，也没有 TIME_WAIT。这里所有数据都事先读完并被确认了，所以 RST 完全是这个选项造成的，与未读数据无关。对端在下一次调用时才得知：recv() 以 ECONNRESET 失败（104；Windows 程序看到的是 WSAECONNRESET，10054）。Linux 只报告一次这个错误：错误在返回的同时被清除，下一次 recv() 返回 0，就像普通的流结束一样，尽管从来没有 FIN 到达；之后 send() 以 EPIPE 失败。这个选项常被用来摆脱 TIME_WAIT，但代价是对端会收到错误，而且只要还有数据在队列中，这些数据就会丢失。</translation>
    </message>
    <message>
        <source>An ordinary exchange first: the client sends a request.</source>
        <extracomment>linger-zero</extracomment>
        <translation>先进行一次普通的交互：客户端发送请求。</translation>
    </message>
    <message>
        <source>The server reads all of it.</source>
        <extracomment>linger-zero</extracomment>
        <translation>服务器把它全部读完。</translation>
    </message>
    <message>
        <source>The server answers.</source>
        <extracomment>linger-zero</extracomment>
        <translation>服务器作出回应。</translation>
    </message>
    <message>
        <source>The client reads the whole answer: nothing is left unread on either side, so an RST at close cannot be blamed on unread data.</source>
        <extracomment>linger-zero</extracomment>
        <translation>客户端读完整个回应：两边都没有未读数据，所以关闭时出现的 RST 不能归咎于未读数据。</translation>
    </message>
    <message>
        <source>l_onoff = 1, l_linger = 0: from now on close() aborts the connection instead of closing it.</source>
        <extracomment>linger-zero</extracomment>
        <translation>l_onoff = 1，l_linger = 0：从现在起，close() 会中止连接，而不是关闭连接。</translation>
    </message>
    <message>
        <source>close() returns at once and the kernel sends RST, not FIN - the rule: SO_LINGER {1, 0} turns close() into an abort (RFC 9293&apos;s ABORT call). Anything still queued would be discarded. The client&apos;s end goes straight to CLOSED: no FIN_WAIT_1, no TIME_WAIT.</source>
        <extracomment>linger-zero</extracomment>
        <translation>close() 立即返回，内核发送的是 RST 而不是 FIN——规则是：SO_LINGER {1, 0} 把 close() 变成中止操作（即 RFC 9293 中的 ABORT 调用）。如果还有数据在队列中，也会被丢弃。客户端一端直接进入 CLOSED：没有 FIN_WAIT_1，也没有 TIME_WAIT。</translation>
    </message>
    <message>
        <source>The server learns of the abort on its next call: ECONNRESET.</source>
        <extracomment>linger-zero</extracomment>
        <translation>服务器在下一次调用时才得知连接被中止：ECONNRESET。</translation>
    </message>
    <message>
        <source>Linux reports the error only once. Now recv() returns 0, as at an ordinary end of stream, though no FIN ever came.</source>
        <extracomment>linger-zero</extracomment>
        <translation>Linux 只报告一次这个错误。现在 recv() 返回 0，就像普通的流结束一样，尽管从来没有 FIN 到达。</translation>
    </message>
    <message>
        <source>Writing to the reset connection fails with EPIPE (FinAck sends with MSG_NOSIGNAL; otherwise SIGPIPE would kill the process).</source>
        <extracomment>linger-zero</extracomment>
        <translation>向已被复位的连接写入会以 EPIPE 失败（FinAck 发送时使用了 MSG_NOSIGNAL；否则 SIGPIPE 会杀死进程）。</translation>
    </message>
    <message>
        <source>Only the descriptor is left to release: nothing goes on the wire.</source>
        <extracomment>linger-zero</extracomment>
        <translation>只剩描述符需要释放：线路上什么也不发出。</translation>
    </message>
    <message>
        <source>Do not use SO_LINGER {1, 0} to avoid TIME_WAIT: it turns every close into an error for the peer and can throw data away. Close gracefully, and let the side that can afford TIME_WAIT (usually the client) close first.</source>
        <extracomment>linger-zero</extracomment>
        <translation>不要用 SO_LINGER {1, 0} 来避免 TIME_WAIT：它会让每次关闭都变成对端的一个错误，还可能丢弃数据。请优雅地关闭，并让承受得起 TIME_WAIT 的一方（通常是客户端）先关闭。</translation>
    </message>
    <message>
        <source>A lost FIN is sent again, with back-off</source>
        <extracomment>lost-fin</extracomment>
        <translation>丢失的 FIN 会被重传，间隔逐次退避</translation>
    </message>
    <message>
        <source>The client&apos;s FIN is lost three times; its kernel retransmits it with growing intervals until it gets through.</source>
        <extracomment>lost-fin</extracomment>
        <translation>客户端的 FIN 连续丢失三次；它的内核以逐渐增大的间隔重传，直到 FIN 送达。</translation>
    </message>
    <message>
        <source>A FIN occupies one sequence number, so TCP treats it like data: it stays in FIN_WAIT_1 until the FIN is acknowledged, and retransmits it when the retransmission timer fires. The textbook doubles the timeout each time (exponential back-off). Watch the timestamps: on loopback Linux starts at its minimum of about 200 ms, and its first two retransmissions come about 200 ms apart before the doubling shows. The application saw close() return at once and knows nothing of this; the server sees the end of stream only when a FIN finally arrives.</source>
        <extracomment>lost-fin</extracomment>
        <translation>FIN 占用一个序号，所以 TCP 把它当作数据对待：发送方一直停在 FIN_WAIT_1，直到 FIN 被确认，并在重传定时器触发时重传 FIN。按教科书的说法，超时时间每次翻倍（指数退避）。请观察时间戳：在回环上，Linux 从其最小值约 200 ms 开始，头两次重传相隔约 200 ms，之后才显现出翻倍。应用程序看到 close() 立即返回，对这一切毫不知情；服务器要等到某个 FIN 终于到达，才看到流结束。</translation>
    </message>
    <message>
        <source>close() returns at once; the FIN is lost, and each retransmission is lost too until the fourth try.</source>
        <extracomment>lost-fin</extracomment>
        <translation>close() 立即返回；FIN 丢失了，之后每次重传也都丢失，直到第四次尝试才成功。</translation>
    </message>
    <message>
        <source>recv() returns 0 now that a FIN got through.</source>
        <extracomment>lost-fin</extracomment>
        <translation>终于有一个 FIN 送达，recv() 现在返回 0。</translation>
    </message>
    <message>
        <source>The normal end: the server&apos;s FIN and the client&apos;s ACK from TIME_WAIT.</source>
        <extracomment>lost-fin</extracomment>
        <translation>正常结束：服务器发出 FIN，客户端在 TIME_WAIT 中回以 ACK。</translation>
    </message>
    <message>
        <source>the client&apos;s FIN is lost three times</source>
        <extracomment>lost-fin</extracomment>
        <translation>客户端的 FIN 连续丢失三次</translation>
    </message>
    <message>
        <source>close() returning 0 only means the kernel took over; the FIN may still be retransmitted. Use shutdown(SHUT_WR) and wait for the peer&apos;s 0 when you need to know the close completed.</source>
        <extracomment>lost-fin</extracomment>
        <translation>close() 返回 0 只表示内核接手了；FIN 可能仍在重传。需要确认关闭已经完成时，请用 shutdown(SHUT_WR)，再等到 recv() 返回对端的 0。</translation>
    </message>
    <message>
        <source>The last ACK is lost: why TIME_WAIT exists</source>
        <extracomment>lost-final-ack</extracomment>
        <translation>最后一个 ACK 丢失：TIME_WAIT 为什么存在</translation>
    </message>
    <message>
        <source>The client&apos;s final ACK never arrives; the server repeats its FIN and the client, still in TIME_WAIT, acknowledges it again.</source>
        <extracomment>lost-final-ack</extracomment>
        <translation>客户端的最后一个 ACK 始终没有到达；服务器重发 FIN，仍处于 TIME_WAIT 的客户端再次确认。</translation>
    </message>
    <message>
        <source>The side that closes first cannot know whether its last ACK arrived: nothing acknowledges an ACK. If it is lost, the other side, waiting in LAST_ACK, times out and sends its FIN again. Someone must still be there to answer it - that is one of the two reasons for TIME_WAIT (the other: old duplicate segments must die out before the same address pair is used again). Here FinAck drops the client&apos;s final ACK with a firewall rule inside its private network; the server retransmits its FIN after its retransmission timeout (at least 200 ms on Linux), and the client, in TIME_WAIT, acknowledges again. Without TIME_WAIT the repeated FIN would find no connection and be answered with an RST.</source>
        <extracomment>lost-final-ack</extracomment>
        <translation>先关闭的一方无法知道自己的最后一个 ACK 是否到达：没有任何报文会去确认一个 ACK。如果它丢了，在 LAST_ACK 中等待的另一方就会超时并重发 FIN。这时必须还有人在场应答——这是 TIME_WAIT 存在的两个原因之一（另一个是：在同一对地址再次被使用之前，旧的重复报文段必须先在网络中消亡）。在这里，FinAck 在自己的私有网络中用一条防火墙规则丢弃客户端的最后一个 ACK；服务器在重传超时（在 Linux 上至少 200 ms）后重传 FIN，而仍处于 TIME_WAIT 的客户端再次确认。如果没有 TIME_WAIT，重发的 FIN 将找不到对应的连接，得到的回应只会是 RST。</translation>
    </message>
    <message>
        <source>The client closes first: FIN, and the server&apos;s ACK. FIN_WAIT_2.</source>
        <extracomment>lost-final-ack</extracomment>
        <translation>客户端先关闭：发出 FIN，服务器回 ACK。客户端进入 FIN_WAIT_2。</translation>
    </message>
    <message>
        <source>recv() returns 0: the server is in CLOSE_WAIT.</source>
        <extracomment>lost-final-ack</extracomment>
        <translation>recv() 返回 0：服务器处于 CLOSE_WAIT。</translation>
    </message>
    <message>
        <source>Still 0: end of stream stays end of stream.</source>
        <extracomment>lost-final-ack</extracomment>
        <translation>仍然是 0：流结束之后永远是流结束。</translation>
    </message>
    <message>
        <source>The server&apos;s FIN; the client answers from TIME_WAIT, but that ACK is lost. The server stays in LAST_ACK and repeats its FIN; the client acknowledges again.</source>
        <extracomment>lost-final-ack</extracomment>
        <translation>服务器发出 FIN；客户端在 TIME_WAIT 中应答，但这个 ACK 丢失了。服务器停留在 LAST_ACK 并重发 FIN；客户端再次确认。</translation>
    </message>
    <message>
        <source>the client&apos;s final ACK is lost</source>
        <extracomment>lost-final-ack</extracomment>
        <translation>客户端的最后一个 ACK 丢失</translation>
    </message>
    <message>
        <source>TIME_WAIT is not a bug to tune away: it is the only side left to answer a repeated FIN. Avoid needing SO_REUSEADDR tricks by letting clients close first.</source>
        <extracomment>lost-final-ack</extracomment>
        <translation>TIME_WAIT 不是需要调参消除的缺陷：处于 TIME_WAIT 的一方是唯一还能应答重发 FIN 的一方。让客户端先关闭，就不必依赖 SO_REUSEADDR 之类的技巧。</translation>
    </message>
    <message>
        <source>The server process crashes: FIN or RST, depending on unread data</source>
        <extracomment>peer-crash</extracomment>
        <translation>服务器进程崩溃：发 FIN 还是 RST，取决于有没有未读数据</translation>
    </message>
    <message>
        <source>A killed process&apos;s connections are closed by the kernel exactly as close() would: the client sees an ordinary end of stream, unless the server died with data unread - then RST and ECONNRESET.</source>
        <extracomment>peer-crash</extracomment>
        <translation>进程被杀死后，它的连接由内核关闭，效果与 close() 完全相同：客户端看到的是普通的流结束；除非服务器死时还有未读数据——那样就会是 RST 和 ECONNRESET。</translation>
    </message>
    <message>
        <source>When a process dies - SIGKILL, a segmentation fault, exit() without closing - the kernel closes every descriptor it held, and for TCP that is the same close() the program could have called. A crash is therefore not an abort. In the first connection the server has read the whole request when it is killed: its kernel sends a FIN, the client&apos;s recv() returns 0 just as after a deliberate close, and the kernel even finishes the close handshake for the dead process - the server&apos;s end passes FIN_WAIT_2 and waits in TIME_WAIT with no process behind it. The client cannot tell a crash from a close. In the second connection (a restarted server: the crash took the old listener with it) the request arrives and the server dies before reading it; now the kernel&apos;s close finds unread data and sends RST, by the same rule as unread-data-rst, and the client&apos;s recv() fails with ECONNRESET (104; Windows: WSAECONNRESET, 10054). Article 001 sums its Windows measurements up as &apos;server closes: 10053, server crashes: 10054&apos;, but its server crashed right after the data arrived; on Linux it is unread data (or data sent to the closed socket afterwards, see write-after-peer-close), not the crash, that produces the RST. A crashed host is different again: nothing at all is sent (see peer-vanished).</source>
        <extracomment>peer-crash</extracomment>
        <translation>当进程死亡时——无论是 SIGKILL、段错误，还是没有关闭描述符就 exit()——内核都会关闭它持有的每一个描述符；对 TCP 来说，这和程序本可以自己调用的 close() 完全一样。因此，崩溃并不等于异常关闭。在第一个连接中，服务器被杀死时已经读完了整个请求：它的内核发送 FIN，客户端的 recv() 返回 0，与对方主动关闭时一模一样；内核甚至会替已死的进程完成四次挥手——服务器一端经过 FIN_WAIT_2，在背后已没有任何进程的情况下停留在 TIME_WAIT。客户端无法区分崩溃和关闭。在第二个连接中（这是重启后的服务器：崩溃把旧的监听套接字也一并带走了），请求到达了，但服务器在读取之前就死了；这时内核的关闭操作发现有未读数据，于是发送 RST——规则与场景 unread-data-rst 相同——客户端的 recv() 以 ECONNRESET 失败（104；Windows 上为 WSAECONNRESET，10054）。文章 001 把它在 Windows 上的测量结果总结为“服务器关闭：10053，服务器崩溃：10054”，但它的服务器恰好是在数据到达后立即崩溃的；在 Linux 上，产生 RST 的是未读数据（或之后发往已关闭套接字的数据，见场景 write-after-peer-close），而不是崩溃本身。主机崩溃则又是另一回事：什么都不会发送（见场景 peer-vanished）。</translation>
    </message>
    <message>
        <source>First connection: the client sends a request.</source>
        <extracomment>peer-crash</extracomment>
        <translation>第一个连接：客户端发送一个请求。</translation>
    </message>
    <message>
        <source>The server reads all of it: nothing is left unread.</source>
        <extracomment>peer-crash</extracomment>
        <translation>服务器把它全部读完：没有留下未读数据。</translation>
    </message>
    <message>
        <source>The server process is killed (SIGKILL) before it answers. The kernel closes its descriptors as close() would; with no unread data that means a FIN. The listener dies with it.</source>
        <extracomment>peer-crash</extracomment>
        <translation>服务器进程在应答之前被杀死（SIGKILL）。内核像 close() 那样关闭它的描述符；由于没有未读数据，这意味着发送 FIN。监听套接字也随之消失。</translation>
    </message>
    <message>
        <source>recv() returns 0, end of stream, exactly as after a deliberate close: the client cannot tell that the server crashed.</source>
        <extracomment>peer-crash</extracomment>
        <translation>recv() 返回 0，即流结束，与对方主动关闭后完全一样：客户端无法察觉服务器已经崩溃。</translation>
    </message>
    <message>
        <source>The client&apos;s FIN. The dead server&apos;s kernel acknowledges it, and the server&apos;s end goes from FIN_WAIT_2 to TIME_WAIT - the kernel finishes the close for a process that no longer exists.</source>
        <extracomment>peer-crash</extracomment>
        <translation>客户端发出 FIN。已死服务器所在的内核确认了它，服务器一端从 FIN_WAIT_2 进入 TIME_WAIT——内核替一个已不存在的进程完成了关闭。</translation>
    </message>
    <message>
        <source>Second connection. The crashed server has no descriptors left: a restarted server makes a new listener.</source>
        <extracomment>peer-crash</extracomment>
        <translation>第二个连接。崩溃的服务器已经没有任何描述符了：重启后的服务器新建一个监听套接字。</translation>
    </message>
    <message>
        <source>The client makes a new socket: the old descriptor is closed.</source>
        <extracomment>peer-crash</extracomment>
        <translation>客户端新建一个套接字：旧的描述符已经关闭。</translation>
    </message>
    <message>
        <source>A new connection to the new listener.</source>
        <extracomment>peer-crash</extracomment>
        <translation>向新的监听套接字建立一个新连接。</translation>
    </message>
    <message>
        <source>The request arrives in the server&apos;s receive buffer...</source>
        <extracomment>peer-crash</extracomment>
        <translation>请求到达服务器的接收缓冲区……</translation>
    </message>
    <message>
        <source>...and the server dies before reading it. The kernel&apos;s close finds 7 unread bytes and sends RST instead of FIN - the rule: close() with unread data resets the connection (RFC 2525, 2.17), whoever calls it, a program or the exit of a dead process.</source>
        <extracomment>peer-crash</extracomment>
        <translation>……而服务器在读取之前就死了。内核执行关闭时发现有 7 字节未读，于是发送 RST 而不是 FIN。规则是：带着未读数据执行 close() 会复位连接（RFC 2525，2.17 节），不论调用者是程序本身，还是死亡进程的退出。</translation>
    </message>
    <message>
        <source>This time the client&apos;s recv() fails: ECONNRESET.</source>
        <extracomment>peer-crash</extracomment>
        <translation>这一次，客户端的 recv() 失败：ECONNRESET。</translation>
    </message>
    <message>
        <source>Only the descriptor is left to release: the RST already ended the connection.</source>
        <extracomment>peer-crash</extracomment>
        <translation>只剩描述符需要释放：RST 已经结束了连接。</translation>
    </message>
    <message>
        <source>recv() returning 0 means &apos;the peer&apos;s socket was closed&apos;, not &apos;the peer finished properly&apos;: a crashed peer looks the same. Confirm completion in the protocol itself (a length, an end marker, an explicit &apos;done&apos; message) before acting on it.</source>
        <extracomment>peer-crash</extracomment>
        <translation>recv() 返回 0 的意思是“对端的套接字被关闭了”，而不是“对端正常完成了工作”：崩溃的对端看起来完全一样。在据此采取行动之前，要在协议本身中确认已经完成（长度字段、结束标记、明确的“完成”消息）。</translation>
    </message>
    <message>
        <source>The peer vanishes: retransmissions, then ETIMEDOUT</source>
        <extracomment>peer-vanished</extracomment>
        <translation>对端消失：不断重传，最后 ETIMEDOUT</translation>
    </message>
    <message>
        <source>The server&apos;s host stops answering while the client sends; after TCP_USER_TIMEOUT the client&apos;s kernel gives up with ETIMEDOUT.</source>
        <extracomment>peer-vanished</extracomment>
        <translation>客户端发送数据时，服务器主机不再应答；超过 TCP_USER_TIMEOUT 后，客户端内核放弃，报告 ETIMEDOUT。</translation>
    </message>
    <message>
        <source>When the peer&apos;s host loses power or its cable, nothing arrives at all: no FIN, no RST. send() still succeeds - it only copies the data into the kernel - and TCP retransmits the unacknowledged data with growing intervals. Without help that goes on for about 15 minutes (tcp_retries2). TCP_USER_TIMEOUT caps how long data may stay unacknowledged; here 3 s, after which the kernel aborts the connection and the next call fails with ETIMEDOUT (110; WSAETIMEDOUT, 10060, on Windows). FinAck makes the server&apos;s host vanish by dropping everything the server sends.</source>
        <extracomment>peer-vanished</extracomment>
        <translation>当对端主机断电或网线断开时，什么都不会到达：没有 FIN，也没有 RST。send() 照样成功——它只是把数据复制进内核——而 TCP 会以越来越长的间隔重传未被确认的数据。如果不加干预，这个过程会持续大约 15 分钟（tcp_retries2）。TCP_USER_TIMEOUT 限制数据可以保持未确认状态的最长时间；这里设为 3 s，超时后内核中止连接，下一次调用以 ETIMEDOUT 失败（110；Windows 上为 WSAETIMEDOUT，10060）。FinAck 通过丢弃服务器发出的所有报文，让服务器主机“消失”。</translation>
    </message>
    <message>
        <source>Give up on unacknowledged data after 3 s instead of about 15 minutes.</source>
        <extracomment>peer-vanished</extracomment>
        <translation>数据 3 s 未被确认就放弃，而不是等大约 15 分钟。</translation>
    </message>
    <message>
        <source>send() returns 14: the data is only queued. No ACK ever comes back; the kernel retransmits, then gives up.</source>
        <extracomment>peer-vanished</extracomment>
        <translation>send() 返回 14：数据只是进入了队列。始终没有 ACK 回来；内核不断重传，最后放弃。</translation>
    </message>
    <message>
        <source>The connection is dead: recv() fails with ETIMEDOUT.</source>
        <extracomment>peer-vanished</extracomment>
        <translation>连接已经失效：recv() 以 ETIMEDOUT 失败。</translation>
    </message>
    <message>
        <source>the server&apos;s host is gone: nothing it sends arrives</source>
        <extracomment>peer-vanished</extracomment>
        <translation>服务器主机消失了：它发出的任何报文都到达不了</translation>
    </message>
    <message>
        <source>A silent peer is only detected by timeouts: set TCP_USER_TIMEOUT (or keepalive, or an application-level timeout) for connections that must notice a dead host within seconds.</source>
        <extracomment>peer-vanished</extracomment>
        <translation>沉默的对端只能靠超时发现：对于必须在几秒内察觉主机失效的连接，请设置 TCP_USER_TIMEOUT（或 keepalive，或应用层超时）。</translation>
    </message>
    <message>
        <source>The client aborts before accept(): no ECONNABORTED on Linux</source>
        <extracomment>rst-before-accept</extracomment>
        <translation>客户端在 accept() 之前中止连接：Linux 上没有 ECONNABORTED</translation>
    </message>
    <message>
        <source>A connection is reset while it waits in the listen queue; POSIX describes ECONNABORTED from accept(), Linux&apos;s accept() returns the dead connection and the first recv() fails with ECONNRESET.</source>
        <extracomment>rst-before-accept</extracomment>
        <translation>连接在监听队列中等待时被复位；POSIX 描述的是 accept() 返回 ECONNABORTED，而 Linux 的 accept() 会返回这个已失效的连接，随后第一次 recv() 以 ECONNRESET 失败。</translation>
    </message>
    <message>
        <source>The kernel completes the three-way handshake by itself and keeps the connection in the listening socket&apos;s queue until the server calls accept(). What if the client resets it in that interval (here with SO_LINGER {1, 0})? Stevens&apos;s UNP (5.11) and article 003 describe the choices: Berkeley-derived kernels drop such a connection inside the kernel and the server never hears of it; SVR4 returned EPROTO; POSIX specifies ECONNABORTED, which a server should ignore by calling accept() again. Linux does none of these: the reset connection stays in the queue in CLOSED, accept() returns a descriptor for it as if nothing had happened, and the error comes on the first call that uses it - recv() fails with ECONNRESET (104), after which recv() returns 0. Linux&apos;s accept(2) page does list ECONNABORTED, but its TCP does not return it here. Winsock&apos;s documentation names WSAECONNRESET (10054) as accept()&apos;s error for this case.</source>
        <extracomment>rst-before-accept</extracomment>
        <translation>内核会自行完成三次握手，并把连接放在监听套接字的队列里，直到服务器调用 accept()。如果客户端在这段时间里复位了连接（这里用的是 SO_LINGER {1, 0}），会怎样？Stevens 的 UNP（5.11 节）和文章 003 介绍了几种处理方式：源自 Berkeley 的内核在内核内部直接丢弃这种连接，服务器永远不会知道；SVR4 曾返回 EPROTO；POSIX 规定返回 ECONNABORTED，服务器应忽略它并再次调用 accept()。Linux 哪种都不是：被复位的连接以 CLOSED 状态留在队列中，accept() 若无其事地为它返回一个描述符，错误要等到第一次使用该描述符时才出现——recv() 以 ECONNRESET（104）失败，此后 recv() 返回 0。Linux 的 accept(2) 手册页确实列出了 ECONNABORTED，但它的 TCP 在这种情况下并不返回它。Winsock 的文档则指明，这种情况下 accept() 的错误是 WSAECONNRESET（10054）。</translation>
    </message>
    <message>
        <source>From now on the kernel answers SYNs by itself and queues finished connections for accept().</source>
        <extracomment>rst-before-accept</extracomment>
        <translation>从现在起，内核自行应答 SYN，并把已完成握手的连接排入队列，等待 accept()。</translation>
    </message>
    <message>
        <source>connect() returns once the handshake is done. The server has not called accept(): the connection waits in the listen queue, ESTABLISHED at both ends.</source>
        <extracomment>rst-before-accept</extracomment>
        <translation>握手一完成，connect() 就返回。服务器还没有调用 accept()：连接在监听队列中等待，两端都是 ESTABLISHED。</translation>
    </message>
    <message>
        <source>l_onoff = 1, l_linger = 0: close() will abort.</source>
        <extracomment>rst-before-accept</extracomment>
        <translation>l_onoff = 1, l_linger = 0：close() 将变为异常关闭。</translation>
    </message>
    <message>
        <source>The client aborts: close() sends RST instead of FIN - the rule: SO_LINGER {1, 0} turns close() into an abort. The server&apos;s end of the connection, still in the listen queue, is reset to CLOSED before anyone accepted it.</source>
        <extracomment>rst-before-accept</extracomment>
        <translation>客户端异常关闭：close() 发送 RST 而不是 FIN。规则是：SO_LINGER {1, 0} 把 close() 变成异常关闭。服务器一端的连接还在监听队列里，还没有被任何人 accept()，就被复位为 CLOSED。</translation>
    </message>
    <message>
        <source>POSIX describes ECONNABORTED here; Linux hands out the dead connection and accept() succeeds.</source>
        <extracomment>rst-before-accept</extracomment>
        <translation>POSIX 在这里描述的是 ECONNABORTED；Linux 则把这个已失效的连接交了出去，accept() 成功返回。</translation>
    </message>
    <message>
        <source>The reset surfaces on the first use of the new descriptor: ECONNRESET.</source>
        <extracomment>rst-before-accept</extracomment>
        <translation>复位在第一次使用新描述符时才暴露出来：ECONNRESET。</translation>
    </message>
    <message>
        <source>The error is reported once; after it recv() returns 0.</source>
        <extracomment>rst-before-accept</extracomment>
        <translation>错误只报告一次；之后 recv() 返回 0。</translation>
    </message>
    <message>
        <source>Releases the descriptor; the connection is already gone, nothing goes on the wire.</source>
        <extracomment>rst-before-accept</extracomment>
        <translation>释放描述符；连接早已不存在，线路上没有任何报文。</translation>
    </message>
    <message>
        <source>The listener is closed too.</source>
        <extracomment>rst-before-accept</extracomment>
        <translation>监听套接字也关闭了。</translation>
    </message>
    <message>
        <source>A freshly accepted socket may already be dead: handle ECONNRESET (and 0) on its first recv() like on any other, and for portability treat ECONNABORTED or WSAECONNRESET from accept() as &apos;try accept() again&apos;, not as a reason to stop the server.</source>
        <extracomment>rst-before-accept</extracomment>
        <translation>刚 accept() 得到的套接字可能已经失效：像对待其他任何套接字一样，处理它第一次 recv() 返回的 ECONNRESET（以及 0）。为了可移植性，应把 accept() 返回的 ECONNABORTED 或 WSAECONNRESET 当作“再调用一次 accept()”，而不是停止服务器的理由。</translation>
    </message>
    <message>
        <source>shutdown(SHUT_RD): nothing on the wire, and Linux still delivers</source>
        <extracomment>shutdown-read</extracomment>
        <translation>shutdown(SHUT_RD)：线路上什么也没有，Linux 照样交付数据</translation>
    </message>
    <message>
        <source>After shutdown(SHUT_RD), recv() returns queued data, then 0, then data that arrives later. Only when the write side is shut too does new data get an RST.</source>
        <extracomment>shutdown-read</extracomment>
        <translation>shutdown(SHUT_RD) 之后，recv() 先返回已排队的数据，然后返回 0，之后还会返回后来到达的数据。只有写方向也关闭之后，新到的数据才会招来 RST。</translation>
    </message>
    <message>
        <source>shutdown(fd, SHUT_RD) sends nothing, because TCP has no segment that says &apos;stop sending&apos;. The peer is not told, and everything that changes is local. The textbook (Stevens, UNP 6.6, and the course articles) says the receive buffer is discarded and later data is acknowledged and silently thrown away. Windows (SD_RECEIVE) resets the connection if data is queued or arrives later. Linux does neither. recv() first returns the 6 bytes already queued, then returns 0 at once instead of blocking. That 0 is not final: the client&apos;s next 5 bytes are accepted, acknowledged and returned by the next recv(). FinAck&apos;s table labels that 0 &apos;end of stream: the peer sent FIN&apos;, but no FIN was sent. SHUT_RD bites only once the server also shuts down its sending direction. A Linux socket in FIN_WAIT_1 or FIN_WAIT_2 whose read side is shut answers new data with RST, the rule RFC 1122 gives for data that arrives after the application has closed. The client was in CLOSE_WAIT and learns of the reset only through EPIPE on its next send(). The server&apos;s own recv() reports ECONNRESET for the reset its own kernel sent.</source>
        <extracomment>shutdown-read</extracomment>
        <translation>shutdown(fd, SHUT_RD) 什么也不发送，因为 TCP 没有表示“停止发送”的报文段。对端不会得到通知，所有变化都只发生在本地。教科书（Stevens 的 UNP 6.6 节，以及课程文章）说：接收缓冲区中的数据会被丢弃，之后到达的数据会被确认，然后悄悄丢掉。Windows（SD_RECEIVE）在有数据排队或之后有数据到达时会复位连接。Linux 两样都不做。recv() 先返回已在队列中的 6 字节，然后立即返回 0，而不是阻塞。这个 0 并不是最终结果：客户端接下来发送的 5 字节会被接收、确认，并由下一次 recv() 返回。FinAck 的表格把这个 0 标注为“流结束：对端发送了 FIN”，但实际上并没有任何 FIN 发出。只有当服务器也关闭了自己的发送方向后，SHUT_RD 才真正起作用：读方向已关闭、处于 FIN_WAIT_1 或 FIN_WAIT_2 的 Linux 套接字会用 RST 回应新数据，这正是 RFC 1122 对“应用程序已关闭之后才到达的数据”规定的做法。客户端当时处于 CLOSE_WAIT，只能通过下一次 send() 返回的 EPIPE 得知连接已被复位。服务器自己的 recv() 则报告 ECONNRESET，而这个复位正是它自己的内核发出的。</translation>
    </message>
    <message>
        <source>The client sends 6 bytes. They wait in the server&apos;s receive buffer.</source>
        <extracomment>shutdown-read</extracomment>
        <translation>客户端发送 6 字节，它们在服务器的接收缓冲区中等待。</translation>
    </message>
    <message>
        <source>shutdown(SHUT_RD): nothing goes on the wire, because TCP cannot say &apos;stop sending&apos;. The server stays ESTABLISHED.</source>
        <extracomment>shutdown-read</extracomment>
        <translation>shutdown(SHUT_RD)：线路上没有任何报文，因为 TCP 无法表达“停止发送”。服务器仍处于 ESTABLISHED。</translation>
    </message>
    <message>
        <source>The textbook says the queued bytes were discarded. Linux returns them.</source>
        <extracomment>shutdown-read</extracomment>
        <translation>教科书说队列中的字节已被丢弃，Linux 却把它们返回了。</translation>
    </message>
    <message>
        <source>Nothing is queued, so recv() returns 0 at once instead of blocking, although no FIN has arrived.</source>
        <extracomment>shutdown-read</extracomment>
        <translation>队列已空，所以 recv() 立即返回 0 而不阻塞，尽管并没有收到 FIN。</translation>
    </message>
    <message>
        <source>The client knows nothing and sends again. The server&apos;s kernel accepts and acknowledges the 5 bytes.</source>
        <extracomment>shutdown-read</extracomment>
        <translation>客户端毫不知情，再次发送。服务器内核接收并确认了这 5 字节。</translation>
    </message>
    <message>
        <source>recv() returns them: data after a 0. The 0 meant &apos;nothing now&apos;, not end of stream.</source>
        <extracomment>shutdown-read</extracomment>
        <translation>recv() 返回了它们：在 0 之后又读到了数据。那个 0 的意思是“暂时没有数据”，而不是流结束。</translation>
    </message>
    <message>
        <source>Now the server shuts down its sending direction too: FIN. With both directions shut, the server is in FIN_WAIT_2 once the FIN is acknowledged, and the client is in CLOSE_WAIT.</source>
        <extracomment>shutdown-read</extracomment>
        <translation>现在服务器把发送方向也关闭了：发出 FIN。两个方向都已关闭，FIN 被确认后服务器处于 FIN_WAIT_2，客户端处于 CLOSE_WAIT。</translation>
    </message>
    <message>
        <source>The client sees the end of the server&apos;s stream.</source>
        <extracomment>shutdown-read</extracomment>
        <translation>客户端读到了服务器数据流的结束。</translation>
    </message>
    <message>
        <source>A half-closed connection may still carry data from client to server, and send() succeeds because it only queues. But the server&apos;s socket can no longer deliver data to anyone: its read side is shut and it is in FIN_WAIT_2. Its kernel answers the data with RST: in FIN_WAIT_1 or FIN_WAIT_2 with the read side shut, Linux applies the rule RFC 1122 gives for data that arrives after the application has closed. Both sides are CLOSED at once.</source>
        <extracomment>shutdown-read</extracomment>
        <translation>半关闭的连接仍然可以从客户端向服务器传送数据，而且 send() 会成功，因为它只是把数据放入队列。但服务器的套接字再也无法把数据交给任何人：它的读方向已关闭，并且处于 FIN_WAIT_2。于是它的内核用 RST 回应这些数据：在读方向已关闭的 FIN_WAIT_1 或 FIN_WAIT_2 状态下，Linux 采用 RFC 1122 对“应用程序关闭之后才到达的数据”规定的规则。两端立即都变为 CLOSED。</translation>
    </message>
    <message>
        <source>The server&apos;s recv() fails with ECONNRESET (104), although the reset came from its own kernel.</source>
        <extracomment>shutdown-read</extracomment>
        <translation>服务器的 recv() 以 ECONNRESET（104）失败，尽管这个复位来自它自己的内核。</translation>
    </message>
    <message>
        <source>The client was in CLOSE_WAIT when the RST arrived, and Linux reports a reset in CLOSE_WAIT as EPIPE (32), not ECONNRESET.</source>
        <extracomment>shutdown-read</extracomment>
        <translation>RST 到达时客户端处于 CLOSE_WAIT，而 Linux 把在 CLOSE_WAIT 中收到的复位报告为 EPIPE（32），而不是 ECONNRESET。</translation>
    </message>
    <message>
        <source>Nothing left on the wire: the RST ended the connection.</source>
        <extracomment>shutdown-read</extracomment>
        <translation>线路上不再有报文：RST 结束了连接。</translation>
    </message>
    <message>
        <source>Nothing on the wire: the RST already ended the connection.</source>
        <extracomment>shutdown-read</extracomment>
        <translation>线路上没有报文：RST 已经结束了连接。</translation>
    </message>
    <message>
        <source>Do not rely on shutdown(SHUT_RD) to refuse or discard data. On Linux it only makes recv() return 0 instead of blocking when nothing is queued, and the peer is never told. To stop a peer, say so in your protocol, or close() the connection (RST if data is unread).</source>
        <extracomment>shutdown-read</extracomment>
        <translation>不要指望用 shutdown(SHUT_RD) 来拒收或丢弃数据。在 Linux 上，它唯一的作用是：队列为空时让 recv() 返回 0 而不阻塞，而且对端永远不会得到通知。要让对端停止发送，请在你的协议里明确告诉它，或者 close() 连接（若有未读数据则会发送 RST）。</translation>
    </message>
    <message>
        <source>Simultaneous close: two active closers</source>
        <extracomment>simultaneous-close</extracomment>
        <translation>同时关闭：双方都是主动关闭方</translation>
    </message>
    <message>
        <source>Both sides close before either has seen the other&apos;s FIN: the client passes CLOSING, and both end in TIME_WAIT.</source>
        <extracomment>simultaneous-close</extracomment>
        <translation>双方都在看到对方的 FIN 之前关闭：客户端经过 CLOSING，最终双方都进入 TIME_WAIT。</translation>
    </message>
    <message>
        <source>When both applications close at about the same time, each sends its FIN before the other&apos;s has arrived. Then both are active closers and both end in TIME_WAIT: nobody passes CLOSE_WAIT or LAST_ACK. A side that receives the peer&apos;s FIN while its own FIN is still unacknowledged goes from FIN_WAIT_1 to CLOSING instead of FIN_WAIT_2, and on to TIME_WAIT when its FIN is acknowledged. On loopback a segment arrives microseconds after it is sent, so two close() calls from two threads almost never cross. FinAck makes the crossing certain: inside its private network it drops the client&apos;s first FIN. The client is in FIN_WAIT_1 with its FIN lost when the server closes, so the server&apos;s FIN reaches it first: CLOSING. About 200 ms later the client&apos;s retransmission timer sends the FIN again, and both sides end in TIME_WAIT. The textbook picture has both sides in CLOSING. Here only the client gets there. It acknowledged the server&apos;s FIN at once, so the server was already in FIN_WAIT_2 when the client&apos;s FIN came again, and even the repeated FIN carries that ACK. Both sides in CLOSING would need two FINs in flight at the same moment, each sent before the other arrived, and loopback cannot arrange that on demand.</source>
        <extracomment>simultaneous-close</extracomment>
        <translation>当两个应用程序几乎同时关闭时，各自都会在对方的 FIN 到达之前发出自己的 FIN。这样双方都是主动关闭方，最终都进入 TIME_WAIT：谁也不经过 CLOSE_WAIT 或 LAST_ACK。如果一方在自己的 FIN 尚未被确认时收到了对端的 FIN，它会从 FIN_WAIT_1 进入 CLOSING，而不是 FIN_WAIT_2；等自己的 FIN 被确认后，再进入 TIME_WAIT。在回环接口上，报文段发出后几微秒就会到达，所以两个线程分别调用 close()，几乎不可能发生交叉。FinAck 让交叉必然发生：它在自己的私有网络中丢弃客户端的第一个 FIN。服务器关闭时，客户端正处于 FIN_WAIT_1，而它的 FIN 已经丢失，于是服务器的 FIN 先到达客户端：CLOSING。大约 200 ms 后，客户端的重传定时器再次发送 FIN，双方最终都进入 TIME_WAIT。教科书上的图中双方都处于 CLOSING，而这里只有客户端进入了该状态。客户端立即确认了服务器的 FIN，所以当客户端的 FIN 再次到来时，服务器已经处于 FIN_WAIT_2，而且就连重发的 FIN 也携带着这个 ACK。要让双方都进入 CLOSING，需要两个 FIN 在同一时刻都在途中，并且各自都在对方的 FIN 到达之前发出，而回环接口无法按需安排这种情况。</translation>
    </message>
    <message>
        <source>The client closes: FIN_WAIT_1. Its FIN is dropped on the way, so the server knows nothing yet, and the client&apos;s retransmission timer starts (about 200 ms on loopback). The next step comes long before it fires.</source>
        <extracomment>simultaneous-close</extracomment>
        <translation>客户端关闭：进入 FIN_WAIT_1。它的 FIN 在途中被丢弃，所以服务器还一无所知；客户端的重传定时器开始计时（在回环接口上约 200 ms）。下一步会在定时器触发之前很久就执行。</translation>
    </message>
    <message>
        <source>The server closes too, before any FIN has reached it, so it is an active closer as well (FIN_WAIT_1). Its FIN reaches a client whose own FIN is unacknowledged: the client goes to CLOSING, not FIN_WAIT_2. The client&apos;s ACK (already numbered past its lost FIN) moves the server to FIN_WAIT_2. When the client&apos;s timer fires, its FIN comes again, now also acknowledging the server&apos;s FIN. The server acknowledges it and both sides are in TIME_WAIT.</source>
        <extracomment>simultaneous-close</extracomment>
        <translation>服务器也关闭了，此时还没有任何 FIN 到达它，因此它同样是主动关闭方（FIN_WAIT_1）。它的 FIN 到达客户端时，客户端自己的 FIN 尚未被确认：客户端进入 CLOSING，而不是 FIN_WAIT_2。客户端的 ACK（其序号已经排在丢失的 FIN 之后）使服务器进入 FIN_WAIT_2。客户端的定时器触发后，它的 FIN 再次发出，这次同时确认了服务器的 FIN。服务器确认它之后，双方都处于 TIME_WAIT。</translation>
    </message>
    <message>
        <source>the client&apos;s first FIN is lost, so it is still on its way when the server closes</source>
        <extracomment>simultaneous-close</extracomment>
        <translation>客户端的第一个 FIN 丢失，因此服务器关闭时它仍在途中</translation>
    </message>
    <message>
        <source>Either side may close first, or both at once. Do not write code that assumes it is the passive side. Every side that closes before hearing a FIN pays with TIME_WAIT, and the state machine handles the crossing without help from the application.</source>
        <extracomment>simultaneous-close</extracomment>
        <translation>任何一方都可能先关闭，也可能双方同时关闭。不要写假定自己是被动关闭方的代码。凡是在收到 FIN 之前就关闭的一方，都要付出 TIME_WAIT 的代价；而这种交叉由状态机自行处理，无需应用程序帮忙。</translation>
    </message>
    <message>
        <source>Restarting a server: TIME_WAIT, EADDRINUSE and SO_REUSEADDR</source>
        <extracomment>timewait-rebind</extracomment>
        <translation>重启服务器：TIME_WAIT、EADDRINUSE 与 SO_REUSEADDR</translation>
    </message>
    <message>
        <source>After the server closes first, bind() to its port fails with EADDRINUSE. Linux allows the bind only when both the old socket and the new one have SO_REUSEADDR.</source>
        <extracomment>timewait-rebind</extracomment>
        <translation>服务器先关闭之后，再 bind() 到它的端口会以 EADDRINUSE 失败。只有新旧两个套接字都设置了 SO_REUSEADDR，Linux 才允许绑定。</translation>
    </message>
    <message>
        <source>The side that closes first keeps the connection in TIME_WAIT for 60 s, and with it its local port. When that side is a server that is being restarted, its new listening socket wants the same port. bind() then fails with EADDRINUSE (98; WSAEADDRINUSE, 10048, on Windows), the &apos;Address already in use&apos; of every quickly restarted server. The usual advice is to set SO_REUSEADDR on the new socket, and on this kernel that is not enough. Linux lets bind() share a port with a TIME_WAIT connection only if both sockets have SO_REUSEADDR: the new one, and the one now in TIME_WAIT, which inherited the flag from the listening socket it was accepted on. In the first half of this scenario the server&apos;s listener never had the option. bind() fails, and it fails again after SO_REUSEADDR is set on the new socket alone. The second half repeats the story with a server that sets SO_REUSEADDR on its listener before bind(), as every server should. After the same active close, a new socket without the option still fails, and one with it binds and listens while the old connection is still in TIME_WAIT. The textbook (Stevens, UNP 7.5) describes SO_REUSEADDR on the restarting server&apos;s socket as sufficient, and so does Winsock. Windows&apos; SO_REUSEADDR goes further and even lets a socket take a port a live socket uses, which is why Windows has SO_EXCLUSIVEADDRUSE.</source>
        <extracomment>timewait-rebind</extracomment>
        <translation>先关闭的一方会让连接在 TIME_WAIT 中保持 60 s，它的本地端口也随之被占用。如果这一方是正在重启的服务器，它的新监听套接字需要同一个端口，这时 bind() 就会以 EADDRINUSE 失败（98；Windows 上为 WSAEADDRINUSE，10048）——这就是每个快速重启的服务器都会遇到的“Address already in use”（地址已被使用）。通常的建议是在新套接字上设置 SO_REUSEADDR，但在这个内核上这还不够。只有当两个套接字都设置了 SO_REUSEADDR 时，Linux 才允许 bind() 与处于 TIME_WAIT 的连接共用端口：一个是新套接字，另一个是现在处于 TIME_WAIT 的套接字——它从接受它的那个监听套接字继承了这个标志。在本场景的前半部分，服务器的监听套接字从未设置过该选项：bind() 失败了，只在新套接字上设置 SO_REUSEADDR 之后，它再次失败。后半部分换成一个在 bind() 之前就给监听套接字设置了 SO_REUSEADDR 的服务器，把过程重演一遍——每个服务器都应该这样做。经过同样的主动关闭后，不带该选项的新套接字仍然失败，而带该选项的新套接字在旧连接仍处于 TIME_WAIT 时就能成功绑定并监听。教科书（Stevens 的 UNP 7.5 节）认为在重启服务器的套接字上设置 SO_REUSEADDR 就足够了，Winsock 也这么说。Windows 的 SO_REUSEADDR 走得更远，甚至允许一个套接字占用某个活动套接字正在使用的端口，这也是 Windows 提供 SO_EXCLUSIVEADDRUSE 的原因。</translation>
    </message>
    <message>
        <source>The server shuts down. First it closes its listening socket (set up without SO_REUSEADDR)...</source>
        <extracomment>timewait-rebind</extracomment>
        <translation>服务器停止运行。它先关闭监听套接字（创建时没有设置 SO_REUSEADDR）……</translation>
    </message>
    <message>
        <source>...then its connection. The server closes first, so the server is the one that will wait in TIME_WAIT.</source>
        <extracomment>timewait-rebind</extracomment>
        <translation>……再关闭连接。服务器先关闭，所以在 TIME_WAIT 中等待的将是服务器。</translation>
    </message>
    <message>
        <source>The client sees the end of stream...</source>
        <extracomment>timewait-rebind</extracomment>
        <translation>客户端读到流结束……</translation>
    </message>
    <message>
        <source>...and closes too. The server&apos;s end of the connection is in TIME_WAIT for 60 s, and it holds the server&apos;s port.</source>
        <extracomment>timewait-rebind</extracomment>
        <translation>……随后也关闭。服务器一端的连接在 TIME_WAIT 中停留 60 s，并占用着服务器的端口。</translation>
    </message>
    <message>
        <source>The restarted server makes a new socket...</source>
        <extracomment>timewait-rebind</extracomment>
        <translation>重启后的服务器新建一个套接字……</translation>
    </message>
    <message>
        <source>...and binds its old port: EADDRINUSE, although nothing listens there any more. The TIME_WAIT connection still uses the port.</source>
        <extracomment>timewait-rebind</extracomment>
        <translation>……并绑定原来的端口：EADDRINUSE，尽管那里已经没有任何套接字在监听。处于 TIME_WAIT 的连接仍在使用这个端口。</translation>
    </message>
    <message>
        <source>The usual advice: SO_REUSEADDR on the new socket.</source>
        <extracomment>timewait-rebind</extracomment>
        <translation>常见的建议：在新套接字上设置 SO_REUSEADDR。</translation>
    </message>
    <message>
        <source>Still EADDRINUSE on Linux: the socket in TIME_WAIT never had SO_REUSEADDR, and Linux wants it on both.</source>
        <extracomment>timewait-rebind</extracomment>
        <translation>在 Linux 上仍然是 EADDRINUSE：处于 TIME_WAIT 的套接字从未设置过 SO_REUSEADDR，而 Linux 要求两边都设置。</translation>
    </message>
    <message>
        <source>This server cannot get its port back for about a minute.</source>
        <extracomment>timewait-rebind</extracomment>
        <translation>这个服务器大约一分钟内都拿不回它的端口。</translation>
    </message>
    <message>
        <source>Second run: a server written the robust way.</source>
        <extracomment>timewait-rebind</extracomment>
        <translation>第二轮：一个按稳妥方式编写的服务器。</translation>
    </message>
    <message>
        <source>SO_REUSEADDR on the listening socket, before bind(): every socket accept() returns inherits it.</source>
        <extracomment>timewait-rebind</extracomment>
        <translation>在 bind() 之前给监听套接字设置 SO_REUSEADDR：accept() 返回的每个套接字都会继承它。</translation>
    </message>
    <message>
        <source>A new port for the second run.</source>
        <extracomment>timewait-rebind</extracomment>
        <translation>第二轮使用一个新端口。</translation>
    </message>
    <message>
        <source>LISTEN on the new port.</source>
        <extracomment>timewait-rebind</extracomment>
        <translation>在新端口上进入 LISTEN。</translation>
    </message>
    <message>
        <source>A new client socket.</source>
        <extracomment>timewait-rebind</extracomment>
        <translation>一个新的客户端套接字。</translation>
    </message>
    <message>
        <source>A client connects to the second server.</source>
        <extracomment>timewait-rebind</extracomment>
        <translation>客户端连接到第二个服务器。</translation>
    </message>
    <message>
        <source>The accepted socket inherits SO_REUSEADDR from the listener.</source>
        <extracomment>timewait-rebind</extracomment>
        <translation>accept() 得到的套接字从监听套接字继承了 SO_REUSEADDR。</translation>
    </message>
    <message>
        <source>The server shuts down the same way: listener first...</source>
        <extracomment>timewait-rebind</extracomment>
        <translation>服务器以同样的方式停止运行：先关闭监听套接字……</translation>
    </message>
    <message>
        <source>...then the connection, closing first again.</source>
        <extracomment>timewait-rebind</extracomment>
        <translation>……再关闭连接，仍然是服务器先关闭。</translation>
    </message>
    <message>
        <source>The client sees the end of stream.</source>
        <extracomment>timewait-rebind</extracomment>
        <translation>客户端读到流结束。</translation>
    </message>
    <message>
        <source>The server&apos;s end is in TIME_WAIT again, this time with SO_REUSEADDR.</source>
        <extracomment>timewait-rebind</extracomment>
        <translation>服务器一端再次处于 TIME_WAIT，这次带着 SO_REUSEADDR。</translation>
    </message>
    <message>
        <source>The restart.</source>
        <extracomment>timewait-rebind</extracomment>
        <translation>重启。</translation>
    </message>
    <message>
        <source>Without the option on the new socket: EADDRINUSE. The flag on the old socket alone is not enough either.</source>
        <extracomment>timewait-rebind</extracomment>
        <translation>新套接字上没有设置该选项：EADDRINUSE。只在旧套接字上设置这个标志同样不够。</translation>
    </message>
    <message>
        <source>SO_REUSEADDR on the new socket too.</source>
        <extracomment>timewait-rebind</extracomment>
        <translation>新套接字也设置 SO_REUSEADDR。</translation>
    </message>
    <message>
        <source>Both sockets have SO_REUSEADDR: bind() succeeds while the old connection is still in TIME_WAIT.</source>
        <extracomment>timewait-rebind</extracomment>
        <translation>两个套接字都设置了 SO_REUSEADDR：即使旧连接仍处于 TIME_WAIT，bind() 也成功了。</translation>
    </message>
    <message>
        <source>The server is back on its port, next to its own TIME_WAIT connection.</source>
        <extracomment>timewait-rebind</extracomment>
        <translation>服务器重新回到了自己的端口上，与它自己那条处于 TIME_WAIT 的连接并存。</translation>
    </message>
    <message>
        <source>Closing a listener with no connection waiting sends nothing.</source>
        <extracomment>timewait-rebind</extracomment>
        <translation>关闭一个没有连接在等待的监听套接字，不会发送任何报文。</translation>
    </message>
    <message>
        <source>A server sets SO_REUSEADDR on its listening socket before bind(), every time it starts. The sockets it accepts then carry the flag into TIME_WAIT, and the next instance can bind at once. Do not try to shorten or avoid TIME_WAIT instead.</source>
        <extracomment>timewait-rebind</extracomment>
        <translation>服务器每次启动时，都应在 bind() 之前给监听套接字设置 SO_REUSEADDR。这样它接受的套接字会把这个标志带进 TIME_WAIT，下一个实例就能立即绑定。不要转而设法缩短或避开 TIME_WAIT。</translation>
    </message>
    <message>
        <source>close() with unread data sends RST</source>
        <extracomment>unread-data-rst</extracomment>
        <translation>带着未读数据 close() 会发送 RST</translation>
    </message>
    <message>
        <source>The server closes without reading what arrived: an RST instead of a FIN, and the client gets ECONNRESET.</source>
        <extracomment>unread-data-rst</extracomment>
        <translation>服务器没有读取已到达的数据就关闭：发出的是 RST 而不是 FIN，客户端得到 ECONNRESET。</translation>
    </message>
    <message>
        <source>When close() finds unread data in the socket&apos;s receive buffer, the kernel cannot pretend the data was handled: RFC 2525 (section 2.17) says to answer with RST, and Linux does. The connection ends at once on both sides - no FIN_WAIT, no TIME_WAIT - and the client&apos;s next recv() fails with ECONNRESET (104; a Windows program sees WSAECONNRESET, 10054). This is the classic &apos;connection reset by peer&apos; of a server that closes before reading the whole request.</source>
        <extracomment>unread-data-rst</extracomment>
        <translation>当 close() 发现套接字的接收缓冲区里还有未读数据时，内核不能假装这些数据已被处理：RFC 2525（2.17 节）指出应以 RST 回应，Linux 也正是这样做的。连接在两端立即结束——没有 FIN_WAIT，也没有 TIME_WAIT——客户端的下一次 recv() 以 ECONNRESET 失败（104；Windows 程序看到的是 WSAECONNRESET，10054）。这就是服务器在读完整个请求之前就关闭时，经典的“connection reset by peer”（连接被对端复位）。</translation>
    </message>
    <message>
        <source>The client sends; the server never reads it.</source>
        <extracomment>unread-data-rst</extracomment>
        <translation>客户端发送数据；服务器始终不读取。</translation>
    </message>
    <message>
        <source>close() with 5 unread bytes in the receive buffer: the kernel sends RST, not FIN.</source>
        <extracomment>unread-data-rst</extracomment>
        <translation>接收缓冲区中还有 5 字节未读时调用 close()：内核发送 RST，而不是 FIN。</translation>
    </message>
    <message>
        <source>The client&apos;s next recv() fails: ECONNRESET.</source>
        <extracomment>unread-data-rst</extracomment>
        <translation>客户端的下一次 recv() 失败：ECONNRESET。</translation>
    </message>
    <message>
        <source>Nothing left to close on the wire: the RST already ended the connection.</source>
        <extracomment>unread-data-rst</extracomment>
        <translation>线路上已没有什么需要关闭：RST 已经结束了连接。</translation>
    </message>
    <message>
        <source>Read everything the peer sent (until recv() returns 0) before close(); otherwise the kernel resets the connection and the peer may lose data it already sent you.</source>
        <extracomment>unread-data-rst</extracomment>
        <translation>在 close() 之前，先读完对端发来的所有数据（直到 recv() 返回 0）；否则内核会复位连接，对端可能会丢失它已经发给你的数据。</translation>
    </message>
    <message>
        <source>An option the stack does not know: ENOPROTOOPT</source>
        <extracomment>unsupported-option</extracomment>
        <translation>协议栈不认识的选项：ENOPROTOOPT</translation>
    </message>
    <message>
        <source>getsockopt() and setsockopt() with an option number the kernel does not implement fail with ENOPROTOOPT; the connection carries on untouched.</source>
        <extracomment>unsupported-option</extracomment>
        <translation>用内核未实现的选项编号调用 getsockopt() 和 setsockopt()，会以 ENOPROTOOPT 失败；连接本身不受任何影响，照常继续。</translation>
    </message>
    <message>
        <source>A socket option is named by two numbers: a level (1 is SOL_SOCKET on Linux, 6 is IPPROTO_TCP) and an option number within that level. When the kernel implements no option with that number at that level, getsockopt() and setsockopt() fail with ENOPROTOOPT (92, &apos;Protocol not available&apos;; Windows: WSAENOPROTOOPT, 10042) and nothing else happens. Article 003 lists ENOPROTOOPT among the connection errors, but it is of another kind: a programming or portability error, not news about the connection - the data and the graceful close that follow here are perfectly ordinary, with no RST. It typically comes from a program built against newer headers than the running kernel (an option added later), or from a constant copied from another system: option numbers are not portable - TCP_NODELAY happens to be 1 on Linux and on Windows, but TCP_KEEPINTVL is 5 on Linux and 17 on Windows, and SOL_SOCKET is 1 on Linux and 0xffff on Windows. Here option 200 at level 6 and at level 1 exists on neither.</source>
        <extracomment>unsupported-option</extracomment>
        <translation>一个套接字选项由两个数字确定：级别（在 Linux 上 1 是 SOL_SOCKET，6 是 IPPROTO_TCP），以及该级别内的选项编号。如果内核在该级别上没有实现这个编号的选项，getsockopt() 和 setsockopt() 就会以 ENOPROTOOPT 失败（92，“Protocol not available”，即“协议不可用”；Windows：WSAENOPROTOOPT，10042），除此之外什么也不会发生。文章 003 把 ENOPROTOOPT 列在连接错误之中，但它属于另一类：它是编程错误或可移植性错误，并不反映连接的任何状况——本场景中随后的数据传输和优雅关闭都完全正常，没有任何 RST。它通常来自这样的程序：编译时使用的头文件比实际运行的内核更新（某个选项是后来才加入的），或者常量是从别的系统照搬过来的。选项编号并不可移植：TCP_NODELAY 在 Linux 和 Windows 上碰巧都是 1，但 TCP_KEEPINTVL 在 Linux 上是 5，在 Windows 上是 17；SOL_SOCKET 在 Linux 上是 1，在 Windows 上是 0xffff。这里使用的级别 6 和级别 1 上的选项 200，在这两个系统上都不存在。</translation>
    </message>
    <message>
        <source>Level 6 is IPPROTO_TCP; Linux&apos;s TCP has no option 200: ENOPROTOOPT.</source>
        <extracomment>unsupported-option</extracomment>
        <translation>级别 6 是 IPPROTO_TCP；Linux 的 TCP 没有编号为 200 的选项：ENOPROTOOPT。</translation>
    </message>
    <message>
        <source>Setting it fails the same way, and changes nothing.</source>
        <extracomment>unsupported-option</extracomment>
        <translation>设置它同样失败，也不会改变任何东西。</translation>
    </message>
    <message>
        <source>Level 1 is SOL_SOCKET on Linux (on Windows SOL_SOCKET is 0xffff); no option 200 there either: ENOPROTOOPT.</source>
        <extracomment>unsupported-option</extracomment>
        <translation>在 Linux 上级别 1 是 SOL_SOCKET（在 Windows 上 SOL_SOCKET 是 0xffff）；这里同样没有选项 200：ENOPROTOOPT。</translation>
    </message>
    <message>
        <source>Option 1 at level 6 is TCP_NODELAY: a number the kernel knows, and the same call succeeds.</source>
        <extracomment>unsupported-option</extracomment>
        <translation>级别 6 上的选项 1 是 TCP_NODELAY：这是内核认识的编号，同样的调用就成功了。</translation>
    </message>
    <message>
        <source>The failed calls did not touch the connection: data flows as before.</source>
        <extracomment>unsupported-option</extracomment>
        <translation>失败的调用没有影响连接：数据照常传输。</translation>
    </message>
    <message>
        <source>An ordinary graceful close: the client&apos;s FIN.</source>
        <extracomment>unsupported-option</extracomment>
        <translation>普通的优雅关闭：客户端发出 FIN。</translation>
    </message>
    <message>
        <source>recv() returns 0: end of stream.</source>
        <extracomment>unsupported-option</extracomment>
        <translation>recv() 返回 0：流结束。</translation>
    </message>
    <message>
        <source>The server&apos;s FIN; the client acknowledges it from TIME_WAIT. No RST anywhere.</source>
        <extracomment>unsupported-option</extracomment>
        <translation>服务器发出 FIN；客户端在 TIME_WAIT 中确认。全程没有任何 RST。</translation>
    </message>
    <message>
        <source>Check the return value of every setsockopt(), and treat ENOPROTOOPT as &apos;this system does not offer that option&apos;: fall back or report it, but do not close the connection over it. Use the named constants from the system&apos;s own headers, never numbers copied from another platform.</source>
        <extracomment>unsupported-option</extracomment>
        <translation>检查每一次 setsockopt() 的返回值，把 ENOPROTOOPT 理解为“本系统不提供该选项”：改用替代方案或报告出来，但不要因此关闭连接。使用系统自带头文件中的具名常量，绝不要使用从其他平台照搬来的数字。</translation>
    </message>
    <message>
        <source>Writing after the peer closed: RST, then 0 on Linux, 10053 on Windows</source>
        <extracomment>write-after-peer-close</extracomment>
        <translation>对端关闭后继续写：RST，随后 Linux 上得到 0，Windows 上得到 10053</translation>
    </message>
    <message>
        <source>The client sends again after the server has closed: send() succeeds, the server&apos;s kernel answers with RST, and the next recv() returns 0 on Linux where Windows reports WSAECONNABORTED (10053).</source>
        <extracomment>write-after-peer-close</extracomment>
        <translation>服务器关闭后，客户端再次发送：send() 成功，服务器内核以 RST 回应；下一次 recv() 在 Linux 上返回 0，而 Windows 在这里报告 WSAECONNABORTED（10053）。</translation>
    </message>
    <message>
        <source>This is the program of course article 000, which reproduces 10053 on Windows. The server reads the request, answers and closes; its FIN arrives behind the answer. The client reads the answer but does not look further, so it has not noticed the FIN, and sends again. That send() succeeds - it only copies into the send buffer, and a connection in CLOSE_WAIT may still send. At the server the data meets a socket whose program has closed it: nobody can ever read it, so the kernel discards the connection and answers with RST. What the client&apos;s next recv() reports is the operating system&apos;s choice: Linux returns 0, end of stream, because the FIN came before the RST and is reported first (exactly the &apos;server terminated prematurely&apos; case of Stevens&apos;s UNP, 5.12); the RST&apos;s error comes out on the next send() as EPIPE. Windows reports WSAECONNABORTED (10053, &apos;software caused connection abort&apos;) on that recv(), as the article measured. The article&apos;s server sets SO_LINGER {1, 30}, and the forum answer guesses that this is why an RST appears; FinAck keeps the option to show that it is not: close() with a non-zero linger time still sends FIN and only waits until it is acknowledged (here for the client&apos;s delayed ACK). The RST comes later, from the client&apos;s second send.</source>
        <extracomment>write-after-peer-close</extracomment>
        <translation>这是课程文章 000 中的程序，它在 Windows 上重现了 10053。服务器读取请求、作出应答，然后关闭；它的 FIN 紧跟在应答之后到达。客户端读取了应答，但没有继续往下读，所以并没有注意到 FIN，又发送了一次。这次 send() 成功了——它只是把数据复制进发送缓冲区，而处于 CLOSE_WAIT 的连接仍然可以发送。在服务器端，这些数据遇到的是一个已被其程序关闭的套接字：再也不会有人读取它们，于是内核丢弃这个连接，并以 RST 回应。客户端下一次 recv() 报告什么，由操作系统决定：Linux 返回 0，即流结束，因为 FIN 先于 RST 到达，会先被报告（这正是 Stevens 的 UNP 5.12 节中“服务器过早终止”的情形）；RST 带来的错误会在下一次 send() 时以 EPIPE 的形式出现。Windows 则在这次 recv() 上报告 WSAECONNABORTED（10053，“software caused connection abort”，即“软件引起的连接中止”），与文章的测量结果一致。文章中的服务器设置了 SO_LINGER {1, 30}，论坛上的回答猜测正是它导致了 RST；FinAck 保留这个选项，就是为了说明并非如此：逗留时间不为零的 close() 仍然发送 FIN，只是会等到它被确认为止（这里要等客户端的延迟 ACK）。RST 是后来才出现的，来自客户端的第二次发送。</translation>
    </message>
    <message>
        <source>As in the article&apos;s server: SO_LINGER {1, 30}. It only makes close() wait, up to 30 s, until what is queued has been sent and acknowledged. It does not make close() send RST.</source>
        <extracomment>write-after-peer-close</extracomment>
        <translation>与文章中的服务器一样：SO_LINGER {1, 30}。它只会让 close() 等待（最多 30 s），直到队列中的数据都已发送并被确认。它不会让 close() 发送 RST。</translation>
    </message>
    <message>
        <source>The client sends its request.</source>
        <extracomment>write-after-peer-close</extracomment>
        <translation>客户端发送请求。</translation>
    </message>
    <message>
        <source>The server reads it: nothing is left unread.</source>
        <extracomment>write-after-peer-close</extracomment>
        <translation>服务器读取请求：没有留下未读数据。</translation>
    </message>
    <message>
        <source>...and closes: a FIN, behind the answer. Because of the linger, close() waits until the FIN is acknowledged - a few tens of milliseconds, the client&apos;s delayed ACK - then returns 0. The server&apos;s end is in FIN_WAIT_2 with no descriptor left: an orphan. The client is in CLOSE_WAIT.</source>
        <extracomment>write-after-peer-close</extracomment>
        <translation>……然后关闭：FIN 紧跟在应答之后。由于设置了逗留，close() 会一直等到 FIN 被确认——几十毫秒，即客户端的延迟 ACK——然后返回 0。服务器一端处于 FIN_WAIT_2，且已经没有描述符：成了孤儿套接字。客户端处于 CLOSE_WAIT。</translation>
    </message>
    <message>
        <source>The client reads the answer, which came before the FIN. It does not call recv() again, so it does not notice the FIN.</source>
        <extracomment>write-after-peer-close</extracomment>
        <translation>客户端读取了先于 FIN 到达的应答。它没有再调用 recv()，所以没有注意到 FIN。</translation>
    </message>
    <message>
        <source>The second send() succeeds: the data is only queued, and CLOSE_WAIT may still send. It reaches a socket whose program has closed it, so the server&apos;s kernel answers with RST - the rule: data for a closed (orphaned) socket can never be delivered, and the connection is aborted (Linux counts it as TCPAbortOnData). Both ends are now CLOSED; the client&apos;s 13 unacknowledged bytes are thrown away.</source>
        <extracomment>write-after-peer-close</extracomment>
        <translation>第二次 send() 成功：数据只是进入了队列，而且处于 CLOSE_WAIT 时仍然可以发送。数据到达的是一个已被其程序关闭的套接字，于是服务器内核以 RST 回应。规则是：发往已关闭（孤儿）套接字的数据永远无法交付，连接会被中止（Linux 把它计入 TCPAbortOnData）。两端现在都是 CLOSED；客户端那 13 字节未被确认的数据被丢弃。</translation>
    </message>
    <message>
        <source>Linux returns 0: the FIN came first and end of stream is reported before the reset. Windows reports WSAECONNABORTED (10053) here - the article&apos;s error.</source>
        <extracomment>write-after-peer-close</extracomment>
        <translation>Linux 返回 0：FIN 先到达，流结束会先于复位被报告。Windows 在这里报告 WSAECONNABORTED（10053）——正是文章中遇到的错误。</translation>
    </message>
    <message>
        <source>The reset&apos;s error surfaces now: EPIPE, broken pipe (without MSG_NOSIGNAL, SIGPIPE would kill the process - article 003).</source>
        <extracomment>write-after-peer-close</extracomment>
        <translation>复位带来的错误现在才出现：EPIPE（broken pipe，管道破裂）。如果没有使用 MSG_NOSIGNAL，SIGPIPE 会杀死进程（见文章 003）。</translation>
    </message>
    <message>
        <source>Only the descriptor is left: nothing goes on the wire.</source>
        <extracomment>write-after-peer-close</extracomment>
        <translation>只剩下描述符：线路上没有任何报文。</translation>
    </message>
    <message>
        <source>A successful send() proves nothing about the peer. Read until recv() returns 0 before sending more, and treat 0, ECONNRESET, EPIPE and (on Windows) 10053 alike: the peer is gone. Better still, design the protocol so each side knows when the other will close (shutdown(SHUT_WR), read until 0, then close).</source>
        <extracomment>write-after-peer-close</extracomment>
        <translation>一次成功的 send() 并不能说明对端的任何情况。在继续发送之前，先读到 recv() 返回 0 为止；并把 0、ECONNRESET、EPIPE 以及（Windows 上的）10053 一视同仁：对端已经不在了。更好的做法是把协议设计成每一方都知道对方何时会关闭（shutdown(SHUT_WR)，读到 0，然后关闭）。</translation>
    </message>
    <message>
        <source>ETIMEDOUT from a live peer: TCP_USER_TIMEOUT and the zero window</source>
        <extracomment>zero-window-timeout</extracomment>
        <translation>对端还活着也会 ETIMEDOUT：TCP_USER_TIMEOUT 与零窗口</translation>
    </message>
    <message>
        <source>The server is alive but stops reading. With TCP_USER_TIMEOUT the client&apos;s kernel gives up probing the zero window, and the client gets ETIMEDOUT, with no fault and no privileges.</source>
        <extracomment>zero-window-timeout</extracomment>
        <translation>服务器还活着，但不再读取数据。设置了 TCP_USER_TIMEOUT 后，客户端内核会放弃对零窗口的探测，客户端得到 ETIMEDOUT——既不需要注入故障，也不需要特权。</translation>
    </message>
    <message>
        <source>ETIMEDOUT usually means a peer that vanished (see peer-vanished), but a live peer that stops reading can cause it too. The server&apos;s small receive buffer fills, it advertises a zero window, and the client&apos;s remaining data cannot be sent. The client&apos;s kernel sends zero-window probes, and the server answers them with window 0. One probe goes unanswered, because Linux answers out-of-window segments at most once every 500 ms (tcp_invalid_ratelimit). RFC 1122 says a sender must go on probing for as long as the receiver answers, and without TCP_USER_TIMEOUT Linux does so, indefinitely. With TCP_USER_TIMEOUT set (1000 ms here), Linux (since 5.11) measures the time since the first probe and aborts the connection when it exceeds the timeout, whether the probes were answered or not. About 1.2 s after the window closed, the client&apos;s blocked recv() fails with ETIMEDOUT (110; WSAETIMEDOUT, 10060, on Windows). The abort sends nothing, so the server still believes the connection is ESTABLISHED. It learns otherwise only when it reads. Its window update reaches a client port that no longer has a connection, the client&apos;s kernel answers with RST, and the server&apos;s next recv() fails with ECONNRESET. The 2 KiB that never left the client are lost. By the textbook, and on Linux before 5.11, the connection would stay up: recv() would still be blocked when FinAck&apos;s 5 s step timeout interrupts it (EINTR), and the server would get all 6144 bytes once it reads.</source>
        <extracomment>zero-window-timeout</extracomment>
        <translation>ETIMEDOUT 通常意味着对端已经消失（见场景 peer-vanished），但一个还活着却不再读取数据的对端同样会导致它。服务器较小的接收缓冲区被填满，于是它通告零窗口，客户端剩余的数据无法发出。客户端内核发送零窗口探测，服务器以窗口 0 回应。有一次探测没有得到回应，因为 Linux 对窗口外报文段的回应最多每 500 ms 一次（tcp_invalid_ratelimit）。RFC 1122 规定，只要接收方还在回应，发送方就必须一直探测下去；没有 TCP_USER_TIMEOUT 时，Linux 也正是这样做的，无限期地探测。设置了 TCP_USER_TIMEOUT（这里为 1000 ms）后，Linux（自 5.11 起）会从第一次探测开始计时，超过该超时值就中止连接，不管探测有没有得到回应。窗口关闭大约 1.2 s 后，客户端阻塞中的 recv() 以 ETIMEDOUT 失败（110；Windows 上为 WSAETIMEDOUT，10060）。中止连接时不发送任何报文，所以服务器仍然以为连接处于 ESTABLISHED，直到它读取数据时才发现并非如此：它的窗口更新到达的客户端端口上已经没有连接，客户端内核以 RST 回应，服务器的下一次 recv() 以 ECONNRESET 失败。始终没有离开客户端的那 2 KiB 数据就此丢失。按照教科书，以及在 5.11 之前的 Linux 上，连接会一直保持：recv() 会一直阻塞，直到 FinAck 的 5 s 步骤超时将其中断（EINTR），而服务器一旦读取，就能收到全部 6144 字节。</translation>
    </message>
    <message>
        <source>Give up when data has been stuck for 1000 ms. The default is about 15 minutes for unacknowledged data, and forever for a zero window that is answered.</source>
        <extracomment>zero-window-timeout</extracomment>
        <translation>数据卡住 1000 ms 就放弃。默认情况下，未确认的数据要等大约 15 分钟；而对于有回应的零窗口，则会永远等下去。</translation>
    </message>
    <message>
        <source>A non-blocking send() takes 6 KiB. 4 KiB fill the server&apos;s buffer, the server advertises window 0, and 2 KiB wait in the client&apos;s send queue. The server is alive, but it does not read.</source>
        <extracomment>zero-window-timeout</extracomment>
        <translation>一次非阻塞 send() 接收了 6 KiB。其中 4 KiB 填满服务器的缓冲区，服务器通告窗口为 0，另外 2 KiB 留在客户端的发送队列中等待。服务器还活着，只是不读取数据。</translation>
    </message>
    <message>
        <source>The client waits for an answer, and recv() blocks. Its kernel probes the zero window about 200 ms after it closed and again about 400 ms later, and the server answers the first probe with window 0. About 1 s after the first probe the kernel aborts the connection, and recv() fails with ETIMEDOUT. Nothing goes on the wire: no FIN, no RST.</source>
        <extracomment>zero-window-timeout</extracomment>
        <translation>客户端等待应答，recv() 阻塞。窗口关闭约 200 ms 后，它的内核探测零窗口，约 400 ms 后再探测一次；服务器以窗口 0 回应第一次探测。第一次探测之后约 1 s，内核中止连接，recv() 以 ETIMEDOUT 失败。线路上没有任何报文：没有 FIN，也没有 RST。</translation>
    </message>
    <message>
        <source>The server, still ESTABLISHED, finally reads its 4096 bytes. Its window update reaches a client port whose connection is gone, and the client&apos;s kernel answers with RST (a segment for a connection that no longer exists).</source>
        <extracomment>zero-window-timeout</extracomment>
        <translation>仍处于 ESTABLISHED 的服务器终于读取了它的 4096 字节。它的窗口更新到达客户端端口，而那里的连接已经不存在，于是客户端内核以 RST 回应（这是发给一个已不存在连接的报文段）。</translation>
    </message>
    <message>
        <source>Only now does the server learn of the end: ECONNRESET. The client&apos;s last 2 KiB never arrive.</source>
        <extracomment>zero-window-timeout</extracomment>
        <translation>直到这时，服务器才得知连接已经结束：ECONNRESET。客户端最后的 2 KiB 永远不会到达。</translation>
    </message>
    <message>
        <source>Nothing left on the wire.</source>
        <extracomment>zero-window-timeout</extracomment>
        <translation>线路上不再有报文。</translation>
    </message>
    <message>
        <source>Only the descriptor is left to release: the connection ended when the kernel gave up.</source>
        <extracomment>zero-window-timeout</extracomment>
        <translation>只剩描述符需要释放：内核放弃时，连接就已经结束了。</translation>
    </message>
    <message>
        <source>TCP_USER_TIMEOUT bounds how long your data may stay stuck, whether behind a dead network or behind a peer that does not read. Set it (or an application timeout) where a stalled peer must not stall you. Expect ETIMEDOUT on your next call, and expect the peer to hear nothing until it sends.</source>
        <extracomment>zero-window-timeout</extracomment>
        <translation>TCP_USER_TIMEOUT 限定了你的数据最多能卡住多久——无论是卡在失效的网络后面，还是卡在不读数据的对端后面。凡是不能让停滞的对端拖住你的地方，都应设置它（或应用层超时）。要预料到下一次调用会返回 ETIMEDOUT，也要预料到对端在自己发送数据之前什么都不会知道。</translation>
    </message>
    <message>
        <source>A SYN that arrives at a port with no listening socket belongs to no connection, and TCP answers such a segment with RST (RFC 9293, 3.10.7.1: a segment arriving for a connection in state CLOSED). Because the SYN carried no ACK, the RST acknowledges the SYN, so the client can tell it is the answer to its own attempt. The client&apos;s kernel turns that RST into ECONNREFUSED (111; Windows: WSAECONNREFUSED, 10061) and connect() returns at once - on loopback in well under a millisecond, no timeout involved. To have a port where surely nobody listens, the server binds a socket to a free port and never calls listen() on it: the port stays taken for the whole scenario, so no other program can start listening there in between, and a socket that is bound but not listening takes no connections - the kernel finds no socket for the SYN and resets it, exactly as for a port nobody uses. ECONNREFUSED therefore means: the host answered, but no program listens on that port (or a firewall rejects with RST on its behalf). A host that is down, or a firewall that silently drops the SYN, sends nothing back: connect() then retransmits the SYN for a long time and finally fails with ETIMEDOUT. Windows, by default, tries the SYN again after such an RST, so the same refused connect() takes about two seconds there.</source>
        <extracomment>connect-refused</extracomment>
        <translation>到达一个没有监听套接字的端口的 SYN 不属于任何连接，TCP 对这样的报文段回以 RST（RFC 9293，3.10.7.1：到达处于 CLOSED 状态的连接的报文段）。由于 SYN 不带 ACK，RST 会确认这个 SYN，因此客户端能分辨出这是对它自己这次尝试的回答。客户端内核把这个 RST 变成 ECONNREFUSED（111；Windows：WSAECONNREFUSED，10061），connect() 立即返回——在回环接口上远不到一毫秒，不涉及任何超时。为了得到一个肯定没人监听的端口，服务器把一个套接字绑定到空闲端口，但从不对它调用 listen()：这个端口在整个场景期间都被占用，其他程序无法在此期间开始在那里监听；而已绑定但未监听的套接字不接受任何连接——内核找不到接收这个 SYN 的套接字，于是将其重置，与无人使用的端口完全一样。因此 ECONNREFUSED 的含义是：主机作出了回答，但该端口上没有程序在监听（或防火墙代为用 RST 拒绝）。如果主机已宕机，或防火墙悄悄丢弃 SYN，就不会有任何回应：connect() 会长时间重传 SYN，最终以 ETIMEDOUT 失败。Windows 默认会在收到这样的 RST 后再次尝试发送 SYN，所以同样被拒绝的 connect() 在那里大约需要两秒。</translation>
    </message>
    <message>
        <source>This socket only holds a port: it will never listen.</source>
        <extracomment>connect-refused</extracomment>
        <translation>这个套接字只占用一个端口：它永远不会监听。</translation>
    </message>
    <message>
        <source>127.0.0.1, any free port; FinAck remembers the port it got. The socket keeps the port taken, so no other program can listen on it while the scenario runs.</source>
        <extracomment>connect-refused</extracomment>
        <translation>127.0.0.1，任意空闲端口；FinAck 记下它得到的端口。这个套接字一直占用该端口，因此场景运行期间其他程序无法在上面监听。</translation>
    </message>
    <message>
        <source>The SYN reaches a port without a listener - the server&apos;s socket is bound there but never called listen(), so it takes no connections - and the server host&apos;s kernel answers with RST|ACK - the rule: a segment for which no socket exists is answered with a reset (RFC 9293, state CLOSED). connect() fails at once: ECONNREFUSED.</source>
        <extracomment>connect-refused</extracomment>
        <translation>SYN 到达一个没有监听者的端口——服务器的套接字绑定在那里，但从未调用 listen()，所以不接受连接——服务器主机的内核回以 RST|ACK。规则是：对于不存在对应套接字的报文段，以重置作答（RFC 9293，CLOSED 状态）。connect() 立即失败：ECONNREFUSED。</translation>
    </message>
    <message>
        <source>The port is given back.</source>
        <extracomment>connect-refused</extracomment>
        <translation>端口被归还。</translation>
    </message>
</context>
<context>
    <name>ScenarioLoader</name>
    <message>
        <source>a descriptor name: 1 to 32 letters, digits, _ or -, starting with a letter or _</source>
        <extracomment>what the fd and as fields take: a name such as sock or conn2</extracomment>
        <translation>描述符名：1 到 32 个字母、数字、_ 或 -，以字母或 _ 开头</translation>
    </message>
    <message>
        <source>a non-empty array of flag names</source>
        <translation>非空的标志名数组</translation>
    </message>
    <message>
        <source>SO_LINGER, SO_REUSEADDR, SO_RCVBUF, SO_SNDBUF, SO_ERROR, TCP_NODELAY, TCP_USER_TIMEOUT or {&quot;level&quot;: N, &quot;option&quot;: N}</source>
        <translation>SO_LINGER、SO_REUSEADDR、SO_RCVBUF、SO_SNDBUF、SO_ERROR、TCP_NODELAY、TCP_USER_TIMEOUT 或 {&quot;level&quot;: N, &quot;option&quot;: N}</translation>
    </message>
    <message>
        <source>expected both &quot;level&quot; and &quot;option&quot; numbers</source>
        <extracomment>&quot;level&quot; and &quot;option&quot; are JSON keys: keep them</extracomment>
        <translation>&quot;level&quot; 和 &quot;option&quot; 都应为数字</translation>
    </message>
    <message>
        <source>an option name or {&quot;level&quot;: N, &quot;option&quot;: N}</source>
        <translation>选项名或 {&quot;level&quot;: N, &quot;option&quot;: N}</translation>
    </message>
    <message>
        <source>a name for the copy</source>
        <translation>副本的名称</translation>
    </message>
    <message>
        <source>expected 1 to %1 bytes in all (data × repeat)</source>
        <extracomment>data and repeat are JSON keys: keep them</extracomment>
        <translation>总字节数应为 1 到 %1（data × repeat）</translation>
    </message>
    <message>
        <source>the index of an author step</source>
        <translation>作者编写的某个步骤的序号</translation>
    </message>
    <message>
        <source>expected &quot;client&quot; or &quot;server&quot; as the key</source>
        <extracomment>&quot;client&quot; and &quot;server&quot; are JSON keys here: keep them</extracomment>
        <translation>键应为 &quot;client&quot; 或 &quot;server&quot;</translation>
    </message>
    <message>
        <source>expected a descriptor an earlier step of the %1 made (none yet: socket, accept and dup make them), got &quot;%2&quot;</source>
        <extracomment>%1 &quot;client&quot; or &quot;server&quot;, %2 the name; socket, accept and dup are calls: keep them</extracomment>
        <translation>应为%1在之前的步骤中创建的描述符（目前还没有：描述符由 socket、accept 和 dup 创建），实际为 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>expected a descriptor an earlier step of the %1 made (%2), got &quot;%3&quot;</source>
        <extracomment>%1 &quot;client&quot; or &quot;server&quot;, %2 the names made so far (&quot;sock, sock2&quot;), %3 the name</extracomment>
        <translation>应为%1在之前的步骤中创建的描述符（%2），实际为 &quot;%3&quot;</translation>
    </message>
    <message>
        <source>lowercase letters, digits and dashes</source>
        <translation>小写字母、数字和连字符</translation>
    </message>
    <message>
        <source>expected 1 to %1 steps, got %2</source>
        <translation>应有 1 到 %1 个步骤，实际为 %2 个</translation>
    </message>
    <message>
        <source>expected at most %1 bytes sent by all steps together (data × repeat), got %2 by this step</source>
        <extracomment>data and repeat are JSON keys: keep them</extracomment>
        <translation>所有步骤合计发送的字节数最多为 %1（data × repeat），到这一步已达 %2</translation>
    </message>
    <message>
        <source>expected a platform: linux, windows or textbook</source>
        <extracomment>linux, windows and textbook are JSON keys: keep them</extracomment>
        <translation>应为平台名：linux、windows 或 textbook</translation>
    </message>
    <message numerus="yes">
        <source>step %1 does not exist (the scenario has %n steps)</source>
        <translation>
            <numerusform>步骤 %1 不存在（该场景共有 %n 个步骤）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: 无法打开：%2</translation>
    </message>
    <message>
        <source>%1: more than %2 bytes, expected a scenario of at most 16 MiB</source>
        <extracomment>%1 the file, %2 a number of bytes</extracomment>
        <translation>%1: 超过 %2 字节，场景文件最大为 16 MiB</translation>
    </message>
    <message>
        <source>%1: %2 bytes, expected a scenario of at most 16 MiB</source>
        <extracomment>%1 the file, %2 its size in bytes</extracomment>
        <translation>%1: %2 字节，场景文件最大为 16 MiB</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: 无法读取：%2</translation>
    </message>
    <message>
        <source>a FinAck scenario</source>
        <extracomment>what an empty file should have been: &quot;the file is empty, expected a FinAck scenario (JSON)&quot;</extracomment>
        <translation>FinAck 场景</translation>
    </message>
    <message>
        <source>%1: no built-in scenario has this id (finack list shows them)</source>
        <translation>%1: 没有使用此 id 的内置场景（可用 finack list 查看）</translation>
    </message>
    <message>
        <source>expected a port an earlier bind of this scenario names, or &quot;server&quot; or &quot;client&quot; (a scenario connects only to its own sockets, never to other programs on this computer), got %1</source>
        <extracomment>&quot;port&quot;, &quot;server&quot; and bind are JSON keys, values and calls: keep them. %1 the port number</extracomment>
        <translation>应为本场景之前某个 bind 指定过的端口，或 &quot;server&quot;、&quot;client&quot;（场景只连接它自己的套接字，绝不连接本机上的其他程序），实际为 %1</translation>
    </message>
</context>
<context>
    <name>SequenceRenderer</name>
    <message>
        <source>end of stream</source>
        <translation>流结束</translation>
    </message>
    <message>
        <source>  dropped</source>
        <translation>  被丢弃</translation>
    </message>
    <message>
        <source>SYN: opens</source>
        <translation>SYN：发起连接</translation>
    </message>
    <message>
        <source>FIN: no more data from this side</source>
        <translation>FIN：本端不再发送数据</translation>
    </message>
    <message>
        <source>RST: connection reset</source>
        <translation>RST：连接复位</translation>
    </message>
    <message>
        <source>data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>ACK only</source>
        <translation>仅 ACK</translation>
    </message>
    <message>
        <source>dashed: inferred, not captured</source>
        <translation>虚线：推断所得，非抓包</translation>
    </message>
    <message>
        <source>cross: dropped by a fault</source>
        <translation>叉号：因故障被丢弃</translation>
    </message>
    <message>
        <source>state read from the kernel</source>
        <translation>从内核读取的状态</translation>
    </message>
    <message>
        <source>broken strip: state derived from segments</source>
        <translation>断续条：由报文段推导的状态</translation>
    </message>
    <message>
        <source>segments captured</source>
        <translation>报文段为抓包所得</translation>
    </message>
    <message>
        <source>segments inferred (dashed)</source>
        <translation>报文段为推断所得（虚线）</translation>
    </message>
    <message>
        <source>%1 s left</source>
        <translation>剩余 %1 s</translation>
    </message>
    <message>
        <source>Nothing recorded yet</source>
        <translation>尚无记录</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>event loop</source>
        <translation>事件循环</translation>
    </message>
    <message>
        <source>in %1()</source>
        <translation>在 %1() 内部</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Client (QTcpSocket)</source>
        <translation>客户端 (QTcpSocket)</translation>
    </message>
    <message>
        <source>paused %1 s</source>
        <extracomment>a break in the true-time diagram where the wait for the next step was taken out</extracomment>
        <translation>暂停了 %1 秒</translation>
    </message>
    <message>
        <source>paused %1 ms</source>
        <extracomment>the same, for a wait under a second</extracomment>
        <translation>暂停了 %1 毫秒</translation>
    </message>
</context>
<context>
    <name>TraceComparison</name>
    <message>
        <source>nothing</source>
        <extracomment>a void Qt call (close()) that reported no error: it returned nothing</extracomment>
        <translation>无返回值</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>no segment went on the wire during the step</extracomment>
        <translation>无</translation>
    </message>
    <message>
        <source>%1→%2 %3</source>
        <extracomment>one segment: %1 its sender, %2 its receiver (client/server), %3 its flags (&quot;FIN ACK&quot;); keep the arrow</extracomment>
        <translation>%1→%2 %3</translation>
    </message>
    <message>
        <source>%1 (dropped)</source>
        <extracomment>a segment a fault removed: %1 the segment (&quot;client→server FIN ACK&quot;)</extracomment>
        <translation>%1（被丢弃）</translation>
    </message>
    <message>
        <source>captured</source>
        <extracomment>segments seen on the wire by the capture</extracomment>
        <translation>抓包所得</translation>
    </message>
    <message>
        <source>inferred</source>
        <extracomment>segments worked out from the state changes, no capture</extracomment>
        <translation>推断所得</translation>
    </message>
    <message>
        <source>partly inferred</source>
        <translation>部分为推断所得</translation>
    </message>
    <message>
        <source>no state yet</source>
        <translation>尚无状态</translation>
    </message>
    <message>
        <source>stayed in %1</source>
        <extracomment>the side&apos;s state did not change during the step: %1 the state it stayed in (TIME_WAIT)</extracomment>
        <translation>停留在 %1</translation>
    </message>
    <message>
        <source>went to %1</source>
        <extracomment>the states a side went through during a step: %1 the list, &quot;FIN_WAIT_1 → FIN_WAIT_2&quot;</extracomment>
        <translation>进入 %1</translation>
    </message>
    <message>
        <source>no note</source>
        <translation>无说明</translation>
    </message>
    <message>
        <source>the %1 called %2() on the left only</source>
        <extracomment>%1 the side (client/server), %2 the function&apos;s name (recv)</extracomment>
        <translation>只有左侧的%1调用了 %2()</translation>
    </message>
    <message>
        <source>the %1 called %2() on the right only</source>
        <translation>只有右侧的%1调用了 %2()</translation>
    </message>
    <message>
        <source>the %1 called %2() on the left, the %3 called %4() on the right</source>
        <extracomment>%1 and %3 the sides (client/server), %2 and %4 the functions&apos; names</extracomment>
        <translation>左侧%1调用了 %2()，右侧%3调用了 %4()</translation>
    </message>
    <message>
        <source>the %1&apos;s %2() returned %3 on the left, %4 on the right</source>
        <extracomment>%1 the side (client/server), %2 the function&apos;s name, %3 and %4 the results (&quot;-1 ECONNRESET&quot;, &quot;0&quot;)</extracomment>
        <translation>%1的 %2() 在左侧返回 %3，在右侧返回 %4</translation>
    </message>
    <message>
        <source>%1: %2 on the left, %3 on the right</source>
        <extracomment>%1 what differs (kernel, network...), %2 and %3 its values in the two traces</extracomment>
        <translation>%1：左侧为 %2，右侧为 %3</translation>
    </message>
    <message>
        <source>%1 %2() → %3</source>
        <extracomment>what a step did, in a list: %1 the side (client/server), %2 the call&apos;s name, %3 its result (&quot;-1 ECONNRESET&quot;)</extracomment>
        <translation>%1 %2() → %3</translation>
    </message>
    <message>
        <source>no call</source>
        <translation>无调用</translation>
    </message>
    <message>
        <source>only on the left: %1</source>
        <extracomment>a step the other trace does not have: %1 what it did (&quot;server recv() → 0&quot;)</extracomment>
        <translation>仅左侧有：%1</translation>
    </message>
    <message>
        <source>only on the right: %1</source>
        <translation>仅右侧有：%1</translation>
    </message>
    <message>
        <source>segments: %1 on the left; %2 on the right</source>
        <extracomment>%1 and %2 the segments of the step in each trace (&quot;client→server FIN ACK, server→client ACK&quot;, or &quot;none&quot;)</extracomment>
        <translation>报文段：左侧为 %1；右侧为 %2</translation>
    </message>
    <message>
        <source>%1 dropped on the left, delivered on the right</source>
        <extracomment>%1 the segment (&quot;client→server FIN ACK&quot;)</extracomment>
        <translation>%1 在左侧被丢弃，在右侧被送达</translation>
    </message>
    <message>
        <source>%1 delivered on the left, dropped on the right</source>
        <translation>%1 在左侧被送达，在右侧被丢弃</translation>
    </message>
    <message>
        <source>segments %1 on the left, %2 on the right</source>
        <extracomment>%1 and %2: captured, inferred or partly inferred</extracomment>
        <translation>报文段在左侧为%1，在右侧为%2</translation>
    </message>
    <message>
        <source>the %1 %2 on the left, %3 on the right</source>
        <extracomment>%1 the side (client/server), %2 and %3 what its state did (&quot;went to FIN_WAIT_1 → FIN_WAIT_2&quot;, &quot;stayed in ESTABLISHED&quot;)</extracomment>
        <translation>%1在左侧%2，在右侧%3</translation>
    </message>
    <message>
        <source>the %1 ends in %2 on the left, %3 on the right</source>
        <extracomment>%1 the side (client/server), %2 and %3 the TCP states it ends the run in</extracomment>
        <translation>%1最终的状态：左侧为 %2，右侧为 %3</translation>
    </message>
    <message>
        <source>notes %1 on the left, %2 on the right</source>
        <translation>步骤说明：左侧为%1，右侧为%2</translation>
    </message>
    <message>
        <source>step %1: %2</source>
        <extracomment>a difference in one step: %1 the step&apos;s number as in the diagram&apos;s step gutter (from 1), %2 what differs</extracomment>
        <translation>第 %1 步：%2</translation>
    </message>
    <message>
        <source>system</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>kernel</source>
        <translation>内核</translation>
    </message>
    <message>
        <source>network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>segments</source>
        <extracomment>how the segments were recorded: captured or inferred</extracomment>
        <translation>报文段</translation>
    </message>
    <message>
        <source>client API</source>
        <translation>客户端 API</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>private network namespace</source>
        <translation>私有网络命名空间</translation>
    </message>
    <message>
        <source>host loopback</source>
        <translation>主机回环</translation>
    </message>
    <message>
        <source>capture file</source>
        <translation>抓包文件</translation>
    </message>
    <message>
        <source>QTcpSocket</source>
        <translation>QTcpSocket</translation>
    </message>
    <message>
        <source>POSIX sockets</source>
        <extracomment>the client&apos;s calls went through the POSIX socket functions</extracomment>
        <translation>POSIX 套接字</translation>
    </message>
    <message>
        <source>segments captured</source>
        <translation>报文段为抓包所得</translation>
    </message>
    <message>
        <source>segments inferred</source>
        <translation>报文段为推断所得</translation>
    </message>
    <message>
        <source>QTcpSocket client</source>
        <translation>QTcpSocket 客户端</translation>
    </message>
    <message>
        <source>identical in every call, segment and state</source>
        <translation>所有调用、报文段和状态均相同</translation>
    </message>
    <message numerus="yes">
        <source>%n difference</source>
        <extracomment>the first half of &quot;3 differences in 2 of 6 steps&quot;</extracomment>
        <translation>
            <numerusform>%n 处差异</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n differences</source>
        <translation>
            <numerusform>%n 处差异</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 in %2 of %n step</source>
        <extracomment>%1 &quot;3 differences&quot;, %2 how many steps have one (1), %n how many steps there are (1)</extracomment>
        <translation>
            <numerusform>%n 个步骤中的 %2 个共有%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 in %2 of %n steps</source>
        <extracomment>%1 &quot;3 differences&quot;, %2 how many steps have one, %n how many steps there are</extracomment>
        <translation>
            <numerusform>%n 个步骤中的 %2 个共有%1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; recorded differently: %2</source>
        <extracomment>%1 the summary of the steps, %2 what differs in how the runs were recorded (&quot;kernel, network&quot;)</extracomment>
        <translation>%1；记录方式不同：%2</translation>
    </message>
</context>
<context>
    <name>TraceExport</name>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: 无法写入：%2</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG 图片</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>SVG 矢量图</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <source>pcap capture (Wireshark, tshark)</source>
        <translation>pcap 抓包文件（Wireshark、tshark）</translation>
    </message>
    <message>
        <source>FinAck trace</source>
        <translation>FinAck 运行记录</translation>
    </message>
    <message>
        <source>Mermaid sequence diagram</source>
        <translation>Mermaid 时序图</translation>
    </message>
    <message>
        <source>PlantUML sequence diagram</source>
        <translation>PlantUML 时序图</translation>
    </message>
    <message>
        <source>%1: cannot tell the format from the name; expected one of %2</source>
        <translation>%1: 无法根据文件名判断格式；应为 %2 之一</translation>
    </message>
    <message>
        <source>%1: %2 events to draw, at most %3 in a picture; export part of the run with --steps or the Export dialog&apos;s Steps, e.g. steps %4</source>
        <extracomment>%1 the file, %2 the trace&apos;s events, %3 the most a picture draws, %4 a step range that fits (&quot;1-40&quot;); --steps is finack export&apos;s option and &quot;Steps&quot; the Export dialog&apos;s field: keep them as they are translated there</extracomment>
        <translation>%1：要绘制 %2 个事件，一幅图最多 %3 个；请用 --steps 或导出对话框中的“步骤”只导出运行的一部分，例如步骤 %4</translation>
    </message>
    <message>
        <source>%1: %2 events to draw, at most %3 in a picture, and its first step alone has more; export it as .mmd, .puml, .pcap or .json</source>
        <extracomment>%1 the file, %2 the trace&apos;s events, %3 the most a picture draws</extracomment>
        <translation>%1：要绘制 %2 个事件，一幅图最多 %3 个，而仅第一步就超过了这个数；请导出为 .mmd、.puml、.pcap 或 .json</translation>
    </message>
    <message>
        <source>%1: %2 events to draw, at most %3 in a picture, and they are not divided into steps; export it as .mmd, .puml, .pcap or .json, or cut the capture first (editcap -r)</source>
        <extracomment>%1 the file, %2 the trace&apos;s events, %3 the most a picture draws; editcap is a program: keep its name and option</extracomment>
        <translation>%1：要绘制 %2 个事件，一幅图最多 %3 个，而且这些事件没有划分步骤；请导出为 .mmd、.puml、.pcap 或 .json，或先截短抓包文件（editcap -r）</translation>
    </message>
</context>
</TS>
