package com.example.wallet.db

import androidx.room.Entity

// ok: storage-sqlite-plaintext (dependencies unknown: whether SQLCipher is used cannot be told)
@Entity data class Token(val refreshToken: String)
