// project: {"dependencies": ["net.zetetic:android-database-sqlcipher:4.5.4"]}
package com.example.wallet.db

import androidx.room.Entity

// ok: storage-sqlite-plaintext (the project encrypts its databases with SQLCipher)
@Entity data class Card(val cardNumber: String)
