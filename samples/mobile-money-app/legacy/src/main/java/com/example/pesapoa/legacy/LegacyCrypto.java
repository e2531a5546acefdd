package com.example.pesapoa.legacy;

import static com.example.pesapoa.legacy.CryptoConstants.ALGO;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Random;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Crypto for the ISO 8583 switch connector.
 */
public final class LegacyCrypto {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private LegacyCrypto() {
    }

    /** ISO 9564 format 0 PIN block encrypted under the zone PIN key. */
    public static byte[] encryptPinBlock(String pin, String accountNumber) throws GeneralSecurityException {
        byte[] block = pinBlock(pin, accountNumber);
        SecretKeySpec key = new SecretKeySpec(
                CryptoConstants.ZONE_KEY.getBytes(StandardCharsets.US_ASCII), "DESede");
        Cipher cipher = Cipher.getInstance("DESede/ECB/PKCS5Padding");
        cipher.init(Cipher.ENCRYPT_MODE, key);
        return cipher.doFinal(block);
    }

    /** Encrypts the session payload with the key negotiated at sign-on. */
    public static byte[] encryptSession(byte[] payload, byte[] sessionKey) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance(ALGO);
        cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(sessionKey, "DES"));
        return cipher.doFinal(payload);
    }

    /** MAC over the packed ISO 8583 message. */
    public static byte[] mac(byte[] message, byte[] macKey) throws GeneralSecurityException {
        Mac mac = Mac.getInstance(CryptoConstants.MAC_ALGO);
        mac.init(new SecretKeySpec(macKey, CryptoConstants.MAC_ALGO));
        return mac.doFinal(message);
    }

    /** Device fingerprint sent at login (msisdn + build fingerprint). */
    public static String fingerprint(String input) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-1");
            return toHex(md.digest(input.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Temporary PIN given to a customer registered by an agent; must be changed at first login. */
    public static String generateTemporaryPin() {
        Random random = new Random();
        StringBuilder pin = new StringBuilder();
        for (int i = 0; i < CryptoConstants.PIN_LENGTH; i++) {
            pin.append(random.nextInt(10));
        }
        return pin.toString();
    }

    private static byte[] pinBlock(String pin, String accountNumber) {
        String pinField = String.format("0%d%s", pin.length(), pin);
        while (pinField.length() < 16) {
            pinField = pinField + "F";
        }
        String digits = accountNumber.replaceAll("\\D", "");
        String panPart = digits.length() >= 13
                ? digits.substring(digits.length() - 13, digits.length() - 1)
                : String.format("%12s", digits).replace(' ', '0');
        String panField = "0000" + panPart;

        byte[] a = fromHex(pinField);
        byte[] b = fromHex(panField);
        byte[] out = new byte[8];
        for (int i = 0; i < 8; i++) {
            out[i] = (byte) (a[i] ^ b[i]);
        }
        return out;
    }

    static String toHex(byte[] bytes) {
        char[] out = new char[bytes.length * 2];
        for (int i = 0; i < bytes.length; i++) {
            int v = bytes[i] & 0xFF;
            out[i * 2] = HEX[v >>> 4];
            out[i * 2 + 1] = HEX[v & 0x0F];
        }
        return new String(out);
    }

    static byte[] fromHex(String hex) {
        byte[] out = new byte[hex.length() / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) Integer.parseInt(hex.substring(i * 2, i * 2 + 2), 16);
        }
        return out;
    }
}
