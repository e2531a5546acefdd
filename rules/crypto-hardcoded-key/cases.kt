package com.example.pay.crypto

import android.util.Base64
import javax.crypto.SecretKeyFactory
import javax.crypto.spec.PBEKeySpec
import javax.crypto.spec.SecretKeySpec

private const val AES_KEY = "7f3a9c2e4b1d8f6a0e5c3b9d2a7f4e1c"

object Keys {
    const val HMAC_SECRET = "merchant-hmac-secret-2024"
}

class WalletCrypto(private val prefix: String) {
    fun fromConstant() = SecretKeySpec(AES_KEY.toByteArray(), "AES")
    //                                 ^^^^^^^^^^^^^^^^^^^^^ crypto-hardcoded-key: The key is a string literal's bytes
    fun fromBase64() = SecretKeySpec(Base64.decode("q83vEjRWeJCrze8SNFZ4kA==", Base64.NO_WRAP), "AES")
    //                               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ crypto-hardcoded-key: an encoded string literal
    fun fromObject() = SecretKeySpec(Keys.HMAC_SECRET.toByteArray(Charsets.UTF_8), "HmacSHA256")
    //                               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ crypto-hardcoded-key
    fun fromBytes() = javax.crypto.spec.SecretKeySpec(byteArrayOf(0x2b, 0x7e, 0x15, 0x16, 0x28, 0xae.toByte(), 0xd2.toByte(), 0xa6.toByte()), "DES")
    //                                                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ crypto-hardcoded-key: a byte-array literal
    fun fromObfuscated() = SecretKeySpec(Obfuscator.reveal("xq9PlM3vT0k2"), "AES")
    //                                   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ crypto-hardcoded-key
    fun zeroKey() = SecretKeySpec(ByteArray(32), "AES")
    //                            ^^^^^^^^^^^^^ crypto-hardcoded-key: an all-zero array

    // ok: crypto-hardcoded-key (key bytes received at run time)
    fun fromServer(keyFromServer: ByteArray) = SecretKeySpec(keyFromServer, "AES")
    // ok: crypto-hardcoded-key (decoded from stored data, not a literal)
    fun fromStored(stored: String) = SecretKeySpec(Base64.decode(stored, Base64.NO_WRAP), "AES")
    // ok: crypto-hardcoded-key (a template with a run-time part)
    fun fromTemplate() = SecretKeySpec("$prefix-key".toByteArray(), "AES")
    // ok: crypto-hardcoded-key (derived with a KDF from a user secret)
    fun derived(pin: CharArray, salt: ByteArray) = SecretKeySpec(
        SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(PBEKeySpec(pin, salt, 600_000, 256)).encoded, "AES")
    // todo-ruleid: crypto-hardcoded-key (BuildConfig fields come from Gradle; needs the build model)
    fun fromBuildConfig() = SecretKeySpec(BuildConfig.WALLET_KEY.toByteArray(), "AES")
}
