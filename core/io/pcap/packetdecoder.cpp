// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 The FinAck authors
#include "io/pcap/packetdecoder.h"

#include <QtEndian>
#include <pcap/dlt.h>

namespace FinAck {

namespace {

constexpr quint16 etherTypeIpv4 = 0x0800;
constexpr quint16 etherTypeVlan = 0x8100;    // 802.1Q
constexpr quint16 etherTypeQinQ = 0x88a8;    // 802.1ad outer tag
constexpr quint16 etherTypeQinQOld = 0x9100; // pre-standard outer tag, still seen on switches
constexpr quint32 bsdAfInet = 2;             // AF_INET is 2 on every BSD, macOS and Linux
constexpr int linktypeRaw = 101;             // LINKTYPE_RAW: what pcap files say for DLT_RAW
constexpr int maxVlanTags = 8;               // real stacks use two; more is a crafted frame
constexpr quint8 ipProtoTcp = 6;

// A read-only window on the frame. Every accessor checks the bound, so a decoding step can only
// fail, never overrun: the whole point of this file is to survive garbage.
class Bytes
{
public:
    Bytes(const uchar *data, size_t size)
        : m_data(data)
        , m_size(data ? size : 0)
    {
    }

    size_t size() const { return m_size; }
    bool has(size_t offset, size_t count) const { return offset <= m_size && count <= m_size - offset; }
    std::optional<quint8> u8(size_t at) const
    {
        if (!has(at, 1))
            return std::nullopt;
        return m_data[at];
    }
    std::optional<quint16> be16(size_t at) const
    {
        if (!has(at, 2))
            return std::nullopt;
        return quint16(m_data[at] << 8 | m_data[at + 1]);
    }
    std::optional<quint32> be32(size_t at) const
    {
        if (!has(at, 4))
            return std::nullopt;
        return quint32(m_data[at]) << 24 | quint32(m_data[at + 1]) << 16 | quint32(m_data[at + 2]) << 8 | quint32(m_data[at + 3]);
    }
    Bytes from(size_t offset) const
    {
        if (offset >= m_size)
            return Bytes(nullptr, 0);
        return Bytes(m_data + offset, m_size - offset);
    }

private:
    const uchar *m_data = nullptr;
    size_t m_size = 0;
};

// Skips any VLAN tags starting with the EtherType at typeAt; returns where the network header
// begins if what follows is IPv4.
std::optional<size_t> ipv4AfterEtherType(const Bytes &frame, size_t typeAt)
{
    for (int tags = 0; tags <= maxVlanTags; ++tags) {
        const auto type = frame.be16(typeAt);
        if (!type)
            return std::nullopt;
        if (*type == etherTypeIpv4)
            return typeAt + 2;
        if (*type != etherTypeVlan && *type != etherTypeQinQ && *type != etherTypeQinQOld)
            return std::nullopt;
        typeAt += 4; // tag control information (2 bytes), then the next EtherType
    }
    return std::nullopt;
}

// DLT_NULL stores the family in the capturing host's byte order and DLT_LOOP in network order,
// but files travel between machines and some writers got it wrong: accept AF_INET either way.
std::optional<size_t> ipv4AfterBsdLoopback(const Bytes &frame)
{
    const auto family = frame.be32(0);
    // NOLINTNEXTLINE(misc-redundant-expression): clang-tidy 14 takes 2 and its byte swap for one value
    if (family == bsdAfInet || family == qbswap(bsdAfInet))
        return 4;
    return std::nullopt;
}

std::optional<size_t> networkOffset(int linkType, const Bytes &frame)
{
    switch (linkType) {
    case DLT_EN10MB: return ipv4AfterEtherType(frame, 12);
    case DLT_NULL:
    case DLT_LOOP: return ipv4AfterBsdLoopback(frame);
    case DLT_LINUX_SLL: // packet type, ARPHRD, address length, 8 address bytes, protocol
        return ipv4AfterEtherType(frame, 14);
    case DLT_LINUX_SLL2: // protocol first, then reserved, ifindex, ARPHRD, type, addresses
        if (!frame.has(0, 20))
            return std::nullopt;
        if (frame.be16(0) == etherTypeIpv4)
            return 20;
        return std::nullopt;
    case DLT_RAW:
    case linktypeRaw:
    case DLT_IPV4: return 0;
    default: return std::nullopt;
    }
}

std::optional<RawSegment> decodeIpv4Tcp(const Bytes &ip, qint64 tUs)
{
    const auto versionIhl = ip.u8(0);
    if (!versionIhl || (*versionIhl >> 4) != 4)
        return std::nullopt;
    const size_t ipHeaderLen = size_t(*versionIhl & 0x0f) * 4;
    if (ipHeaderLen < 20 || !ip.has(0, ipHeaderLen))
        return std::nullopt;
    const quint16 totalLen = *ip.be16(2);
    const quint16 fragment = *ip.be16(6);
    if ((fragment & 0x1fff) != 0) // a later fragment carries no TCP header
        return std::nullopt;
    if (*ip.u8(9) != ipProtoTcp)
        return std::nullopt;

    const Bytes tcp = ip.from(ipHeaderLen);
    if (!tcp.has(0, 20))
        return std::nullopt;
    const size_t tcpHeaderLen = size_t(*tcp.u8(12) >> 4) * 4;
    if (tcpHeaderLen < 20 || !tcp.has(0, tcpHeaderLen))
        return std::nullopt;
    // Total length 0 means TSO/BIG TCP left it to the hardware: the payload size is unknowable.
    if (totalLen < ipHeaderLen + tcpHeaderLen)
        return std::nullopt;

    RawSegment s;
    s.tUs = tUs;
    s.srcAddr = *ip.be32(12);
    s.dstAddr = *ip.be32(16);
    s.srcPort = *tcp.be16(0);
    s.dstPort = *tcp.be16(2);
    s.seq = *tcp.be32(4);
    s.ack = *tcp.be32(8);
    s.flags = *tcp.u8(13);
    s.win = *tcp.be16(14);
    s.len = quint32(totalLen - ipHeaderLen - tcpHeaderLen);
    return s;
}

} // namespace

bool isDecodableLinkType(int linkType)
{
    switch (linkType) {
    case DLT_EN10MB:
    case DLT_NULL:
    case DLT_LOOP:
    case DLT_LINUX_SLL:
    case DLT_LINUX_SLL2:
    case DLT_RAW:
    case linktypeRaw:
    case DLT_IPV4: return true;
    default: return false;
    }
}

std::optional<RawSegment> decodeFrame(int linkType, const uchar *data, size_t caplen, qint64 tUs)
{
    const Bytes frame(data, caplen);
    const auto offset = networkOffset(linkType, frame);
    if (!offset)
        return std::nullopt;
    return decodeIpv4Tcp(frame.from(*offset), tUs);
}

} // namespace FinAck
