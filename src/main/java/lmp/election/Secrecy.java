package lmp.election;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import lmp.roster.Roster;

/**
 * Ballot secrecy (29 CFR 452.97): no mark that can identify a voter. Text recorded beside ballots
 * (why a ballot was challenged or spoiled) must not name or number a voter, or it would link that
 * voter to the ballot's content.
 */
public final class Secrecy {
    private Secrecy() {
    }

    /** The eligible voters' ids and full names that appear in {@code text} (ids as whole words, names case-insensitive). */
    public static List<String> votersNamedIn(String text, List<String> voterIds, Roster roster) {
        List<String> found = new ArrayList<>();
        String lower = text.toLowerCase(Locale.ROOT);
        for (String id : voterIds) {
            if (Pattern.compile("(?<![0-9A-Za-z])" + Pattern.quote(id) + "(?![0-9A-Za-z])").matcher(text).find()) {
                found.add(id);
            }
            roster.member(id).filter(m -> lower.contains(m.name().toLowerCase(Locale.ROOT))).ifPresent(m -> found.add(m.name()));
        }
        return found;
    }
}
