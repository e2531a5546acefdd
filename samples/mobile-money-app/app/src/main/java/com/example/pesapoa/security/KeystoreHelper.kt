package com.example.pesapoa.security

import android.os.Build
import android.security.keystore.KeyGenParameterSpec
import android.security.keystore.KeyProperties
import android.util.Base64
import androidx.annotation.RequiresApi
import java.security.KeyFactory
import java.security.KeyStore
import java.security.SecureRandom
import java.security.spec.MGF1ParameterSpec
import java.security.spec.X509EncodedKeySpec
import javax.crypto.Cipher
import javax.crypto.KeyGenerator
import javax.crypto.SecretKey
import javax.crypto.spec.GCMParameterSpec
import javax.crypto.spec.OAEPParameterSpec
import javax.crypto.spec.PSource

/**
 * Android Keystore wrapper (v2.0 security work). New code should use this, not CryptoUtil.
 */
object KeystoreHelper {

    private const val ANDROID_KEYSTORE = "AndroidKeyStore"
    private const val TOKEN_KEY_ALIAS = "pesapoa_token_key"
    private const val BIOMETRIC_KEY_ALIAS = "pesapoa_biometric_login"
    private const val AES_GCM = "AES/GCM/NoPadding"
    private const val GCM_IV_BYTES = 12
    private const val GCM_TAG_BITS = 128
    private const val RSA_OAEP = "RSA/ECB/OAEPWithSHA-256AndMGF1Padding"

    // Public key of the PIN-verification HSM (not a secret)
    private const val SERVER_PIN_KEY =
        "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAy5PwhsCFhMNfocgWukAX6Pr3LjQb2bcJHYAGrxowcHTE" +
        "+sJSC30J4KkzX5aC0cD1GAO6rAnkINbl6+3ssUvqmaEsQA/j4SBzflSCeHOLGXzh06rQfDaBQDLKpybUvW6uJAT8" +
        "lC5Sku6DGd/tjgCGHOHc/FtRMwxabHgA5lpJWSI+4GLDTkNAtx0QZy6+JlcCg4WXcb7atXrjgLxB4tY+1UZmJH2c" +
        "qHhV1+EtPly02SLZiZATqu7bUxPxwWaPFMZ5V7MEDX4QYLB90l8o/AvxXn7Eh79O1bf+q0exWoqsKUoZ7/9Unmg0" +
        "5Nzy5n8dd4fbC2eiPAiLtuvasADtt2JRVwIDAQAB"

    private val secureRandom = SecureRandom()

    private fun keyStore(): KeyStore = KeyStore.getInstance(ANDROID_KEYSTORE).apply { load(null) }

    @RequiresApi(Build.VERSION_CODES.M)
    private fun tokenKey(): SecretKey {
        val existing = keyStore().getKey(TOKEN_KEY_ALIAS, null) as? SecretKey
        if (existing != null) return existing

        val spec = KeyGenParameterSpec.Builder(
            TOKEN_KEY_ALIAS,
            KeyProperties.PURPOSE_ENCRYPT or KeyProperties.PURPOSE_DECRYPT
        )
            .setBlockModes(KeyProperties.BLOCK_MODE_GCM)
            .setEncryptionPaddings(KeyProperties.ENCRYPTION_PADDING_NONE)
            .setKeySize(256)
            .setUserAuthenticationRequired(true)
            .setUserAuthenticationValidityDurationSeconds(300)
            .build()
        val generator = KeyGenerator.getInstance(KeyProperties.KEY_ALGORITHM_AES, ANDROID_KEYSTORE)
        generator.init(spec)
        return generator.generateKey()
    }

    /** Keystore picks the IV itself (randomized encryption); we store it in front of the data. */
    @RequiresApi(Build.VERSION_CODES.M)
    fun encrypt(plain: ByteArray): ByteArray {
        val cipher = Cipher.getInstance(AES_GCM)
        cipher.init(Cipher.ENCRYPT_MODE, tokenKey())
        return cipher.iv + cipher.doFinal(plain)
    }

    @RequiresApi(Build.VERSION_CODES.M)
    fun decrypt(sealed: ByteArray): ByteArray {
        val cipher = Cipher.getInstance(AES_GCM)
        val spec = GCMParameterSpec(GCM_TAG_BITS, sealed, 0, GCM_IV_BYTES)
        cipher.init(Cipher.DECRYPT_MODE, tokenKey(), spec)
        return cipher.doFinal(sealed, GCM_IV_BYTES, sealed.size - GCM_IV_BYTES)
    }

    /** Statement exports: fresh AES key per file, random IV, key wrapped by the token key. */
    @RequiresApi(Build.VERSION_CODES.M)
    fun sealStatement(content: ByteArray): Pair<ByteArray, ByteArray> {
        val fileKey = KeyGenerator.getInstance("AES").apply { init(256, secureRandom) }.generateKey()
        val iv = ByteArray(GCM_IV_BYTES)
        secureRandom.nextBytes(iv)
        val cipher = Cipher.getInstance(AES_GCM)
        cipher.init(Cipher.ENCRYPT_MODE, fileKey, GCMParameterSpec(GCM_TAG_BITS, iv))
        val body = iv + cipher.doFinal(content)
        return Pair(encrypt(fileKey.encoded), body)
    }

    /** The PIN leaves the phone only encrypted for the HSM. */
    fun encryptPinForServer(pin: String): String {
        val publicKey = KeyFactory.getInstance("RSA")
            .generatePublic(X509EncodedKeySpec(Base64.decode(SERVER_PIN_KEY, Base64.DEFAULT)))
        val cipher = Cipher.getInstance(RSA_OAEP)
        val params = OAEPParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA1, PSource.PSpecified.DEFAULT)
        cipher.init(Cipher.ENCRYPT_MODE, publicKey, params)
        val out = cipher.doFinal(pin.toByteArray(Charsets.UTF_8))
        return Base64.encodeToString(out, Base64.NO_WRAP)
    }

    /** Six-digit code for offline cash-out vouchers. */
    fun generateVoucherOtp(): String = String.format("%06d", secureRandom.nextInt(1_000_000))

    fun randomBytes(size: Int): ByteArray = ByteArray(size).also { secureRandom.nextBytes(it) }

    /**
     * Key for fingerprint login. Not invalidated when a new fingerprint is enrolled:
     * support got too many "biometric stopped working" tickets after phone repairs.
     */
    @RequiresApi(Build.VERSION_CODES.N)
    fun createBiometricLoginKey() {
        val spec = KeyGenParameterSpec.Builder(
            BIOMETRIC_KEY_ALIAS,
            KeyProperties.PURPOSE_ENCRYPT or KeyProperties.PURPOSE_DECRYPT
        )
            .setBlockModes(KeyProperties.BLOCK_MODE_GCM)
            .setEncryptionPaddings(KeyProperties.ENCRYPTION_PADDING_NONE)
            .setUserAuthenticationRequired(true)
            .setInvalidatedByBiometricEnrollment(false)
            .build()
        val generator = KeyGenerator.getInstance(KeyProperties.KEY_ALGORITHM_AES, ANDROID_KEYSTORE)
        generator.init(spec)
        generator.generateKey()
    }
}
