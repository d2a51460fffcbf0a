package org.crosscheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EntityResolverTest {

    private final EntityResolver resolver = new EntityResolver();

    private static NameOccurrence person(String article, String text) {
        return new NameOccurrence(article, text, EntityType.PERSON);
    }

    private static NameOccurrence org(String article, String text) {
        return new NameOccurrence(article, text, EntityType.ORGANIZATION);
    }

    private static NameOccurrence place(String article, String text) {
        return new NameOccurrence(article, text, EntityType.LOCATION);
    }

    @Test
    void mapsABareSurnameToTheOnlyFullNameWithIt() {
        ResolvedEntities r = resolver.resolve(List.of(
                person("a", "Ingrid Halvorsen"), person("b", "Halvorsen"), person("b", "Halvorsen's")));
        assertThat(r.entities()).singleElement().satisfies(e -> {
            assertThat(e.name()).isEqualTo("Ingrid Halvorsen");
            assertThat(e.aliases()).containsExactly("Halvorsen");
            assertThat(e.mentions()).isEqualTo(3);
            assertThat(e.articleIds()).containsExactly("a", "b");
        });
        assertThat(r.entityOf("b", "Halvorsen's")).map(Entity::name).contains("Ingrid Halvorsen");
    }

    @Test
    void stripsTitlesAndHonorificsBeforeMerging() {
        ResolvedEntities r = resolver.resolve(List.of(
                person("a", "Mayor Ingrid Halvorsen"), person("b", "Dr. Ingrid Halvorsen"),
                person("c", "Ms Halvorsen"), person("c", "President Oskar Lind")));
        assertThat(r.entities()).extracting(Entity::name).containsExactly("Ingrid Halvorsen", "Oskar Lind");
        assertThat(r.entityOf("c", "Ms Halvorsen")).map(Entity::name).contains("Ingrid Halvorsen");
    }

    @Test
    void stripsAHarbourmasterTitleAndGivesABareSurnameToTheRelativeTheArticleNames() {
        ResolvedEntities r = resolver.resolve(List.of(
                person("a", "Harbourmaster Ewan Cardew"), person("a", "Captain Ilse Cardew"),
                person("b", "Ewan Cardew"), person("b", "Cardew"), person("c", "Ilse Cardew"), person("c", "Cardew")));
        assertThat(r.entities()).extracting(Entity::name).containsExactlyInAnyOrder("Ewan Cardew", "Ilse Cardew");
        assertThat(r.entityOf("a", "Harbourmaster Ewan Cardew")).map(Entity::name).contains("Ewan Cardew");
        assertThat(r.entityOf("b", "Cardew")).map(Entity::name).contains("Ewan Cardew");
        assertThat(r.entityOf("c", "Cardew")).map(Entity::name).contains("Ilse Cardew");
    }

    @Test
    void mergesAcronymsWithTheirExpansionByInitials() {
        ResolvedEntities r = resolver.resolve(List.of(
                org("a", "NTSB"), org("b", "the National Transportation Safety Board"),
                org("b", "Bank of Eastmoor"), org("c", "BOE"), org("c", "Kestrel Mining")));
        assertThat(r.entityOf("a", "NTSB")).map(Entity::name).contains("National Transportation Safety Board");
        assertThat(r.entityOf("c", "BOE")).map(Entity::name).contains("Bank of Eastmoor");
        assertThat(r.entities()).hasSize(3);
    }

    @Test
    void anAcronymMatchingTwoExpansionsStaysApart() {
        ResolvedEntities r = resolver.resolve(List.of(
                org("a", "Coastal Rail Authority"), org("a", "Central Revenue Agency"), org("b", "CRA")));
        assertThat(r.entityOf("b", "CRA")).map(Entity::name).contains("CRA");
        assertThat(r.entities()).hasSize(3);
    }

    @Test
    void mergesWellKnownAliasesFromTheDataFile() {
        ResolvedEntities r = resolver.resolve(List.of(
                place("a", "UK"), place("b", "Britain"), place("c", "United Kingdom"),
                org("a", "WHO"), org("b", "World Health Organization"), place("c", "U.S."), place("c", "America")));
        assertThat(r.entityOf("a", "UK")).map(Entity::name).contains("United Kingdom");
        assertThat(r.entityOf("b", "Britain")).map(Entity::name).contains("United Kingdom");
        assertThat(r.entityOf("a", "WHO")).map(Entity::name).contains("World Health Organization");
        assertThat(r.entityOf("c", "U.S.")).map(Entity::name).contains("America");
        assertThat(r.entities()).hasSize(3);
    }

    @Test
    void keepsTwoPeopleWithTheSameSurnameApart() {
        ResolvedEntities r = resolver.resolve(List.of(
                person("a", "Tomas Varga"), person("a", "Lena Varga"), person("a", "Varga"),
                person("b", "Lena Varga"), person("b", "Varga")));
        assertThat(r.entities()).extracting(Entity::name).contains("Tomas Varga", "Lena Varga");
        assertThat(r.entityOf("a", "Varga")).map(Entity::name).contains("Varga");
        assertThat(r.entityOf("b", "Varga")).map(Entity::name).contains("Lena Varga");
        assertThat(r.entityOf("a", "Tomas Varga")).map(Entity::mentions).contains(1);
    }

    @Test
    void doesNotMergeASurnameIntoAnOrganisation() {
        ResolvedEntities r = resolver.resolve(List.of(org("a", "Halvorsen Group"), person("a", "Halvorsen")));
        assertThat(r.entities()).extracting(Entity::name).containsExactly("Halvorsen Group", "Halvorsen");
    }

    @Test
    void ordersEntitiesByMentionsThenFirstAppearance() {
        ResolvedEntities r = resolver.resolve(List.of(
                place("a", "Orvik"), person("a", "Lena Varga"), person("b", "Varga"), place("b", "Tarnsby")));
        assertThat(r.entities()).extracting(Entity::name).containsExactly("Lena Varga", "Orvik", "Tarnsby");
    }

    @Test
    void mergesACountrysNamesWhateverTheirTagsIntoOnePlaceButNotAPersonsSurname() {
        ResolvedEntities r = resolver.resolve(List.of(
                place("a", "Germany"), org("b", "the Federal Republic of Germany"), org("b", "FRG"), person("c", "German")));
        assertThat(r.entities()).singleElement().satisfies(e -> {
            assertThat(e.name()).isEqualTo("Federal Republic of Germany");
            assertThat(e.type()).isEqualTo(EntityType.LOCATION);
            assertThat(e.aliases()).containsExactlyInAnyOrder("Germany", "FRG", "German");
        });
        // a country's name that is the surname of a person the story names in full stays the person's
        ResolvedEntities jordan = resolver.resolve(List.of(
                place("a", "the Hashemite Kingdom of Jordan"), person("b", "Ada Jordan"), person("b", "Jordan")));
        assertThat(jordan.entityOf("b", "Jordan")).map(Entity::name).contains("Ada Jordan");
        assertThat(jordan.entities()).extracting(Entity::name).containsExactlyInAnyOrder("Hashemite Kingdom of Jordan", "Ada Jordan");
        // a country's name tagged PERSON, with no other form of that country, is someone of that name
        assertThat(resolver.resolve(List.of(person("a", "Chad"))).entities())
                .singleElement().satisfies(e -> assertThat(e.type()).isEqualTo(EntityType.PERSON));
    }

    @Test
    void mergesAnOrganisationNameReorderedAroundOf() {
        ResolvedEntities r = resolver.resolve(List.of(
                org("a", "Ministry of Fisheries"), org("b", "the Fisheries Ministry"),
                org("c", "University of the Tolvik Coast"), org("c", "Tolvik Coast University"), person("d", "Fisheries")));
        assertThat(r.entities()).extracting(Entity::name)
                .containsExactly("Ministry of Fisheries", "University of the Tolvik Coast", "Fisheries");
        assertThat(r.entityOf("b", "the Fisheries Ministry")).map(Entity::name).contains("Ministry of Fisheries");
        assertThat(r.entityOf("c", "Tolvik Coast University")).map(Entity::name).contains("University of the Tolvik Coast");
    }
}
