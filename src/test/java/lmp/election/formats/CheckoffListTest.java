package lmp.election.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import lmp.io.InputException;
import lmp.io.InputFile;
import lmp.io.Problem;
import lmp.roster.Member;
import lmp.roster.formats.RosterYaml;
import org.junit.jupiter.api.Test;

/** The check-off list: sorted by name, never in voting order; what counts as a mark; what is not a check-off list. */
class CheckoffListTest {

    private static List<Member> members() {
        return RosterYaml.read(InputFile.ofText("r.yaml", """
                lmp_roster: 1
                ubts: [{id: U1, name: One, facility: F, area: A}]
                members:
                  - {id: "3", name: bea Zed, local: L1, ubt: U1}
                  - {id: "1", name: Ann Lee, local: L1, ubt: U1}
                  - {id: "2", name: Ann Lee, local: L1}
                """)).orThrow().members();
    }

    @Test
    void theListIsSortedByNameIgnoringCaseThenByIdAndHasAnEmptyVotedColumn() throws Exception {
        assertThat(CheckoffList.sorted(members())).extracting(Member::id).containsExactly("1", "2", "3");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CheckoffList.writeCsv(members(), out);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("member_id,name,ubt,voted\n1,Ann Lee,U1,\n2,Ann Lee,,\n3,bea Zed,U1,\n");
    }

    @Test
    void everySpellingOfAMarkCountsAndNoOrZeroOrEmptyDoNot() {
        String csv = "member_id,name,voted\n1,a,x\n2,b,YES\n3,c,y\n4,d,1\n5,e,true\n6,f,Voted\n7,g,no\n8,h,0\n9,i,\n";
        var parsed = CheckoffList.readMarked(InputFile.ofText("c.csv", csv));
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.orThrow()).containsExactlyInAnyOrder("1", "2", "3", "4", "5", "6");
    }

    @Test
    void anUnknownMarkAndAVoterCheckedOffTwiceAreErrorsAtTheirLines() {
        var parsed = CheckoffList.readMarked(InputFile.ofText("c.csv", "member_id,voted\n1,x\n1,x\n2,maybe\n"));
        assertThat(parsed.problems()).extracting(Problem::message).containsExactly("member 1 is checked off twice",
                "'voted' should be x (voted) or empty, found 'maybe'");
        assertThat(parsed.problems()).extracting(Problem::line).containsExactly(3, 4);
    }

    @Test
    void aFileWithoutTheColumnsIsAnError() {
        var parsed = CheckoffList.readMarked(InputFile.ofText("c.csv", "id,voted\n1,x\n"));
        assertThat(parsed.problems()).extracting(Problem::message).containsExactly("check-off list needs the columns member_id and "
                + "voted; found id, voted");
        assertThat(CheckoffList.readMarked(InputFile.ofText("c.csv", "member_id,name\n1,x\n")).problems()).hasSize(1);
    }

    @Test
    void otherKindsOfFileAreRefusedSayingWhatTheyAre() {
        assertThatThrownBy(() -> CheckoffList.refuseOtherKinds(InputFile.ofText("ballots.BLT", "3 1\n")))
                .isInstanceOf(InputException.class).hasMessageContaining("this is a BLT ballot file, not a check-off list");
        for (String name : List.of("e.yaml", "e.YML", "e.json")) {
            assertThatThrownBy(() -> CheckoffList.refuseOtherKinds(InputFile.ofText(name, "a: 1\n")))
                    .isInstanceOf(InputException.class).hasMessageContaining("this is a YAML file (an election file or a roster)");
        }
        assertThatThrownBy(() -> CheckoffList.refuseOtherKinds(InputFile.ofText("b.csv", "rank1,rank2\nA,B\n")))
                .isInstanceOf(InputException.class).hasMessageContaining("this is a ballot file (rank columns), not a check-off list; "
                        + "give cast ballots with --ballots. A check-off list has the columns member_id and voted; found rank1, rank2");
        assertThatThrownBy(() -> CheckoffList.refuseOtherKinds(InputFile.ofText("b.csv", "member_id,name\n1,A\n")))
                .isInstanceOf(InputException.class).hasMessageNotContaining("rank columns")
                .hasMessageContaining("A check-off list has the columns member_id and voted; found member_id, name");
        CheckoffList.refuseOtherKinds(InputFile.ofText("c.csv", "member_id,voted\n1,x\n"));
    }
}
