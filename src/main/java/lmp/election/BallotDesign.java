package lmp.election;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a printed ballot says, decided from the election alone: its heading, the instructions that
 * match the counting method (mark one, mark up to N, mark all you approve of, or rank), the
 * candidates in ballot order (as in the file, or rotated so each candidate heads the list on an
 * equal share of ballots), rank columns and write-in lines. Nothing on a ballot varies from one
 * copy to the next except the rotated order: no serial number, no page number, no voter mark
 * (29 CFR 452.97: secrecy; no mark that can identify a voter).
 */
public record BallotDesign(String title, String office, String votingLine, List<String> instructions,
                           List<List<String>> orders, boolean ranked, int ranks, int writeInLines, boolean mail) {

    public BallotDesign {
        Objects.requireNonNull(title);
        Objects.requireNonNull(office);
        Objects.requireNonNull(votingLine);
        instructions = List.copyOf(instructions);
        orders = orders.stream().map(List::copyOf).toList();
    }

    public static BallotDesign of(Election e, boolean rotate) {
        CountPart c = e.count();
        List<String> standing = c.standing();
        List<List<String>> orders = new ArrayList<>();
        int versions = rotate && !standing.isEmpty() ? standing.size() : 1;
        for (int shift = 0; shift < versions; shift++) {
            List<String> order = new ArrayList<>();
            for (int i = 0; i < standing.size(); i++) order.add(standing.get((i + shift) % standing.size()));
            orders.add(order);
        }
        int seats = c.seats();
        List<String> instructions = new ArrayList<>();
        switch (c.method()) {
            case "approval" -> instructions.add("Vote for as many candidates as you approve of. Fill in the box next to each "
                    + "candidate you approve of.");
            case "irv", "stv", "meek" -> {
                instructions.add("Rank the candidates in order of your preference" + (seats > 1 ? " (" + seats + " seats)" : "")
                        + ": in the row of your first choice mark the column 1st, in the row of your second choice mark 2nd, "
                        + "and so on. Rank as many or as few candidates as you wish" + (c.maxRankings() < standing.size()
                        ? ", up to " + c.maxRankings() : "") + ".");
                instructions.add("Give each rank to one candidate only, and each candidate one rank only.");
            }
            default -> instructions.add(seats == 1
                    ? "Vote for ONE candidate. Fill in the box next to the candidate of your choice."
                    : "Vote for up to " + seats + " candidates. Fill in the box next to each candidate of your choice.");
        }
        int writeIns = c.writeInsAllowed() ? Math.max(1, c.isRanked() ? 1 : seats) : 0;
        if (writeIns > 0) {
            instructions.add("To vote for a member who is not listed, write the name on a write-in line and mark it as above.");
        }
        instructions.add("Do not sign this ballot or write anything on it that could identify you; a ballot with an "
                + "identifying mark cannot be counted. If you make a mistake, ask for a new ballot: the spoiled one is kept, "
                + "uncounted.");
        ElectionDates d = e.dates();
        if (d.mailBallot()) {
            instructions.add("Put this ballot in the secret-ballot envelope and seal it. Put that envelope in the return envelope, "
                    + "sign the outside of the return envelope only, and mail it" + d.returnDeadline().map(r -> " to arrive by " + r)
                    .orElse("") + ".");
        }
        String voting = d.mailBallot()
                ? d.returnDeadline().map(r -> "Mail ballot: must be received by " + r).orElse("Mail ballot")
                : d.votingOpens().map(o -> "Voting: " + o + d.votingCloses().filter(x -> !x.equals(o)).map(x -> " to " + x).orElse(""))
                .orElse("");
        String office = "Office: " + e.office().describe() + " (" + seats + (seats == 1 ? " seat)" : " seats)");
        return new BallotDesign(c.title(), office, voting, instructions, orders, c.isRanked(),
                c.isRanked() ? c.maxRankings() : 0, writeIns, d.mailBallot());
    }

    /** "1st", "2nd", "3rd", "4th", ... "11th", "12th", "13th", "21st". */
    public static String ordinal(int n) {
        int mod100 = n % 100;
        String suffix = mod100 >= 11 && mod100 <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }
}
