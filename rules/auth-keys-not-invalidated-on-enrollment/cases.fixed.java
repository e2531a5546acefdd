package com.example.pay.security;

import android.security.keystore.KeyGenParameterSpec;
import android.security.keystore.KeyProperties;

class BiometricKeys {
    private static final boolean INVALIDATE_ON_ENROLL = false;

    KeyGenParameterSpec spec() {
        return new KeyGenParameterSpec.Builder("pay_key", KeyProperties.PURPOSE_SIGN)
            .setUserAuthenticationRequired(true)
            //                                   ^^^^^ auth-keys-not-invalidated-on-enrollment 💡
            .build();
    }

    KeyGenParameterSpec viaConstant(KeyGenParameterSpec.Builder builder) {
        //                                          ^^^^^^^^^^^^^^^^^^^^ auth-keys-not-invalidated-on-enrollment 💡
        // ok: auth-keys-not-invalidated-on-enrollment (the secure value)
        builder.setInvalidatedByBiometricEnrollment(true);
        // ok: auth-keys-not-invalidated-on-enrollment (a different setting)
        builder.setUserAuthenticationRequired(false);
        return builder.build();
    }
}
