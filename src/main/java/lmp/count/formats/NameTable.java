package lmp.count.formats;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** Finds a candidate by the UTF-8 bytes of a cell without making a String of it. */
final class NameTable {
    private final byte[][] names;
    private final int[] slots;
    private final int mask;

    NameTable(List<String> candidates) {
        names = new byte[candidates.size()][];
        int size = Integer.highestOneBit(Math.max(4, candidates.size() * 4) - 1) << 1;
        slots = new int[size];
        mask = size - 1;
        for (int c = 0; c < names.length; c++) {
            names[c] = candidates.get(c).getBytes(StandardCharsets.UTF_8);
            int s = hash(names[c], 0, names[c].length) & mask;
            while (slots[s] != 0) s = (s + 1) & mask;
            slots[s] = c + 1;
        }
    }

    int size() {
        return names.length;
    }

    /** Index of the candidate named by {@code bytes[from, to)}, or -1. */
    int find(byte[] bytes, int from, int to) {
        int s = hash(bytes, from, to) & mask;
        while (slots[s] != 0) {
            byte[] n = names[slots[s] - 1];
            if (n.length == to - from && java.util.Arrays.equals(n, 0, n.length, bytes, from, to)) return slots[s] - 1;
            s = (s + 1) & mask;
        }
        return -1;
    }

    private static int hash(byte[] b, int from, int to) {
        int h = 0x811c9dc5;
        for (int i = from; i < to; i++) h = (h ^ b[i]) * 0x01000193;
        return h ^ (h >>> 16);
    }
}
