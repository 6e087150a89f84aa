package lmp.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import lmp.io.InputException;
import lmp.io.InputFile;
import lmp.roster.RosterMerge;
import lmp.roster.RosterRules;
import lmp.roster.formats.RosterCsv;
import lmp.roster.formats.RosterCsvMapping;
import lmp.roster.formats.RosterYaml;

/**
 * Fuzz targets for roster import: any bytes as a CSV export or a mapping file give records and
 * located rejections, or an {@link InputException}; merging whatever was read and checking the
 * rules never fails. The regression corpus under
 * src/test/resources/lmp/fuzz/RosterFuzzTestInputs/ replays in every build.
 */
class RosterFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void rosterCsvImport(byte[] data) {
        try {
            RosterCsv.Reading reading = RosterCsv.read(InputFile.of("fuzz.csv", data), RosterCsvMapping.none());
            reading.rejected().forEach(p -> Located.check(new InputException(p)));
            RosterMerge.Result merged = RosterMerge.merge(RosterYaml.readRecords(InputFile.ofText("empty.yaml", "lmp_roster: 1\n"))
                    .value().orElseThrow(), reading.records());
            RosterRules.check(merged.roster());
        } catch (InputException expected) {
            Located.check(expected);
        }
    }

    @FuzzTest(maxDuration = "30s")
    void mappingFile(byte[] data) {
        try {
            RosterCsvMapping.read(InputFile.of("fuzz.yaml", data));
        } catch (InputException expected) {
            Located.check(expected);
        }
    }

    /** The fast reader of plain block YAML (used for rosters) gives the full parser's tree, or the same refusal. */
    @FuzzTest(maxDuration = "30s")
    void plainBlockYamlAgreesWithTheFullParser(byte[] data) {
        InputFile file = InputFile.of("fuzz.yaml", data);
        lmp.io.Node full;
        try {
            full = lmp.io.YamlTree.parse(file);
        } catch (InputException refused) {
            Located.check(refused);
            try {
                lmp.io.YamlTree.parseStreaming(file, java.util.Set.of(), (k, n) -> { });
            } catch (InputException alsoRefused) {
                return;
            }
            throw new AssertionError("the fast reader accepted what the full parser refuses: " + refused.getMessage());
        }
        lmp.io.Node streamed = lmp.io.YamlTree.parseStreaming(file, java.util.Set.of(), (k, n) -> { });
        if (!full.equals(streamed)) {
            throw new AssertionError("the fast reader and the full parser disagree");
        }
    }
}
