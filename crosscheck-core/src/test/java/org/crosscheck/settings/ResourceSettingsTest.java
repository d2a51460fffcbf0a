package org.crosscheck.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ResourceSettingsTest {

    private final ResourceSettings sample = ResourceSettings.load(ResourceSettingsTest.class, "sample.properties");

    @Test
    void readsStrippedNumbersAndText() {
        assertThat(sample.integer("count")).isEqualTo(12);
        assertThat(sample.decimal("share")).isEqualTo(0.25);
        assertThat(sample.text("label")).isEqualTo("wire copy");
    }

    @Test
    void missingKeyNamesTheResourceAndTheKey() {
        assertThatThrownBy(() -> sample.integer("absent.key"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("org/crosscheck/settings/sample.properties")
                .hasMessageContaining("absent.key");
    }

    @Test
    void malformedNumbersNameTheResourceKeyAndValue() {
        assertThatThrownBy(() -> sample.integer("broken.count"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("org/crosscheck/settings/sample.properties")
                .hasMessageContaining("broken.count")
                .hasMessageContaining("twelve")
                .hasCauseInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> sample.decimal("broken.share"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("broken.share")
                .hasMessageContaining("a quarter");
        assertThatThrownBy(() -> sample.integer("share"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("0.25");
    }

    @Test
    void keysWithAPrefixComeWithoutIt() {
        assertThat(sample.withPrefix("alias.")).isEqualTo(Map.of("cmn", "zh", "pes", "fa"));
        assertThat(sample.withPrefix("nothing.")).isEmpty();
    }

    @Test
    void missingResourceIsNamed() {
        assertThatThrownBy(() -> ResourceSettings.load(ResourceSettingsTest.class, "absent.properties"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("org/crosscheck/settings/absent.properties");
        assertThatThrownBy(() -> ResourceSettings.wordList(ResourceSettingsTest.class, "absent.txt"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("org/crosscheck/settings/absent.txt");
    }

    @Test
    void wordListSkipsCommentsAndBlankLinesAndKeepsCase() {
        assertThat(ResourceSettings.wordList(ResourceSettingsTest.class, "sample-words.txt"))
                .containsExactly("Alpha", "beta", "gamma # not a comment: only whole lines starting with # are");
    }
}
