package org.crosscheck.dedup;

import java.util.Arrays;

/**
 * One LSH band's buckets: an open-addressing table (linear probing, at most half full) from a
 * 32-bit bucket key to the newest entry in that bucket; older entries of the bucket are reached
 * through the index's per-entry chain links. Keys are 32 bits of the 64-bit band hash: two band
 * values that share them share a bucket, which can only add candidates (each is verified by its
 * Jaccard estimate), never lose one. Removal shifts later entries of a probe run back, so the
 * table holds only live buckets and its size follows the index's window, not the stream.
 */
final class BucketTable {

    private static final int EMPTY = -1;
    private static final int MIN_CAPACITY = 16;

    private int[] keys = new int[MIN_CAPACITY];
    private int[] newest = filled(MIN_CAPACITY);
    private int size;

    /** The newest entry of a bucket, or -1 when the bucket is empty. */
    int newest(int key) {
        int mask = keys.length - 1;
        for (int slot = spread(key) & mask; newest[slot] != EMPTY; slot = (slot + 1) & mask) {
            if (keys[slot] == key) {
                return newest[slot];
            }
        }
        return EMPTY;
    }

    /** Makes {@code entry} the newest of its bucket; answers the one it replaces, or -1. */
    int put(int key, int entry) {
        if (2 * (size + 1) > keys.length) {
            resize(keys.length * 2);
        }
        int mask = keys.length - 1;
        int slot = spread(key) & mask;
        while (newest[slot] != EMPTY) {
            if (keys[slot] == key) {
                int previous = newest[slot];
                newest[slot] = entry;
                return previous;
            }
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        newest[slot] = entry;
        size++;
        return EMPTY;
    }

    /** Empties a bucket when {@code entry} is still its newest (all older ones are gone with it). */
    void removeIfNewest(int key, int entry) {
        int mask = keys.length - 1;
        int slot = spread(key) & mask;
        while (newest[slot] != EMPTY && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        if (newest[slot] != entry) {
            return;
        }
        // backward-shift deletion keeps every remaining key reachable from its home slot
        int hole = slot;
        for (int next = (hole + 1) & mask; newest[next] != EMPTY; next = (next + 1) & mask) {
            int home = spread(keys[next]) & mask;
            if (((next - home) & mask) >= ((next - hole) & mask)) {
                keys[hole] = keys[next];
                newest[hole] = newest[next];
                hole = next;
            }
        }
        newest[hole] = EMPTY;
        size--;
        if (keys.length > MIN_CAPACITY && 8 * size < keys.length) {
            resize(keys.length / 2);
        }
    }

    int size() {
        return size;
    }

    private void resize(int capacity) {
        int[] oldKeys = keys;
        int[] oldNewest = newest;
        keys = new int[capacity];
        newest = filled(capacity);
        int mask = capacity - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldNewest[i] != EMPTY) {
                int slot = spread(oldKeys[i]) & mask;
                while (newest[slot] != EMPTY) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[i];
                newest[slot] = oldNewest[i];
            }
        }
    }

    private static int spread(int key) {
        int h = key * 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    private static int[] filled(int capacity) {
        int[] a = new int[capacity];
        Arrays.fill(a, EMPTY);
        return a;
    }
}
