package com.example.wallet.keys

import android.security.keystore.KeyGenParameterSpec
import android.security.keystore.KeyProperties
import java.security.KeyPairGenerator

const val PAYMENT_KEY_ALIAS = "wallet_payment_signing"
private const val DB_KEY_ALIAS = "wallet_db_key"
private const val APP = "mpesa"

object KeyAliases {
    const val TXN = "txn-approval"
}

class WalletKeyFactory {
    fun paymentKey() {
        val kpg = KeyPairGenerator.getInstance(KeyProperties.KEY_ALGORITHM_EC, "AndroidKeyStore")
        val spec = KeyGenParameterSpec.Builder(PAYMENT_KEY_ALIAS, KeyProperties.PURPOSE_SIGN)
        //                             ^^^^^^^ crypto-keystore-no-user-auth 💡: wallet_payment_signing
            .setDigests(KeyProperties.DIGEST_SHA256)
            .build()
        kpg.initialize(spec)
    }

    fun pinKey() = KeyGenParameterSpec.Builder("pin_wrap_key", KeyProperties.PURPOSE_ENCRYPT).build()
    //                                 ^^^^^^^ crypto-keystore-no-user-auth 💡

    fun applyBlock() {
        val spec = KeyGenParameterSpec.Builder(KeyAliases.TXN, KeyProperties.PURPOSE_SIGN).apply {
        //                             ^^^^^^^ crypto-keystore-no-user-auth 💡
            setDigests(KeyProperties.DIGEST_SHA256)
            setInvalidatedByBiometricEnrollment(true)
        }.build()
    }

    fun explicitlyOff() {
        val spec = KeyGenParameterSpec.Builder("transfer_signing", KeyProperties.PURPOSE_SIGN)
            .setUserAuthenticationRequired(false)
            //                             ^^^^^ crypto-keystore-no-user-auth 💡: setUserAuthenticationRequired(false)
            .build()
    }

    fun viaVariable() {
        val builder = KeyGenParameterSpec.Builder("wallet_pin", KeyProperties.PURPOSE_ENCRYPT or KeyProperties.PURPOSE_DECRYPT)
        //                                ^^^^^^^ crypto-keystore-no-user-auth
        builder.setBlockModes(KeyProperties.BLOCK_MODE_GCM)
        val spec = builder.build()
    }

    fun template() {
        val spec = KeyGenParameterSpec.Builder("${APP}_pin", KeyProperties.PURPOSE_ENCRYPT).build()
        //                             ^^^^^^^ crypto-keystore-no-user-auth 💡: mpesa_pin
    }

    fun protected() {
        // ok: crypto-keystore-no-user-auth (authentication required in the chain)
        val a = KeyGenParameterSpec.Builder(PAYMENT_KEY_ALIAS, KeyProperties.PURPOSE_SIGN)
            .setUserAuthenticationRequired(true)
            .build()
        // ok: crypto-keystore-no-user-auth (required inside apply {})
        val b = KeyGenParameterSpec.Builder("pin_key", KeyProperties.PURPOSE_ENCRYPT).apply {
            setUserAuthenticationRequired(true)
            setUserAuthenticationParameters(0, KeyProperties.AUTH_BIOMETRIC_STRONG)
        }.build()
        // ok: crypto-keystore-no-user-auth (required later on the variable)
        val c = KeyGenParameterSpec.Builder("payment_key", KeyProperties.PURPOSE_SIGN)
        c.setUserAuthenticationRequired(true)
        c.build()
        // ok: crypto-keystore-no-user-auth (required through with())
        val d = KeyGenParameterSpec.Builder("payment_key2", KeyProperties.PURPOSE_SIGN)
        with(d) { setUserAuthenticationRequired(true) }
        d.build()
        // ok: crypto-keystore-no-user-auth (required inside also {})
        val e = KeyGenParameterSpec.Builder("payment_key5", KeyProperties.PURPOSE_SIGN).also {
            it.setUserAuthenticationRequired(true)
        }.build()
    }

    fun notJudged(flag: Boolean, configure: (KeyGenParameterSpec.Builder) -> Unit) {
        // ok: crypto-keystore-no-user-auth (database key: read by background work, cannot require auth)
        val db = KeyGenParameterSpec.Builder(DB_KEY_ALIAS, KeyProperties.PURPOSE_ENCRYPT).build()
        // ok: crypto-keystore-no-user-auth (alias says nothing about payments or PINs)
        val tls = KeyGenParameterSpec.Builder("tls_client", KeyProperties.PURPOSE_SIGN).build()
        // ok: crypto-keystore-no-user-auth (decided at run time)
        val e = KeyGenParameterSpec.Builder("payment_key3", KeyProperties.PURPOSE_SIGN).setUserAuthenticationRequired(flag).build()
        // ok: crypto-keystore-no-user-auth (the builder is configured elsewhere)
        val f = KeyGenParameterSpec.Builder("payment_key4", KeyProperties.PURPOSE_SIGN)
        configure(f)
        f.build()
        // ok: crypto-keystore-no-user-auth (background sync of the wallet balance)
        val g = KeyGenParameterSpec.Builder("wallet_sync", KeyProperties.PURPOSE_SIGN).build()
    }
}
