#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
# SPDX-FileCopyrightText: 2026 The FinAck authors
# Records the capture fixtures of tst_pcapfile with tcpdump on the host's loopback (run as root:
# `python3 tests/data/pcap/record.py`). The files are committed, so the tests need no root; run
# this again only to replace them. Real sockets, real kernel: only the sleeps that give tcpdump
# time to write its last packets are arbitrary, which a one-off recorder can afford.
import os, socket, struct, subprocess, sys, time

HERE = os.path.dirname(os.path.abspath(__file__))
BAD = os.path.join(HERE, '..', 'bad')


def tcpdump(path, filt):
    # --immediate-mode: without it, packets wait in the kernel's ring buffer for up to a second
    # and those still there when tcpdump is stopped never reach the file.
    p = subprocess.Popen(['tcpdump', '-i', 'lo', '-n', '--immediate-mode', '-U', '-w', path, filt],
                         stderr=subprocess.PIPE, text=True)
    while 'listening on' not in p.stderr.readline():
        pass
    return p


def stop(p):
    time.sleep(0.3)
    p.terminate()
    p.wait()


def listener(family=socket.AF_INET, host='127.0.0.1'):
    l = socket.socket(family)
    l.bind((host, 0))
    l.listen(8)
    return l


def connect(l, bind_port=None):
    c = socket.socket(l.family)
    if bind_port:
        c.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        c.bind((l.getsockname()[0], bind_port))
    c.connect(l.getsockname()[:2])
    s, _ = l.accept()
    return c, s


def abort(sock):  # SO_LINGER {1, 0}: close() sends an RST
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack('ii', 1, 0))
    sock.close()


def graceful(first, second):
    first.close()
    assert second.recv(1) == b''
    second.close()


def record(path, action, family=socket.AF_INET, host='127.0.0.1'):
    l = listener(family, host)
    p = tcpdump(path, 'tcp port %d' % l.getsockname()[1])
    action(l)
    stop(p)
    l.close()


def graceful_close(l):
    c, s = connect(l)
    c.sendall(b'hello')
    assert s.recv(5) == b'hello'
    graceful(c, s)


def rst_abort(l):
    c, s = connect(l)
    c.sendall(b'hello')
    assert s.recv(5) == b'hello'
    abort(c)
    try:
        s.recv(1)
    except ConnectionResetError:
        pass
    s.close()


def two_streams(l):
    a, sa = connect(l)
    b, sb = connect(l)
    a.sendall(b'one')
    b.sendall(b'two')
    assert sa.recv(3) == b'one' and sb.recv(3) == b'two'
    graceful(b, sb)
    abort(a)
    sa.close()


def same_tuple_twice(l):
    probe = socket.socket()
    probe.bind(('127.0.0.1', 0))
    port = probe.getsockname()[1]
    probe.close()
    c, s = connect(l, port)
    graceful(s, c)            # the server closes first: its end waits in TIME_WAIT
    c, s = connect(l, port)   # the kernel lets a SYN with a higher ISN reopen the 4-tuple
    graceful(c, s)


def simultaneous_close(path):
    # Both sides shut down at the same instant from two processes; it takes a few tries until both
    # FINs cross (each side ends in TIME_WAIT).
    for _ in range(200):
        l = listener()
        p = tcpdump(path, 'tcp port %d' % l.getsockname()[1])
        c, s = connect(l)
        start = time.monotonic() + 0.05
        pid = os.fork()
        if pid == 0:
            while time.monotonic() < start:
                pass
            c.shutdown(socket.SHUT_WR)
            os._exit(0)
        while time.monotonic() < start:
            pass
        s.shutdown(socket.SHUT_WR)
        os.waitpid(pid, 0)
        time.sleep(0.05)
        ports = (c.getsockname()[1], s.getsockname()[1])
        c.close()
        s.close()
        stop(p)
        l.close()
        ss = subprocess.run(['ss', '-Htan', 'state', 'time-wait', '( sport = :%d or sport = :%d )' % ports],
                            capture_output=True, text=True).stdout
        if len(ss.strip().splitlines()) == 2:
            return
    sys.exit('no simultaneous close in 200 tries')


def udp_only(path):
    r = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    r.bind(('127.0.0.1', 0))
    p = tcpdump(path, 'udp port %d' % r.getsockname()[1])
    w = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    w.sendto(b'not tcp', r.getsockname())
    r.recv(16)
    stop(p)


def editcap(source, target, options=(), packets=()):
    subprocess.run(['editcap', *options, source, target, *packets], check=True)


def pcapng_blocks(path, count):
    # The first `count` whole blocks (section header, interface description) of a little-endian pcapng.
    data = open(path, 'rb').read()
    end = 0
    for _ in range(count):
        end += struct.unpack_from('<I', data, end + 4)[0]
    return data[:end]


def corrupt(good):
    # Damaged files made from a good capture: each must give a one-line reason, never a crash.
    data = open(good, 'rb').read()
    header = data[:24]
    files = {
        'pcap-empty.pcap': b'',
        'pcap-garbage.pcap': bytes((i * 7919 + 13) % 256 for i in range(600)),
        'pcap-text.pcap': b'GET / HTTP/1.1\r\nHost: example.org\r\n\r\n',
        'pcap-truncated-header.pcap': header[:10],
        'pcap-truncated.pcap': data[:-20],                  # the last packet cut short
        'pcap-header-only.pcap': header,
        'pcap-link-type.pcap': header[:20] + struct.pack('<I', 105) + data[24:],  # 802.11
        'pcap-huge-caplen.pcap': header + struct.pack('<IIII', 0, 0, 0x7ffffff0, 0x7ffffff0) + data[40:],
        'pcap-ng-bad-block.pcapng': pcapng_blocks(good + 'ng', 2) + struct.pack('<III', 6, 0xfffffff0, 0),
    }
    for name, content in files.items():
        open(os.path.join(BAD, name), 'wb').write(content)


if __name__ == '__main__':
    pcap = lambda name: os.path.join(HERE, name)
    record(pcap('graceful-close.pcap'), graceful_close)
    editcap(pcap('graceful-close.pcap'), pcap('graceful-close.pcapng'), options=['-F', 'pcapng'])
    editcap(pcap('graceful-close.pcap'), pcap('mid-connection.pcap'), packets=['1-3'])  # without the handshake
    record(pcap('rst-abort.pcap'), rst_abort)
    record(pcap('two-streams.pcap'), two_streams)
    record(pcap('same-tuple-twice.pcap'), same_tuple_twice)
    simultaneous_close(pcap('simultaneous-close.pcap'))
    udp_only(os.path.join(BAD, 'pcap-no-tcp.pcap'))
    record(os.path.join(BAD, 'pcap-ipv6-only.pcap'), graceful_close, socket.AF_INET6, '::1')
    corrupt(pcap('graceful-close.pcap'))
