package org.crosscheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.extract.Article;
import org.junit.jupiter.api.Test;

/** The entities of a story across the tagger's types: countries, reordered names, modifiers, possessives, outlets. */
class StoryNamesTest {

    private static final ClaimExtractor EXTRACTOR = new ClaimExtractor();

    private static Article article(String id, String site, String url, String text) {
        return new Article(id, id + ".txt", url, null, null, null, site, "en", text);
    }

    private static ClaimSet story(Article... articles) {
        return EXTRACTOR.extract(List.of(articles));
    }

    private static List<String> names(ClaimSet set, EntityType type) {
        return set.entities().stream().filter(e -> e.type() == type).map(Entity::name).toList();
    }

    @Test
    void aCountrysShortNameOfficialNameAndAcronymAreOnePlace() {
        ClaimSet set = story(
                article("a", null, null, """
                        Officials of the Federal Republic of Germany met harbour managers in Tolvik on Monday.

                        Germany will pay for half of the new quay, the FRG delegation said."""),
                article("b", null, null, """
                        The harbour board confirmed that Germany would pay for half of the quay in Tolvik.

                        Ada Jordan, a harbour pilot, said Jordan had not been consulted."""));

        assertThat(set.entities()).filteredOn(e -> e.name().equals("Federal Republic of Germany")).singleElement()
                .satisfies(e -> {
                    assertThat(e.type()).isEqualTo(EntityType.LOCATION);
                    assertThat(e.aliases()).containsExactlyInAnyOrder("Germany", "FRG");
                    assertThat(e.articleIds()).containsExactly("a", "b");
                });
        assertThat(set.entities()).extracting(Entity::name).doesNotContain("Germany", "FRG");
        assertThat(set.claims()).flatExtracting(Claim::entities)
                .filteredOn(m -> m.text().equals("Germany") || m.text().equals("FRG"))
                .extracting(EntityMention::canonical).containsOnly("Federal Republic of Germany");
        assertThat(names(set, EntityType.PERSON)).contains("Ada Jordan");
    }

    @Test
    void aMinistryOfXIsTheXMinistry() {
        ClaimSet set = story(
                article("a", null, null, "The Ministry of Fisheries said the quay in Tolvik would open in May."),
                article("b", null, null, "The Fisheries Ministry confirmed that the quay in Tolvik would open in May."));

        assertThat(set.entities()).filteredOn(e -> e.name().equals("Ministry of Fisheries")).singleElement()
                .satisfies(e -> assertThat(e.aliases()).containsExactly("Fisheries Ministry"));
        assertThat(set.entities()).extracting(Entity::name).doesNotContain("Fisheries Ministry");
    }

    @Test
    void aHyphenatedPairBeforeANounIsNoPlace() {
        ClaimSet set = story(article("a", null, null,
                "French-U.S. relations improved after the Norvish-Aldean summit, officials in Tolvik said."));

        assertThat(set.entities()).extracting(Entity::name).noneMatch(n -> n.contains("Norvish"));
        assertThat(set.claims()).flatExtracting(Claim::entities).extracting(EntityMention::text)
                .noneMatch(n -> n.contains("Norvish"));
    }

    @Test
    void aPossessivePlaceNameYieldsNoPerson() {
        ClaimSet set = story(article("a", null, null,
                "Hikers gathered at Cooper's Meadow on Sunday, and Cooper's Meadow was closed later."));

        assertThat(names(set, EntityType.PERSON)).doesNotContain("Cooper", "Meadow");
        assertThat(set.entities()).extracting(Entity::name).containsExactly("Cooper's Meadow");
    }

    @Test
    void aPossessiveNameAfterAPrepositionOfPlaceIsAPlaceNotItsPerson() {
        ClaimSet set = story(article("a", null, null,
                "Pellham Rovers came from behind to beat Strand Athletic 3-1 at Cooper's Meadow on Saturday, with substitute"
                        + " Kwame Oduya scoring twice in the final ten minutes."));

        assertThat(names(set, EntityType.PERSON)).doesNotContain("Cooper").contains("Kwame Oduya");
        assertThat(names(set, EntityType.LOCATION)).contains("Cooper's Meadow");
    }

    @Test
    void aPlatformThatIsAnOutletOrThatThingsArePostedOnIsNoPerson() {
        ClaimSet set = story(
                article("a", "Vokko", "https://www.vokko.example/posts/881",
                        "Photos posted to Vokko showed the damage to the quay in Tolvik."),
                article("b", null, null, "The clip was posted on Merrin and viewed thousands of times."));

        assertThat(names(set, EntityType.PERSON)).doesNotContain("Vokko", "Merrin");
        assertThat(names(set, EntityType.ORGANIZATION)).contains("Vokko", "Merrin");
    }
}
