package org.techan.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TestSearchEngineTest {

    @Test
    void theSharedNodeWatchesTheMavenProcessNotTheForkShell() {
        ProcessHandle build = TestSearchEngine.buildProcess();

        assertThat(build.pid()).isNotEqualTo(ProcessHandle.current().pid());
        assertThat(build.info().commandLine().orElse(""))
                .as("run under Maven, the watched process is Maven itself")
                .contains("org.codehaus.plexus.classworlds.launcher.Launcher");
    }
}
