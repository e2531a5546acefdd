package com.example.wallet.vault

import java.security.MessageDigest
import java.security.SecureRandom
import javax.crypto.SecretKeyFactory
import javax.crypto.spec.PBEKeySpec
import javax.crypto.spec.SecretKeySpec

private const val SALT_TEXT = "com.example.wallet"
private const val ROUNDS = 1000
private const val STRONG_ROUNDS = 600_000

class PinVault(private val prefs: SaltStore) {
    private val fixedSalt = byteArrayOf(0x10, 0x20, 0x30, 0x40)

    fun deriveFromPin(pin: String): SecretKeySpec {
        val spec = PBEKeySpec(pin.toCharArray(), SALT_TEXT.toByteArray(), 1000, 256)
        //                                       ^^^^^^^^^^^^^^^^^^^^^^^ crypto-weak-kdf: fixed in the code
        //                                                                ^^^^ crypto-weak-kdf 💡: 1000 iterations
        val factory = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
        return SecretKeySpec(factory.generateSecret(spec).encoded, "AES")
    }

    fun viaField(password: CharArray) {
        val spec = PBEKeySpec(password, fixedSalt, ROUNDS, 256)
        //                              ^^^^^^^^^ crypto-weak-kdf
        //                                         ^^^^^^ crypto-weak-kdf: iterations
    }

    fun hashedPin(pin: String): SecretKeySpec {
        val key = SecretKeySpec(MessageDigest.getInstance("SHA-256").digest(pin.toByteArray()), "AES")
        //                      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ crypto-weak-kdf: plain hash of the PIN
        val md = MessageDigest.getInstance("SHA-256")
        md.update(pin.toByteArray())
        val hash = md.digest()
        return SecretKeySpec(hash.copyOf(16), "AES")
        //                   ^^^^^^^^^^^^^^^ crypto-weak-kdf
    }

    fun good(pin: CharArray): SecretKeySpec {
        val salt = ByteArray(16).also { SecureRandom().nextBytes(it) }
        prefs.save(salt)
        // ok: crypto-weak-kdf (random salt, 600,000 iterations)
        val spec = PBEKeySpec(pin, salt, STRONG_ROUNDS, 256)
        // ok: crypto-weak-kdf (PBKDF2WithHmacSHA1 is still acceptable with enough iterations)
        val factory = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA1")
        // ok: crypto-weak-kdf (salt loaded from storage, count from the server)
        val stored = PBEKeySpec(pin, prefs.load(), prefs.iterations(), 256)
        // ok: crypto-weak-kdf (a key hashed from a random nonce, not a secret a user chooses)
        val session = SecretKeySpec(MessageDigest.getInstance("SHA-256").digest(serverNonce()), "HmacSHA256")
        return SecretKeySpec(factory.generateSecret(spec).encoded, "AES")
    }
}
