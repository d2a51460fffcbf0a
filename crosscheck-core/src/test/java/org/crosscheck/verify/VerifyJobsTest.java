package org.crosscheck.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.crosscheck.extract.ExtractionSettings;

class VerifyJobsTest {

    private final VerifyJobs jobs = new VerifyJobs(ExtractionSettings.defaults());

    @Test
    void readsAJobWithATextAndAnHtmlSource() throws Exception {
        VerifyJob job = jobs.read("""
                {"id": "j1", "claim": "The bridge reopened on Monday.", "sources": [
                 {"id": "a", "text": "The Kessler bridge reopened to traffic on Monday after repairs.", "title": "Bridge reopens", "published": "2025-03-10"},
                 {"html": "<html><body><article><p>Engineers said the Kessler bridge reopened on Monday morning.</p></article></body></html>"}]}
                """.replace("\n", ""), "jobs.jsonl#1");
        assertThat(job.id()).isEqualTo("j1");
        assertThat(job.statement()).isEqualTo("The bridge reopened on Monday.");
        assertThat(job.sources()).hasSize(2);
        assertThat(job.sources().get(0).id()).isEqualTo("a");
        assertThat(job.sources().get(0).published()).hasToString("2025-03-10");
        assertThat(job.sources().get(0).title()).isEqualTo("Bridge reopens");
        assertThat(job.sources().get(0).text()).isEqualTo("The Kessler bridge reopened to traffic on Monday after repairs.");
        assertThat(job.sources().get(1).id()).isEqualTo("j1-source-2");
        assertThat(job.sources().get(1).text()).contains("Engineers said the Kessler bridge reopened");
    }

    @Test
    void namesWhatIsWrongWithABadLine() {
        assertThatThrownBy(() -> jobs.read("{\"id\": 1, ", "f#1")).hasMessageStartingWith("line is not valid JSON");
        assertThatThrownBy(() -> jobs.read("[1, 2]", "f#2")).hasMessage("line is not a JSON object");
        assertThatThrownBy(() -> jobs.read("{\"sources\": [{\"text\": \"x\"}]}", "f#3")).hasMessage("job has no \"claim\" to verify");
        assertThatThrownBy(() -> jobs.read("{\"claim\": \"x\"}", "f#4")).hasMessage("job has no \"sources\" array of articles");
        assertThatThrownBy(() -> jobs.read("{\"claim\": \"x\", \"sources\": [{\"title\": \"t\"}]}", "f#5"))
                .hasMessage("source 1 has neither \"text\" nor \"html\"");
        assertThatThrownBy(() -> jobs.read("{\"claim\": \"x\", \"sources\": [{\"id\": \"a\", \"text\": \"One.\"}, {\"id\": \"a\", \"text\": \"Two.\"}]}", "f#6"))
                .hasMessage("source 2 repeats the id \"a\"");
        assertThatThrownBy(() -> jobs.read("{\"claim\": \"x\", \"sources\": [{\"text\": \"One.\", \"published\": \"last week\"}]}", "f#7"))
                .hasMessage("source 1 has a \"published\" date that is not an ISO date: last week");
    }
}
