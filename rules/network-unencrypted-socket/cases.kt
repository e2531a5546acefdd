package com.example.pay.net

import java.net.DatagramSocket
import java.net.InetAddress
import java.net.ServerSocket
import java.net.Socket
import javax.net.SocketFactory

const val PRINTER_PORT = 9100

class SwitchLink(private val host: String) {
    fun connect(): Socket = Socket(host, 7000)
    //                      ^^^^^^ network-unencrypted-socket

    fun listen() = ServerSocket(8080)
    //             ^^^^^^^^^^^^ network-unencrypted-socket: opens a port

    fun udp() = DatagramSocket()
    //          ^^^^^^^^^^^^^^ network-unencrypted-socket

    fun viaFactory() = SocketFactory.getDefault().createSocket(host, 7000)
    //                                            ^^^^^^^^^^^^ network-unencrypted-socket

    // ok: network-unencrypted-socket (loopback only)
    fun local() = ServerSocket(0, 1, InetAddress.getLoopbackAddress())

    // ok: network-unencrypted-socket (loopback host)
    fun dev() = Socket("127.0.0.1", 5037)
}

class ReceiptLink(private val ip: String) {
    // ok: network-unencrypted-socket (raw printing port of a receipt printer)
    fun print() = Socket(ip, PRINTER_PORT)
}
