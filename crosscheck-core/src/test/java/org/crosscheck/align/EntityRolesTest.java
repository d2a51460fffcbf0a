package org.crosscheck.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.align.TestClaim.claim;

import org.junit.jupiter.api.Test;

/** When two names can be one entity, and which place is a claim's. */
class EntityRolesTest {

    @Test
    void aNameWrittenAnotherWayIsTheSameName() {
        assertThat(EntityRoles.sameName("Place Vendome", "Place Vendôme")).as("accents").isTrue();
        assertThat(EntityRoles.sameName("U. K.", "UK")).as("an abbreviation with spaced dots").isTrue();
        assertThat(EntityRoles.sameName("U.K.", "U.S.")).as("two abbreviations").isFalse();
        assertThat(EntityRoles.sameName("Frederick C. LaRue", "Fred LaRue")).as("initial and short first name").isTrue();
        assertThat(EntityRoles.sameName("Gordon Advisors", "Gordon Advisers")).as("one letter").isTrue();
        assertThat(EntityRoles.sameName("Betty Ford Center", "Betty Ford Treatment Center")).as("kind of body").isTrue();
        assertThat(EntityRoles.sameName("Betty Ford Clinic", "Betty Ford Center")).as("kind of body").isTrue();
        assertThat(EntityRoles.sameName("Red Sox", "Boston Red Sox")).as("words of one within the other").isTrue();
    }

    @Test
    void differentNamesStayApart() {
        assertThat(EntityRoles.sameName("Ewan Cardew", "Ilse Cardew")).as("two people of one family").isFalse();
        assertThat(EntityRoles.sameName("Jon Owen", "Joan Owen")).as("short first names one letter apart").isFalse();
        assertThat(EntityRoles.sameName("Tolvik", "Vestby")).isFalse();
        assertThat(EntityRoles.sameName("Tolvik Harbour Authority", "Vestby Harbour Authority")).isFalse();
        assertThat(EntityRoles.sameName("Centre", "Clinic")).as("nothing but kind words").isFalse();
    }

    @Test
    void aStreetOrAVenueAndATownAreOfTwoScales() {
        assertThat(EntityRoles.sameScale("East 223rd Street", "Hawaiian Gardens")).isFalse();
        assertThat(EntityRoles.sameScale("Scottrade Center", "Indiana")).isFalse();
        assertThat(EntityRoles.sameScale("40 East Fifth Ave.", "Mount Pleasant")).isFalse();
        assertThat(EntityRoles.sameScale("Elm Street", "Harbour Road")).isTrue();
        assertThat(EntityRoles.sameScale("Tolvik", "Vestby")).isTrue();
    }

    @Test
    void aPlaceSomeoneIsFromIsNotWhereItHappened() {
        EntityRoles roles = new EntityRoles(AlignmentSettings.defaults().nearPlaceCues());
        assertThat(roles.filler(claim("a1", "A", "Ann Lee, 36, of Tolvik, was struck by a van in the car park on Friday.")
                .slots("Ann Lee", "strike", null).place("Tolvik").build(), EntityRoles.Role.PLACE)).isEmpty();
        assertThat(roles.filler(claim("a1", "A", "Ann Lee, 23 and from Tolvik, has been charged with the theft.")
                .slots("Ann Lee", "charge", null).place("Tolvik").build(), EntityRoles.Role.PLACE)).isEmpty();
        assertThat(roles.filler(claim("a1", "A", "Ann Lee, who is from Tolvik, has been charged with the theft.")
                .slots("Ann Lee", "charge", null).place("Tolvik").build(), EntityRoles.Role.PLACE)).isEmpty();
        assertThat(roles.filler(claim("a1", "A", "Ann Lee was struck by a van in a car park in Tolvik on Friday.")
                .slots("Ann Lee", "strike", null).place("Tolvik").build(), EntityRoles.Role.PLACE)).isPresent();
    }
}
