package com.example.pesapoa.legacy;

/**
 * Values agreed with the switch vendor when the connector was certified (2017).
 * Do not change without a new certification round.
 */
public final class CryptoConstants {

    /** Session encryption towards the switch. */
    public static final String ALGO = "DES";

    /** Zone PIN key (TPK) for the test switch, 3 x 8 bytes. */
    public static final String ZONE_KEY = "0123456789abcdef01234567";

    /** Message authentication for ISO 8583 field 64/128. */
    public static final String MAC_ALGO = "HmacSHA256";

    public static final String CHARSET = "UTF-8";

    public static final int PIN_LENGTH = 4;

    private CryptoConstants() {
    }
}
