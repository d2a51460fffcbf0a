package org.crosscheck.dedup;

import java.nio.charset.StandardCharsets;

/**
 * The first 64 bits of MurmurHash3 x64_128 (Austin Appleby's reference formula, seed 0) over
 * the UTF-8 bytes of a string, and its {@code fmix64} finaliser for mixing a long. Stable
 * across runs and machines, unlike {@link String#hashCode()}, which is only 32 bits.
 */
public final class Murmur3Hash64 {

    private static final long C1 = 0x87c37b91114253d5L;
    private static final long C2 = 0x4cf5ad432745937fL;

    /** Words longer than this many chars are hashed through a substring. */
    private static final int ASCII_BUFFER = 64;
    private static final ThreadLocal<byte[]> ASCII = ThreadLocal.withInitial(() -> new byte[ASCII_BUFFER]);

    private Murmur3Hash64() {
    }

    /** The 64-bit hash of a string's UTF-8 bytes. */
    public static long hash(String text) {
        return hash(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The hash of {@code text.substring(start, end)}, as {@link #hash(String)} gives it; an
     * all-ASCII range is read without building the substring or its byte array.
     */
    public static long hash(String text, int start, int end) {
        int length = end - start;
        if (length > ASCII_BUFFER) {
            return hash(text.substring(start, end));
        }
        byte[] bytes = ASCII.get();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(start + i);
            if (c >= 0x80) {
                return hash(text.substring(start, end));
            }
            bytes[i] = (byte) c;
        }
        return hash(bytes, length);
    }

    /** The 64-bit hash (h1 of MurmurHash3 x64_128, seed 0) of some bytes. */
    public static long hash(byte[] data) {
        return hash(data, data.length);
    }

    /** The hash of the first {@code length} bytes of {@code data}. */
    private static long hash(byte[] data, int length) {
        int blocks = length / 16;
        long h1 = 0;
        long h2 = 0;
        for (int i = 0; i < blocks; i++) {
            long k1 = littleEndianLong(data, i * 16);
            long k2 = littleEndianLong(data, i * 16 + 8);
            k1 *= C1;
            k1 = Long.rotateLeft(k1, 31);
            k1 *= C2;
            h1 ^= k1;
            h1 = Long.rotateLeft(h1, 27);
            h1 += h2;
            h1 = h1 * 5 + 0x52dce729;
            k2 *= C2;
            k2 = Long.rotateLeft(k2, 33);
            k2 *= C1;
            h2 ^= k2;
            h2 = Long.rotateLeft(h2, 31);
            h2 += h1;
            h2 = h2 * 5 + 0x38495ab5;
        }
        int tail = blocks * 16;
        long k1 = 0;
        long k2 = 0;
        int rest = length & 15;
        for (int i = rest - 1; i >= 8; i--) {
            k2 ^= (data[tail + i] & 0xffL) << ((i - 8) * 8);
        }
        if (rest > 8) {
            k2 *= C2;
            k2 = Long.rotateLeft(k2, 33);
            k2 *= C1;
            h2 ^= k2;
        }
        for (int i = Math.min(rest, 8) - 1; i >= 0; i--) {
            k1 ^= (data[tail + i] & 0xffL) << (i * 8);
        }
        if (rest > 0) {
            k1 *= C1;
            k1 = Long.rotateLeft(k1, 31);
            k1 *= C2;
            h1 ^= k1;
        }
        h1 ^= length;
        h2 ^= length;
        h1 += h2;
        h2 += h1;
        h1 = mix(h1);
        h2 = mix(h2);
        h1 += h2;
        return h1;
    }

    /** MurmurHash3's {@code fmix64}: a bijective avalanche of all 64 bits. */
    public static long mix(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        k *= 0xc4ceb9fe1a85ec53L;
        k ^= k >>> 33;
        return k;
    }

    private static long littleEndianLong(byte[] data, int offset) {
        long v = 0;
        for (int i = 7; i >= 0; i--) {
            v = (v << 8) | (data[offset + i] & 0xffL);
        }
        return v;
    }
}
