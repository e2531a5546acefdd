// project: {"targetSdk": 34, "manifestPackage": "com.example.wallet", "components": [{"tag": "activity", "name": ".TransferActivity", "exported": true, "hasIntentFilter": true, "range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}}}, {"tag": "receiver", "name": "com.example.wallet.PayReceiver", "exported": true, "hasIntentFilter": true, "range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}}}, {"tag": "activity", "name": ".InternalActivity", "exported": false, "hasIntentFilter": false, "range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}}}, {"tag": "activity", "name": ".GuardedActivity", "exported": true, "hasIntentFilter": true, "permission": "com.example.wallet.permission.INTERNAL", "range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}}}]}
package com.example.wallet

import android.content.Intent
import com.fasterxml.jackson.databind.ObjectMapper
import com.fasterxml.jackson.databind.jsontype.BasicPolymorphicTypeValidator
import com.fasterxml.jackson.databind.jsontype.impl.LaissezFaireSubTypeValidator
import java.io.ObjectInputStream

class TransferActivity : AppCompatActivity() {
    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        val request = intent.getSerializableExtra("request") as TransferRequest
        //                   ^^^^^^^^^^^^^^^^^^^^ code-unsafe-deserialization 💡: exported activity
        val maybe = intent.getSerializableExtra(KEY_PAYEE) as? Payee
        //                 ^^^^^^^^^^^^^^^^^^^^ code-unsafe-deserialization 💡
        val nullable = intent.getSerializableExtra("memo") as Memo?
        //                    ^^^^^^^^^^^^^^^^^^^^ code-unsafe-deserialization 💡
        val untyped = intent.getSerializableExtra("extra")
        //                   ^^^^^^^^^^^^^^^^^^^^ code-unsafe-deserialization
        val list = intent.getSerializableExtra("items") as ArrayList<String>
        //                ^^^^^^^^^^^^^^^^^^^^ code-unsafe-deserialization
        // ok: code-unsafe-deserialization (typed overload, API 33)
        val typed = intent.getSerializableExtra("request", TransferRequest::class.java)
        // ok: code-unsafe-deserialization (IntentCompat with the expected class)
        val compat = IntentCompat.getSerializableExtra(intent, "request", TransferRequest::class.java)
        // ok: code-unsafe-deserialization (Parcelable extras are typed by the caller's class loader)
        val parcel = intent.getParcelableExtra<Payee>("payee")
    }

    companion object {
        const val KEY_PAYEE = "payee"
    }
}

class PayReceiver : BroadcastReceiver() {
    override fun onReceive(context: Context, intent: Intent) {
        val payload = intent.getSerializableExtra("payload") as PaymentPayload
        //                   ^^^^^^^^^^^^^^^^^^^^ code-unsafe-deserialization 💡: exported receiver
    }
}

class InternalActivity : AppCompatActivity() {
    fun read() {
        // ok: code-unsafe-deserialization (not exported: only this app can start it)
        val request = intent.getSerializableExtra("request") as TransferRequest
    }
}

class GuardedActivity : AppCompatActivity() {
    fun read() {
        // ok: code-unsafe-deserialization (exported behind a permission)
        val request = intent.getSerializableExtra("request") as TransferRequest
    }
}

class UnknownActivity : AppCompatActivity() {
    fun read() {
        // ok: code-unsafe-deserialization (not in the manifest model: unknown, do not guess)
        val request = intent.getSerializableExtra("request") as TransferRequest
    }
}

class SessionCache(private val file: File) {
    fun load(): Session {
        ObjectInputStream(file.inputStream()).use { return it.readObject() as Session }
        //                                                    ^^^^^^^^^^ code-unsafe-deserialization: JSON
    }

    fun loadDirect(bytes: ByteArray): Any = ObjectInputStream(bytes.inputStream()).readObject()
    //                                                                             ^^^^^^^^^^ code-unsafe-deserialization

    fun loadLocal(bytes: ByteArray): Any? {
        val ois = ObjectInputStream(ByteArrayInputStream(bytes))
        return ois.readObject()
        //         ^^^^^^^^^^ code-unsafe-deserialization
    }

    fun jackson(): ObjectMapper {
        val mapper = ObjectMapper()
        mapper.enableDefaultTyping()
        //     ^^^^^^^^^^^^^^^^^^^ code-unsafe-deserialization: default typing
        mapper.activateDefaultTyping(LaissezFaireSubTypeValidator.instance, ObjectMapper.DefaultTyping.NON_FINAL)
        //     ^^^^^^^^^^^^^^^^^^^^^ code-unsafe-deserialization
        return mapper
    }

    fun safeJackson(): ObjectMapper {
        val ptv = BasicPolymorphicTypeValidator.builder().allowIfSubType("com.example.wallet.model.").build()
        // ok: code-unsafe-deserialization (validator allows only the app's model package)
        return ObjectMapper().activateDefaultTyping(BasicPolymorphicTypeValidator.builder().allowIfSubType("com.example.wallet.model.").build())
    }

    fun safeFormats(json: String) {
        // ok: code-unsafe-deserialization (Gson with a concrete type)
        val s = Gson().fromJson(json, Session::class.java)
        // ok: code-unsafe-deserialization (kotlinx.serialization)
        val k = Json.decodeFromString<Session>(json)
        // ok: code-unsafe-deserialization (readObject of something that is not an ObjectInputStream)
        val r = reader.readObject()
    }
}
