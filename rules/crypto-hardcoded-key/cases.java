package com.example.pay.crypto;

import java.nio.charset.StandardCharsets;
import javax.crypto.spec.DESedeKeySpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Hex;

// project: {"constants": {"CryptoConstants.MASTER_KEY_HEX": "000102030405060708090a0b0c0d0e0f"}}
class AgentKeys {
    private static final byte[] KEY = {0x2b, 0x7e, 0x15, 0x16, 0x28, (byte) 0xae, (byte) 0xd2, (byte) 0xa6};
    private static final String SECRET = "s3cr3t-k3y-1234567890abcdef";

    void keys(byte[] keyBytes, char[] userPassword, byte[] salt) throws Exception {
        SecretKeySpec a = new SecretKeySpec(KEY, "AES");
        //                                  ^^^ crypto-hardcoded-key: a byte-array literal
        SecretKeySpec b = new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        //                                  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ crypto-hardcoded-key
        DESedeKeySpec c = new DESedeKeySpec("0123456789abcdef01234567".getBytes());
        //                                  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ crypto-hardcoded-key
        PBEKeySpec d = new PBEKeySpec("app-master-password".toCharArray(), salt, 600000, 256);
        //                            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ crypto-hardcoded-key: The password for this key derivation
        SecretKeySpec e = new SecretKeySpec(Hex.decodeHex(CryptoConstants.MASTER_KEY_HEX), "AES");
        //                                  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ crypto-hardcoded-key
        // ok: crypto-hardcoded-key (key material passed in)
        SecretKeySpec f = new SecretKeySpec(keyBytes, "AES");
        // ok: crypto-hardcoded-key (the user's password)
        PBEKeySpec g = new PBEKeySpec(userPassword, salt, 600000, 256);
    }
}
