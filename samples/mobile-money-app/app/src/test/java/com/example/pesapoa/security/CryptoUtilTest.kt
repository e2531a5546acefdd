package com.example.pesapoa.security

import com.example.pesapoa.model.FeeCalculator
import com.example.pesapoa.model.Money
import org.junit.Assert.assertEquals
import org.junit.Assert.assertNotEquals
import org.junit.Assert.assertTrue
import org.junit.Test
import java.security.MessageDigest
import javax.crypto.Cipher
import javax.crypto.spec.SecretKeySpec

class CryptoUtilTest {

    private fun ByteArray.hex(): String = joinToString("") { "%02x".format(it) }

    @Test
    fun md5_matchesRfc1321Vectors() {
        val md5 = MessageDigest.getInstance("MD5")
        assertEquals("d41d8cd98f00b204e9800998ecf8427e", md5.digest("".toByteArray()).hex())
        assertEquals("900150983cd24fb0d6963f7d28e17f72", md5.digest("abc".toByteArray()).hex())
    }

    @Test
    fun sha1_matchesFips180Vector() {
        val sha1 = MessageDigest.getInstance("SHA-1")
        assertEquals("a9993e364706816aba3e25717850c26c9cd0d89d", sha1.digest("abc".toByteArray()).hex())
    }

    @Test
    fun hashPin_isStableAndHex() {
        val first = CryptoUtil.hashPin("1234")
        assertEquals(first, CryptoUtil.hashPin("1234"))
        assertEquals(32, first.length)
        assertEquals(MessageDigest.getInstance("MD5").digest("1234".toByteArray()).hex(), first)
    }

    @Test
    fun aesEcb_roundTripWithTestKey() {
        val key = SecretKeySpec("0123456789abcdef".toByteArray(), "AES")
        val cipher = Cipher.getInstance("AES/ECB/PKCS5Padding")
        cipher.init(Cipher.ENCRYPT_MODE, key)
        val encrypted = cipher.doFinal("0712345678".toByteArray())
        cipher.init(Cipher.DECRYPT_MODE, key)
        assertEquals("0712345678", String(cipher.doFinal(encrypted)))
    }

    @Test
    fun otp_hasSixDigits() {
        repeat(50) {
            val otp = CryptoUtil.generateOtp()
            assertEquals(6, otp.length)
            assertTrue(otp.all { it.isDigit() })
        }
    }

    @Test
    fun transferTokens_differ() {
        assertNotEquals(CryptoUtil.newTransferToken(), CryptoUtil.newTransferToken())
    }

    @Test
    fun fee_bands() {
        assertEquals(0.0, FeeCalculator.feeFor(500.0), 0.0001)
        assertEquals(350.0, FeeCalculator.feeFor(10_000.0), 0.0001)
    }

    @Test
    fun money_parsesExactly() {
        assertEquals(1_850_050L, Money.parse("18,500.50").minorUnits)
        assertEquals("TZS 18,500.50", Money.parse("18500.5").format())
    }
}
