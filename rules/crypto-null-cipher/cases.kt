package com.example.pay.store

import javax.crypto.Cipher
import javax.crypto.NullCipher

class DebuggableStore {
    fun cipher(): Cipher {
        val c = NullCipher()
        //      ^^^^^^^^^^ crypto-null-cipher
        val d = javax.crypto.NullCipher()
        //                   ^^^^^^^^^^ crypto-null-cipher
        // ok: crypto-null-cipher (a real cipher)
        val real = Cipher.getInstance("AES/GCM/NoPadding")
        return c
    }
}
