package lmp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The level asked for by -q/-v/-vv holds whether Logback starts before or after it is asked. */
class VerbosityTest {

    @AfterEach
    void backToDefault() {
        Verbosity.apply(0);
    }

    @Test
    void eachFlagSetsItsLevelAndTheDefaultIsRestored() {
        Verbosity.apply(-1); // Logback may not have started yet in this JVM: remembered, applied at start
        Logger log = LoggerFactory.getLogger("lmp.test.verbosity");
        assertThat(log.isErrorEnabled()).isTrue();
        assertThat(log.isWarnEnabled()).isFalse();

        Verbosity.apply(1);
        assertThat(log.isInfoEnabled()).isTrue();
        assertThat(log.isDebugEnabled()).isFalse();

        Verbosity.apply(2);
        assertThat(log.isDebugEnabled()).isTrue();

        Verbosity.apply(0);
        assertThat(log.isWarnEnabled()).isTrue();
        assertThat(log.isInfoEnabled()).isFalse();
    }
}
