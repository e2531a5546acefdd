package com.example.pay.vault

import java.security.SecureRandom
import javax.crypto.Cipher
import javax.crypto.SecretKey
import javax.crypto.spec.GCMParameterSpec
import javax.crypto.spec.IvParameterSpec

private val FIXED_IV = byteArrayOf(0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x0E, 0x0F, 0x7F.toByte())
const val IV_TEXT = "0123456789abcdef"

class PinVault(private val key: SecretKey) {
    fun seal(pinBlock: ByteArray): ByteArray {
        val cipher = Cipher.getInstance("AES/CBC/PKCS5Padding")
        cipher.init(Cipher.ENCRYPT_MODE, key, IvParameterSpec(FIXED_IV))
        //                                                    ^^^^^^^^ crypto-static-iv: The IV is a byte-array literal
        val a = IvParameterSpec(IV_TEXT.toByteArray())
        //                      ^^^^^^^^^^^^^^^^^^^^^ crypto-static-iv: a string literal's bytes
        val b = javax.crypto.spec.IvParameterSpec("abcdefghijklmnop".toByteArray(Charsets.UTF_8))
        //                                        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ crypto-static-iv
        val gcm = GCMParameterSpec(128, ByteArray(12))
        //                              ^^^^^^^^^^^^^ crypto-static-iv: The GCM nonce is an all-zero array
        val zeros = ByteArray(16)
        val c = IvParameterSpec(zeros)
        //                      ^^^^^ crypto-static-iv: all-zero
        return cipher.doFinal(pinBlock)
    }

    fun sealFresh(pinBlock: ByteArray, payload: ByteArray) {
        val nonce = ByteArray(12).also { SecureRandom().nextBytes(it) }
        // ok: crypto-static-iv (random nonce, filled by SecureRandom)
        val a = GCMParameterSpec(128, nonce)
        val fresh = ByteArray(16)
        SecureRandom().nextBytes(fresh)
        // ok: crypto-static-iv (filled by SecureRandom after the declaration)
        val b = IvParameterSpec(fresh)
        // ok: crypto-static-iv (IV read from the received message)
        val c = IvParameterSpec(payload, 0, 16)
        // ok: crypto-static-iv (nonce read from the received message)
        val d = GCMParameterSpec(128, payload.copyOfRange(0, 12))
        // ok: crypto-static-iv (the IV the provider generated)
        val e = IvParameterSpec(Cipher.getInstance("AES/CBC/PKCS5Padding").iv)
    }
}
