package lmp.count;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

/**
 * The lot as docs/counting.md documents it, computed here independently of {@link TieBreak}: among
 * the tied names, the one with the smallest SHA-256 of {@code seed \n draw \n name}.
 */
final class DocumentedLot {
    private DocumentedLot() {
    }

    static String draw(String seed, int draw, List<String> tied) throws Exception {
        String best = null;
        String chosen = null;
        for (String name : tied) {
            String h = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest((seed + "\n" + draw + "\n" + name).getBytes(StandardCharsets.UTF_8)));
            if (best == null || h.compareTo(best) < 0) {
                best = h;
                chosen = name;
            }
        }
        return chosen;
    }
}
