package lmp.cli.completion;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The generators on a fixture model with nested groups, enum options and file kinds (expected lines written by hand). */
class GeneratedCompletionTest {
    private static final String FISH = FishCompletion.script(CompletionFixture.commandLine());
    private static final String ZSH = ZshCompletion.script(CompletionFixture.commandLine());
    private static final String BASH = BashCompletion.script(CompletionFixture.commandLine());

    @Test
    void fishOffersSubcommandsWithTheirFirstSentence() {
        assertThat(FISH).contains("complete -c lmp -n '__lmp_command_path | string match -q -- \"lmp\"' -a 'election'"
                + " -d 'Run elections.'\n");
        assertThat(FISH).contains("-a 'tally' -d 'Count the ballots: it\\'s exact.'\n");
    }

    @Test
    void fishOffersEnumValuesAndFilesByExtension() {
        assertThat(FISH).contains("\"lmp election tally\"' -l format -x -a 'text json csv' -d 'Output format.'\n");
        assertThat(FISH).contains("\"lmp election tally\"' -l roster -x -k -a '(__lmp_complete_files yaml yml)'");
        assertThat(FISH).contains("\"lmp election tally\"' -k -a '(__lmp_complete_files blt csv)'\n");
        assertThat(FISH).contains("\"lmp roster import\"' -k -a '(__lmp_complete_files csv)'\n");
        assertThat(FISH).contains("\"lmp election tally\"' -s o -l output -r -F -d 'Where to write.'\n");
    }

    @Test
    void hiddenOptionsAreNotOffered() {
        assertThat(FISH).doesNotContain("secret");
        assertThat(ZSH).doesNotContain("secret");
        assertThat(BASH).doesNotContain("secret");
    }

    @Test
    void zshUsesArgumentsWithDescriptionsValuesAndGlobs() {
        assertThat(ZSH).startsWith("#compdef lmp\n");
        assertThat(ZSH).contains("'--format=[Output format.]:format:(text json csv)'");
        assertThat(ZSH).contains("'--roster=[The roster \\[YAML\\].]:roster:_files -g \"*.(yaml|yml)\"'");
        assertThat(ZSH).contains("'1:ballots:_files -g \"*.(blt|csv)\"'");
        assertThat(ZSH).contains("tally\\:\"Count the ballots: it'\\''s exact.\"");
    }

    @Test
    void bashCompletesValuesOfThePreviousOptionAndFilesByExtension() {
        assertThat(BASH).contains("        --format) COMPREPLY=( $(compgen -W 'text json csv' -- \"$cur\") ); return ;;\n");
        assertThat(BASH).contains("        --roster) _lmp_files yaml yml; return ;;\n");
        assertThat(BASH).contains("        -o|--output) _lmp_any_file; return ;;\n");
        assertThat(BASH).contains("      COMPREPLY=( $(compgen -W 'tally new check' -- \"$cur\") )\n");
        assertThat(BASH).endsWith("complete -F _lmp lmp\n");
    }

    @Test
    void valuesListedTheHouseWayInADescriptionAreCandidates() {
        assertThat(CommandTree.listedValues("text (default) | json | csv | markdown | html."))
                .containsExactly("text", "json", "csv", "markdown", "html");
        assertThat(CommandTree.listedValues("lot (default) | stop (report the tie, exit 3) | order (ballot order, as Droop)."))
                .containsExactly("lot", "stop", "order");
        assertThat(CommandTree.listedValues("Consecutive skipped ranks allowed: a number or unlimited (default).")).isEmpty();
        assertThat(CommandTree.listedValues("Use A | B when in doubt.")).isEmpty();
    }

    @Test
    void aGenericFileWhoseDescriptionNamesExtensionsCompletesThose() {
        assertThat(FileKinds.namedExtensions("Election .yaml, ballots .blt or ballots .csv."))
                .containsExactly("yaml", "yml", "blt", "csv");
        assertThat(FileKinds.namedExtensions("Write tally.<ext> files into DIR.")).isEmpty();
        assertThat(FileKinds.namedExtensions("The roster (see docs/roster.md).")).isEmpty();
    }

    @Test
    void longDescriptionsAreCutAtAWordToFitOneLine() {
        String cut = CommandTree.firstSentence("Turn a bargaining plan into files people use: an iCalendar file to import "
                + "(stable UIDs, so re-importing a revised plan updates events), a Markdown agenda.");
        assertThat(cut).isEqualTo("Turn a bargaining plan into files people use: an iCalendar file to import...");
        assertThat(cut.length()).isLessThanOrEqualTo(80);
    }
}
