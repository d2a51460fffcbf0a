package org.crosscheck.align;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.claims.Attribution;
import org.crosscheck.claims.Claim;
import org.crosscheck.claims.DateMention;
import org.crosscheck.claims.EntityMention;
import org.crosscheck.claims.EntityType;
import org.crosscheck.claims.Quantity;
import org.crosscheck.time.PartialDate;

/** Builds claims by hand for the aligner tests, as the claim extractor would fill them. */
final class TestClaim {

    private final String id;
    private final String articleId;
    private final String sentence;
    private int start;
    private String actor;
    private String action;
    private String object;
    private boolean negated;
    private Attribution attribution;
    private final List<DateMention> dates = new ArrayList<>();
    private final List<Quantity> quantities = new ArrayList<>();
    private final List<EntityMention> entities = new ArrayList<>();

    private TestClaim(String id, String articleId, String sentence) {
        this.id = id;
        this.articleId = articleId;
        this.sentence = sentence;
    }

    static TestClaim claim(String id, String articleId, String sentence) {
        return new TestClaim(id, articleId, sentence);
    }

    TestClaim at(int offset) {
        this.start = offset;
        return this;
    }

    TestClaim slots(String actor, String action, String object) {
        this.actor = actor;
        this.action = action;
        this.object = object;
        return this;
    }

    TestClaim negated() {
        this.negated = true;
        return this;
    }

    /** Attributed to {@code speaker} (a canonical name) by {@code cue} ("said", "told"). */
    TestClaim saidBy(String speaker, String cue) {
        this.attribution = new Attribution(speaker, cue);
        return this;
    }

    TestClaim date(String text, String iso) {
        dates.add(new DateMention(text, PartialDate.parseIso(iso).orElseThrow()));
        return this;
    }

    TestClaim number(double value, String unit, String text) {
        quantities.add(new Quantity(value, unit, text));
        return this;
    }

    TestClaim entity(String text, String canonical, EntityType type) {
        int at = Math.max(0, sentence.indexOf(text));
        entities.add(new EntityMention(text, canonical, type, start + at, start + at + text.length()));
        return this;
    }

    TestClaim person(String text, String canonical) {
        return entity(text, canonical, EntityType.PERSON);
    }

    TestClaim place(String text) {
        return entity(text, text, EntityType.LOCATION);
    }

    TestClaim org(String text, String canonical) {
        return entity(text, canonical, EntityType.ORGANIZATION);
    }

    Claim build() {
        return new Claim(id, articleId, sentence, start, start + sentence.length(), actor, action, object,
                negated, false, attribution, dates, quantities, entities);
    }
}
