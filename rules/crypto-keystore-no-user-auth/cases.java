package com.example.bank.keys;

import android.security.keystore.KeyGenParameterSpec;
import android.security.keystore.KeyProperties;
import java.security.KeyPairGenerator;

class TransactionSigner {
    private static final String ALIAS = "transaction_signing_key";
    private static final String CACHE_ALIAS = "payment_cache";
    private static final boolean REQUIRE_AUTH = false;

    void create() throws Exception {
        KeyPairGenerator kpg = KeyPairGenerator.getInstance(KeyProperties.KEY_ALGORITHM_EC, "AndroidKeyStore");
        kpg.initialize(new KeyGenParameterSpec.Builder(ALIAS, KeyProperties.PURPOSE_SIGN)
        //                                     ^^^^^^^ crypto-keystore-no-user-auth 💡: transaction_signing_key
                .setDigests(KeyProperties.DIGEST_SHA256)
                .setInvalidatedByBiometricEnrollment(true)
                .build());
        KeyGenParameterSpec pin = new KeyGenParameterSpec.Builder("mpin", KeyProperties.PURPOSE_ENCRYPT).setBlockModes(KeyProperties.BLOCK_MODE_GCM).build();
        //                                                ^^^^^^^ crypto-keystore-no-user-auth 💡
        KeyGenParameterSpec.Builder builder = new KeyGenParameterSpec.Builder("payment-approval", KeyProperties.PURPOSE_SIGN);
        builder.setUserAuthenticationRequired(false);
        //                                    ^^^^^ crypto-keystore-no-user-auth 💡
        builder.build();
        KeyGenParameterSpec viaConst = new KeyGenParameterSpec.Builder("wallet_key", KeyProperties.PURPOSE_SIGN)
                .setUserAuthenticationRequired(REQUIRE_AUTH)
                //                             ^^^^^^^^^^^^ crypto-keystore-no-user-auth
                .build();
    }

    void fine(KeyGenParameterSpec.Builder external) {
        // ok: crypto-keystore-no-user-auth (authentication required)
        KeyGenParameterSpec a = new KeyGenParameterSpec.Builder(ALIAS, KeyProperties.PURPOSE_SIGN)
                .setUserAuthenticationRequired(true)
                .setUserAuthenticationValidityDurationSeconds(-1)
                .build();
        // ok: crypto-keystore-no-user-auth (cache key, read without the user)
        KeyGenParameterSpec b = new KeyGenParameterSpec.Builder(CACHE_ALIAS, KeyProperties.PURPOSE_ENCRYPT).build();
        // ok: crypto-keystore-no-user-auth (returned unbuilt: the caller decides)
        KeyGenParameterSpec.Builder c = new KeyGenParameterSpec.Builder("payment_key", KeyProperties.PURPOSE_SIGN);
        finish(c);
        // ok: crypto-keystore-no-user-auth (spinner is not "pin")
        KeyGenParameterSpec d = new KeyGenParameterSpec.Builder("spinner_state", KeyProperties.PURPOSE_ENCRYPT).build();
    }
}
