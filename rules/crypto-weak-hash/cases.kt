package com.example.pay.auth

import com.google.common.hash.Hashing
import okio.ByteString.Companion.encodeUtf8
import org.apache.commons.codec.digest.DigestUtils
import java.security.MessageDigest
import javax.crypto.Mac

const val LEGACY_DIGEST = "MD5"

class PinHasher {
    fun hashPin(pin: String): ByteArray = MessageDigest.getInstance("SHA-1").digest(pin.toByteArray())
    //                                                              ^^^^^^^ crypto-weak-hash: SHA-1 over "pin"

    fun storePassword(password: String): ByteArray {
        val md = MessageDigest.getInstance(LEGACY_DIGEST)
        //                                 ^^^^^^^^^^^^^ crypto-weak-hash: MD5 over "password"
        md.update(password.toByteArray())
        return md.digest()
    }

    fun sessionHash(sessionToken: String) = Hashing.md5().hashString(sessionToken, Charsets.UTF_8)
    //                                              ^^^ crypto-weak-hash: over "sessionToken"

    fun signRequest(body: String): String {
        val digest = body.encodeUtf8().sha1().hex()
        //                             ^^^^ crypto-weak-hash 💡: SHA-1 is broken
        return DigestUtils.md5Hex(body + digest)
        //                 ^^^^^^ crypto-weak-hash 💡
    }

    fun deviceId(imei: String) = MessageDigest.getInstance("$LEGACY_DIGEST").digest(imei.toByteArray())
    //                                                     ^^^^^^^^^^^^^^^^ crypto-weak-hash

    fun imageCacheKey(url: String): String {
        // ok: crypto-weak-hash (a cache key, not a security use)
        return DigestUtils.md5Hex(url)
    }

    fun download(url: String, body: ByteArray) {
        // ok: crypto-weak-hash (an ETag comparison)
        val etag = body.toByteString().md5().hex()
        // ok: crypto-weak-hash (file integrity checksum against a corruption, not an attacker)
        val checksum = MessageDigest.getInstance("MD5").digest(body)
        // ok: crypto-weak-hash (SHA-256)
        val strong = MessageDigest.getInstance("SHA-256").digest(body)
        // ok: crypto-weak-hash (TOTP's HMAC-SHA1 is a MAC, not a bare hash)
        val totp = Mac.getInstance("HmacSHA1")
        // ok: crypto-weak-hash (Kotlin's random(), not a hash)
        val other = (0..9).random()
    }

    fun cacheKeyForPin(pin: String) = Hashing.md5().hashString(pin, Charsets.UTF_8).toString()
    //                                        ^^^ crypto-weak-hash: over "pin"
}
