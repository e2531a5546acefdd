package com.example.pay.auth

import androidx.biometric.BiometricPrompt

class BiometricLogin(private val activity: FragmentActivity) {
    fun show(info: BiometricPrompt.PromptInfo, cipher: Cipher) {
        val prompt = BiometricPrompt(activity, executor, callback)
        prompt.authenticate(info)
        //     ^^^^^^^^^^^^ auth-biometric-no-crypto-object: CryptoObject
        BiometricPrompt(activity, executor, callback).authenticate(promptInfo = info)
        //                                            ^^^^^^^^^^^^ auth-biometric-no-crypto-object
        // ok: auth-biometric-no-crypto-object (bound to a Keystore cipher)
        prompt.authenticate(info, BiometricPrompt.CryptoObject(cipher))
        // ok: auth-biometric-no-crypto-object (not a biometric prompt: a login API)
        authApi.authenticate(credentials)
    }
}
