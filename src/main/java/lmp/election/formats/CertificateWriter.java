package lmp.election.formats;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lmp.election.AuditRecord.FileDigest;
import lmp.election.Certificate;
import lmp.election.Certification.Winner;
import lmp.election.Override;

/** The certificate of election as Markdown (for the record and the members' newsletter) and as printable HTML. */
public final class CertificateWriter {
    private CertificateWriter() {
    }

    public static String markdown(Certificate c) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Certificate of election\n\n");
        sb.append("**").append(md(c.title())).append("**\n\n");
        sb.append("- ").append(c.office()).append('\n');
        sb.append("- Method: ").append(c.method()).append(", ").append(c.seats()).append(c.seats() == 1 ? " seat" : " seats").append('\n');
        if (!c.votingLine().isEmpty()) sb.append("- ").append(c.votingLine()).append('\n');
        sb.append("- Certified on: ").append(c.certifiedOn()).append('\n');
        sb.append("- Tally: ").append(c.tallyReference()).append("\n\n");
        sb.append("## Winners\n\n| Winner | Member id | Term starts | Term ends | Steward by |\n|---|---|---|---|---|\n");
        for (Winner w : c.winners()) {
            sb.append("| ").append(md(w.name())).append(" | ").append(md(w.memberId())).append(" | ").append(w.start()).append(" | ")
                    .append(w.end().map(Object::toString).orElse("-")).append(" | ")
                    .append(w.stewardDeadline().map(Object::toString).orElse("-")).append(" |\n");
        }
        sb.append("\n## Ballots\n\n| | |\n|---|---:|\n");
        c.accounting().forEach((k, v) -> sb.append("| ").append(k).append(" | ").append(v).append(" |\n"));
        sb.append("\n## Round by round\n\n");
        List<String> names = candidates(c);
        sb.append("| Candidate |");
        c.rounds().forEach(r -> sb.append(" Round ").append(r.number()).append(" |"));
        sb.append("\n|---|");
        c.rounds().forEach(r -> sb.append("---:|"));
        sb.append('\n');
        for (String n : names) {
            sb.append("| ").append(md(n)).append(" |");
            for (Certificate.Round r : c.rounds()) sb.append(' ').append(cell(r, n)).append(" |");
            sb.append('\n');
        }
        if (!c.ties().isEmpty()) {
            sb.append("\n## Ties\n\n");
            c.ties().forEach(t -> sb.append("- ").append(t).append('\n'));
        }
        if (!c.overrides().isEmpty()) {
            sb.append("\n## Overrides by the election committee\n\nCertified despite these blocking items, for the reasons given:\n\n");
            c.overrides().forEach(o -> sb.append("- **").append(md(o.item())).append("**: ").append(o.reason()).append('\n'));
        }
        sb.append("\n## Inputs\n\n| File | SHA-256 |\n|---|---|\n");
        for (FileDigest d : c.inputs()) sb.append("| ").append(md(d.path())).append(" | `").append(d.sha256()).append("` |\n");
        if (!c.notes().isEmpty()) {
            sb.append("\n## Notes\n\n");
            c.notes().forEach(n -> sb.append("- ").append(n).append('\n'));
        }
        sb.append("\nAnyone can re-run this count from the inputs above with `lmp election verify`.\n\n");
        sb.append("Election committee / tellers: ______________________  ______________________  ______________________\n");
        return sb.toString();
    }

    private static String cell(Certificate.Round r, String name) {
        String v = r.votes().getOrDefault(name, "");
        if (r.elected().contains(name)) v += " elected";
        if (r.excluded().contains(name)) v += " excluded";
        return v.isEmpty() ? "-" : v.strip();
    }

    private static List<String> candidates(Certificate c) {
        Set<String> names = new LinkedHashSet<>();
        for (Certificate.Round r : c.rounds()) {
            names.addAll(r.votes().keySet().stream().sorted().toList());
        }
        return new ArrayList<>(names);
    }

    public static String html(Certificate c) {
        StringBuilder sb = new StringBuilder();
        sb.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Certificate of election</title>\n")
                .append("<style>body{font-family:sans-serif;max-width:48em;margin:2em auto}table{border-collapse:collapse}"
                        + "td,th{border:1px solid #999;padding:.3em .6em}td.n{text-align:right}code{font-size:.8em}</style></head><body>\n");
        sb.append("<h1>Certificate of election</h1>\n<p><strong>").append(esc(c.title())).append("</strong></p>\n<ul>\n");
        sb.append("<li>").append(esc(c.office())).append("</li>\n");
        sb.append("<li>Method: ").append(esc(c.method())).append(", ").append(c.seats()).append(c.seats() == 1 ? " seat" : " seats").append("</li>\n");
        if (!c.votingLine().isEmpty()) sb.append("<li>").append(esc(c.votingLine())).append("</li>\n");
        sb.append("<li>Certified on: ").append(esc(c.certifiedOn())).append("</li>\n");
        sb.append("<li>Tally: ").append(esc(c.tallyReference())).append("</li>\n</ul>\n");
        sb.append("<h2>Winners</h2>\n<table><tr><th>Winner</th><th>Member id</th><th>Term starts</th><th>Term ends</th><th>Steward by</th></tr>\n");
        for (Winner w : c.winners()) {
            sb.append("<tr><td>").append(esc(w.name())).append("</td><td>").append(esc(w.memberId())).append("</td><td>")
                    .append(w.start()).append("</td><td>").append(w.end().map(Object::toString).orElse("-")).append("</td><td>")
                    .append(w.stewardDeadline().map(Object::toString).orElse("-")).append("</td></tr>\n");
        }
        sb.append("</table>\n<h2>Ballots</h2>\n<table>\n");
        for (Map.Entry<String, String> e : c.accounting().entrySet()) {
            sb.append("<tr><td>").append(esc(e.getKey())).append("</td><td class=\"n\">").append(esc(e.getValue())).append("</td></tr>\n");
        }
        sb.append("</table>\n<h2>Round by round</h2>\n<table><tr><th>Candidate</th>");
        c.rounds().forEach(r -> sb.append("<th>Round ").append(r.number()).append("</th>"));
        sb.append("</tr>\n");
        for (String n : candidates(c)) {
            sb.append("<tr><td>").append(esc(n)).append("</td>");
            for (Certificate.Round r : c.rounds()) sb.append("<td class=\"n\">").append(esc(cell(r, n))).append("</td>");
            sb.append("</tr>\n");
        }
        sb.append("</table>\n");
        if (!c.ties().isEmpty()) {
            sb.append("<h2>Ties</h2>\n<ul>\n");
            c.ties().forEach(t -> sb.append("<li>").append(esc(t)).append("</li>\n"));
            sb.append("</ul>\n");
        }
        if (!c.overrides().isEmpty()) {
            sb.append("<h2>Overrides by the election committee</h2>\n<p>Certified despite these blocking items, for the reasons given:</p>\n<ul>\n");
            c.overrides().forEach(o -> sb.append("<li><strong>").append(esc(o.item())).append("</strong>: ").append(esc(o.reason()))
                    .append("</li>\n"));
            sb.append("</ul>\n");
        }
        sb.append("<h2>Inputs</h2>\n<table><tr><th>File</th><th>SHA-256</th></tr>\n");
        for (FileDigest d : c.inputs()) {
            sb.append("<tr><td>").append(esc(d.path())).append("</td><td><code>").append(esc(d.sha256())).append("</code></td></tr>\n");
        }
        sb.append("</table>\n");
        if (!c.notes().isEmpty()) {
            sb.append("<h2>Notes</h2>\n<ul>\n");
            c.notes().forEach(n -> sb.append("<li>").append(esc(n)).append("</li>\n"));
            sb.append("</ul>\n");
        }
        sb.append("<p>Anyone can re-run this count from the inputs above with <code>lmp election verify</code>.</p>\n");
        sb.append("<p>Election committee / tellers:</p><p>______________________ &nbsp; ______________________ &nbsp; ______________________</p>\n");
        sb.append("</body></html>\n");
        return sb.toString();
    }

    /** A Markdown table cell: a '|' in a name would split the cell. */
    static String md(String s) {
        return s.replace("|", "\\|");
    }

    public static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
