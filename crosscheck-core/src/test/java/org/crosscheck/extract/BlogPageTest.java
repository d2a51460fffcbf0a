package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A whole blog page with the usual template furniture: exact text and metadata. */
class BlogPageTest {

    private static final Article ARTICLE = Fixtures.extract(Fixtures.html(Fixtures.resource("blog-post.html")));

    @Test
    void extractsExactlyTheArticleParagraphs() {
        assertThat(ARTICLE.text()).isEqualTo(String.join("\n\n",
                "Night buses will run again between Kessington and the city centre from Friday, two years after the "
                        + "service was cut because too few drivers were willing to work late shifts.",
                "The transport authority said the N12 would leave the central station every thirty minutes between "
                        + "midnight and five in the morning, stopping at the hospital and the university campus.",
                "Drivers recruited",
                "Operations manager Femi Adeyemi said the company had hired fourteen new drivers since January, after "
                        + "raising the night-shift bonus, and that the route would be reviewed after six months.",
                "Students' union president Carla Mendes said the return of the service would make it safer for "
                        + "students who work evening jobs in the city to get home."));
    }

    @Test
    void readsTheTemplateMetadata() {
        assertThat(ARTICLE.title()).isEqualTo("Night buses return to Kessington after a two-year gap");
        assertThat(ARTICLE.site()).isEqualTo("Kessington Notes");
        assertThat(ARTICLE.byline()).isEqualTo("Priya Lindqvist");
        assertThat(ARTICLE.published()).hasToString("2024-04-08T07:05:00Z");
        assertThat(ARTICLE.url()).isEqualTo("https://kessingtonnotes.example/2024/04/08/night-buses-return/");
        assertThat(ARTICLE.language()).isEqualTo("en");
    }
}
