package org.colibri.content;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;

import org.apache.commons.codec.digest.MurmurHash3;

/**
 * A 128-bit identity of what a cached thing was made from (a Markdown body and its settings, a
 * page's template and model), for the build cache: equal fingerprints mean equal inputs. Values
 * are buffered with their lengths, so {@code "ab","c"} and {@code "a","bc"} differ, then hashed
 * once with MurmurHash3 x64-128. Not a signature: nobody gains by forging a collision in their own
 * site, and the hash runs over the whole corpus on every build, several times faster than MD5
 * under the launcher's C1-only JIT.
 */
public final class Fingerprint {

    private byte[] buffer = new byte[512];
    private int size;

    public Fingerprint put(int b) {
        ensure(1);
        buffer[size++] = (byte) b;
        return this;
    }

    public Fingerprint putInt(int n) {
        ensure(4);
        buffer[size++] = (byte) (n >>> 24);
        buffer[size++] = (byte) (n >>> 16);
        buffer[size++] = (byte) (n >>> 8);
        buffer[size++] = (byte) n;
        return this;
    }

    /** The text as UTF-8, after its length. */
    public Fingerprint putText(String text) {
        return putBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A marker for null, else the text: null and {@code "null"} differ. */
    public Fingerprint putOptionalText(String text) {
        put(text == null ? 0 : 1);
        return text == null ? this : putText(text);
    }

    /** The bytes, after their length. */
    public Fingerprint putBytes(byte[] bytes) {
        putInt(bytes.length);
        ensure(bytes.length);
        System.arraycopy(bytes, 0, buffer, size, bytes.length);
        size += bytes.length;
        return this;
    }

    /** The 16 bytes of the fingerprint. */
    public byte[] bytes() {
        long[] hash = MurmurHash3.hash128x64(buffer, 0, size, 0);
        byte[] bytes = new byte[16];
        for (int i = 0; i < 8; i++) {
            bytes[i] = (byte) (hash[0] >>> (56 - 8 * i));
            bytes[8 + i] = (byte) (hash[1] >>> (56 - 8 * i));
        }
        return bytes;
    }

    /** The fingerprint in 32 hexadecimal digits. */
    public String hex() {
        return HexFormat.of().formatHex(bytes());
    }

    private void ensure(int more) {
        if (size + more > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + more));
        }
    }
}
