package com.example.pay.auth;

import static org.apache.commons.codec.digest.DigestUtils.sha1Hex;

import com.google.common.hash.Hashing;
import java.security.MessageDigest;
import org.apache.commons.codec.digest.MessageDigestAlgorithms;

class AgentCredentials {
    private static final String HASH = "SHA1";

    String passwordHash(String password) {
        return sha1Hex(password);
        //     ^^^^^^^ crypto-weak-hash: over "password"
    }

    byte[] pinBlockDigest(byte[] pinBlock) throws Exception {
        MessageDigest md = MessageDigest.getInstance("MD5");
        //                                           ^^^^^ crypto-weak-hash: MD5 over "pinBlock"
        md.update(pinBlock);
        return md.digest();
    }

    byte[] receiptHash(byte[] receipt) throws Exception {
        byte[] a = MessageDigest.getInstance(HASH).digest(receipt);
        //                                   ^^^^ crypto-weak-hash: SHA1 is broken
        byte[] b = MessageDigest.getInstance(MessageDigestAlgorithms.MD5).digest(receipt);
        //                                   ^^^^^^^^^^^^^^^^^^^^^^^^^^^ crypto-weak-hash
        return Hashing.sha1().hashBytes(receipt).asBytes();
        //             ^^^^ crypto-weak-hash 💡
    }

    String computeEtag(byte[] body) throws Exception {
        // ok: crypto-weak-hash (an HTTP ETag)
        return toHex(MessageDigest.getInstance("MD5").digest(body));
    }

    byte[] fileChecksum(byte[] body) throws Exception {
        // ok: crypto-weak-hash (SHA-256)
        byte[] strong = MessageDigest.getInstance("SHA-256").digest(body);
        // ok: crypto-weak-hash (checksum of a downloaded file)
        return MessageDigest.getInstance("SHA-1").digest(body);
    }
}
