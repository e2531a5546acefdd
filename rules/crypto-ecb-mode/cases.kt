import javax.crypto.Cipher

const val TRANSFORMATION = "AES/ECB/PKCS5Padding"

class PinVault {
    private val mode = "DESede/ECB/NoPadding"

    fun sealPin(key: SecretKey, pin: ByteArray): ByteArray {
        val c = Cipher.getInstance("AES/ECB/PKCS5Padding")
        //                         ^^^^^^^^^^^^^^^^^^^^^^ crypto-ecb-mode 💡
        val bare = Cipher.getInstance("AES")
        //                            ^^^^^ crypto-ecb-mode: defaults to ECB
        val viaConst = Cipher.getInstance(TRANSFORMATION)
        //                                ^^^^^^^^^^^^^^ crypto-ecb-mode
        val viaField = javax.crypto.Cipher.getInstance(mode, "AndroidOpenSSL")
        //                                             ^^^^ crypto-ecb-mode
        // ok: crypto-ecb-mode (GCM is the recommended mode)
        val gcm = Cipher.getInstance("AES/GCM/NoPadding")
        // ok: crypto-ecb-mode (RSA/ECB is a naming quirk, there is no block chaining)
        val rsa = Cipher.getInstance("RSA/ECB/OAEPWithSHA-256AndMGF1Padding")
        // ok: crypto-ecb-mode (not the javax.crypto Cipher)
        val other = Signature.getInstance("AES")
        // todo-ruleid: crypto-ecb-mode (mode chosen at run time; needs data flow)
        val fromConfig = Cipher.getInstance(readModeFromConfig())
        return c.doFinal(pin)
    }
}
